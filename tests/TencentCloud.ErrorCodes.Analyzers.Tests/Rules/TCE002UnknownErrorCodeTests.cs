using Microsoft.CodeAnalysis.Testing;
using TencentCloud.ErrorCodes.CodeFixes;
using VerifyCS = TencentCloud.ErrorCodes.Analyzers.Tests.CSharpCodeFixVerifier<
    TencentCloud.ErrorCodes.Analyzers.TCE002UnknownErrorCodeAnalyzer,
    TencentCloud.ErrorCodes.CodeFixes.TCE002UnknownErrorCodeCodeFix>;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Rules;

public class TCE002UnknownErrorCodeTests
{
    [Fact]
    public async Task Reports_a_misspelt_code_and_names_the_nearest()
    {
        await VerifyCS.VerifyAnalyzerAsync(
            """
            class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode == {|#0:"RequestLimitExceed"|}; }
            """,
            VerifyCS.Diagnostic().WithLocation(0).WithArguments("RequestLimitExceed", "; did you mean 'RequestLimitExceeded' (common)?"));
    }

    [Fact]
    public async Task Case_only_difference_is_suggested_first()
    {
        await VerifyCS.VerifyAnalyzerAsync(
            """
            class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode == {|#0:"requestlimitexceeded"|}; }
            """,
            VerifyCS.Diagnostic().WithLocation(0).WithArguments("requestlimitexceeded", "; did you mean 'RequestLimitExceeded' (common)?"));
    }

    [Fact]
    public async Task A_code_with_no_near_neighbour_gets_no_suggestion()
    {
        await VerifyCS.VerifyAnalyzerAsync(
            """
            class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode switch { {|#0:"Zzzzzzzzzzzzzzzzzzzzzz"|} => true, _ => false }; }
            """,
            VerifyCS.Diagnostic().WithLocation(0).WithArguments("Zzzzzzzzzzzzzzzzzzzzzz", ""));
    }

    [Fact]
    public async Task Reports_in_every_comparison_form()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using System.Linq;
            class C
            {
                bool M(TencentCloud.Common.TencentCloudSDKException ex)
                {
                    switch (ex.ErrorCode) { case {|TCE002:"RequestTimeout"|}: return true; }
                    return ex.ErrorCode is {|TCE002:"InternalErorr"|} or "InternalError"
                        || string.Equals(ex.ErrorCode, {|TCE002:"LimitExceed"|})
                        || new[] { {|TCE002:"ResourceNotFund"|} }.Contains(ex.ErrorCode);
                }
            }
            """);
    }

    [Theory]
    [InlineData("""class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode == "RequestLimitExceeded"; }""")]
    [InlineData("""class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode == ""; }""")]
    [InlineData("""class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode == " "; }""")]
    [InlineData("""class C { bool M(string s) => s == "RequestLimitExceed"; }""")]
    [InlineData("""
        namespace Amazon.Runtime { public class AmazonServiceException : System.Exception { public string ErrorCode { get; set; } } }
        class C { bool M(Amazon.Runtime.AmazonServiceException ex) => ex.ErrorCode == "Throttling"; }
        """)]
    [InlineData("""class C { const string Mine = "MyOwnCode"; bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode == Mine; }""")]
    public async Task Does_not_report(string source)
    {
        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Codes_named_in_the_option_are_known()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode == "FailedOperation.MyGateway" || ex.ErrorCode == {|TCE002:"Other.Code"|}; }
                """,
            EditorConfig = "tencentcloud_error_codes.additional_known_codes = FailedOperation.MyGateway, Internal.Mine",
        }.RunAsync();
    }

    [Fact]
    public async Task Fix_uses_the_nearest_code_as_its_constant()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using TencentCloud.Common;

            class C { bool M(TencentCloudSDKException ex) => ex.ErrorCode == {|TCE002:"RequestLimitExceed"|}; }
            """,
            """
            using TencentCloud.Common;
            using TencentCloud.ErrorCodes;

            class C { bool M(TencentCloudSDKException ex) => ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded; }
            """);
    }

    private static DiagnosticResult Vpc => VerifyCS.Diagnostic().WithLocation(0)
        .WithArguments("UnsupportedOperation.vpcmismatch", "; did you mean 'UnsupportedOperation.VPCMismatch' (Clb) or 'UnsupportedOperation.VpcMismatch' (Ecm)?");

    [Fact]
    public async Task Fix_offers_each_suggestion()
    {
        // VpcMismatch and VPCMismatch differ only in case from the literal: both are offered.
        await new VerifyCS.Test
        {
            TestCode = """
                class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode == {|#0:"UnsupportedOperation.vpcmismatch"|}; }
                """,
            FixedCode = """
                using TencentCloud.ErrorCodes;

                class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode == {{CLASS}}.UnsupportedOperation_VpcMismatch; }
                """.Replace("{{CLASS}}", Class("UnsupportedOperation.VpcMismatch")),
            CodeActionIndex = 1,

            // Two codes are as near and the code calls neither product: a batch picks none.
            BatchFixedCode = """
                class C { bool M(TencentCloud.Common.TencentCloudSDKException ex) => ex.ErrorCode == {|#0:"UnsupportedOperation.vpcmismatch"|}; }
                """,
            ExpectedDiagnostics = { Vpc },
            BatchFixedState = { ExpectedDiagnostics = { Vpc } },
        }.RunAsync();
    }

    [Fact]
    public async Task Ranks_the_called_product_s_codes_first_and_a_batch_does_not_guess()
    {
        // The SMS client is called: SMS's own code comes first, even though another product's code is nearer by edits.
        var source = """
            using TencentCloud.Common;
            using TencentCloud.Sms.V20210111;
            using TencentCloud.Sms.V20210111.Models;

            class C
            {
                bool M(SmsClient client)
                {
                    try { client.SendSmsSync(new SendSmsRequest()); return true; }
                    catch (TencentCloudSDKException ex) when (ex.ErrorCode == {|#0:"ResourceNotFound.AppIdNotExist"|}) { return false; }
                }
            }
            """;
        var expected = VerifyCS.Diagnostic().WithLocation(0).WithArguments(
            "ResourceNotFound.AppIdNotExist",
            "; did you mean 'InvalidParameterValue.SdkAppIdNotExist' (Sms) or 'InvalidParameterValue.SdkAppidNotExist' (Sms) or 'ResourceNotFound.ApplyNotExist' (Organization)?");
        await new VerifyCS.Test
        {
            TestCode = source,
            FixedCode = source.Replace("{|#0:\"ResourceNotFound.AppIdNotExist\"|}", "SmsErrorCodes.InvalidParameterValue_SdkAppIdNotExist").Replace("using TencentCloud.Common;", "using TencentCloud.Common;\nusing TencentCloud.ErrorCodes;"),
            BatchFixedCode = source,
            ExpectedDiagnostics = { expected },
            BatchFixedState = { ExpectedDiagnostics = { expected } },
        }.RunAsync();
    }

    [Fact]
    public async Task A_clearly_best_code_of_the_called_product_is_fixed_in_a_batch()
    {
        var source = """
            using TencentCloud.Common;
            using TencentCloud.Sms.V20210111;
            using TencentCloud.Sms.V20210111.Models;

            class C
            {
                string M(SmsClient client)
                {
                    try { client.SendSmsSync(new SendSmsRequest()); return "sent"; }
                    catch (TencentCloudSDKException ex)
                    {
                        switch (ex.ErrorCode)
                        {
                            case {|#0:"FailedOperation.PhoneNumberInBlacklst"|}: return "blocked";
                            case {|#1:"FailedOperation.InsuficientBalanceInSmsPackage"|}: return "pay";
                            case "RequestLimitExceeded": throw;
                            default: return "failed";
                        }
                    }
                }
            }
            """;
        var fixedSource = source
            .Replace("{|#0:\"FailedOperation.PhoneNumberInBlacklst\"|}", "SmsErrorCodes.FailedOperation_PhoneNumberInBlacklist")
            .Replace("{|#1:\"FailedOperation.InsuficientBalanceInSmsPackage\"|}", "SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage")
            .Replace("using TencentCloud.Common;", "using TencentCloud.Common;\nusing TencentCloud.ErrorCodes;");
        await new VerifyCS.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic().WithLocation(0).WithArguments("FailedOperation.PhoneNumberInBlacklst", "; did you mean 'FailedOperation.PhoneNumberInBlacklist' (Sms) or 'FailedOperation.PhoneNumberOnBlacklist' (Sms)?"),
                VerifyCS.Diagnostic().WithLocation(1).WithArguments("FailedOperation.InsuficientBalanceInSmsPackage", "; did you mean 'FailedOperation.InsufficientBalanceInSmsPackage' (Sms)?"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task FixAll_replaces_every_misspelling()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                using TencentCloud.Common;

                class C { bool M(TencentCloudSDKException ex) => ex.ErrorCode == {|TCE002:"RequestLimitExceed"|} || ex.ErrorCode == {|TCE002:"InternalEror"|}; }
                """,
            FixedCode = """
                using TencentCloud.Common;
                using TencentCloud.ErrorCodes;

                class C { bool M(TencentCloudSDKException ex) => ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded || ex.ErrorCode == CommonErrorCodes.InternalError; }
                """,
            CodeActionEquivalenceKey = TCE002UnknownErrorCodeCodeFix.EquivalenceKey,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task No_fix_that_would_duplicate_a_case()
    {
        var source = """
            using TencentCloud.Common;
            class C
            {
                string M(TencentCloudSDKException ex) => ex.ErrorCode switch
                {
                    {|#0:"LimitExceed"|} => "typo",
                    "LimitExceeded" => "quota",
                    _ => "other",
                };
            }
            """;
        await new VerifyCS.Test
        {
            TestCode = source,
            FixedCode = source,
            ExpectedDiagnostics = { VerifyCS.Diagnostic().WithLocation(0).WithArguments("LimitExceed", "; did you mean 'LimitExceeded' (common)?") },
        }.RunAsync();
    }

    private static string Class(string code)
    {
        KnownErrorCodes.TryGet(code, out var known);
        return known.IsCommon ? "CommonErrorCodes" : known.Products[0] + "ErrorCodes";
    }
}
