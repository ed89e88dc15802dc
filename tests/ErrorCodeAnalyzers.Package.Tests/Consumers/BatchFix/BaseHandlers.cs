using System.Diagnostics;
using Microsoft.Extensions.Logging;
using TencentCloud.Sms.V20210111;
using TencentCloud.Sms.V20210111.Models;

namespace BatchFix;

/// <summary>What most code that calls the SDK writes: a catch of Exception that logs the message and carries on.</summary>
public sealed class BaseHandlers
{
    private readonly SmsClient client;
    private readonly ILogger<BaseHandlers> logger;

    public BaseHandlers(SmsClient client, ILogger<BaseHandlers> logger)
    {
        this.client = client;
        this.logger = logger;
    }

    public async Task<bool> SendAsync(SendSmsRequest request)
    {
        try
        {
            await client.SendSms(request);
            return true;
        }
        catch (Exception ex)
        {
            logger.LogError("send failed: {Message}", ex.Message);
            return false;
        }
    }

    public bool Send(SendSmsRequest request)
    {
        try
        {
            client.SendSmsSync(request);
            return true;
        }
        catch (Exception e)
        {
            Console.WriteLine("send failed: " + e.Message);
            return false;
        }
    }

    public void SendQuietly(SendSmsRequest request)
    {
        try
        {
            client.SendSmsSync(request);
        }
        catch (Exception)
        {
            Debug.WriteLine("send failed");
        }
    }

    public void SendOrLog(SendSmsRequest request)
    {
        try
        {
            client.SendSmsSync(request);
        }
        catch
        {
            Console.Error.WriteLine("send failed");                                                // unfixed: TCE010 (a bare catch has no exception to name)
        }
    }
}
