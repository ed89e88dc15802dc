using Microsoft.CodeAnalysis.Testing;
using VerifyCS = TencentCloud.ErrorCodes.Analyzers.Tests.CSharpCodeFixVerifier<
    TencentCloud.ErrorCodes.Analyzers.TCE010BaseHandlerLosesRequestIdAnalyzer,
    TencentCloud.ErrorCodes.CodeFixes.TCE010BaseHandlerLosesRequestIdCodeFix>;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Rules;

public class TCE010BaseHandlerLosesRequestIdTests
{
    private const string OnlyMessage = "only its Message";
    private const string WithoutRequestId = "it without its RequestId";

    [Theory]
    [InlineData("""logger.LogError("send failed: {Message}", ex.Message);""", OnlyMessage)]
    [InlineData("""logger.LogWarning(ex.Message);""", OnlyMessage)]
    [InlineData("""logger.LogError("send failed");""", WithoutRequestId)]
    [InlineData("""Console.WriteLine("failed: " + ex.Message);""", OnlyMessage)]
    [InlineData("""System.Diagnostics.Debug.WriteLine($"failed: {ex.Message}");""", OnlyMessage)]
    [InlineData("""Serilog.Log.Error("failed {Message}", ex.Message);""", OnlyMessage)]
    [InlineData("""var details = "failed: " + ex.Message; Console.Error.WriteLine(details);""", WithoutRequestId)]
    public async Task Reports_a_log_call_that_drops_the_RequestId(string body, string what)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source(Mark(body)), Expected("SendSms", what));
    }

    [Theory]
    [InlineData("await client.SendSms(request);", "SendSms")]
    [InlineData("var response = client.SendSmsSync(request); Console.WriteLine(response.RequestId);", "SendSms")]
    [InlineData("Prepare(); await client.SendSms(request);", "SendSms")]
    public async Task Names_the_first_direct_sdk_call(string tryBody, string action)
    {
        await VerifyCS.VerifyAnalyzerAsync(
            Source(Mark("""logger.LogError("failed: {Message}", ex.Message);"""), tryBody: tryBody),
            Expected(action, OnlyMessage));
    }

    [Theory]
    [InlineData("catch (Exception ex)")]
    [InlineData("catch (Exception ex) when (ex is not OperationCanceledException)")]
    public async Task Reports_every_base_type_of_the_sdk_exception(string catchClause)
    {
        var source = Source(Mark("""logger.LogError("failed: {Message}", ex.Message);"""), catchClause);
        await VerifyCS.VerifyAnalyzerAsync(source, Expected("SendSms", OnlyMessage));
    }

    [Theory]
    [InlineData("""
        if (ex is TimeoutException) { throw; }
        {|#0:logger.LogError("failed: {Message}", ex.Message)|};
        """)]
    [InlineData("""
        {|#0:logger.LogError("failed: {Message}", ex.Message)|};
        if (ex is TimeoutException) { throw; }
        """)]
    public async Task Reports_a_handler_that_rethrows_only_on_other_paths(string body)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source(body), Expected("SendSms", OnlyMessage));
    }

    [Fact]
    public async Task Reports_after_a_filtered_sdk_catch()
    {
        var source = Source(
            Mark("""logger.LogError("failed: {Message}", ex.Message);"""),
            "catch (TencentCloudSDKException sdk) when (sdk.ErrorCode == \"LimitExceeded\") { logger.LogError(sdk, \"quota\"); }\n        catch (Exception ex)");
        await VerifyCS.VerifyAnalyzerAsync(source, Expected("SendSms", OnlyMessage));
    }

    [Theory]
    [InlineData("""logger.LogError(ex, "send failed");""")]
    [InlineData("""logger.LogError("send failed: {Error}", ex);""")]
    [InlineData("""Console.WriteLine($"send failed: {ex}");""")]
    [InlineData("""Console.WriteLine("send failed: " + ex.ToString());""")]
    [InlineData("""Console.WriteLine("send failed: " + (ex as TencentCloudSDKException)?.RequestId);""")]
    [InlineData("""logger.LogError("send failed: {Message}", ex.Message); throw;""")]
    [InlineData("""logger.LogError("send failed: {Message}", ex.Message); throw new InvalidOperationException("send failed", ex);""")]
    [InlineData("""Status = ex.Message;""")]
    public async Task Silent_when_the_exception_or_its_RequestId_is_kept(string body)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source(body));
    }

    [Theory]
    [InlineData("catch (TencentCloudSDKException sdk) { logger.LogError(sdk, \"sdk\"); }\n        catch (Exception ex)")]
    [InlineData("catch (InvalidOperationException ex)")]
    public async Task Silent_when_the_sdk_exception_does_not_reach_the_handler(string catchClause)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source("""logger.LogError("send failed: {Message}", ex.Message);""", catchClause));
    }

    [Fact]
    public async Task Silent_when_the_handler_tests_for_the_sdk_exception()
    {
        // That handler is TCE004's: it knows it handles the SDK exception.
        await VerifyCS.VerifyAnalyzerAsync(Source("""if (ex is TencentCloudSDKException) { logger.LogError("sdk failed: {Message}", ex.Message); }"""));
    }

    [Theory]
    [InlineData("Prepare();")]
    [InlineData("SendThroughHelper(request);")]
    [InlineData("Func<Task> send = () => client.SendSms(request); await Task.Yield();")]
    public async Task Silent_when_the_try_makes_no_direct_sdk_call(string tryBody)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source("""logger.LogError("send failed: {Message}", ex.Message);""", tryBody: tryBody));
    }

    [Fact]
    public async Task Silent_in_generated_code()
    {
        await VerifyCS.VerifyAnalyzerAsync("// <auto-generated/>\n" + Source("""logger.LogError("send failed: {Message}", ex.Message);"""));
    }

    [Theory]
    [InlineData("""logger.LogError("send failed: {Message}", ex.Message);""", """logger.LogError(ex, "send failed: {Message}", ex.Message);""", OnlyMessage)]
    [InlineData("""logger.LogWarning(new EventId(3), "send failed");""", """logger.LogWarning(new EventId(3), ex, "send failed");""", WithoutRequestId)]
    [InlineData("""logger.LogWarning(ex.Message);""", """logger.LogWarning(ex, ex.Message);""", OnlyMessage)]
    [InlineData("""Serilog.Log.Error("failed {Message}", ex.Message);""", """Serilog.Log.Error(ex, "failed {Message}", ex.Message);""", OnlyMessage)]
    [InlineData("""serilog.Warning("failed");""", """serilog.Warning(ex, "failed");""", WithoutRequestId)]
    [InlineData("""Console.WriteLine("failed: " + ex.Message);""", """Console.WriteLine("failed: " + ex.Message + " (RequestId: " + (ex as TencentCloudSDKException)?.RequestId + ")");""", OnlyMessage)]
    [InlineData("""Console.WriteLine(ex.Message);""", """Console.WriteLine(ex.Message + " (RequestId: " + (ex as TencentCloudSDKException)?.RequestId + ")");""", OnlyMessage)]
    [InlineData("""System.Diagnostics.Debug.WriteLine($"failed: {ex.Message}");""", """System.Diagnostics.Debug.WriteLine($"failed: {ex.Message} (RequestId: {(ex as TencentCloudSDKException)?.RequestId})");""", OnlyMessage)]
    [InlineData("""Console.WriteLine("failed");""", """Console.WriteLine($"failed (RequestId: {(ex as TencentCloudSDKException)?.RequestId})");""", WithoutRequestId)]
    [InlineData("""log4.Error("failed: " + ex.Message);""", """log4.Error("failed: " + ex.Message + " (RequestId: " + (ex as TencentCloudSDKException)?.RequestId + ")");""", OnlyMessage)]
    public async Task Fix_keeps_the_exception_or_its_RequestId_in_the_call_s_idiom(string body, string fixedBody, string what)
    {
        await VerifyCS.VerifyCodeFixAsync(Source(Mark(body)), Source(fixedBody), Expected("SendSms", what));
    }

    [Fact]
    public async Task Fix_adds_the_sdk_namespace_and_names_the_catch_variable()
    {
        var source = Source(Mark("""Console.WriteLine("failed");"""), "catch (Exception)").Replace("using TencentCloud.Common;\n", string.Empty);
        var fixedSource = Source("""Console.WriteLine($"failed (RequestId: {(ex as TencentCloudSDKException)?.RequestId})");""", "catch (Exception ex)")
            .Replace("using TencentCloud.Common;\n", string.Empty)
            .Replace("using TencentCloud.Sms.V20210111;", "using TencentCloud.Common;\nusing TencentCloud.Sms.V20210111;");
        await VerifyCS.VerifyCodeFixAsync(
            source.Replace("TencentCloudSDKException sdk", "TencentCloud.Common.TencentCloudSDKException sdk"),
            fixedSource.Replace("TencentCloudSDKException sdk", "TencentCloud.Common.TencentCloudSDKException sdk"),
            VerifyCS.Diagnostic().WithLocation(0).WithArguments("SendSms", WithoutRequestId).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
    }

    [Fact]
    public async Task No_fix_for_a_bare_catch()
    {
        var source = Source(Mark("""Console.WriteLine("failed");"""), "catch");
        await new VerifyCS.Test
        {
            TestCode = source,
            FixedCode = source,
            ExpectedDiagnostics = { VerifyCS.Diagnostic().WithLocation(0).WithArguments("SendSms", WithoutRequestId) },
        }.RunAsync();
    }

    [Fact]
    public async Task FixAll_fixes_every_handler_in_one_pass()
    {
        const string handlers = """
            try { await client.SendSms(request); } catch (Exception ex) { {|#0:logger.LogError("first: {Message}", ex.Message)|}; }
            try { client.SendSmsSync(request); } catch (Exception e) { {|#1:Console.WriteLine("second: " + e.Message)|}; }
            try { client.SendSmsSync(request); } catch (Exception) { {|#2:System.Diagnostics.Debug.WriteLine("third")|}; }
            try { client.SendSmsSync(request); } catch (Exception ex) { {|#3:serilog.Error("fourth {Message}", ex.Message)|}; }
            """;
        const string fixedHandlers = """
            try { await client.SendSms(request); } catch (Exception ex) { logger.LogError(ex, "first: {Message}", ex.Message); }
            try { client.SendSmsSync(request); } catch (Exception e) { Console.WriteLine("second: " + e.Message + " (RequestId: " + (e as TencentCloudSDKException)?.RequestId + ")"); }
            try { client.SendSmsSync(request); } catch (Exception ex) { System.Diagnostics.Debug.WriteLine($"third (RequestId: {(ex as TencentCloudSDKException)?.RequestId})"); }
            try { client.SendSmsSync(request); } catch (Exception ex) { serilog.Error(ex, "fourth {Message}", ex.Message); }
            """;
        await VerifyCS.VerifyCodeFixAsync(
            Members("async Task N()\n{\n    " + handlers.Replace("\n", "\n    ") + "\n}"),
            Members("async Task N()\n{\n    " + fixedHandlers.Replace("\n", "\n    ") + "\n}"),
            Expected(0, "SendSms", OnlyMessage),
            Expected(1, "SendSms", OnlyMessage),
            Expected(2, "SendSms", WithoutRequestId),
            Expected(3, "SendSms", OnlyMessage));
    }

    private static DiagnosticResult Expected(string action, string what) => Expected(0, action, what);

    private static DiagnosticResult Expected(int location, string action, string what) =>
        VerifyCS.Diagnostic().WithLocation(location).WithArguments(action, what).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    /// <summary>Marks the last statement's expression as the expected location.</summary>
    private static string Mark(string body)
    {
        var start = body.LastIndexOf("; ", body.Length - 2, StringComparison.Ordinal) is var i and >= 0 ? i + 2 : 0;
        var end = body.LastIndexOf(';');
        return body.Substring(0, start) + "{|#0:" + body.Substring(start, end - start) + "|}" + body.Substring(end);
    }

    private static string Source(string body, string catchClause = "catch (Exception ex)", string tryBody = "client.SendSmsSync(request);") => Members($$"""
        async Task M()
        {
            try
            {
                {{tryBody}}
            }
            {{catchClause}}
            {
                {{body}}
            }
        }
        """);

    private static string Members(string members) => $$"""
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using TencentCloud.Common;
        using TencentCloud.Sms.V20210111;
        using TencentCloud.Sms.V20210111.Models;

        class C
        {
            private readonly SmsClient client = null!;
            private readonly SendSmsRequest request = new SendSmsRequest();
            private readonly ILogger logger = null!;
            private readonly Serilog.ILogger serilog = null!;
            private readonly log4net.ILog log4 = null!;

            public string Status { get; set; } = "";

            void Prepare() { }

            void SendThroughHelper(SendSmsRequest r) => client.SendSmsSync(r);

            {{members.Replace("\n", "\n    ")}}
        }
        """;
}
