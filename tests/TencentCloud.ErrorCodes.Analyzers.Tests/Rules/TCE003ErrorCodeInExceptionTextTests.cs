using Microsoft.CodeAnalysis.Testing;
using VerifyCS = TencentCloud.ErrorCodes.Analyzers.Tests.CSharpCodeFixVerifier<
    TencentCloud.ErrorCodes.Analyzers.TCE003ErrorCodeInExceptionTextAnalyzer,
    TencentCloud.ErrorCodes.CodeFixes.TCE003ErrorCodeInExceptionTextCodeFix>;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Rules;

public class TCE003ErrorCodeInExceptionTextTests
{
    private const string Fixable = "since TencentCloudSDK 3.0.892 that text is only the service's message and never holds the code: compare ErrorCode instead";

    [Theory]
    [InlineData("""{|#0:ex.Message.Contains("RequestLimitExceeded")|}""", "Message.Contains")]
    [InlineData("""{|#0:ex.Message.StartsWith("RequestLimitExceeded")|}""", "Message.StartsWith")]
    [InlineData("""{|#0:ex.Message.EndsWith("RequestLimitExceeded")|}""", "Message.EndsWith")]
    [InlineData("""{|#0:ex.ToString().Contains("RequestLimitExceeded")|}""", "ToString().Contains")]
    [InlineData("""{|#0:ex.Message.Contains("RequestLimitExceeded", StringComparison.Ordinal)|}""", "Message.Contains")]
    [InlineData("""{|#0:ex.Message.IndexOf("RequestLimitExceeded")|} >= 0""", "Message.IndexOf")]
    [InlineData("""{|#0:Regex.IsMatch(ex.Message, "RequestLimitExceeded")|}""", "Message.IsMatch")]
    [InlineData("""{|#0:Regex.IsMatch(ex.ToString(), @"^.*RequestLimitExceeded\..*$")|}""", "ToString().IsMatch")]
    [InlineData("""{|#0:Regex.IsMatch(pattern: "RequestLimitExceeded", input: ex.Message)|}""", "Message.IsMatch")]
    [InlineData("""{|#0:ex.Message.Contains(comparisonType: StringComparison.Ordinal, value: "RequestLimitExceeded")|}""", "Message.Contains")]
    [InlineData("""{|#0:ex.Message.Contains(("RequestLimitExceeded"))|}""", "Message.Contains")]
    [InlineData("""{|#0:ex.Message.Contains((string)"RequestLimitExceeded")|}""", "Message.Contains")]
    [InlineData(""""{|#0:ex.Message.Contains("""RequestLimitExceeded""")|}"""", "Message.Contains")]
    public async Task Reports_each_search_form(string condition, string member)
    {
        await VerifyCS.VerifyAnalyzerAsync(
            Source(condition),
            VerifyCS.Diagnostic().WithLocation(0).WithArguments(member, "RequestLimitExceeded", Fixable).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
    }

    [Theory]
    [InlineData("""ex.Message.Contains("not a code at all")""")]
    [InlineData("""ex.RequestId.Contains("RequestLimitExceeded")""")]
    [InlineData("""ex.ErrorCode.StartsWith("RequestLimitExceeded")""")]
    [InlineData("""new InvalidOperationException().Message.Contains("RequestLimitExceeded")""")]
    [InlineData("""ex.Message.IndexOf('R') >= 0""")]
    [InlineData("""ex.Message.Contains(TencentCloud.ErrorCodes.CommonErrorCodes.RequestLimitExceeded)""")]
    public async Task Does_not_report(string condition)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source(condition));
    }

    [Fact]
    public async Task Older_sdk_without_ErrorCode_is_told_to_upgrade_and_gets_no_fix()
    {
        var source = """
            namespace TencentCloud.Common
            {
                public class TencentCloudSDKException : System.Exception
                {
                    public TencentCloudSDKException(string message) : base(message) { }
                    public string RequestId { get; private set; }
                }
            }
            class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => {|#0:ex.Message.Contains("RequestLimitExceeded")|}; }
            """;
        await new VerifyCS.Test
        {
            WithoutSdk = true,
            TestCode = source,
            FixedCode = source,
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic().WithLocation(0).WithArguments("Message.Contains", "RequestLimitExceeded", "which holds the code (\"code:… message:…\") only before TencentCloudSDK 3.0.892: the search stops matching when you upgrade; upgrade and compare ErrorCode instead").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations),
            },
        }.RunAsync();
    }

    [Theory]
    [InlineData("""{|TCE003:ex.Message.Contains("RequestLimitExceeded")|}""", "ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded")]
    [InlineData("""!{|TCE003:ex.Message.Contains("RequestLimitExceeded")|}""", "ex.ErrorCode != CommonErrorCodes.RequestLimitExceeded")]
    [InlineData("""!({|TCE003:ex.Message.Contains("RequestLimitExceeded")|})""", "ex.ErrorCode != CommonErrorCodes.RequestLimitExceeded")]
    [InlineData("""{|TCE003:ex.ToString().StartsWith("InternalError")|}""", "ex.ErrorCode == CommonErrorCodes.InternalError")]
    [InlineData("""{|TCE003:ex.Message.IndexOf("LimitExceeded")|} >= 0""", "ex.ErrorCode == CommonErrorCodes.LimitExceeded")]
    [InlineData("""{|TCE003:ex.Message.IndexOf("LimitExceeded")|} != -1""", "ex.ErrorCode == CommonErrorCodes.LimitExceeded")]
    [InlineData("""{|TCE003:ex.Message.IndexOf("LimitExceeded")|} < 0""", "ex.ErrorCode != CommonErrorCodes.LimitExceeded")]
    [InlineData("""-1 == {|TCE003:ex.Message.IndexOf("LimitExceeded")|}""", "ex.ErrorCode != CommonErrorCodes.LimitExceeded")]
    [InlineData("""{|TCE003:Regex.IsMatch(ex.Message, "^FailedOperation$")|}""", "ex.ErrorCode == CommonErrorCodes.FailedOperation")]
    [InlineData("""{|TCE003:Regex.IsMatch(pattern: "^FailedOperation$", input: ex.Message)|}""", "ex.ErrorCode == CommonErrorCodes.FailedOperation")]
    [InlineData("""ok && {|TCE003:ex.Message.Contains("RequestLimitExceeded")|}""", "ok && ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded")]
    [InlineData("""{|TCE003:ex.Message.Contains("FailedOperation.InsufficientBalanceInSmsPackage")|}""", "ex.ErrorCode == SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage")]
    public async Task Fix_compares_ErrorCode_and_keeps_the_sense(string condition, string expected)
    {
        await VerifyCS.VerifyCodeFixAsync(Source(condition), Source(expected, withCatalogUsing: true));
    }

    [Theory]
    [InlineData("""{|TCE003:ex.Message.IndexOf("LimitExceeded")|} == 3""")]
    [InlineData("""{|TCE003:Regex.IsMatch(ex.Message, "LimitExceeded|InternalError")|}""")]
    [InlineData("""ex?{|TCE003:.Message.Contains("LimitExceeded")|} == true""")]
    public async Task No_fix_where_the_rewrite_would_change_meaning(string condition)
    {
        await VerifyCS.VerifyCodeFixAsync(Source(condition), Source(condition));
    }

    [Fact]
    public async Task No_fix_for_a_search_whose_result_is_discarded()
    {
        const string source = """
            using TencentCloud.Common;

            class C
            {
                void M(TencentCloudSDKException ex) { {|TCE003:ex.Message.Contains("RequestLimitExceeded")|}; }
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(source, source);
    }

    [Fact]
    public async Task FixAll_rewrites_every_search()
    {
        await new VerifyCS.Test
        {
            TestCode = Source("""{|TCE003:ex.Message.Contains("RequestLimitExceeded")|} || !{|TCE003:ex.ToString().Contains("InternalError")|}"""),
            FixedCode = Source("ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded || ex.ErrorCode != CommonErrorCodes.InternalError", withCatalogUsing: true),
        }.RunAsync();
    }

    [Theory]
    [InlineData("""
        for (var e = error; e != null; e = e.InnerException)
        {
            if ({|#0:e.Message.Contains("RequestLimitExceeded")|}) return true;
        }
        return false;
        """, """
        for (var e = error; e != null; e = e.InnerException)
        {
            if ((e as TencentCloudSDKException)?.ErrorCode == CommonErrorCodes.RequestLimitExceeded) return true;
        }
        return false;
        """, "Message.Contains", "RequestLimitExceeded")]
    [InlineData("""
        return {|#0:((Exception)error).Message.Contains("RequestLimitExceeded")|};
        """, """
        return ((Exception)error as TencentCloudSDKException)?.ErrorCode == CommonErrorCodes.RequestLimitExceeded;
        """, "Message.Contains", "RequestLimitExceeded")]
    [InlineData("""
        return {|#0:error.InnerException.ToString().Contains("AuthFailure.SignatureFailure")|};
        """, """
        return (error.InnerException as TencentCloudSDKException)?.ErrorCode == CommonErrorCodes.AuthFailure_SignatureFailure;
        """, "ToString().Contains", "AuthFailure.SignatureFailure")]
    [InlineData("""
        return aggregate.InnerExceptions.Any(i => !{|#0:i.Message.Contains("FailedOperation.PhoneNumberInBlacklist")|});
        """, """
        return aggregate.InnerExceptions.Any(i => (i as TencentCloudSDKException)?.ErrorCode != SmsErrorCodes.FailedOperation_PhoneNumberInBlacklist);
        """, "Message.Contains", "FailedOperation.PhoneNumberInBlacklist")]
    public async Task Reports_a_distinctive_code_searched_in_any_exception_s_text(string body, string fixedBody, string member, string code)
    {
        await VerifyCS.VerifyCodeFixAsync(
            ExceptionSource(body),
            ExceptionSource(fixedBody, withCatalogUsing: true),
            VerifyCS.Diagnostic().WithLocation(0).WithArguments(member, code, Fixable).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
    }

    [Theory]
    [InlineData("""return error.Message.Contains("InternalError");""")]
    [InlineData("""return error.Message.Contains("LimitExceeded");""")]
    [InlineData("""return error.ToString().StartsWith("ResourceNotFound");""")]
    [InlineData("""return state.ToString().Contains("AuthFailure.SignatureFailure");""")]
    [InlineData("""return text.Contains("AuthFailure.SignatureFailure");""")]
    public async Task Silent_for_generic_words_and_values_that_are_not_exceptions(string body)
    {
        await VerifyCS.VerifyAnalyzerAsync(ExceptionSource(body));
    }

    private static string ExceptionSource(string body, bool withCatalogUsing = false) => $$"""
        using System;
        using System.Linq;
        using TencentCloud.Common;
        {{(withCatalogUsing ? "using TencentCloud.ErrorCodes;\n" : "")}}
        class C
        {
            bool M(Exception error, AggregateException aggregate, object state, string text)
            {
                {{body.Replace("\n", "\n        ")}}
            }
        }
        """;

    private static string Source(string condition, bool withCatalogUsing = false) => $$"""
        using System;
        using System.Text.RegularExpressions;
        using TencentCloud.Common;
        {{(withCatalogUsing ? "using TencentCloud.ErrorCodes;\n" : "")}}
        class C
        {
            bool M(TencentCloudSDKException ex, bool ok) => {{condition}};
        }
        """;
}
