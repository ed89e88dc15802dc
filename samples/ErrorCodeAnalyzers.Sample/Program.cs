using Microsoft.Extensions.Logging.Abstractions;
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

var client = new SmsClient(new Credential(), "ap-guangzhou");
await new SmsSender(client).SendAsync();
Console.WriteLine(new SmsNotifier(client, NullLogger<SmsNotifier>.Instance).Classify(new SendSmsRequest()));

internal sealed class SmsSender(SmsClient client)
{
    public async Task SendAsync()
    {
        try
        {
            await client.SendSms(new SendSmsRequest());
            throw new TencentCloudSDKException("rate limited", "RequestLimitExceeded", "req-1");
        }
        catch (TencentCloudSDKException ex) when (ex.ErrorCode == "RequestLimitExceeded")            // expect: TCE001
        {
            Console.WriteLine($"throttled, RequestId {ex.RequestId}");
        }
        catch (TencentCloudSDKException ex) when (ex.ErrorCode == "InternalError.Timeout")           // expect: TCE001 (SmsErrorCodes, from the client)
        {
            Console.WriteLine($"timed out, RequestId {ex.RequestId}");
        }
        catch (TencentCloudSDKException ex) when (ex.ErrorCode == "LimitExceed")                     // expect: TCE002 unless additional_known_codes
        {
            Console.WriteLine($"quota, RequestId {ex.RequestId}");
        }
        catch (TencentCloudSDKException ex) when (ex.Message.Contains("FailedOperation.InsufficientBalanceInSmsPackage")) // expect: TCE003
        {
            Console.WriteLine($"no balance, RequestId {ex.RequestId}");
        }
        catch (TencentCloudSDKException ex) when (ex.ErrorCode == TrtcErrorCodes.FailedOperation_RoomNotExist) // expect: TCE008
        {
            Console.WriteLine($"room gone, RequestId {ex.RequestId}");
        }
    }
}
