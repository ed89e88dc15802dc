using Microsoft.Extensions.Logging;
using Polly;
using TencentCloud.Common;
using TencentCloud.ErrorCodes;
using TencentCloud.Sms.V20210111;
using TencentCloud.Sms.V20210111.Models;

namespace BatchFix;

/// <summary>
/// Error-code dispatch as it is written in the wild: literals everywhere, several per construct. One
/// `dotnet format analyzers` run must leave only the diagnostics marked "unfixed", and the same bytes every run.
/// </summary>
public sealed class SmsDispatch
{
    private static readonly string[] Retryable = { "RequestLimitExceeded", "InternalError", "ResourceUnavailable" };

    private readonly SmsClient client;
    private readonly ILogger<SmsDispatch> logger;

    public SmsDispatch(SmsClient client, ILogger<SmsDispatch> logger)
    {
        this.client = client;
        this.logger = logger;
    }

    public string SwitchWithManyLabels(SendSmsRequest request)
    {
        try
        {
            client.SendSmsSync(request);
            return "sent";
        }
        catch (TencentCloudSDKException e)
        {
            logger.LogWarning("SMS failed: {Code} (RequestId: {RequestId})", e.ErrorCode, e.RequestId);
            switch (e.ErrorCode)
            {
                case "AuthFailure.SignatureFailure":
                case "AuthFailure.SecretIdNotFound":
                case "LimitExceeded":
                    return "credentials";
                case "InternalError":
                case "InternalError.Timeout":
                    return "server";
                case "FailedOperation.PhoneNumberInBlacklist":
                case "FailedOperation.InsufficientBalanceInSmsPackage":
                case "InvalidParameterValue.ContentLengthLimit":
                    return "request";
                case TrtcErrorCodes.FailedOperation_RoomNotExist:                                  // unfixed: TCE008 (no fix: which code was meant is the author's call)
                    return "room";
                default:
                    return "other";
            }
        }
    }

    public bool OrChain(TencentCloudSDKException e) =>
        e.ErrorCode == "InternalError" || e.ErrorCode == "ResourceUnavailable" || "FailedOperation.PhoneNumberInBlacklist" == e.ErrorCode || e.ErrorCode.Equals("InvalidParameter");

    public bool AndChain(TencentCloudSDKException e) =>
        e.ErrorCode != "InternalError" && e.ErrorCode != "LimitExceeded" && !string.Equals(e.ErrorCode, "UnsupportedOperation", StringComparison.Ordinal);

    public string SwitchExpression(TencentCloudSDKException e) => e.ErrorCode switch                // unfixed: TCE006 (no catch to rethrow from)
    {
        "AuthFailure.SignatureFailure" => "auth",
        "InternalError" or "InternalError.Timeout" => "server",
        "FailedOperation.PhoneNumberInBlacklist" => "blocked",
        "InvalidParameter" => "request",
        _ => "other",
    };

    public bool Pattern(TencentCloudSDKException e) =>
        e.ErrorCode is "InternalError" or "ResourceUnavailable" or "FailedOperation.PhoneNumberInBlacklist";

    public bool Collection(TencentCloudSDKException e) =>
        new[] { "InternalError", "ResourceUnavailable", "FailedOperation.PhoneNumberInBlacklist" }.Contains(e.ErrorCode)
        || new List<string> { "InvalidParameter", "UnsupportedOperation" }.Contains(e.ErrorCode);

    public string Typos(TencentCloudSDKException e)
    {
        if (e.ErrorCode == "RequestLimitExceed") return "throttled";
        if (e.ErrorCode == "internalerror") return "server";
        if (e.ErrorCode == "Completely.Unknown.Code.That.Resembles.Nothing") return "unknown";       // unfixed: TCE002 (no documented code is near)
        if (e.ErrorCode == "FailedOperation.PhoneNumberInBlacklst") return "blocked";
        return "other";
    }

    public bool FilterWithLiterals(SendSmsRequest request)
    {
        try
        {
            client.SendSmsSync(request);
            return true;
        }
        catch (TencentCloudSDKException e) when (e.ErrorCode == "FailedOperation.PhoneNumberInBlacklist" || e.ErrorCode == "InvalidParameterValue.ContentLengthLimit")
        {
            logger.LogInformation("Rejected: {Code}, RequestId {RequestId}", e.ErrorCode, e.RequestId);
            return false;
        }
    }

    public bool IfChainInCatch(SendSmsRequest request)
    {
        try
        {
            client.SendSmsSync(request);
            return true;
        }
        catch (TencentCloudSDKException e)
        {
            logger.LogError(e, "SMS failed");
            if (e.ErrorCode == "FailedOperation.PhoneNumberInBlacklist")
            {
                return false;
            }
            else if (e.ErrorCode == "InvalidParameterValue.ContentLengthLimit")
            {
                return false;
            }

            return false;
        }
    }

    public bool IsTransient(TencentCloudSDKException e) => e.ErrorCode == "InternalError" || e.ErrorCode == "ResourceUnavailable";

    public Policy Retry() => Policy
        .Handle<TencentCloudSDKException>(e => e.ErrorCode == "InternalError" || e.ErrorCode == "ResourceUnavailable")
        .WaitAndRetry(3, i => TimeSpan.FromSeconds(i));

    public bool FromCollection(TencentCloudSDKException e) => Retryable.Contains(e.ErrorCode);
}
