using Microsoft.Extensions.Logging;
using Polly;
using TencentCloud.Common;
using TencentCloud.ErrorCodes;
using TencentCloud.Sms.V20210111;
using TencentCloud.Sms.V20210111.Models;

/// <summary>Error handling as it is often first written: each method trips one of the RequestId or retry rules.</summary>
internal sealed class SmsNotifier(SmsClient client, ILogger<SmsNotifier> logger)
{
    public async Task<bool> NotifyAsync(SendSmsRequest request)
    {
        try
        {
            await client.SendSms(request);
            return true;
        }
        catch (TencentCloudSDKException ex)
        {
            logger.LogError("Sending the SMS failed: {Code}", ex.ErrorCode);                         // expect: TCE004
            return false;
        }
    }

    public bool NotifyAndLogException(SendSmsRequest request)
    {
        try
        {
            client.SendSmsSync(request);
            return true;
        }
        catch (TencentCloudSDKException ex)
        {
            logger.LogError(ex, "Sending the SMS failed");                                            // expect: TCE004 with structured_request_id
            return false;
        }
    }

    public void NotifyOrIgnore(SendSmsRequest request)
    {
        try
        {
            client.SendSmsSync(request);
        }
        catch (TencentCloudSDKException)                                                              // expect: TCE005
        {
        }
    }

    public void NotifyOrFail(SendSmsRequest request)
    {
        try
        {
            client.SendSmsSync(request);
        }
        catch (TencentCloudSDKException)
        {
            throw new InvalidOperationException("Sending the SMS failed");                            // expect: TCE005
        }
    }

    public string Classify(SendSmsRequest request)
    {
        try
        {
            client.SendSmsSync(request);
            return "sent";
        }
        catch (TencentCloudSDKException ex)                                                           // expect: TCE005
        {
            switch (ex.ErrorCode)                                                                     // expect: TCE006
            {
                case SmsErrorCodes.FailedOperation_PhoneNumberInBlacklist:
                    return "blocked";
                default:
                    return "failed";
            }
        }
    }

    public bool NotifyAndWait(SendSmsRequest request)
    {
        try
        {
            return client.SendSms(request).Result.RequestId is not null;                              // expect: TCE007
        }
        catch (TencentCloudSDKException ex)
        {
            logger.LogError(ex, "Sending the SMS failed (RequestId: {RequestId})", ex.RequestId);
            return false;
        }
    }

    public async Task<bool> NotifyAnyway(SendSmsRequest request)
    {
        try
        {
            await client.SendSms(request);
            return true;
        }
        catch (Exception ex)
        {
            logger.LogError("Sending the SMS failed: {Message}", ex.Message);                          // expect: TCE010
            return false;
        }
    }

    public async Task<int> CountSignatures()
    {
        try
        {
            await client.DescribeSmsSignList(new DescribeSmsSignListRequest());
            return 1;
        }
        catch (TencentCloudSDKException ex) when (ex.ErrorCode == SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage) // expect: TCE009
        {
            logger.LogWarning(ex, "No SMS balance left (RequestId: {RequestId})", ex.RequestId);
            return 0;
        }
    }

    public static IAsyncPolicy RetryPolicy() =>
        Policy.Handle<TencentCloudSDKException>(ex => ex.ErrorCode == CommonErrorCodes.InternalError)  // expect: TCE006 unless required_retry_kinds
            .WaitAndRetryAsync(3, attempt => TimeSpan.FromSeconds(attempt));
}
