using Microsoft.CodeAnalysis.Testing;
using VerifyCS = TencentCloud.ErrorCodes.Analyzers.Tests.CSharpCodeFixVerifier<
    TencentCloud.ErrorCodes.Analyzers.TCE006HandleRetryableErrorCodesAnalyzer,
    TencentCloud.ErrorCodes.CodeFixes.TCE006HandleRetryableErrorCodesCodeFix>;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Rules;

public class TCE006HandleRetryableErrorCodesTests
{
    private const string Advice = "retry it with backoff or let it propagate (ErrorCodeCatalog.IsRetryable tells which codes are retryable)";

    [Theory]
    [InlineData("\"ResourceNotFound\"")]
    [InlineData("CommonErrorCodes.ResourceNotFound")]
    [InlineData("NotFound")]
    public async Task Reports_a_switch_statement_whatever_the_constant_form(string code)
    {
        await VerifyCS.VerifyAnalyzerAsync(
            InCatch($$"""
                {|#0:switch|} (ex.ErrorCode)
                {
                    case {{code}}:
                        return "missing";
                    case "InvalidParameter":
                        return "bad";
                    default:
                        return "failed";
                }
                """),
            Expected(0, "switch"));
    }

    [Theory]
    [InlineData("""{|#0:switch|} (ex.ErrorCode) { case "ResourceNotFound": return "missing"; } return "failed";""", "switch")]
    [InlineData("""var code = ex.ErrorCode; {|#0:switch|} (code) { case "ResourceNotFound" or "InvalidParameter": return "missing"; } return "failed";""", "switch")]
    [InlineData("""return ex.ErrorCode {|#0:switch|} { "ResourceNotFound" => "missing", _ => "failed" };""", "switch expression")]
    [InlineData("""{|#0:if|} (ex.ErrorCode == "ResourceNotFound") { return "missing"; } return "failed";""", "if")]
    [InlineData("""{|#0:if|} (ex.ErrorCode == "ResourceNotFound") { return "missing"; } else if (ex.ErrorCode.Equals("InvalidParameter")) { return "bad"; } else { return "failed"; }""", "if chain")]
    [InlineData("""{|#0:if|} (ex.ErrorCode == "ResourceNotFound") { return "missing"; } if (ex.ErrorCode is "InvalidParameter") { return "bad"; } return "failed";""", "if chain")]
    [InlineData("""{|#0:if|} (ex.ErrorCode == "InternalError") { return "retry"; } return "failed";""", "if")]
    public async Task Reports_each_dispatch_shape(string body, string kind)
    {
        await VerifyCS.VerifyAnalyzerAsync(InCatch(body), Expected(0, kind));
    }

    [Theory]
    [InlineData("""switch (ex.ErrorCode) { case "ResourceNotFound": return "missing"; case "RequestLimitExceeded": throw; default: return "failed"; }""")]
    [InlineData("""switch (ex.ErrorCode) { case "ResourceNotFound": return "missing"; case CommonErrorCodes.RequestLimitExceeded: return "later"; default: return "failed"; }""")]
    [InlineData("""switch (ex.ErrorCode) { case "ResourceNotFound": return "missing"; case Throttled: return "later"; default: return "failed"; }""")]
    [InlineData("""switch (ex.ErrorCode) { case "ResourceNotFound": return "missing"; case "RequestLimitExceeded.UinLimitExceeded": return "later"; default: return "failed"; }""")]
    [InlineData("""switch (ex.ErrorCode) { case "ResourceNotFound": return "missing"; case var c when c.StartsWith("RequestLimitExceeded"): return "later"; default: return "failed"; }""")]
    [InlineData("""switch (ex.ErrorCode) { case "ResourceNotFound": return "missing"; default: if (ErrorCodeCatalog.IsRetryable(ex.ErrorCode)) throw; return "failed"; }""")]
    [InlineData("""switch (ex.ErrorCode) { case "ResourceNotFound": return "missing"; default: throw; }""")]
    [InlineData("""switch (ex.ErrorCode) { case "ResourceNotFound": return "missing"; } throw;""")]
    [InlineData("""switch (ex.ErrorCode) { case "ResourceNotFound": return "missing"; default: break; } throw;""")]
    [InlineData("""if (ex.ErrorCode == "ResourceNotFound") { return "missing"; } throw;""")]
    [InlineData("""if (ex.ErrorCode == "ResourceNotFound") { return "missing"; } else { throw; }""")]
    [InlineData("""if (ex.ErrorCode == "ResourceNotFound") { return "missing"; } else if (ErrorCodeCatalog.GetRetryKind(ex.ErrorCode) == RetryKind.Throttled) { return "later"; } return "failed";""")]
    [InlineData("""if (ex.ErrorCode != "ResourceNotFound") { return "other"; } return "missing";""")]
    [InlineData("""if (ex.ErrorCode == "RequestLimitExceeded") { return "later"; } return "failed";""")]
    [InlineData("""return ex.ErrorCode switch { "ResourceNotFound" => "missing", _ => throw ex };""")]
    [InlineData("""if (ex.Message == "ResourceNotFound") { return "missing"; } return "failed";""")]
    [InlineData("""switch (ex.RequestId) { case "abc": return "x"; } return "failed";""")]
    [InlineData("""if (ex.ErrorCode == null) { return "none"; } return "failed";""")]
    public async Task Does_not_report_a_dispatch_that_handles_throttling(string body)
    {
        await VerifyCS.VerifyAnalyzerAsync(InCatch(body));
    }

    [Fact]
    public async Task Does_not_report_an_exception_filter()
    {
        await VerifyCS.VerifyAnalyzerAsync(Wrap("""
            string M()
            {
                try { return Call(); }
                catch (TencentCloudSDKException ex) when (ex.ErrorCode == "ResourceNotFound") { return "missing"; }
                catch (TencentCloudSDKException ex) when (ex.ErrorCode switch { "InvalidParameter" => true, _ => false }) { return "bad"; }
            }
            """));
    }

    [Fact]
    public async Task Does_not_report_other_sdks_error_codes()
    {
        await VerifyCS.VerifyAnalyzerAsync(Wrap("""
            class AmazonServiceException : Exception { public string ErrorCode { get; set; } = ""; }

            string M(AmazonServiceException ex)
            {
                switch (ex.ErrorCode) { case "ResourceNotFound": return "missing"; default: return "failed"; }
            }
            """));
    }

    [Fact]
    public async Task Reports_an_envelope_dispatch()
    {
        await VerifyCS.VerifyAnalyzerAsync(Wrap("""
            string M(string json)
            {
                var response = ResponseEnvelope.Parse(json);
                {|#0:switch|} (response.Code) { case "ResourceNotFound": return "missing"; default: return "failed"; }
            }
            """),
            Expected(0, "switch"));
    }

    [Theory]
    [InlineData("""Policy.Handle<TencentCloudSDKException>({|#0:ex => ex.ErrorCode == "InternalError"|})""")]
    [InlineData("""Policy.Handle<TimeoutException>().Or<TencentCloudSDKException>({|#0:ex => ex.ErrorCode is "InternalError" or "ResourceUnavailable"|})""")]
    [InlineData("""new PredicateBuilder().Handle<TencentCloudSDKException>({|#0:ex => ex.ErrorCode == "InternalError"|})""")]
    [InlineData("""Policy.HandleInner<TencentCloudSDKException>({|#0:ex => { if (ex.ErrorCode == "InternalError") { return true; } return false; }|})""")]
    [InlineData("""new PredicateBuilder<string>().HandleResult({|#0:r => r == "x"|}).Handle<TencentCloudSDKException>({|#1:ex => { return ex.ErrorCode == "InternalError"; }|})""")]
    public async Task Reports_a_polly_predicate(string expression)
    {
        var expected = expression.Contains("#1") ? Expected(1, "retry predicate") : Expected(0, "retry predicate");
        await VerifyCS.VerifyAnalyzerAsync(Wrap("object M() => " + expression.Replace("{|#0:r => r == \"x\"|}", "r => r == \"x\"") + ";"), expected);
    }

    [Theory]
    [InlineData("""Policy.Handle<TencentCloudSDKException>(ex => ex.ErrorCode == "InternalError" || ex.ErrorCode == "RequestLimitExceeded")""")]
    [InlineData("""Policy.Handle<TencentCloudSDKException>(ex => ErrorCodeCatalog.IsRetryable(ex.ErrorCode))""")]
    [InlineData("""Policy.Handle<TencentCloudSDKException>(ex => ex.ErrorCode.StartsWith("RequestLimitExceeded") || ex.ErrorCode == "InternalError")""")]
    [InlineData("""Policy.Handle<TencentCloudSDKException>(ex => ex.RequestId != null)""")]
    [InlineData("""Policy.Handle<TencentCloudSDKException>()""")]
    [InlineData("""new PredicateBuilder().Handle<TencentCloudSDKException>(ex => ex.ErrorCode != "InvalidParameter")""")]
    public async Task Does_not_report_a_polly_predicate_that_retries_throttling(string expression)
    {
        await VerifyCS.VerifyAnalyzerAsync(Wrap("object M() => " + expression + ";"));
    }

    [Theory]
    [InlineData("""static bool {|#0:IsTransient|}(TencentCloudSDKException ex) => ex.ErrorCode == "InternalError";""")]
    [InlineData("""static bool {|#0:ShouldRetryCall|}(TencentCloudSDKException ex) { if (ex.ErrorCode == "InternalError") return true; return false; }""")]
    [InlineData("""static bool {|#0:CanRetry|}(string code) => code switch { "InternalError" => true, _ => false };""")]
    [InlineData("""bool M(TencentCloudSDKException e) { return IsRetryableCode(e); static bool {|#0:IsRetryableCode|}(TencentCloudSDKException ex) => ex.ErrorCode is "InternalError"; }""")]
    public async Task Reports_a_retry_predicate_method(string member)
    {
        await VerifyCS.VerifyAnalyzerAsync(
            Wrap(member),
            Expected(0, "retry predicate"));
    }

    [Theory]
    [InlineData("""static bool IsTransient(TencentCloudSDKException ex) => ex.ErrorCode == "InternalError" || ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded;""")]
    [InlineData("""static bool IsNotFound(TencentCloudSDKException ex) => ex.ErrorCode == "ResourceNotFound";""")]
    [InlineData("""static string IsTransient(TencentCloudSDKException ex) => ex.ErrorCode == "InternalError" ? "y" : "n";""")]
    public async Task Does_not_report_other_methods(string member)
    {
        await VerifyCS.VerifyAnalyzerAsync(Wrap(member));
    }

    [Theory]
    [InlineData("""
        if (ex.ErrorCode == "AuthFailure.SignatureFailure") { return "auth"; }
        return ErrorCodeCatalog.IsRetryable(ex.ErrorCode) ? "retry" : "failed";
        """)]
    [InlineData("""
        if (ex.ErrorCode == "AuthFailure.SignatureFailure") { return "auth"; }
        Log();
        if (ErrorCodeCatalog.GetRetryKind(ex.ErrorCode) != RetryKind.None) { return "retry"; }
        return "failed";
        """)]
    public async Task Silent_when_the_code_after_the_if_asks_the_catalog(string body)
    {
        await VerifyCS.VerifyAnalyzerAsync(InCatch(body));
    }

    [Fact]
    public async Task Option_requires_server_errors_too()
    {
        await new VerifyCS.Test
        {
            TestCode = InCatch("""{|#0:if|} (ex.ErrorCode == "RequestLimitExceeded") { return "later"; } return "failed";"""),
            EditorConfig = "tencentcloud_error_codes.required_retry_kinds = throttled, server_error\n",
            FixedCode = InCatch("""
                if (ex.ErrorCode == CommonErrorCodes.InternalError)
                    throw;
                if (ex.ErrorCode == "RequestLimitExceeded") { return "later"; } return "failed";
                """),
            ExpectedDiagnostics = { VerifyCS.Diagnostic().WithLocation(0).WithArguments("if", "InternalError", Advice).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations) },
        }.RunAsync();
    }

    [Fact]
    public async Task Option_can_require_server_errors_only()
    {
        await new VerifyCS.Test
        {
            TestCode = InCatch("""if (ex.ErrorCode == "InternalError") { return "later"; } return "failed";"""),
            EditorConfig = "tencentcloud_error_codes.required_retry_kinds = server_error\n",
        }.RunAsync();
    }

    [Fact]
    public async Task Generated_code_is_not_analyzed()
    {
        await VerifyCS.VerifyAnalyzerAsync("// <auto-generated/>\n" + InCatch("""if (ex.ErrorCode == "ResourceNotFound") { return "missing"; } return "failed";"""));
    }

    [Fact]
    public async Task Fix_adds_a_rethrowing_case_before_default()
    {
        await VerifyCS.VerifyCodeFixAsync(
            InCatch("""
                {|TCE006:switch|} (ex.ErrorCode)
                {
                    case "ResourceNotFound":
                        return "missing";
                    default:
                        return "failed";
                }
                """),
            InCatch("""
                switch (ex.ErrorCode)
                {
                    case "ResourceNotFound":
                        return "missing";
                    case CommonErrorCodes.RequestLimitExceeded:
                        throw;
                    default:
                        return "failed";
                }
                """));
    }

    [Fact]
    public async Task Fix_adds_both_codes_when_both_kinds_are_required()
    {
        await new VerifyCS.Test
        {
            TestCode = InCatch("""
                {|TCE006:switch|} (ex.ErrorCode)
                {
                    case "ResourceNotFound":
                        return "missing";
                }
                return "failed";
                """),
            FixedCode = InCatch("""
                switch (ex.ErrorCode)
                {
                    case "ResourceNotFound":
                        return "missing";
                    case CommonErrorCodes.RequestLimitExceeded:
                    case CommonErrorCodes.InternalError:
                        throw;
                }
                return "failed";
                """),
            EditorConfig = "tencentcloud_error_codes.required_retry_kinds = throttled, server_error\n",
        }.RunAsync();
    }

    [Theory]
    [InlineData("""object M() => Policy.Handle<TencentCloudSDKException>({|TCE006:ex => ex.ErrorCode == "InternalError"|});""", """object M() => Policy.Handle<TencentCloudSDKException>(ex => ex.ErrorCode == "InternalError" || ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded);""")]
    [InlineData("""object M() => Policy.Handle<TencentCloudSDKException>({|TCE006:ex => ex.ErrorCode is "InternalError" or "ResourceUnavailable"|});""", """object M() => Policy.Handle<TencentCloudSDKException>(ex => ex.ErrorCode is "InternalError" or "ResourceUnavailable" or CommonErrorCodes.RequestLimitExceeded);""")]
    [InlineData("""object M() => new PredicateBuilder().Handle<TencentCloudSDKException>({|TCE006:ex => { return ex.ErrorCode == "InternalError"; }|});""", """object M() => new PredicateBuilder().Handle<TencentCloudSDKException>(ex => { return ex.ErrorCode == "InternalError" || ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded; });""")]
    [InlineData("""static bool {|TCE006:IsTransient|}(TencentCloudSDKException ex) => ex.ErrorCode == "A" ? false : ex.ErrorCode == "InternalError";""", """static bool IsTransient(TencentCloudSDKException ex) => (ex.ErrorCode == "A" ? false : ex.ErrorCode == "InternalError") || ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded;""")]
    [InlineData("""static bool {|TCE006:CanRetry|}(string code) => code is "InternalError";""", """static bool CanRetry(string code) => code is "InternalError" or CommonErrorCodes.RequestLimitExceeded;""")]
    [InlineData("""static bool {|TCE006:CanRetry|}(string code) => code switch { "InternalError" => true, _ => false };""", """static bool CanRetry(string code) => code switch { "InternalError" => true, CommonErrorCodes.RequestLimitExceeded => true, _ => false };""")]
    public async Task Fix_adds_the_code_to_a_boolean_predicate(string member, string fixedMember)
    {
        await VerifyCS.VerifyCodeFixAsync(Wrap(member), Wrap(fixedMember));
    }

    [Theory]
    [InlineData("""
        {|TCE006:if|} (ex.ErrorCode == "ResourceNotFound") { return "missing"; }
        return "failed";
        """, """
        if (ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded)
            throw;
        if (ex.ErrorCode == "ResourceNotFound") { return "missing"; }
        return "failed";
        """)]
    [InlineData("""
        Log();
        {|TCE006:if|} (ex.ErrorCode == "ResourceNotFound") { return "missing"; }
        else if (ex.ErrorCode == "InvalidParameter") { return "bad"; }
        return "failed";
        """, """
        Log();
        if (ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded)
            throw;
        if (ex.ErrorCode == "ResourceNotFound") { return "missing"; }
        else if (ex.ErrorCode == "InvalidParameter") { return "bad"; }
        return "failed";
        """)]
    [InlineData("""
        {|TCE006:if|} (ex.ErrorCode == "ResourceNotFound") { return "missing"; }
        if (ex.ErrorCode == "InvalidParameter") { return "bad"; }
        return "failed";
        """, """
        if (ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded)
            throw;
        if (ex.ErrorCode == "ResourceNotFound") { return "missing"; }
        if (ex.ErrorCode == "InvalidParameter") { return "bad"; }
        return "failed";
        """)]
    [InlineData("""
        return ex.ErrorCode {|TCE006:switch|} { "ResourceNotFound" => "missing", _ => "failed" };
        """, """
        if (ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded)
            throw;
        return ex.ErrorCode switch { "ResourceNotFound" => "missing", _ => "failed" };
        """)]
    [InlineData("""
        var code = ex.ErrorCode;
        var text = code {|TCE006:switch|} { "ResourceNotFound" => "missing", _ => "failed" };
        return text;
        """, """
        var code = ex.ErrorCode;
        if (code == CommonErrorCodes.RequestLimitExceeded)
            throw;
        var text = code switch { "ResourceNotFound" => "missing", _ => "failed" };
        return text;
        """)]
    public async Task Fix_rethrows_the_throttled_codes_before_a_dispatch_in_a_catch(string body, string fixedBody)
    {
        await VerifyCS.VerifyCodeFixAsync(InCatch(body), InCatch(fixedBody));
    }

    [Theory]
    [InlineData("""Func<string> f = () => { {|TCE006:switch|} (ex.ErrorCode) { case "ResourceNotFound": return "missing"; default: return "failed"; } }; return f();""")]
    [InlineData("""Func<string> f = () => ex.ErrorCode {|TCE006:switch|} { "ResourceNotFound" => "missing", _ => "failed" }; return f();""")]
    public async Task No_fix_for_other_shapes(string body)
    {
        await VerifyCS.VerifyCodeFixAsync(InCatch(body), InCatch(body));
    }

    [Fact]
    public async Task FixAll_fixes_every_dispatch_of_a_file_in_one_pass()
    {
        await VerifyCS.VerifyCodeFixAsync(
            Wrap("""
                string A()
                {
                    try { return Call(); }
                    catch (TencentCloudSDKException ex)
                    {
                        switch (ex.ErrorCode)
                        {
                            case "ResourceNotFound": return "missing";
                            default: return "failed";
                        }
                    }
                }

                string B()
                {
                    try { return Call(); }
                    catch (TencentCloudSDKException ex)
                    {
                        return ex.ErrorCode switch { "ResourceNotFound" => "missing", _ => "failed" };
                    }
                }

                string D()
                {
                    try { return Call(); }
                    catch (TencentCloudSDKException ex)
                    {
                        if (ex.ErrorCode == "ResourceNotFound") { return "missing"; }
                        else if (ex.ErrorCode == "InvalidParameter") { return "bad"; }
                        return "failed";
                    }
                }

                static bool IsTransient(TencentCloudSDKException ex) => ex.ErrorCode == "InternalError";
                static bool CanRetry(string code) => code is "InternalError";
                object P() => Policy.Handle<TencentCloudSDKException>(ex => ex.ErrorCode == "InternalError");
                """).Replace("switch (ex.ErrorCode)", "{|TCE006:switch|} (ex.ErrorCode)")
                .Replace("ex.ErrorCode switch", "ex.ErrorCode {|TCE006:switch|}")
                .Replace("if (ex.ErrorCode == \"ResourceNotFound\")", "{|TCE006:if|} (ex.ErrorCode == \"ResourceNotFound\")")
                .Replace("bool IsTransient", "bool {|TCE006:IsTransient|}").Replace("bool CanRetry", "bool {|TCE006:CanRetry|}")
                .Replace("(ex => ex.ErrorCode == \"InternalError\")", "({|TCE006:ex => ex.ErrorCode == \"InternalError\"|})"),
            Wrap("""
                string A()
                {
                    try { return Call(); }
                    catch (TencentCloudSDKException ex)
                    {
                        switch (ex.ErrorCode)
                        {
                            case "ResourceNotFound": return "missing";
                            case CommonErrorCodes.RequestLimitExceeded:
                                throw;
                            default: return "failed";
                        }
                    }
                }

                string B()
                {
                    try { return Call(); }
                    catch (TencentCloudSDKException ex)
                    {
                        if (ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded)
                            throw;
                        return ex.ErrorCode switch { "ResourceNotFound" => "missing", _ => "failed" };
                    }
                }

                string D()
                {
                    try { return Call(); }
                    catch (TencentCloudSDKException ex)
                    {
                        if (ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded)
                            throw;
                        if (ex.ErrorCode == "ResourceNotFound") { return "missing"; }
                        else if (ex.ErrorCode == "InvalidParameter") { return "bad"; }
                        return "failed";
                    }
                }

                static bool IsTransient(TencentCloudSDKException ex) => ex.ErrorCode == "InternalError" || ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded;
                static bool CanRetry(string code) => code is "InternalError" or CommonErrorCodes.RequestLimitExceeded;
                object P() => Policy.Handle<TencentCloudSDKException>(ex => ex.ErrorCode == "InternalError" || ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded);
                """));
    }

    [Fact]
    public async Task FixAll_fixes_every_dispatch()
    {
        await VerifyCS.VerifyCodeFixAsync(
            Wrap("""
                static bool {|TCE006:IsTransient|}(TencentCloudSDKException ex) => ex.ErrorCode == "InternalError";
                static bool {|TCE006:CanRetry|}(string code) => code is "InternalError";
                """),
            Wrap("""
                static bool IsTransient(TencentCloudSDKException ex) => ex.ErrorCode == "InternalError" || ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded;
                static bool CanRetry(string code) => code is "InternalError" or CommonErrorCodes.RequestLimitExceeded;
                """));
    }

    private static DiagnosticResult Expected(int location, string kind) =>
        VerifyCS.Diagnostic().WithLocation(location).WithArguments(kind, "RequestLimitExceeded", Advice).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static string InCatch(string body) => Wrap($$"""
        string M()
        {
            try
            {
                return Call();
            }
            catch (TencentCloudSDKException ex)
            {
                {{body.Replace("\n", "\n        ")}}
            }
        }
        """);

    private static string Wrap(string members) => $$"""
        using System;
        using Polly;
        using TencentCloud.Common;
        using TencentCloud.ErrorCodes;

        class C
        {
            private const string NotFound = "ResourceNotFound";
            private const string Throttled = "RequestLimitExceeded";

            static string Call() => "";

            static void Log() { }

            {{members.Replace("\n", "\n    ")}}
        }
        """;
}
