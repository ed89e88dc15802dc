using System.Diagnostics;
using Microsoft.Extensions.Logging;
using TencentCloud.Common;
using TencentCloud.ErrorCodes;
using TencentCloud.Sms.V20210111;
using TencentCloud.Sms.V20210111.Models;

namespace BatchFix;

/// <summary>Handlers that lose the RequestId or search the exception text, several per method.</summary>
public sealed class SmsHandlers
{
    private readonly SmsClient client;
    private readonly ILogger logger;

    public SmsHandlers(SmsClient client, ILogger logger)
    {
        this.client = client;
        this.logger = logger;
    }

    public string Mixed(SendSmsRequest request)
    {
        try
        {
            client.SendSmsSync(request);
            return "sent";
        }
        catch (TencentCloudSDKException ex)
        {
            if (ex.Message.Contains("RequestLimitExceeded") || ex.ToString().Contains("InternalError"))
            {
                return "retry";
            }

            logger.LogError("SMS failed: {Message}", ex.Message);
            switch (ex.ErrorCode)
            {
                case "FailedOperation.PhoneNumberInBlacklist":
                    return "blocked";
                case "InvalidParameterValue.ContentLengthLimit":
                    return "too long";
                default:
                    return "failed";
            }
        }
    }

    public void Swallow(SendSmsRequest request)
    {
        try
        {
            client.SendSmsSync(request);
        }
        catch (TencentCloudSDKException)                                                            // unfixed: TCE005 (what to record is the author's call)
        {
        }
    }

    public void Rethrow(SendSmsRequest request, bool strict)
    {
        try
        {
            client.SendSmsSync(request);
        }
        catch (TencentCloudSDKException ex)
        {
            if (strict)
            {
                throw new InvalidOperationException("SMS failed: " + ex.ErrorCode);
            }

            throw new ApplicationException("SMS failed");
        }
    }

    public void MessageOnly(SendSmsRequest request)
    {
        try
        {
            client.SendSmsSync(request);
        }
        catch (TencentCloudSDKException e)
        {
            logger.LogError(e.Message);
        }
    }

    public void ConsoleAndDebug(SendSmsRequest request)
    {
        try
        {
            client.SendSmsSync(request);
        }
        catch (TencentCloudSDKException e)
        {
            Console.WriteLine("SMS failed: " + e.Message);
        }

        try
        {
            client.SendSmsSync(request);
        }
        catch (TencentCloudSDKException e)
        {
            Debug.WriteLine($"SMS failed: {e.ErrorCode}");
        }
    }

    public void Unnamed(SendSmsRequest request)
    {
        try
        {
            client.SendSmsSync(request);
        }
        catch (TencentCloudSDKException)
        {
            logger.LogWarning("SMS failed");
        }
    }

    public string Blocking(SendSmsRequest request)
    {
        try
        {
            var first = client.SendSms(request).Result;
            client.SendSms(request).Wait();
            return first.RequestId;
        }
        catch (TencentCloudSDKException ex) when (ex.ErrorCode == "FailedOperation.PhoneNumberInBlacklist")
        {
            logger.LogWarning(ex, "blocked");
            return "blocked";
        }
    }

    public async Task<string> BlockingInAsync(SendSmsRequest request)
    {
        await Task.Yield();
        try
        {
            return client.SendSms(request).Result.RequestId;
        }
        catch (TencentCloudSDKException ex) when (ex.ErrorCode == "InvalidParameterValue.ContentLengthLimit")
        {
            logger.LogWarning(ex, "too long");
            return "too long";
        }
    }

    public bool Searches(TencentCloudSDKException ex) =>
        ex.Message.Contains("FailedOperation.PhoneNumberInBlacklist")
        || ex.Message.IndexOf("AuthFailure.SignatureFailure") >= 0
        || ex.ToString().StartsWith("LimitExceeded");
}
