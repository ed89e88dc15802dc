using TencentCloud.Common;
using TencentCloud.ErrorCodes;
using TencentCloud.Sms.V20210111;
using TencentCloud.Sms.V20210111.Models;

// The catalog at run time.
foreach (var code in new[] { CommonErrorCodes.RequestLimitExceeded, "RequestLimitExceeded.UinLimitExceeded", SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage, "Nope" })
{
    Console.WriteLine(ErrorCodeCatalog.TryGet(code, out var info)
        ? $"{info.Code}: {info.Description} [{info.RetryKind}; {string.Join(", ", info.Products.Take(3))}]"
        : $"{code}: not a documented code");
}

var envelope = ResponseEnvelope.Parse("""{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"Signature error."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}""");
Console.WriteLine($"{envelope.Code} (RequestId {envelope.RequestId}), retryable: {ErrorCodeCatalog.IsRetryable(envelope.Code)}");

await new SmsSender(new SmsClient(new Credential(), "ap-guangzhou")).SendAsync();

internal sealed class SmsSender(SmsClient client)
{
    public async Task SendAsync()
    {
        try
        {
            await client.SendSms(new SendSmsRequest());
            throw new TencentCloudSDKException("rate limited", "req-1", "RequestLimitExceeded");
        }
        catch (TencentCloudSDKException ex) when (ex.ErrorCode == "RequestLimitExceeded")            // TCE001
        {
            Console.WriteLine($"throttled, RequestId {ex.RequestId}");
        }
        catch (TencentCloudSDKException ex) when (ex.ErrorCode == "InternalError.Timeout")           // TCE001: SmsErrorCodes, from the client
        {
            Console.WriteLine($"timed out, RequestId {ex.RequestId}");
        }
        catch (TencentCloudSDKException ex) when (ex.ErrorCode == "LimitExceed")                     // TCE002: did you mean 'LimitExceeded'?
        {
            Console.WriteLine($"quota, RequestId {ex.RequestId}");
        }
        catch (TencentCloudSDKException ex) when (ex.Message.Contains("FailedOperation.InsufficientBalanceInSmsPackage")) // TCE003
        {
            Console.WriteLine($"no balance, RequestId {ex.RequestId}");
        }
    }
}
