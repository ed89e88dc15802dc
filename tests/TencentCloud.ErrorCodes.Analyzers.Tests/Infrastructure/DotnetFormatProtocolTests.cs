using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using TencentCloud.ErrorCodes.Analyzers.Tests.Robustness;
using TencentCloud.ErrorCodes.CodeFixes;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Infrastructure;

/// <summary>
/// <c>dotnet format analyzers</c> asks the first diagnostic it holds (in no fixed order) for its first action, and runs
/// Fix All in solution scope with that action's equivalence key: null when that diagnostic has no fix. Whichever
/// diagnostic comes first, the run must fix every fixable one.
/// </summary>
public class DotnetFormatProtocolTests
{
    private const string Source = """
        using TencentCloud.Common;
        using TencentCloud.Sms.V20210111;

        class C
        {
            private readonly SmsClient client = null!;

            string M(TencentCloudSDKException e)
            {
                if (e.ErrorCode == "Completely.Unknown.Code.That.Resembles.Nothing") return "unknown";
                if (e.ErrorCode == "UnsupportedOperation.vpcmismatch") return "choice";
                if (e.ErrorCode == "RequestLimitExceed") return "throttled";
                if (e.ErrorCode == "internalerror") return "server";
                if (e.ErrorCode == "FailedOperation.PhoneNumberInBlacklst") return "blocked";
                return "other";
            }
        }
        """;

    [Fact]
    public async Task Every_first_diagnostic_leads_to_the_same_complete_fix()
    {
        var document = await RobustnessHarness.CreateDocumentAsync(Source, LanguageVersion.CSharp12);
        var diagnostics = (await RobustnessHarness.AnalyzeAsync(document, concurrent: true, "protocol")).Where(d => d.Id == RuleIds.UnknownErrorCode).ToImmutableArray();
        Assert.Equal(5, diagnostics.Length);

        var fixer = new TCE002UnknownErrorCodeCodeFix();
        var results = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<string?>();
        foreach (var first in diagnostics)
        {
            CodeAction? action = null;
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, CancellationToken.None));
            keys.Add(action?.EquivalenceKey);

            var context = new FixAllContext(document, fixer, FixAllScope.Solution, action?.EquivalenceKey!, new[] { first.Id }, new RobustnessHarness.FixedDiagnostics(diagnostics), CancellationToken.None);
            var fixAll = await fixer.GetFixAllProvider().GetFixAsync(context);
            Assert.NotNull(fixAll);
            var operations = await fixAll!.GetOperationsAsync(CancellationToken.None);
            var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
            results.Add((await changed.GetTextAsync()).ToString());
        }

        // The first diagnostics had no fix (null key), a choice only (null key) and a batch fix (the rule's key).
        Assert.Equal(new string?[] { null, TCE002UnknownErrorCodeCodeFix.EquivalenceKey }, keys.OrderBy(k => k));
        var result = Assert.Single(results);
        Assert.Contains("CommonErrorCodes.RequestLimitExceeded", result, StringComparison.Ordinal);
        Assert.Contains("CommonErrorCodes.InternalError", result, StringComparison.Ordinal);
        Assert.Contains("SmsErrorCodes.FailedOperation_PhoneNumberInBlacklist", result, StringComparison.Ordinal);
        Assert.Contains("\"Completely.Unknown.Code.That.Resembles.Nothing\"", result, StringComparison.Ordinal);
        Assert.Contains("\"UnsupportedOperation.vpcmismatch\"", result, StringComparison.Ordinal);
    }
}
