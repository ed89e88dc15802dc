using Microsoft.CodeAnalysis.Testing;
using VerifyCS = TencentCloud.ErrorCodes.Analyzers.Tests.CSharpCodeFixVerifier<
    TencentCloud.ErrorCodes.Analyzers.TCE004LogRequestIdAnalyzer,
    TencentCloud.ErrorCodes.CodeFixes.TCE004LogRequestIdCodeFix>;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Rules;

public class TCE004LogRequestIdTests
{
    [Theory]
    [InlineData("""{|#0:logger.LogError(ex.Message)|};""")]
    [InlineData("""{|#0:logger.LogWarning("Sending to {Phone} failed", phone)|};""")]
    [InlineData("""{|#0:logger.Log(LogLevel.Error, "Sending failed: {Code}", ex.ErrorCode)|};""")]
    [InlineData("""{|#0:logger.LogCritical(new EventId(7), "Sending failed")|};""")]
    [InlineData("""{|#0:serilog.Error("Sending failed {Code}", ex.ErrorCode)|};""")]
    [InlineData("""{|#0:Serilog.Log.Warning("Sending failed")|};""")]
    [InlineData("""{|#0:nlog.Error("Sending failed {0}", ex.ErrorCode)|};""")]
    [InlineData("""{|#0:log4.Error("Sending failed")|};""")]
    [InlineData("""{|#0:log4.ErrorFormat("Sending failed: {0}", ex.Message)|};""")]
    [InlineData("""{|#0:Console.WriteLine("Sending failed")|};""")]
    [InlineData("""{|#0:Console.Error.WriteLine($"Sending failed: {ex.Message}")|};""")]
    [InlineData("""{|#0:System.Diagnostics.Debug.WriteLine("Sending failed")|};""")]
    [InlineData("""{|#0:System.Diagnostics.Trace.TraceError("Sending failed")|};""")]
    [InlineData("""{|#0:SendFailed(logger)|};""")]
    [InlineData("""{|#0:logger.LogError("Sending failed")|}; logger.LogError("{RequestId}", "not the id");""")]
    [InlineData("""{|#0:logger.LogError("Sending failed")|}; return;""")]
    public async Task Reports_the_first_log_call_of_each_logging_library(string body)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source(body), Expected("ex"));
    }

    [Theory]
    [InlineData("catch (Exception e) when (e is TencentCloudSDKException)", """{|#0:logger.LogError("Sending failed")|};""", "e")]
    [InlineData("catch (Exception e) when (e is TencentCloudSDKException sdk && sdk.ErrorCode != null)", """{|#0:logger.LogError("Sending failed")|};""", "sdk")]
    [InlineData("catch (Exception e)", """if (e is TencentCloudSDKException sdk) { {|#0:logger.LogError("Sending failed")|}; }""", "sdk")]
    [InlineData("catch (Exception e)", """switch (e) { case TencentCloudSDKException sdk: {|#0:logger.LogError("Sending failed")|}; break; }""", "sdk")]
    [InlineData("catch (Exception e)", """var sdk = e as TencentCloudSDKException; if (sdk != null) { {|#0:logger.LogError("Sending failed")|}; }""", "sdk")]
    [InlineData("catch (DerivedSdkException ex)", """{|#0:logger.LogError("Sending failed")|};""", "ex")]
    [InlineData("catch (TencentCloudSDKException)", """{|#0:logger.LogError("Sending failed")|};""", "its")]
    public async Task Reports_every_kind_of_handler(string catchClause, string body, string name)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source(body, catchClause), Expected(name));
    }

    [Theory]
    [InlineData("""logger.LogError("Sending failed {RequestId}", ex.RequestId);""")]
    [InlineData("""logger.LogError($"Sending failed, RequestId {ex.RequestId}");""")]
    [InlineData("""logger.LogError("Sending failed " + ex.RequestId);""")]
    [InlineData("""var id = ex.RequestId; logger.LogError("Sending failed {Id}", id);""")]
    [InlineData("""logger.LogError(ex, "Sending failed");""")]
    [InlineData("""logger.LogError(ex.ToString());""")]
    [InlineData("""Console.WriteLine(ex);""")]
    [InlineData("""Console.WriteLine($"Sending failed: {ex}");""")]
    [InlineData("""serilog.Error(ex, "Sending failed");""")]
    [InlineData("""nlog.Error(ex, "Sending failed");""")]
    [InlineData("""log4.Error("Sending failed", ex);""")]
    [InlineData("""SendFailedWithException(logger, ex);""")]
    [InlineData("""using (logger.BeginScope("RequestId {RequestId}", ex.RequestId)) { logger.LogError("Sending failed"); }""")]
    [InlineData("""using var scope = logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = ex.RequestId }); logger.LogError("Sending failed");""")]
    [InlineData("""using (Serilog.Context.LogContext.PushProperty("RequestId", ex.RequestId)) { serilog.Error("Sending failed"); }""")]
    [InlineData("""logger.LogError("Sending failed"); throw;""")]
    [InlineData("""logger.LogError("Sending failed"); throw new InvalidOperationException("Sending failed", ex);""")]
    [InlineData("""logger.LogError("Sending failed"); throw ex;""")]
    [InlineData("""Handle(ex);""")]
    [InlineData("""new LookAlikeLogger().LogError("Sending failed");""")]
    public async Task Does_not_report_when_the_RequestId_is_kept(string body)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source(body));
    }

    [Theory]
    [InlineData("catch (InvalidOperationException ex)")]
    [InlineData("catch (Exception ex)")]
    [InlineData("catch (Exception ex) when (ex is not TencentCloudSDKException)")]
    [InlineData("catch")]
    public async Task Does_not_report_handlers_of_other_exceptions(string catchClause)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source("""logger.LogError("Sending failed");""", catchClause));
    }

    [Fact]
    public async Task Does_not_report_a_scope_outside_the_log_call()
    {
        await VerifyCS.VerifyAnalyzerAsync(
            Source("""using (logger.BeginScope("RequestId {RequestId}", ex.RequestId)) { } {|#0:logger.LogError("Sending failed")|};"""),
            Expected("ex"));
    }

    [Fact]
    public async Task Configured_logging_method_is_a_log_call()
    {
        await new VerifyCS.Test
        {
            TestCode = Source("""{|#0:Audit("Sending failed")|};"""),
            EditorConfig = "tencentcloud_error_codes.logging_methods = C.Audit\n",
            ExpectedDiagnostics = { Expected("ex") },
        }.RunAsync();
    }

    [Fact]
    public async Task Without_the_option_an_unknown_method_is_not_a_log_call()
    {
        await VerifyCS.VerifyAnalyzerAsync(Source("""Audit("Sending failed");"""));
    }

    [Fact]
    public async Task Structured_option_requires_the_RequestId_value()
    {
        await new VerifyCS.Test
        {
            TestCode = Source("""{|#0:logger.LogError(ex, "Sending failed")|};"""),
            FixedCode = Source("""logger.LogError(ex, "Sending failed (RequestId: {RequestId})", ex.RequestId);"""),
            EditorConfig = "tencentcloud_error_codes.structured_request_id = true\n",

            // The message says what satisfies the rule in the mode in force.
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic().WithLocation(0)
                    .WithMessage("This handler logs the Tencent Cloud failure without its RequestId; log ex.RequestId as a value of its own (structured_request_id is on: the exception alone does not count)")
                    .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task Structured_option_accepts_a_RequestId_argument()
    {
        await new VerifyCS.Test
        {
            TestCode = Source("""logger.LogError(ex, "Sending failed {RequestId}", ex.RequestId);"""),
            EditorConfig = "tencentcloud_error_codes.structured_request_id = true\n",
        }.RunAsync();
    }

    [Fact]
    public async Task Configured_RequestId_member_counts()
    {
        await new VerifyCS.Test
        {
            TestCode = Source("""logger.LogError("Sending failed {Trace}", TraceId);"""),
            EditorConfig = "tencentcloud_error_codes.request_id_members = C.TraceId\n",
        }.RunAsync();
    }

    [Fact]
    public async Task Generated_code_is_not_analyzed()
    {
        await VerifyCS.VerifyAnalyzerAsync("// <auto-generated/>\n" + Source("""logger.LogError("Sending failed");"""));
    }

    [Theory]
    [InlineData("""logger.LogError("Sending failed");""", """logger.LogError("Sending failed (RequestId: {RequestId})", ex.RequestId);""")]
    [InlineData("""logger.LogWarning("Sending to {Phone} failed", phone);""", """logger.LogWarning("Sending to {Phone} failed (RequestId: {RequestId})", phone, ex.RequestId);""")]
    [InlineData("""logger.LogError(new EventId(7), "Sending failed {Code}", ex.ErrorCode);""", """logger.LogError(new EventId(7), "Sending failed {Code} (RequestId: {RequestId})", ex.ErrorCode, ex.RequestId);""")]
    [InlineData("""logger.Log(LogLevel.Error, "Sending failed");""", """logger.Log(LogLevel.Error, "Sending failed (RequestId: {RequestId})", ex.RequestId);""")]
    [InlineData("""logger.LogError("Sending {RequestId} failed", phone);""", """logger.LogError("Sending {RequestId} failed (RequestId: {TencentCloudRequestId})", phone, ex.RequestId);""")]
    [InlineData("""logger.LogError(@"Sending failed");""", """logger.LogError(@"Sending failed (RequestId: {RequestId})", ex.RequestId);""")]
    [InlineData("""serilog.Error("Sending failed {Code}", ex.ErrorCode);""", """serilog.Error("Sending failed {Code} (RequestId: {RequestId})", ex.ErrorCode, ex.RequestId);""")]
    [InlineData("""Serilog.Log.Error("Sending failed {A} {B} {C}", 1, 2, 3);""", """Serilog.Log.Error("Sending failed {A} {B} {C} (RequestId: {RequestId})", 1, 2, 3, ex.RequestId);""")]
    [InlineData("""nlog.Error("Sending failed {0}", ex.ErrorCode);""", """nlog.Error("Sending failed {0} (RequestId: {1})", ex.ErrorCode, ex.RequestId);""")]
    [InlineData("""nlog.Warn("Sending failed");""", """nlog.Warn("Sending failed (RequestId: {RequestId})", ex.RequestId);""")]
    [InlineData("""log4.ErrorFormat("Sending failed: {0}", ex.Message);""", """log4.ErrorFormat("Sending failed: {0} (RequestId: {1})", ex.Message, ex.RequestId);""")]
    [InlineData("""log4.Error("Sending failed");""", """log4.Error($"Sending failed (RequestId: {ex.RequestId})");""")]
    [InlineData("""Console.WriteLine("Sending {x} failed");""", """Console.WriteLine($"Sending {{x}} failed (RequestId: {ex.RequestId})");""")]
    [InlineData("""Console.WriteLine("Sending to {0} failed", phone);""", """Console.WriteLine("Sending to {0} failed (RequestId: {1})", phone, ex.RequestId);""")]
    [InlineData(""""Console.Error.WriteLine(@"C:\logs ""quoted""");"""", """"Console.Error.WriteLine($@"C:\logs ""quoted"" (RequestId: {ex.RequestId})");"""")]
    [InlineData("""System.Diagnostics.Debug.WriteLine("Sending failed\n");""", """System.Diagnostics.Debug.WriteLine($"Sending failed\n (RequestId: {ex.RequestId})");""")]
    [InlineData("""logger.LogError($"Sending failed: {ex.Message}");""", """logger.LogError($"Sending failed: {ex.Message} (RequestId: {ex.RequestId})");""")]
    [InlineData("""Console.WriteLine("Sending failed: " + ex.Message);""", """Console.WriteLine("Sending failed: " + ex.Message + " (RequestId: " + ex.RequestId + ")");""")]
    [InlineData("""SendFailedWithRequestId(logger, null);""", """SendFailedWithRequestId(logger, ex.RequestId);""")]
    [InlineData("""logger.LogError(ex.Message);""", """logger.LogError("{Message} (RequestId: {RequestId})", ex.Message, ex.RequestId);""")]
    [InlineData("""logger.LogWarning(new EventId(3), ex.Message);""", """logger.LogWarning(new EventId(3), "{Message} (RequestId: {RequestId})", ex.Message, ex.RequestId);""")]
    [InlineData("""serilog.Error(ex.Message);""", """serilog.Error("{Message} (RequestId: {RequestId})", ex.Message, ex.RequestId);""")]
    [InlineData("""nlog.Error(ex.Message);""", """nlog.Error("{Message} (RequestId: {RequestId})", ex.Message, ex.RequestId);""")]
    [InlineData("""Console.WriteLine(ex.Message);""", """Console.WriteLine(ex.Message + " (RequestId: " + ex.RequestId + ")");""")]
    [InlineData("""System.Diagnostics.Debug.WriteLine(ex.Message);""", """System.Diagnostics.Debug.WriteLine(ex.Message + " (RequestId: " + ex.RequestId + ")");""")]
    [InlineData("""log4.Error(ex.Message);""", """log4.Error(ex.Message + " (RequestId: " + ex.RequestId + ")");""")]
    [InlineData("""Console.WriteLine(phone.Length > 0 ? ex.Message : phone);""", """Console.WriteLine((phone.Length > 0 ? ex.Message : phone) + " (RequestId: " + ex.RequestId + ")");""")]
    public async Task Fix_adds_the_RequestId_in_the_call_s_own_idiom(string body, string fixedBody)
    {
        await VerifyCS.VerifyCodeFixAsync(Source(Mark(body)), Source(fixedBody));
    }

    [Theory]
    [InlineData("""{|TCE004:SendFailed(logger)|};""")]
    [InlineData("""{|TCE004:logger.LogError(message: "Sending failed", exception: null)|};""")]
    [InlineData("""{|TCE004:logger.LogError("Sending failed {A}", new object[] { 1 })|};""")]
    public async Task No_fix_where_the_call_cannot_take_the_RequestId_faithfully(string body)
    {
        await VerifyCS.VerifyCodeFixAsync(Source(body), Source(body));
    }

    [Fact]
    public async Task No_fix_for_a_type_test_without_a_name()
    {
        var source = Source("""{|TCE004:logger.LogError("Sending failed")|};""", "catch (Exception e) when (e is TencentCloudSDKException)");
        await VerifyCS.VerifyCodeFixAsync(source, source);
    }

    [Fact]
    public async Task Fix_names_the_catch_variable_with_a_free_name()
    {
        await VerifyCS.VerifyCodeFixAsync(
            Source("""var ex = 1; {|TCE004:logger.LogError("Sending failed {N}", ex)|};""", "catch (TencentCloudSDKException)"),
            Source("""var ex = 1; logger.LogError("Sending failed {N} (RequestId: {RequestId})", ex, exception.RequestId);""", "catch (TencentCloudSDKException exception)"));
    }

    [Fact]
    public async Task Fix_names_the_catch_variable_ex_when_free()
    {
        await VerifyCS.VerifyCodeFixAsync(
            Source("""{|TCE004:logger.LogError("Sending failed")|};""", "catch (TencentCloudSDKException)"),
            Source("""logger.LogError("Sending failed (RequestId: {RequestId})", ex.RequestId);""", "catch (TencentCloudSDKException ex)"));
    }

    [Fact]
    public async Task Fix_uses_the_pattern_variable_of_the_filter()
    {
        await VerifyCS.VerifyCodeFixAsync(
            Source("""{|TCE004:logger.LogError("Sending failed")|};""", "catch (Exception e) when (e is TencentCloudSDKException sdk)"),
            Source("""logger.LogError("Sending failed (RequestId: {RequestId})", sdk.RequestId);""", "catch (Exception e) when (e is TencentCloudSDKException sdk)"));
    }

    [Theory]
    [InlineData("""var details = $"SendSms failed, RequestId: {ex.RequestId}"; System.Diagnostics.Debug.WriteLine($"failed: {details}");""")]
    [InlineData("""var details = "failed, RequestId: " + ex.RequestId; Console.WriteLine(details);""")]
    [InlineData("""var details = string.Format("failed, RequestId: {0}", ex.RequestId); logger.LogError(details);""")]
    [InlineData("""var sb = new System.Text.StringBuilder(); sb.Append("failed, RequestId: ").Append(ex.RequestId); logger.LogError(sb.ToString());""")]
    [InlineData("""var sb = new System.Text.StringBuilder(); sb.Append(ex.RequestId); var text = sb.ToString(); Console.WriteLine(text);""")]
    [InlineData("""var text = ex.ToString(); logger.LogError("failed: {Text}", text);""")]
    [InlineData("""string details = "failed"; details += " " + ex.RequestId; Console.WriteLine(details);""")]
    public async Task Silent_when_the_RequestId_reaches_the_log_through_a_local(string body)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source(body));
    }

    [Theory]
    [InlineData("""var details = "failed: " + ex.Message; {|#0:Console.WriteLine(details)|};""")]
    [InlineData("""var requestId = ex.RequestId; var details = "failed: " + ex.ErrorCode; {|#0:Console.WriteLine(details)|};""")]
    public async Task Reports_when_the_local_it_logs_holds_no_RequestId(string body)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source(body), Expected("ex"));
    }

    [Theory]
    [InlineData("""
        switch (ex.ErrorCode)
        {
            case "RequestLimitExceeded":
                throw;
            default:
                {|#0:logger.LogError("Sending failed: {Code}", ex.ErrorCode)|};
                break;
        }
        """)]
    [InlineData("""
        if (ex.ErrorCode == "RequestLimitExceeded")
            throw;
        {|#0:logger.LogError("Sending failed: {Code}", ex.ErrorCode)|};
        """)]
    [InlineData("""
        {|#0:logger.LogError("Sending failed: {Code}", ex.ErrorCode)|};
        if (phone.Length == 0)
            throw;
        """)]
    public async Task Reports_a_handler_that_rethrows_only_on_other_paths(string body)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source(body), Expected("ex"));
    }

    [Theory]
    [InlineData("""
        logger.LogError("Sending failed: {Code}", ex.ErrorCode);
        throw;
        """)]
    [InlineData("""
        if (phone.Length == 0)
        {
            logger.LogError("Sending failed: {Code}", ex.ErrorCode);
            throw;
        }
        """)]
    public async Task Silent_when_a_rethrow_always_follows_the_log(string body)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source(body));
    }

    [Fact]
    public async Task FixAll_fixes_every_handler()
    {
        var source = """
            using System;
            using Microsoft.Extensions.Logging;
            using TencentCloud.Common;

            class C
            {
                void M(ILogger logger, Action call)
                {
                    try { call(); }
                    catch (TencentCloudSDKException ex) { {|TCE004:logger.LogError("First failed")|}; }
                    try { call(); }
                    catch (TencentCloudSDKException) { {|TCE004:Console.WriteLine("Second failed")|}; }
                    try { call(); }
                    catch (TencentCloudSDKException e) { {|TCE004:logger.LogError(e.Message)|}; }
                    try { call(); }
                    catch (TencentCloudSDKException e) { {|TCE004:Console.Error.WriteLine("Fourth failed: " + e.Message)|}; }
                    try { call(); }
                    catch (TencentCloudSDKException e) { {|TCE004:System.Diagnostics.Debug.WriteLine($"Fifth failed: {e.ErrorCode}")|}; }
                    try { call(); }
                    catch (TencentCloudSDKException) { {|TCE004:logger.LogWarning("Sixth failed")|}; }
                }
            }
            """;
        var fixedSource = """
            using System;
            using Microsoft.Extensions.Logging;
            using TencentCloud.Common;

            class C
            {
                void M(ILogger logger, Action call)
                {
                    try { call(); }
                    catch (TencentCloudSDKException ex) { logger.LogError("First failed (RequestId: {RequestId})", ex.RequestId); }
                    try { call(); }
                    catch (TencentCloudSDKException ex) { Console.WriteLine($"Second failed (RequestId: {ex.RequestId})"); }
                    try { call(); }
                    catch (TencentCloudSDKException e) { logger.LogError("{Message} (RequestId: {RequestId})", e.Message, e.RequestId); }
                    try { call(); }
                    catch (TencentCloudSDKException e) { Console.Error.WriteLine("Fourth failed: " + e.Message + " (RequestId: " + e.RequestId + ")"); }
                    try { call(); }
                    catch (TencentCloudSDKException e) { System.Diagnostics.Debug.WriteLine($"Fifth failed: {e.ErrorCode} (RequestId: {e.RequestId})"); }
                    try { call(); }
                    catch (TencentCloudSDKException ex) { logger.LogWarning("Sixth failed (RequestId: {RequestId})", ex.RequestId); }
                }
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(source, fixedSource);
    }

    private static DiagnosticResult Expected(string name) =>
        VerifyCS.Diagnostic().WithLocation(0).WithArguments(name == "its" ? "its RequestId" : name + ".RequestId", " or the exception itself").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    /// <summary>Marks the first statement's expression as the expected TCE004 location.</summary>
    private static string Mark(string body)
    {
        var end = body.IndexOf(';');
        return "{|TCE004:" + body.Substring(0, end) + "|}" + body.Substring(end);
    }

    internal static string Source(string body, string catchClause = "catch (TencentCloudSDKException ex)") => $$"""
        using System;
        using System.Collections.Generic;
        using Microsoft.Extensions.Logging;
        using TencentCloud.Common;

        class DerivedSdkException : TencentCloudSDKException
        {
            public DerivedSdkException() : base("derived") { }
        }

        class LookAlikeLogger
        {
            public void LogError(string message) { }
        }

        class C
        {
            private readonly ILogger logger = null!;
            private readonly Serilog.ILogger serilog = null!;
            private readonly NLog.Logger nlog = null!;
            private readonly log4net.ILog log4 = null!;
            private readonly string phone = "";

            public string TraceId => "";

            [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Sending failed")]
            static void SendFailed(ILogger logger) { }

            [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Sending failed")]
            static void SendFailedWithException(ILogger logger, Exception exception) { }

            [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Sending failed, RequestId {RequestId}")]
            static void SendFailedWithRequestId(ILogger logger, string requestId) { }

            static void Audit(string message) { }

            static void Handle(Exception exception) { }

            void Call() { }

            void M()
            {
                try
                {
                    Call();
                }
                {{catchClause}}
                {
                    {{body}}
                }
            }
        }
        """;
}
