using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = TencentCloud.ErrorCodes.Analyzers.Tests.CSharpCodeFixVerifier<
    TencentCloud.ErrorCodes.Analyzers.TCE008CodeOfAnotherProductAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Rules;

public class TCE008CodeOfAnotherProductTests
{
    private const string RoomNotExist = "FailedOperation.RoomNotExist";

    [Theory]
    [InlineData("""catch (TencentCloudSDKException ex) when (ex.ErrorCode == {|#0:"FailedOperation.RoomNotExist"|}) { Status = ex.RequestId; }""")]
    [InlineData("""catch (TencentCloudSDKException ex) when (ex.ErrorCode == {|#0:TrtcErrorCodes.FailedOperation_RoomNotExist|}) { Status = ex.RequestId; }""")]
    [InlineData("""catch (TencentCloudSDKException ex) when ({|#0:RoomMissing|} == ex.ErrorCode) { Status = ex.RequestId; }""")]
    [InlineData("""catch (TencentCloudSDKException ex) when (string.Equals(ex.ErrorCode, {|#0:RoomMissing|}, StringComparison.Ordinal)) { Status = ex.RequestId; }""")]
    [InlineData("""catch (TencentCloudSDKException ex) when (ex.ErrorCode is {|#0:TrtcErrorCodes.FailedOperation_RoomNotExist|} or CommonErrorCodes.RequestLimitExceeded) { Status = ex.RequestId; }""")]
    [InlineData("""catch (TencentCloudSDKException ex) { switch (ex.ErrorCode) { case {|#0:TrtcErrorCodes.FailedOperation_RoomNotExist|}: Status = "gone"; break; default: throw; } }""")]
    [InlineData("""catch (TencentCloudSDKException ex) { Status = ex.ErrorCode switch { {|#0:RoomMissing|} => "gone", _ => throw ex }; }""")]
    [InlineData("""catch (TencentCloudSDKException ex) { var code = ex.ErrorCode; if (code == {|#0:RoomMissing|}) { Status = "gone"; } else { throw; } }""")]
    [InlineData("""catch (TencentCloudSDKException ex) when (new[] { {|#0:RoomMissing|}, SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage }.Contains(ex.ErrorCode)) { Status = ex.RequestId; }""")]
    public async Task Reports_each_comparison_form_with_a_literal_or_a_constant(string handler)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source("await sms.SendSms(request);", handler), Expected(RoomNotExist, "a Trtc code", "try", "Sms"));
    }

    [Theory]
    [InlineData("sms.SendSmsSync(request);")]
    [InlineData("var response = await sms.SendSms(request); Status = response.RequestId;")]
    [InlineData("Prepare(); await sms.DescribeSmsSignList(new DescribeSmsSignListRequest());")]
    [InlineData("await Task.Run(() => sms.SendSms(request));")]
    [InlineData("await SendThroughHelper(request);")]
    public async Task Reports_for_each_way_the_try_reaches_the_client(string tryBody)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source(tryBody, RoomHandler), Expected(RoomNotExist, "a Trtc code", "try", "Sms"));
    }

    [Fact]
    public async Task Reports_outside_a_handler_against_the_calls_of_the_member()
    {
        const string body = """
            Func<TencentCloudSDKException, bool> roomGone = e => e.ErrorCode == {|#0:"FailedOperation.RoomNotExist"|};
            await sms.SendSms(request);
            """;
        await VerifyCS.VerifyAnalyzerAsync(Method(body), Expected(RoomNotExist, "a Trtc code", "method", "Sms"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Reads_the_configured_error_code_members(bool configured)
    {
        var source = Method("""
            try
                    {
                        await sms.SendSms(request);
                    }
                    catch (Acme.ApiFailure failure) when (failure.Code == {|#0:"FailedOperation.RoomNotExist"|})
                    {
                        Status = failure.Code;
                    }
            """) + """

            namespace Acme
            {
                public class ApiFailure : Exception
                {
                    public string Code { get; set; }
                }
            }
            """;
        var test = new VerifyCS.Test { TestCode = configured ? source : source.Replace("{|#0:", string.Empty).Replace("|}", string.Empty) };
        if (configured)
        {
            test.EditorConfig = "tencentcloud_error_codes.error_code_members = Acme.ApiFailure.Code";
            test.ExpectedDiagnostics.Add(Expected(RoomNotExist, "a Trtc code", "try", "Sms"));
        }

        await test.RunAsync();
    }

    [Theory]
    [InlineData("FailedOperation.CosOperationFailed", "a Gme or Trtc code")]
    [InlineData("FailedOperation.AddInstanceInfoFailed", "a code of Dcdb, Keewidb, Mariadb and 2 other products")]
    public async Task Names_the_products_of_the_code(string code, string products)
    {
        var handler = "catch (TencentCloudSDKException ex) when (ex.ErrorCode == {|#0:\"" + code + "\"|}) { Status = ex.RequestId; }";
        await VerifyCS.VerifyAnalyzerAsync(Source("await sms.SendSms(request);", handler), Expected(code, products, "try", "Sms"));
    }

    [Fact]
    public async Task Names_every_called_product()
    {
        var handler = """catch (TencentCloudSDKException ex) when (ex.ErrorCode == {|#0:"FailedOperation.AddInstanceInfoFailed"|}) { Status = ex.RequestId; }""";
        await VerifyCS.VerifyAnalyzerAsync(
            Source("await sms.SendSms(request); await trtc.DismissRoom(new DismissRoomRequest());", handler),
            Expected("FailedOperation.AddInstanceInfoFailed", "a code of Dcdb, Keewidb, Mariadb and 2 other products", "try", "Sms and Trtc"));
    }

    [Theory]
    [InlineData("""catch (TencentCloudSDKException ex) when (ex.ErrorCode == SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage) { Status = ex.RequestId; }""")]
    [InlineData("""catch (TencentCloudSDKException ex) when (ex.ErrorCode == "RequestLimitExceeded") { Status = ex.RequestId; }""")]
    [InlineData("""catch (TencentCloudSDKException ex) when (ex.ErrorCode == CommonErrorCodes.InternalError) { Status = ex.RequestId; }""")]
    [InlineData("""catch (TencentCloudSDKException ex) when (ex.ErrorCode == "FailedOperation.NoSuchThing") { Status = ex.RequestId; }""")]
    [InlineData("""catch (TencentCloudSDKException ex) when (ex.Message == "FailedOperation.RoomNotExist") { Status = ex.RequestId; }""")]
    [InlineData("""catch (TencentCloudSDKException ex) when (ex.ErrorCode != null) { Status = "FailedOperation.RoomNotExist"; }""")]
    public async Task Silent_for_the_called_products_codes_common_unknown_and_uncompared_strings(string handler)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source("await sms.SendSms(request);", handler));
    }

    [Theory]
    [InlineData("await sms.SendSms(request); await trtc.DismissRoom(new DismissRoomRequest());")]
    [InlineData("Prepare();")]
    [InlineData("Func<Task> send = () => Task.CompletedTask; await sms.SendSms(request); await send();")]
    [InlineData("await sms.SendSms(request); await Relay(SendThroughHelper, request);")]
    [InlineData("await sms.SendSms(request); await Relay(sender, request);")]
    [InlineData("await sms.SendSms(request); await SendTwoLevelsDown(request);")]
    [InlineData("await sms.SendSms(request); await SendVirtual(request);")]
    [InlineData("await sms.SendSms(request); await new Helper().SendElsewhere(request);")]
    [InlineData("await sms.SendSms(request); dynamic anything = trtc; anything.Dismiss();")]
    [InlineData("await custom.Call();")]
    public async Task Silent_when_the_called_actions_are_not_all_known(string tryBody)
    {
        await VerifyCS.VerifyAnalyzerAsync(Source(tryBody, RoomHandler));
    }

    [Fact]
    public async Task Silent_when_a_method_of_another_file_is_called()
    {
        var test = new VerifyCS.Test { TestCode = Source("await sms.SendSms(request); await new Elsewhere().Send();", RoomHandler) };
        test.TestState.Sources.Add(("Elsewhere.cs", """
            using System.Threading.Tasks;
            public class Elsewhere
            {
                public Task Send() => Task.CompletedTask;
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Silent_when_a_library_that_references_the_sdk_is_called()
    {
        var library = await LibraryReferencingTheSdk("""
            namespace Wrappers
            {
                public static class Rooms
                {
                    public static System.Threading.Tasks.Task Dismiss(TencentCloud.Trtc.V20190722.TrtcClient client) =>
                        client.DismissRoom(new TencentCloud.Trtc.V20190722.Models.DismissRoomRequest());
                }
            }
            """);
        var test = new VerifyCS.Test { TestCode = Source("await sms.SendSms(request); await Wrappers.Rooms.Dismiss(trtc);", RoomHandler) };
        test.TestState.AdditionalReferences.Add(library);
        await test.RunAsync();
    }

    [Fact]
    public async Task Silent_for_another_sdks_error_code()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using TencentCloud.Common;
            using TencentCloud.Sms.V20210111;
            using TencentCloud.Sms.V20210111.Models;

            namespace Amazon.Runtime
            {
                public class AmazonServiceException : Exception
                {
                    public string ErrorCode { get; set; }
                }
            }

            public class Notifier
            {
                private readonly SmsClient sms = new SmsClient(new Credential(), "ap-guangzhou");

                public async Task Run(SendSmsRequest request)
                {
                    try { await sms.SendSms(request); }
                    catch (Amazon.Runtime.AmazonServiceException ex) when (ex.ErrorCode == "FailedOperation.RoomNotExist") { }
                }
            }
            """;
        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Silent_in_generated_code()
    {
        await VerifyCS.VerifyAnalyzerAsync("// <auto-generated/>\n" + Source("await sms.SendSms(request);", RoomHandler.Replace("{|#0:", string.Empty).Replace("|}", string.Empty)));
    }

    [Fact]
    public async Task Silent_without_the_sdk()
    {
        const string source = """
            using TencentCloud.ErrorCodes;

            public class Reader
            {
                public bool RoomGone(string json) => ResponseEnvelope.Parse(json).Code == "FailedOperation.RoomNotExist";
            }
            """;
        await new VerifyCS.Test { TestCode = source, WithoutSdk = true }.RunAsync();
    }

    internal const string RoomHandler = """catch (TencentCloudSDKException ex) when (ex.ErrorCode == {|#0:"FailedOperation.RoomNotExist"|}) { Status = ex.RequestId; }""";

    private static DiagnosticResult Expected(string code, string products, string scope, string called) =>
        VerifyCS.Diagnostic(RuleIds.CodeOfAnotherProduct).WithLocation(0).WithArguments(code, products, scope, called);

    internal static string Source(string tryBody, string handler) => Method("try\n        {\n            " + tryBody + "\n        }\n        " + handler);

    internal static string Method(string body) => $$"""
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        using TencentCloud.Common;
        using TencentCloud.ErrorCodes;
        using TencentCloud.Sms.V20210111;
        using TencentCloud.Sms.V20210111.Models;
        using TencentCloud.Trtc.V20190722;
        using TencentCloud.Trtc.V20190722.Models;

        namespace Custom.V1
        {
            public class CustomClient : AbstractClient
            {
                public CustomClient() : base("custom", "1", new Credential(), "", new TencentCloud.Common.Profile.ClientProfile()) { }

                public Task Call() => Task.CompletedTask;
            }
        }

        public class Notifier
        {
            private const string RoomMissing = "FailedOperation.RoomNotExist";
            private readonly SmsClient sms = new SmsClient(new Credential(), "ap-guangzhou");
            private readonly TrtcClient trtc = new TrtcClient(new Credential(), "ap-guangzhou");
            private readonly Custom.V1.CustomClient custom = new Custom.V1.CustomClient();
            private readonly Func<SendSmsRequest, Task> sender = r => Task.CompletedTask;

            public string Status { get; set; }

            public async Task Run(SendSmsRequest request)
            {
                {{body}}
            }

            private void Prepare() { }

            private Task SendThroughHelper(SendSmsRequest r) => sms.SendSms(r);

            private Task SendTwoLevelsDown(SendSmsRequest r) => SendThroughHelper(r);

            protected virtual Task SendVirtual(SendSmsRequest r) => sms.SendSms(r);

            private static Task Relay(Func<SendSmsRequest, Task> send, SendSmsRequest r) => send(r);
        }

        public class Helper
        {
            public virtual Task SendElsewhere(SendSmsRequest r) => Task.CompletedTask;
        }
        """;

    /// <summary>A compiled library (metadata, as a package or a built project is) that calls the SDK.</summary>
    private static async Task<MetadataReference> LibraryReferencingTheSdk(string source)
    {
        var framework = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "Wrappers",
            new[] { CSharpSyntaxTree.ParseText(source) },
            framework.Add(TestReferences.Sdk),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
