using Microsoft.CodeAnalysis.Testing;
using VerifyCS = TencentCloud.ErrorCodes.Analyzers.Tests.CSharpCodeFixVerifier<
    TencentCloud.ErrorCodes.Analyzers.TCE005RequestIdLostAnalyzer,
    TencentCloud.ErrorCodes.CodeFixes.TCE005RequestIdLostCodeFix>;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Rules;

public class TCE005RequestIdLostTests
{
    private const string Swallows = "The handler swallows the SDK exception";
    private const string Wraps = "The new exception does not keep the caught one as its inner exception";

    [Theory]
    [InlineData("catch (TencentCloudSDKException ex)", "return;")]
    [InlineData("catch (TencentCloudSDKException)", "")]
    [InlineData("catch (TencentCloudSDKException ex)", "var message = ex.Message; Status = message;")]
    [InlineData("catch (Exception ex) when (ex is TencentCloudSDKException)", "Status = \"failed\";")]
    [InlineData("catch (DerivedSdkException ex)", "")]
    public async Task Reports_a_handler_that_swallows(string catchClause, string body)
    {
        var source = Source(body, catchClause.Replace("catch", "{|#0:catch|}"));
        await VerifyCS.VerifyAnalyzerAsync(source, VerifyCS.Diagnostic().WithLocation(0).WithArguments(Swallows));
    }

    [Theory]
    [InlineData("""{|#0:throw new InvalidOperationException("Sending failed");|}""")]
    [InlineData("""{|#0:throw new InvalidOperationException(ex.Message);|}""")]
    [InlineData("""Status = "failed"; {|#0:throw new NoInnerException("Sending failed");|}""")]
    public async Task Reports_a_new_exception_without_the_caught_one(string body)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source(body), VerifyCS.Diagnostic().WithLocation(0).WithArguments(Wraps).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
    }

    [Fact]
    public async Task Reports_the_sdk_branch_of_a_base_type_handler()
    {
        // The SDK branch always throws the lossy exception: the wrapping throw after it never runs for an SDK failure.
        var source = Source("""if (e is TencentCloudSDKException sdk) { {|#0:throw new InvalidOperationException("Sending failed");|} } throw new InvalidOperationException("other", e);""", "catch (Exception e)");
        await VerifyCS.VerifyAnalyzerAsync(source, VerifyCS.Diagnostic().WithLocation(0).WithArguments(Wraps).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));

        source = Source("""if (e is TencentCloudSDKException sdk) { {|#0:throw new InvalidOperationException("Sending failed");|} }""", "catch (Exception e)");
        await VerifyCS.VerifyAnalyzerAsync(source, VerifyCS.Diagnostic().WithLocation(0).WithArguments(Wraps).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
    }

    [Fact]
    public async Task Reports_and_fixes_each_throw_that_loses_the_exception()
    {
        var source = Source("""
            if (Status.Length == 0)
            {
                {|#0:throw new ArgumentException("Bad request");|}
            }

            {|#1:throw new InvalidOperationException("Sending failed");|}
            """, "catch (TencentCloudSDKException)");
        var fixedSource = Source("""
            if (Status.Length == 0)
            {
                throw new ArgumentException("Bad request", ex);
            }

            throw new InvalidOperationException("Sending failed", ex);
            """, "catch (TencentCloudSDKException ex)");
        // Both fixes name the catch variable: in one pass they agree on one name.
        await VerifyCS.VerifyCodeFixAsync(
            source,
            fixedSource,
            VerifyCS.Diagnostic().WithLocation(0).WithArguments(Wraps).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations),
            VerifyCS.Diagnostic().WithLocation(1).WithArguments(Wraps).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
    }

    [Fact]
    public async Task Reports_a_handler_that_rethrows_only_some_codes_and_swallows_the_rest()
    {
        var source = Source("""
            switch (ex.ErrorCode)
            {
                case "RequestLimitExceeded":
                    throw;
                default:
                    Status = "failed";
                    break;
            }
            """);
        await VerifyCS.VerifyAnalyzerAsync(source.Replace("catch (TencentCloudSDKException ex)", "{|#0:catch|} (TencentCloudSDKException ex)"), VerifyCS.Diagnostic().WithLocation(0).WithArguments("The handler swallows the SDK exception"));
    }

    [Theory]
    [InlineData("throw;")]
    [InlineData("""if (Status.Length > 0) { throw; } else { throw new InvalidOperationException("Sending failed", ex); }""")]
    [InlineData("""switch (Status) { case "a": throw; default: throw; }""")]
    [InlineData("throw ex;")]
    [InlineData("""throw new InvalidOperationException("Sending failed", ex);""")]
    [InlineData("""throw new InvalidOperationException($"Sending failed, RequestId {ex.RequestId}");""")]
    [InlineData("""System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex).Throw();""")]
    [InlineData("Handle(ex);")]
    [InlineData("LastError = ex;")]
    [InlineData("Status = ex.RequestId;")]
    [InlineData("Status = ex.ToString();")]
    [InlineData("""logger.LogError("Sending failed");""")]
    [InlineData("""if (ex.ErrorCode == "ResourceNotFound") { return; } throw;""")]
    public async Task Does_not_report_a_handler_that_keeps_the_RequestId(string body)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source(body));
    }

    [Theory]
    [InlineData("catch (InvalidOperationException ex)")]
    [InlineData("catch (Exception ex)")]
    [InlineData("catch")]
    [InlineData("catch (TencentCloudSDKException ex) when (ex.ErrorCode == \"ResourceNotFound.TemplateNotFound\")")]
    public async Task Does_not_report_other_handlers_or_an_expected_code(string catchClause)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source("return;", catchClause));
    }

    [Fact]
    public async Task Generated_code_is_not_analyzed()
    {
        await VerifyCS.VerifyAnalyzerAsync("// <auto-generated/>\n" + Source("return;"));
    }

    [Theory]
    [InlineData("catch (TencentCloudSDKException ex)", """throw new InvalidOperationException("Sending failed");""", "catch (TencentCloudSDKException ex)", """throw new InvalidOperationException("Sending failed", ex);""")]
    [InlineData("catch (TencentCloudSDKException)", """throw new InvalidOperationException("Sending failed");""", "catch (TencentCloudSDKException ex)", """throw new InvalidOperationException("Sending failed", ex);""")]
    [InlineData("catch (Exception e) when (e is TencentCloudSDKException sdk)", """throw new InvalidOperationException("Sending failed");""", "catch (Exception e) when (e is TencentCloudSDKException sdk)", """throw new InvalidOperationException("Sending failed", sdk);""")]
    [InlineData("catch (TencentCloudSDKException ex)", """throw new SendException("Sending failed");""", "catch (TencentCloudSDKException ex)", """throw new SendException("Sending failed", ex);""")]
    public async Task Fix_passes_the_caught_exception_as_inner(string catchClause, string body, string fixedCatch, string fixedBody)
    {
        await VerifyCS.VerifyCodeFixAsync(Source("{|TCE005:" + body + "|}", catchClause), Source(fixedBody, fixedCatch));
    }

    [Theory]
    [InlineData("""{|TCE005:throw new NoInnerException("Sending failed");|}""")]
    [InlineData("""{|TCE005:throw new InvalidOperationException();|}""")]
    [InlineData("""{|TCE005:throw new PrivateInnerException("Sending failed");|}""")]
    [InlineData("""{|TCE005:throw new InvalidOperationException("Sending failed") { Source = "x" };|}""")]
    public async Task No_fix_without_a_matching_accessible_constructor(string body)
    {
        await VerifyCS.VerifyCodeFixAsync(Source(body), Source(body));
    }

    [Fact]
    public async Task No_fix_for_a_swallowing_handler()
    {
        var source = Source("return;", "{|TCE005:catch|} (TencentCloudSDKException ex)");
        await VerifyCS.VerifyCodeFixAsync(source, source);
    }

    [Fact]
    public async Task FixAll_fixes_every_handler()
    {
        await VerifyCS.VerifyCodeFixAsync(
            Source("""try { Call(); } catch (TencentCloudSDKException) { {|TCE005:throw new SendException("inner failed");|} } {|TCE005:throw new InvalidOperationException("Sending failed");|}"""),
            Source("""try { Call(); } catch (TencentCloudSDKException exception) { throw new SendException("inner failed", exception); } throw new InvalidOperationException("Sending failed", ex);"""));
    }

    private static string Source(string body, string catchClause = "catch (TencentCloudSDKException ex)") => $$"""
        using System;
        using Microsoft.Extensions.Logging;
        using TencentCloud.Common;

        class DerivedSdkException : TencentCloudSDKException
        {
            public DerivedSdkException() : base("derived") { }
        }

        class SendException : Exception
        {
            public SendException(string message) : base(message) { }
            public SendException(string message, TencentCloudSDKException inner) : base(message, inner) { }
        }

        class NoInnerException : Exception
        {
            public NoInnerException(string message) : base(message) { }
        }

        class PrivateInnerException : Exception
        {
            public PrivateInnerException(string message) : base(message) { }
            private PrivateInnerException(string message, Exception inner) : base(message, inner) { }
        }

        class C
        {
            private readonly ILogger logger = null!;

            public string Status { get; set; } = "";

            public Exception LastError { get; set; } = null!;

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
