using Microsoft.CodeAnalysis.Testing;
using static TencentCloud.ErrorCodes.Analyzers.Tests.Rules.TCE008CodeOfAnotherProductTests;
using VerifyCS = TencentCloud.ErrorCodes.Analyzers.Tests.CSharpCodeFixVerifier<
    TencentCloud.ErrorCodes.Analyzers.TCE009CodeNotDocumentedForActionAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Rules;

public class TCE009CodeNotDocumentedForActionTests
{
    private const string Insufficient = "FailedOperation.InsufficientBalanceInSmsPackage";

    private const string DescribeSigns = "await sms.DescribeSmsSignList(new DescribeSmsSignListRequest());";

    [Theory]
    [InlineData("""catch (TencentCloudSDKException ex) when (ex.ErrorCode == {|#0:SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage|}) { Status = ex.RequestId; }""")]
    [InlineData("""catch (TencentCloudSDKException ex) when (ex.ErrorCode == {|#0:"FailedOperation.InsufficientBalanceInSmsPackage"|}) { Status = ex.RequestId; }""")]
    [InlineData("""catch (TencentCloudSDKException ex) { switch (ex.ErrorCode) { case SmsErrorCodes.FailedOperation_NotEnterpriseCertification: Status = "sign"; break; case {|#0:SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage|}: Status = "pay"; break; default: throw; } }""")]
    [InlineData("""catch (TencentCloudSDKException ex) { Status = ex.ErrorCode switch { {|#0:SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage|} => "pay", _ => throw ex }; }""")]
    [InlineData("""catch (TencentCloudSDKException ex) when (ex.ErrorCode is {|#0:SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage|}) { Status = ex.RequestId; }""")]
    public async Task Reports_a_product_code_that_the_called_action_does_not_document(string handler)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source(DescribeSigns, handler), Expected(Insufficient, "DescribeSmsSignList"));
    }

    [Theory]
    [InlineData("sms.DescribeSmsSignListSync(new DescribeSmsSignListRequest());", "DescribeSmsSignList")]
    [InlineData(DescribeSigns + " sms.DescribeSmsSignListSync(new DescribeSmsSignListRequest());", "DescribeSmsSignList")]
    [InlineData(DescribeSigns + " await trtc.DismissRoom(new DismissRoomRequest());", "DescribeSmsSignList or DismissRoom")]
    [InlineData("await ListSigns();", "DescribeSmsSignList")]
    public async Task Names_every_called_action(string tryBody, string actions)
    {
        const string handler = """catch (TencentCloudSDKException ex) when (ex.ErrorCode == {|#0:SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage|}) { Status = ex.RequestId; }""";
        await VerifyCS.VerifyAnalyzerAsync(Source(tryBody, handler).Replace("private void Prepare() { }", "private void Prepare() { }\n\n    private Task ListSigns() => sms.DescribeSmsSignList(new DescribeSmsSignListRequest());"), Expected(Insufficient, actions));
    }

    [Fact]
    public async Task Reports_outside_a_handler_against_the_calls_of_the_member()
    {
        const string body = """
            Func<TencentCloudSDKException, bool> outOfCredit = e => e.ErrorCode == {|#0:SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage|};
            await sms.DescribeSmsSignList(new DescribeSmsSignListRequest());
            """;
        await VerifyCS.VerifyAnalyzerAsync(Method(body), Expected(Insufficient, "DescribeSmsSignList"));
    }

    [Theory]
    [InlineData("await sms.SendSms(request);")]
    [InlineData(DescribeSigns + " await sms.SendSms(request);")]
    [InlineData(DescribeSigns + " await preview.PreviewSms();")]
    [InlineData(DescribeSigns + " await Relay(sender, request);")]
    [InlineData(DescribeSigns + " await SendTwoLevelsDown(request);")]
    [InlineData("Prepare();")]
    public async Task Silent_when_a_called_action_documents_the_code_or_is_not_in_the_table(string tryBody)
    {
        const string handler = """catch (TencentCloudSDKException ex) when (ex.ErrorCode == SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage) { Status = ex.RequestId; }""";
        await VerifyCS.VerifyAnalyzerAsync(WithPreviewClient(Source(tryBody, handler)));
    }

    [Theory]
    [InlineData("""catch (TencentCloudSDKException ex) when (ex.ErrorCode == TrtcErrorCodes.FailedOperation_RoomNotExist) { Status = ex.RequestId; }""")]
    [InlineData("""catch (TencentCloudSDKException ex) when (ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded) { Status = ex.RequestId; }""")]
    [InlineData("""catch (TencentCloudSDKException ex) when (ex.ErrorCode == "InvalidParameterValue.NoSuchThing") { Status = ex.RequestId; }""")]
    [InlineData("""catch (TencentCloudSDKException ex) when (ex.ErrorCode == SmsErrorCodes.FailedOperation_NotEnterpriseCertification) { Status = ex.RequestId; }""")]
    public async Task Silent_for_other_products_common_unknown_and_documented_codes(string handler)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source(DescribeSigns, handler));
    }

    [Fact]
    public async Task Silent_in_generated_code()
    {
        const string handler = """catch (TencentCloudSDKException ex) when (ex.ErrorCode == SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage) { Status = ex.RequestId; }""";
        await VerifyCS.VerifyAnalyzerAsync("// <auto-generated/>\n" + Source(DescribeSigns, handler));
    }

    [Fact]
    public void The_table_lists_the_codes_these_tests_rely_on()
    {
        Assert.True(KnownErrorCodes.TryGet(Insufficient, out var insufficient));
        Assert.True(KnownErrorCodes.TryGet("FailedOperation.NotEnterpriseCertification", out var signature));
        Assert.False(KnownErrorCodes.ActionDocuments("Sms", "v20210111", "DescribeSmsSignList", insufficient));
        Assert.True(KnownErrorCodes.ActionDocuments("Sms", "v20210111", "DescribeSmsSignList", signature));
        Assert.True(KnownErrorCodes.ActionDocuments("Sms", "v20210111", "SendSms", insufficient));
        Assert.Null(KnownErrorCodes.ActionDocuments("Sms", "v20210111", "PreviewSms", insufficient));
    }

    /// <summary>A client of the SMS namespace with an action the documentation does not list.</summary>
    private static string WithPreviewClient(string source) =>
        source
            .Replace("public class Notifier\n{", "namespace TencentCloud.Sms.V20210111\n{\n    public class SmsPreviewClient : AbstractClient\n    {\n        public SmsPreviewClient() : base(\"sms\", \"2021-01-11\", new Credential(), \"\", new TencentCloud.Common.Profile.ClientProfile()) { }\n\n        public Task PreviewSms() => Task.CompletedTask;\n    }\n}\n\npublic class Notifier\n{\n    private readonly TencentCloud.Sms.V20210111.SmsPreviewClient preview = new TencentCloud.Sms.V20210111.SmsPreviewClient();");

    private static DiagnosticResult Expected(string code, string actions) =>
        VerifyCS.Diagnostic(RuleIds.CodeNotDocumentedForAction).WithLocation(0).WithArguments(code, actions);
}
