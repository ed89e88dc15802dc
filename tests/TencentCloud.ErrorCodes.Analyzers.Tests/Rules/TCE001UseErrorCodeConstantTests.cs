using Microsoft.CodeAnalysis.Testing;
using TencentCloud.ErrorCodes.CodeFixes;
using VerifyCS = TencentCloud.ErrorCodes.Analyzers.Tests.CSharpCodeFixVerifier<
    TencentCloud.ErrorCodes.Analyzers.TCE001UseErrorCodeConstantAnalyzer,
    TencentCloud.ErrorCodes.CodeFixes.TCE001UseErrorCodeConstantCodeFix>;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Rules;

public class TCE001UseErrorCodeConstantTests
{
    private static string InHandler(string body, string usings = "") => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using TencentCloud.Common;
        {{usings}}
        class C
        {
            bool M(TencentCloudSDKException ex)
            {
        {{body}}
            }
        }
        """;

    [Theory]
    [InlineData("""return ex.ErrorCode == {|#0:"RequestLimitExceeded"|};""")]
    [InlineData("""return {|#0:"RequestLimitExceeded"|} == ex.ErrorCode;""")]
    [InlineData("""return ex.ErrorCode != {|#0:"RequestLimitExceeded"|};""")]
    [InlineData("""return {|#0:"RequestLimitExceeded"|} != ex.ErrorCode;""")]
    [InlineData("""return ex.ErrorCode.Equals({|#0:"RequestLimitExceeded"|});""")]
    [InlineData("""return {|#0:"RequestLimitExceeded"|}.Equals(ex.ErrorCode);""")]
    [InlineData("""return ex.ErrorCode.Equals({|#0:"RequestLimitExceeded"|}, StringComparison.Ordinal);""")]
    [InlineData("""return string.Equals(ex.ErrorCode, {|#0:"RequestLimitExceeded"|});""")]
    [InlineData("""return string.Equals({|#0:"RequestLimitExceeded"|}, ex.ErrorCode, StringComparison.OrdinalIgnoreCase);""")]
    [InlineData("""return string.Equals(comparisonType: StringComparison.Ordinal, b: ex.ErrorCode, a: {|#0:"RequestLimitExceeded"|});""")]
    [InlineData("""return object.Equals(ex.ErrorCode, {|#0:"RequestLimitExceeded"|});""")]
    [InlineData("""return ex.ErrorCode is {|#0:"RequestLimitExceeded"|};""")]
    [InlineData("""return ex.ErrorCode is not {|#0:"RequestLimitExceeded"|};""")]
    [InlineData("""return ex?.ErrorCode == {|#0:"RequestLimitExceeded"|};""")]
    [InlineData("""var code = ex.ErrorCode; return code == {|#0:"RequestLimitExceeded"|};""")]
    [InlineData("""string code = ex.ErrorCode; var copy = code; return copy == {|#0:"RequestLimitExceeded"|};""")]
    [InlineData("""return new[] { {|#0:"RequestLimitExceeded"|} }.Contains(ex.ErrorCode);""")]
    [InlineData("""return new List<string> { {|#0:"RequestLimitExceeded"|} }.Contains(ex.ErrorCode);""")]
    [InlineData("""return new HashSet<string>(StringComparer.Ordinal) { {|#0:"RequestLimitExceeded"|} }.Contains(ex.ErrorCode);""")]
    [InlineData("""string[] codes = [{|#0:"RequestLimitExceeded"|}]; return false;""", false)]
    [InlineData("""return ((string[])[{|#0:"RequestLimitExceeded"|}]).Contains(ex.ErrorCode);""")]
    public async Task Reports_each_comparison_form(string body, bool reports = true)
    {
        if (reports)
        {
            await VerifyCS.VerifyAnalyzerAsync(
                InHandler(body),
                VerifyCS.Diagnostic().WithLocation(0).WithArguments("CommonErrorCodes.RequestLimitExceeded", "RequestLimitExceeded"));
        }
        else
        {
            await VerifyCS.VerifyAnalyzerAsync(InHandler(body.Replace("{|#0:", string.Empty).Replace("|}", string.Empty)));
        }
    }

    [Fact]
    public async Task Reports_every_literal_of_or_and_patterns()
    {
        await VerifyCS.VerifyAnalyzerAsync(InHandler("""
            return ex.ErrorCode is {|TCE001:"RequestLimitExceeded"|} or {|TCE001:"InternalError"|}
                || ex.ErrorCode is not ({|TCE001:"LimitExceeded"|} or {|TCE001:"FailedOperation"|});
            """));
    }

    [Fact]
    public async Task Reports_switch_statement_labels_and_pattern_cases()
    {
        await VerifyCS.VerifyAnalyzerAsync(InHandler("""
            switch (ex.ErrorCode)
            {
                case {|TCE001:"RequestLimitExceeded"|}:
                case {|TCE001:"InternalError"|} or {|TCE001:"InternalError.Timeout"|}:
                    return true;
                case "":
                    return false;
                default:
                    return false;
            }
            """));
    }

    [Fact]
    public async Task Reports_switch_expression_arms()
    {
        await VerifyCS.VerifyAnalyzerAsync(InHandler("""
            return ex.ErrorCode switch
            {
                {|TCE001:"RequestLimitExceeded"|} => true,
                {|TCE001:"AuthFailure.SignatureFailure"|} or {|TCE001:"AuthFailure.SignatureExpire"|} => false,
                _ => false,
            };
            """));
    }

    [Fact]
    public async Task Reports_in_exception_filters()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using TencentCloud.Common;
            class C
            {
                void M(System.Action call)
                {
                    try { call(); }
                    catch (TencentCloudSDKException ex) when (ex.ErrorCode == {|TCE001:"RequestLimitExceeded"|}) { }
                    catch (TencentCloudSDKException ex) when (ex.ErrorCode is {|TCE001:"InternalError"|}) { }
                }
            }
            """);
    }

    [Fact]
    public async Task Reports_on_derived_exception_and_on_the_envelope_code()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using TencentCloud.Common;
            using TencentCloud.ErrorCodes;
            class MyException : TencentCloudSDKException { public MyException() : base("m") { } }
            class C
            {
                bool M(MyException ex, ResponseEnvelope envelope) =>
                    ex.ErrorCode == {|TCE001:"RequestLimitExceeded"|} || envelope.Code == {|TCE001:"AuthFailure.SignatureFailure"|};
            }
            """);
    }

    [Fact]
    public async Task Reports_on_the_envelope_without_the_sdk()
    {
        await new VerifyCS.Test
        {
            WithoutSdk = true,
            TestCode = """
                using TencentCloud.ErrorCodes;
                class C
                {
                    bool M(string json) => ResponseEnvelope.Parse(json).Code == {|TCE001:"RequestLimitExceeded"|};
                }
                """,
        }.RunAsync();
    }

    [Fact]
    public async Task Reports_on_the_envelope_s_code_in_a_file_that_does_not_name_the_envelope()
    {
        // Only another file names ResponseEnvelope: 'Code' is an error-code word because the compilation uses the envelope.
        var test = new VerifyCS.Test
        {
            WithoutSdk = true,
            TestCode = """
                class Caller
                {
                    bool IsThrottled(string json) => Api.Read(json).Code == {|TCE001:"RequestLimitExceeded"|};
                }
                """,
        };
        test.TestState.Sources.Add(("Api.cs", """
            static class Api
            {
                public static TencentCloud.ErrorCodes.ResponseEnvelope Read(string json) => TencentCloud.ErrorCodes.ResponseEnvelope.Parse(json);
            }
            """));
        await test.RunAsync();
    }

    [Theory]
    // Another SDK's ErrorCode.
    [InlineData("""
        namespace Amazon.Runtime { public class AmazonServiceException : System.Exception { public string ErrorCode { get; set; } } }
        class C { bool M(Amazon.Runtime.AmazonServiceException ex) => ex.ErrorCode == "RequestLimitExceeded"; }
        """)]
    // A user constant.
    [InlineData("""
        class C { const string Throttled = "RequestLimitExceeded"; bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode == Throttled; }
        """)]
    // An unrelated string that happens to equal a code.
    [InlineData("""
        class C { bool M(string status) => status == "RequestLimitExceeded"; }
        """)]
    // Two sources compared with each other.
    [InlineData("""
        class C { bool M(TencentCloud.Common.TencentCloudSDKException a, TencentCloud.Common.TencentCloudSDKException b) => a.ErrorCode == b.ErrorCode; }
        """)]
    [InlineData("""
        class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => string.IsNullOrEmpty(ex.ErrorCode); }
        """)]
    // A local that is reassigned is no longer known to hold the code.
    [InlineData("""
        class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) { var code = ex.ErrorCode; code = code.Trim(); return code == "RequestLimitExceeded"; } }
        """)]
    // Another member of the exception.
    [InlineData("""
        class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.RequestId == "RequestLimitExceeded" || ex.Message == "InternalError"; }
        """)]
    // Contains on the code itself is a substring search, not a collection test.
    [InlineData("""
        class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode.Contains("RequestLimitExceeded"); }
        """)]
    // A string interpolation is not a literal.
    [InlineData("""
        class C { bool M(TencentCloud.Common.TencentCloudSDKException ex, string p) => ex.ErrorCode == $"{p}RequestLimitExceeded"; }
        """)]
    // Catalog constants are what the rule asks for.
    [InlineData("""
        using TencentCloud.ErrorCodes;
        class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded; }
        """)]
    public async Task Does_not_report(string source)
    {
        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Does_not_report_in_generated_code()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            // <auto-generated/>
            class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode == "RequestLimitExceeded"; }
            """);
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("Client.g.cs", """
            class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode == "RequestLimitExceeded"; }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Configured_error_code_member_is_a_source()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                namespace Acme { public class ApiFailure { public string Code { get; set; } public string Other { get; set; } } }
                class C { bool M(Acme.ApiFailure f) => f.Code == {|TCE001:"RequestLimitExceeded"|} || f.Other == "RequestLimitExceeded"; }
                """,
            EditorConfig = "tencentcloud_error_codes.error_code_members = Acme.ApiFailure.Code",
        }.RunAsync();
    }

    [Fact]
    public async Task Configured_error_code_member_is_a_source_only_in_the_files_it_is_configured_for()
    {
        // Each file reads its own section: the same comparison is reported in the configured file only.
        var test = new VerifyCS.Test
        {
            TestCode = """
                namespace Acme { public class ApiFailure { public string Code { get; set; } } }
                class C { bool M(Acme.ApiFailure f) => f.Code == "RequestLimitExceeded"; }
                """,
        };
        test.TestState.Sources.Add(("/0/Configured.cs", """
            class D { bool M(Acme.ApiFailure f) => f.Code == {|TCE001:"RequestLimitExceeded"|}; }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[Configured.cs]\ntencentcloud_error_codes.error_code_members = Acme.ApiFailure.Code\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Configured_member_alone_enables_the_rule_without_any_tencent_type()
    {
        var test = new VerifyCS.Test
        {
            WithoutSdk = true,
            TestCode = """
                namespace Acme { public class ApiFailure { public string Code { get; set; } } }
                class C { bool M(Acme.ApiFailure f) => f.Code == {|TCE001:"RequestLimitExceeded"|}; }
                """,
            EditorConfig = "tencentcloud_error_codes.error_code_members = Acme.ApiFailure.Code",
        };
        test.TestState.AdditionalReferences.Remove(TestReferences.Catalog);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_replaces_common_code_and_adds_the_using_once()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using TencentCloud.Common;

            class C
            {
                bool M(TencentCloudSDKException ex) =>
                    ex.ErrorCode == {|TCE001:"RequestLimitExceeded"|} || "InternalError" {|TCE001:|}== ex.ErrorCode;
            }
            """.Replace("\"InternalError\" {|TCE001:|}==", "{|TCE001:\"InternalError\"|} =="),
            """
            using TencentCloud.Common;
            using TencentCloud.ErrorCodes;

            class C
            {
                bool M(TencentCloudSDKException ex) =>
                    ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded || CommonErrorCodes.InternalError == ex.ErrorCode;
            }
            """);
    }

    [Fact]
    public async Task Fix_in_each_form_keeps_semantics()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using System.Linq;
            using TencentCloud.Common;
            using TencentCloud.ErrorCodes;

            class C
            {
                int M(TencentCloudSDKException ex)
                {
                    if (ex.ErrorCode.Equals({|TCE001:"LimitExceeded"|}, System.StringComparison.Ordinal)) return 0;
                    if (new[] { {|TCE001:"ResourceInUse"|}, {|TCE001:"ResourceNotFound"|} }.Contains(ex.ErrorCode)) return 1;
                    if (ex.ErrorCode is {|TCE001:"FailedOperation"|} or {|TCE001:"InvalidParameter"|}) return 2;
                    switch (ex.ErrorCode)
                    {
                        case {|TCE001:"UnauthorizedOperation"|}: return 3;
                    }

                    return ex.ErrorCode switch { {|TCE001:"MissingParameter"|} => 4, _ => 5 };
                }
            }
            """,
            """
            using System.Linq;
            using TencentCloud.Common;
            using TencentCloud.ErrorCodes;

            class C
            {
                int M(TencentCloudSDKException ex)
                {
                    if (ex.ErrorCode.Equals(CommonErrorCodes.LimitExceeded, System.StringComparison.Ordinal)) return 0;
                    if (new[] { CommonErrorCodes.ResourceInUse, CommonErrorCodes.ResourceNotFound }.Contains(ex.ErrorCode)) return 1;
                    if (ex.ErrorCode is CommonErrorCodes.FailedOperation or CommonErrorCodes.InvalidParameter) return 2;
                    switch (ex.ErrorCode)
                    {
                        case CommonErrorCodes.UnauthorizedOperation: return 3;
                    }

                    return ex.ErrorCode switch { CommonErrorCodes.MissingParameter => 4, _ => 5 };
                }
            }
            """);
    }

    [Fact]
    public async Task Fix_uses_the_only_product_that_documents_the_code()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using TencentCloud.Common;

            class C
            {
                bool M(TencentCloudSDKException ex) => ex.ErrorCode == {|TCE001:"FailedOperation.InsufficientBalanceInSmsPackage"|};
            }
            """,
            """
            using TencentCloud.Common;
            using TencentCloud.ErrorCodes;

            class C
            {
                bool M(TencentCloudSDKException ex) => ex.ErrorCode == SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage;
            }
            """);
    }

    [Fact]
    public async Task Fix_prefers_the_product_of_the_client_called_in_the_try()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using System.Threading.Tasks;
            using TencentCloud.Common;
            using TencentCloud.Sms.V20210111;
            using TencentCloud.Sms.V20210111.Models;

            class C
            {
                async Task M(SmsClient client)
                {
                    try
                    {
                        await client.SendSms(new SendSmsRequest());
                    }
                    catch (TencentCloudSDKException ex) when (ex.ErrorCode == {|#0:"InternalError.Timeout"|})
                    {
                    }
                }
            }
            """,
            """
            using System.Threading.Tasks;
            using TencentCloud.Common;
            using TencentCloud.ErrorCodes;
            using TencentCloud.Sms.V20210111;
            using TencentCloud.Sms.V20210111.Models;

            class C
            {
                async Task M(SmsClient client)
                {
                    try
                    {
                        await client.SendSms(new SendSmsRequest());
                    }
                    catch (TencentCloudSDKException ex) when (ex.ErrorCode == SmsErrorCodes.InternalError_Timeout)
                    {
                    }
                }
            }
            """,
            VerifyCS.Diagnostic().WithLocation(0).WithArguments("SmsErrorCodes.InternalError_Timeout", "InternalError.Timeout"));
    }

    [Theory]
    [InlineData(0, "BriErrorCodes")]
    [InlineData(1, "CfsErrorCodes")]
    [InlineData(2, "IotexplorerErrorCodes")]
    [InlineData(3, "SmsErrorCodes")]
    [InlineData(4, "WeilingwithErrorCodes")]
    public async Task Fix_offers_one_action_per_documenting_product_without_a_client(int index, string className)
    {
        await new VerifyCS.Test
        {
            TestCode = """
                using TencentCloud.Common;
                class C { bool M(TencentCloudSDKException ex) => ex.ErrorCode == {|#0:"InternalError.Timeout"|}; }
                """,
            FixedCode = $$"""
                using TencentCloud.Common;
                using TencentCloud.ErrorCodes;
                class C { bool M(TencentCloudSDKException ex) => ex.ErrorCode == {{className}}.InternalError_Timeout; }
                """,
            CodeActionIndex = index,

            // No product in sight and five equal candidates: each is a labelled choice, and a batch picks none.
            BatchFixedCode = """
                using TencentCloud.Common;
                class C { bool M(TencentCloudSDKException ex) => ex.ErrorCode == {|#0:"InternalError.Timeout"|}; }
                """,
            ExpectedDiagnostics = { TimeoutCandidates },
            BatchFixedState = { ExpectedDiagnostics = { TimeoutCandidates } },
        }.RunAsync();
    }

    private static DiagnosticResult TimeoutCandidates => VerifyCS.Diagnostic().WithLocation(0).WithArguments(
        "BriErrorCodes.InternalError_Timeout' or 'CfsErrorCodes.InternalError_Timeout' or 'IotexplorerErrorCodes.InternalError_Timeout' or 'SmsErrorCodes.InternalError_Timeout' or 'WeilingwithErrorCodes.InternalError_Timeout",
        "InternalError.Timeout");

    [Theory]
    [InlineData("private readonly SmsClient client = null!;", "")]
    [InlineData("private SmsClient Client { get; } = null!;", "")]
    [InlineData("public C(SmsClient client) { }", "")]
    [InlineData("", "SmsClient client")]
    [InlineData("void N() { var client = new SmsClient(null!, \"\"); }", "")]
    public async Task Product_comes_from_the_clients_the_type_and_method_reach(string member, string parameter)
    {
        // The call is outside the try (or absent): the SMS client the class holds still names the product.
        var source = $$"""
            using TencentCloud.Common;
            using TencentCloud.Sms.V20210111;

            class C
            {
                {{member}}

                bool M(TencentCloudSDKException ex{{(parameter.Length > 0 ? ", " + parameter : "")}}) => ex.ErrorCode == {|#0:"InternalError.Timeout"|} || ex.ErrorCode == {|#1:"FailedOperation.PhoneNumberInBlacklist"|};
            }
            """;
        await new VerifyCS.Test
        {
            TestCode = source,
            FixedCode = source.Replace("{|#0:\"InternalError.Timeout\"|}", "SmsErrorCodes.InternalError_Timeout")
                .Replace("{|#1:\"FailedOperation.PhoneNumberInBlacklist\"|}", "SmsErrorCodes.FailedOperation_PhoneNumberInBlacklist")
                .Replace("using TencentCloud.Common;", "using TencentCloud.Common;\nusing TencentCloud.ErrorCodes;"),
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic().WithLocation(0).WithArguments("SmsErrorCodes.InternalError_Timeout", "InternalError.Timeout"),
                VerifyCS.Diagnostic().WithLocation(1).WithArguments("SmsErrorCodes.FailedOperation_PhoneNumberInBlacklist", "FailedOperation.PhoneNumberInBlacklist"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task Product_comes_from_the_file_s_sdk_using_when_nothing_nearer_names_one()
    {
        var source = """
            using TencentCloud.Common;
            using TencentCloud.Sms.V20210111.Models;

            class C
            {
                bool M(TencentCloudSDKException ex) => ex.ErrorCode == {|#0:"InternalError.Timeout"|};
            }
            """;
        await new VerifyCS.Test
        {
            TestCode = source,
            FixedCode = source.Replace("{|#0:\"InternalError.Timeout\"|}", "SmsErrorCodes.InternalError_Timeout")
                .Replace("using TencentCloud.Common;", "using TencentCloud.Common;\nusing TencentCloud.ErrorCodes;"),
            ExpectedDiagnostics = { VerifyCS.Diagnostic().WithLocation(0).WithArguments("SmsErrorCodes.InternalError_Timeout", "InternalError.Timeout") },
        }.RunAsync();
    }

    [Fact]
    public async Task A_code_only_another_product_documents_is_a_choice_not_a_batch_fix()
    {
        // The code works with SMS, but only another product documents this code: writing that product's constant is the
        // user's call, so Fix All leaves it (TCE001 still reports the literal).
        var source = """
            using TencentCloud.Common;
            using TencentCloud.Sms.V20210111;

            class C
            {
                private readonly SmsClient client = null!;

                bool M(TencentCloudSDKException ex) => ex.ErrorCode == {|#0:"FailedOperation.RoomNotExist"|};
            }
            """;
        KnownErrorCodes.TryGet("FailedOperation.RoomNotExist", out var known);
        Assert.DoesNotContain("Sms", known.Products);
        var expected = VerifyCS.Diagnostic().WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);
        var test = new VerifyCS.Test
        {
            TestCode = source,
            FixedCode = source.Replace("{|#0:\"FailedOperation.RoomNotExist\"|}", known.Products[0] + "ErrorCodes.FailedOperation_RoomNotExist")
                .Replace("using TencentCloud.Common;", "using TencentCloud.Common;\nusing TencentCloud.ErrorCodes;"),
            BatchFixedCode = source,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        test.ExpectedDiagnostics.Add(expected.WithArguments(string.Join("' or '", known.Products.Take(5).Select(p => p + "ErrorCodes.FailedOperation_RoomNotExist")), "FailedOperation.RoomNotExist"));
        test.BatchFixedState.ExpectedDiagnostics.AddRange(test.ExpectedDiagnostics);
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_qualifies_the_constant_when_a_user_type_has_the_same_name()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using TencentCloud.Common;

            static class CommonErrorCodes { public const string Mine = "x"; }

            class C
            {
                bool M(TencentCloudSDKException ex) => ex.ErrorCode == {|TCE001:"RequestLimitExceeded"|};
            }
            """,
            """
            using TencentCloud.Common;

            static class CommonErrorCodes { public const string Mine = "x"; }

            class C
            {
                bool M(TencentCloudSDKException ex) => ex.ErrorCode == TencentCloud.ErrorCodes.CommonErrorCodes.RequestLimitExceeded;
            }
            """);
    }

    [Fact]
    public async Task Fix_keeps_an_existing_using_and_works_inside_a_namespace()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            namespace App;

            using TencentCloud.Common;
            using TencentCloud.ErrorCodes;

            class C
            {
                bool M(TencentCloudSDKException ex) => ex.ErrorCode == {|TCE001:"RequestLimitExceeded"|};
            }
            """,
            """
            namespace App;

            using TencentCloud.Common;
            using TencentCloud.ErrorCodes;

            class C
            {
                bool M(TencentCloudSDKException ex) => ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded;
            }
            """);
    }

    [Fact]
    public async Task FixAll_in_document_project_and_solution()
    {
        const string first = """
            using TencentCloud.Common;
            class A { bool M(TencentCloudSDKException ex) => ex.ErrorCode == {|TCE001:"RequestLimitExceeded"|} || ex.ErrorCode == {|TCE001:"FailedOperation.InsufficientBalanceInSmsPackage"|}; }
            """;
        const string second = """
            using TencentCloud.Common;
            class B { bool M(TencentCloudSDKException ex) => ex.ErrorCode is {|TCE001:"InternalError"|}; }
            """;
        const string firstFixed = """
            using TencentCloud.Common;
            using TencentCloud.ErrorCodes;
            class A { bool M(TencentCloudSDKException ex) => ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded || ex.ErrorCode == SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage; }
            """;
        const string secondFixed = """
            using TencentCloud.Common;
            using TencentCloud.ErrorCodes;
            class B { bool M(TencentCloudSDKException ex) => ex.ErrorCode is CommonErrorCodes.InternalError; }
            """;

        foreach (var scope in new[] { Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Document, Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Project, Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Solution })
        {
            var test = new VerifyCS.Test
            {
                CodeActionEquivalenceKey = TCE001UseErrorCodeConstantCodeFix.EquivalenceKey,
                CodeFixTestBehaviors = scope == Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Document
                    ? CodeFixTestBehaviors.SkipFixAllInProjectCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck
                    : scope == Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Project
                        ? CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck
                        : CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInProjectCheck,
            };
            test.TestState.Sources.Add(first);
            test.TestState.Sources.Add(second);
            test.FixedState.Sources.Add(firstFixed);
            test.FixedState.Sources.Add(secondFixed);
            test.BatchFixedState.Sources.Add(firstFixed);
            test.BatchFixedState.Sources.Add(secondFixed);
            await test.RunAsync();
        }
    }

    [Fact]
    public async Task FixAll_fixes_every_literal_of_every_construct_in_one_pass()
    {
        // Eight labels in one switch, four operands in one chain, three in a pattern and in a collection, a filter and a
        // switch expression: one Fix All, one iteration.
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using TencentCloud.Common;
            using TencentCloud.Sms.V20210111;
            using TencentCloud.Sms.V20210111.Models;

            class C
            {
                private readonly SmsClient client = null!;

                string Switch(TencentCloudSDKException e)
                {
                    switch (e.ErrorCode)
                    {
                        case "AuthFailure.SignatureFailure":
                        case "AuthFailure.SecretIdNotFound":
                        case "LimitExceeded":
                        case "InternalError":
                        case "InternalError.Timeout":
                        case "FailedOperation.PhoneNumberInBlacklist":
                        case "FailedOperation.InsufficientBalanceInSmsPackage":
                        case "RequestLimitExceeded":
                            return "known";
                        default:
                            return "other";
                    }
                }

                bool Chain(TencentCloudSDKException e) =>
                    e.ErrorCode == "InternalError" || "ResourceUnavailable" == e.ErrorCode || e.ErrorCode.Equals("InvalidParameter") || string.Equals(e.ErrorCode, "RequestLimitExceeded");

                bool Pattern(TencentCloudSDKException e) => e.ErrorCode is "InternalError" or "ResourceUnavailable" or not "FailedOperation.PhoneNumberInBlacklist";

                bool Collection(TencentCloudSDKException e) =>
                    new[] { "InternalError", "ResourceUnavailable", "FailedOperation.PhoneNumberInBlacklist" }.Contains(e.ErrorCode)
                    || new List<string> { "InvalidParameter", "UnsupportedOperation" }.Contains(e.ErrorCode);

                string SwitchExpression(TencentCloudSDKException e) => e.ErrorCode switch
                {
                    "AuthFailure.SignatureFailure" => "auth",
                    "InternalError" or "InternalError.Timeout" => "server",
                    _ => "other",
                };

                bool Filter(SendSmsRequest request)
                {
                    try { client.SendSmsSync(request); return true; }
                    catch (TencentCloudSDKException e) when (e.ErrorCode == "FailedOperation.PhoneNumberInBlacklist" || e.ErrorCode == "InvalidParameterValue.ContentLengthLimit") { return false; }
                }
            }
            """;
        var literals = new System.Text.RegularExpressions.Regex("\"[A-Z][A-Za-z]+(\\.[A-Za-z]+)?\"");
        var marked = literals.Replace(source, m => "{|TCE001:" + m.Value + "|}");
        var fixedSource = literals.Replace(source, m =>
        {
            var code = m.Value.Trim('"');
            KnownErrorCodes.TryGet(code, out var known);
            return (known.IsCommon ? "CommonErrorCodes" : "SmsErrorCodes") + "." + code.Replace('.', '_');
        }).Replace("using TencentCloud.Common;", "using TencentCloud.Common;\nusing TencentCloud.ErrorCodes;");
        Assert.Equal(25, literals.Matches(source).Count);
        await VerifyCS.VerifyCodeFixAsync(marked, fixedSource);
    }

    [Fact]
    public async Task No_fix_when_the_catalog_is_not_referenced()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode == {|TCE001:"RequestLimitExceeded"|}; }
                """,
            FixedCode = """
                class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode == {|TCE001:"RequestLimitExceeded"|}; }
                """,
        };
        test.TestState.AdditionalReferences.Remove(TestReferences.Catalog);
        await test.RunAsync();
    }
}
