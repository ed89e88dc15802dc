using Microsoft.Extensions.Logging;
using TencentCloud.Common;
using TencentCloud.Sms.V20210111;
using TencentCloud.Sms.V20210111.Models;

namespace Acme;

/// <summary>An application's own failure type and audit log: the .editorconfig options teach the rules about them.</summary>
internal sealed class ApiFailure
{
    public string Code { get; init; } = "";

    public string TraceId { get; init; } = "";

    public bool IsThrottled => Code == "RequestLimitExceeded";                                       // expect: TCE001 with error_code_members
}

internal static class Audit
{
    public static void Write(string message) => Console.WriteLine(message);
}

internal sealed class ConfiguredNotifier(SmsClient client, ILogger<ConfiguredNotifier> logger, ApiFailure current)
{
    public void NotifyWithTrace(SendSmsRequest request)
    {
        try
        {
            client.SendSmsSync(request);
        }
        catch (TencentCloudSDKException)
        {
            logger.LogError("Sending the SMS failed, trace {Trace}", current.TraceId);                // expect: TCE004 unless request_id_members
        }
    }

    public void NotifyWithAudit(SendSmsRequest request)
    {
        try
        {
            client.SendSmsSync(request);
        }
        catch (TencentCloudSDKException)                                                              // expect: TCE005 unless logging_methods
        {
            Audit.Write("Sending the SMS failed");                                                    // expect: TCE004 with logging_methods
        }
    }
}
