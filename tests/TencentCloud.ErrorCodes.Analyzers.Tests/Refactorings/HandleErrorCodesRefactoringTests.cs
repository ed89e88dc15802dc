using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeRefactorings;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TencentCloud.ErrorCodes.Analyzers.Tests.Robustness;
using TencentCloud.ErrorCodes.CodeFixes;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Refactorings;

public class HandleErrorCodesRefactoringTests
{
    private const string DismissRoomHandler = """
                catch (TencentCloudSDKException ex)
                {
                    switch (ex.ErrorCode)
                    {
                        // Throttled: the call did not run; it is safe to retry with backoff.
                        case CommonErrorCodes.RequestLimitExceeded: // The number of requests exceeds the frequency limit.
                            throw;
                        // Documented for DismissRoom: replace a throw with what the code needs.
                        case TrtcErrorCodes.FailedOperation_RoomNotExist: // The room does not exist.
                        case TrtcErrorCodes.InternalError_GetRoomCacheIpError: // Failed to query the room.
                        case TrtcErrorCodes.InternalError_GetRoomFromCacheError: // Failed to get room information.
                        case TrtcErrorCodes.InvalidParameter_RoomId: // `RoomId` is incorrect.
                        case TrtcErrorCodes.InvalidParameter_SdkAppId: // `SdkAppId` is incorrect.
                        case TrtcErrorCodes.InvalidParameterValue_RoomId: // Invalid RoomId.
                        case TrtcErrorCodes.MissingParameter_RoomId: // `RoomId` is missing.
                        case TrtcErrorCodes.MissingParameter_SdkAppId: // `SdkAppId` is missing.
                        case TrtcErrorCodes.UnauthorizedOperation_SdkAppId: // No permission to manipulate `SdkAppId`.
                            throw;
                        // Common codes DismissRoom documents.
                        case CommonErrorCodes.InternalError: // Internal error.
                            throw;
                        default:
                            throw;
                    }
                }
        """;

    [Fact]
    public async Task Wraps_a_synchronous_call_in_a_handler_over_the_codes_its_action_documents()
    {
        var output = await ApplyAsync(Trtc("trtc.$$DismissRoomSync(new DismissRoomRequest());"));

        var expected = Trtc("try\n        {\n            trtc.DismissRoomSync(new DismissRoomRequest());\n        }\n" + DismissRoomHandler.TrimEnd())
            .Replace("using TencentCloud.Common;\n", "using TencentCloud.Common;\nusing TencentCloud.ErrorCodes;\n");
        Assert.Equal(expected, output);
        await AssertCompilesAndTripsNoRuleAsync(output!);
    }

    [Fact]
    public async Task Awaited_call_keeps_the_statements_that_use_its_result_in_the_try_and_logs_the_request_id()
    {
        var output = await ApplyAsync(Class("var response = await client.$$SendSms(request);\n        return response.RequestId;"));

        Assert.NotNull(output);
        Assert.Contains("try\n        {\n            var response = await client.SendSms(request);\n            return response.RequestId;\n        }\n        catch (TencentCloudSDKException ex)\n", output);
        Assert.Contains("logger.LogError(ex, \"SendSms failed: {ErrorCode} (RequestId: {RequestId})\", ex.ErrorCode, ex.RequestId);", output);
        Assert.Contains("case SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage: // The package balance is insufficient. Please purchase an SMS package.", output);

        // Every code SendSms documents, once, as a constant; RequestLimitExceeded first; everything rethrows.
        Assert.True(KnownErrorCodes.TryGet("RequestLimitExceeded", out _));
        var documented = KnownErrorCodes.CodesOfAction("Sms", "v20210111", "SendSms");
        var labels = output!.Split('\n').Where(l => l.TrimStart().StartsWith("case ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        Assert.StartsWith("case CommonErrorCodes.RequestLimitExceeded:", labels[0]);
        Assert.Equal(documented.Count + (documented.Contains("RequestLimitExceeded") ? 0 : 1), labels.Count);
        Assert.All(documented, code => Assert.Single(labels, l => l.StartsWith("case ", StringComparison.Ordinal) && l.Contains("." + code.Replace('.', '_') + ":", StringComparison.Ordinal)));
        Assert.DoesNotContain(labels, l => l.Contains('"'));
        Assert.Equal(4, output.Split('\n').Count(l => l.Trim() == "throw;"));
        await AssertCompilesAndTripsNoRuleAsync(output);
    }

    [Theory]
    [InlineData("await client.$$SendSms(request).ConfigureAwait(false);\n        return \"sent\";")]
    [InlineData("var sent = (await client.$$SendSms(request)).RequestId;\n        return sent;")]
    [InlineData("client.SendSms$$Sync(request);\n        return \"sent\";")]
    public async Task Offered_where_the_call_throws_the_sdk_exception_itself(string body)
    {
        var output = await ApplyAsync(Class(body));

        Assert.NotNull(output);
        Assert.Contains("catch (TencentCloudSDKException ex)", output);
        await AssertCompilesAndTripsNoRuleAsync(output!);
    }

    [Theory]
    [InlineData("var task = client.$$SendSms(request);\n        return (await task).RequestId;")]
    [InlineData("return client.$$SendSms(request).Result.RequestId;")]
    [InlineData("Func<Task> later = () => client.$$SendSms(request);\n        await later();\n        return \"sent\";")]
    [InlineData("Console.$$WriteLine(\"x\");\n        return await Task.FromResult(\"sent\");")]
    [InlineData("try\n        {\n            await client.$$SendSms(request);\n        }\n        catch (TencentCloudSDKException e)\n        {\n            logger.LogError(e, \"failed {RequestId}\", e.RequestId);\n            throw;\n        }\n        return \"sent\";")]
    public async Task Not_offered_where_a_handler_around_the_statement_would_not_catch_or_one_already_does(string body)
    {
        Assert.Null(await ApplyAsync(Class(body)));
    }

    [Fact]
    public async Task Not_offered_on_an_expression_bodied_member()
    {
        Assert.Null(await ApplyAsync(Class(string.Empty).Replace("public async Task<string> SendAsync(SendSmsRequest request)\n    {\n        \n    }", "public Task Send(SendSmsRequest request) => client.$$SendSms(request);")));
    }

    [Fact]
    public async Task Joins_an_enclosing_try_before_its_catch_of_exception()
    {
        const string body = """
            try
                    {
                        await client.$$SendSms(request);
                        return "sent";
                    }
                    catch (TencentCloudSDKException e) when (e.ErrorCode == CommonErrorCodes.InternalError)
                    {
                        logger.LogWarning(e, "Retry later (RequestId: {RequestId})", e.RequestId);
                        throw;
                    }
                    catch (Exception e)
                    {
                        logger.LogError(e, "Sending failed");
                        throw;
                    }
            """;
        var output = await ApplyAsync(Class(body).Replace("using TencentCloud.Common;\n", "using TencentCloud.Common;\nusing TencentCloud.ErrorCodes;\n"));

        Assert.NotNull(output);
        var filtered = output!.IndexOf("when (e.ErrorCode == CommonErrorCodes.InternalError)", StringComparison.Ordinal);
        var added = output.IndexOf("catch (TencentCloudSDKException ex)", StringComparison.Ordinal);
        var general = output.IndexOf("catch (Exception e)", StringComparison.Ordinal);
        Assert.True(filtered < added && added < general, output);
        Assert.Single(output.Split('\n'), l => l.Trim() == "try");
        await AssertCompilesAndTripsNoRuleAsync(output);
    }

    [Fact]
    public async Task Logs_with_a_serilog_logger()
    {
        var output = await ApplyAsync(Class("await client.$$SendSms(request);\n        return \"sent\";", logger: "Serilog.ILogger").Replace("using Microsoft.Extensions.Logging;\n", string.Empty));

        Assert.Contains("logger.Error(ex, \"SendSms failed: {ErrorCode} (RequestId: {RequestId})\", ex.ErrorCode, ex.RequestId);", output);
        await AssertCompilesAndTripsNoRuleAsync(output!);
    }

    [Fact]
    public async Task No_log_call_without_a_logger_in_reach()
    {
        var output = await ApplyAsync(Class("await client.$$SendSms(request);\n        return \"sent\";", signature: "public static async Task<string> SendAsync(SmsClient client, SendSmsRequest request)"));

        Assert.NotNull(output);
        Assert.DoesNotContain("logger.", output);
        await AssertCompilesAndTripsNoRuleAsync(output!);
    }

    [Fact]
    public async Task Names_the_variable_clear_of_the_names_in_scope()
    {
        var output = await ApplyAsync(Class("var ex = \"shadow\";\n        client.$$SendSmsSync(request);\n        return ex;"));

        Assert.Contains("catch (TencentCloudSDKException exception)", output);
        Assert.Contains("exception.RequestId", output);
        await AssertCompilesAndTripsNoRuleAsync(output!);
    }

    [Fact]
    public async Task Not_offered_for_an_action_the_documentation_lists_no_code_for()
    {
        const string source = """
            using System.Threading.Tasks;
            using TencentCloud.Common;

            namespace TencentCloud.Sms.V20210111
            {
                public class SmsPreviewClient : AbstractClient
                {
                    public SmsPreviewClient() : base("sms", "2021-01-11", new Credential(), "", new TencentCloud.Common.Profile.ClientProfile()) { }

                    public Task PreviewSms() => Task.CompletedTask;
                }
            }

            public class Preview
            {
                public async Task Run(TencentCloud.Sms.V20210111.SmsPreviewClient client)
                {
                    await client.$$PreviewSms();
                }
            }
            """;
        Assert.Null(await ApplyAsync(source));
    }

    /// <summary>The refactored code builds, and no rule of the package reports anything in it.</summary>
    private static async Task AssertCompilesAndTripsNoRuleAsync(string source)
    {
        var document = await RobustnessHarness.CreateDocumentAsync(source, LanguageVersion.CSharp12);
        var compilation = (await document.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await RobustnessHarness.AnalyzeAsync(document, concurrent: true, "refactored");
        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics) + "\n" + source);
    }

    internal static string Trtc(string body) => $$"""
        using TencentCloud.Common;
        using TencentCloud.Trtc.V20190722;
        using TencentCloud.Trtc.V20190722.Models;

        public class Rooms
        {
            private readonly TrtcClient trtc = new TrtcClient(new Credential(), "ap-guangzhou");

            public void Dismiss()
            {
                {{body}}
            }
        }
        """;

    /// <summary>Applies the refactoring at <c>$$</c> through a workspace, as the IDE does; null when none is offered.</summary>
    internal static async Task<string?> ApplyAsync(string markedSource)
    {
        var position = markedSource.IndexOf("$$", StringComparison.Ordinal);
        var document = await RobustnessHarness.CreateDocumentAsync(markedSource.Remove(position, 2), LanguageVersion.CSharp12);
        var actions = new List<CodeAction>();
        await new HandleErrorCodesRefactoring().ComputeRefactoringsAsync(
            new CodeRefactoringContext(document, new TextSpan(position, 0), actions.Add, CancellationToken.None));
        if (actions.Count == 0)
        {
            return null;
        }

        var operations = await actions.Single().GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        return (await changed.GetTextAsync()).ToString();
    }

    internal static string Class(string body, string signature = "public async Task<string> SendAsync(SendSmsRequest request)", string logger = "ILogger<Notifier>") => $$"""
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using TencentCloud.Common;
        using TencentCloud.Sms.V20210111;
        using TencentCloud.Sms.V20210111.Models;

        public class Notifier
        {
            private readonly SmsClient client;
            private readonly {{logger}} logger;

            public Notifier(SmsClient client, {{logger}} logger)
            {
                this.client = client;
                this.logger = logger;
            }

            {{signature}}
            {
                {{body}}
            }
        }
        """;
}
