using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// The base of TCE008 and TCE009: both look at a product's code compared with an error code where every API action
    /// called around the comparison is known (<see cref="CalledSdkActions"/>), and differ only in what they report.
    /// </summary>
    public abstract class ProductCodeAnalyzer : TencentCloudAnalyzer
    {
        internal override ImmutableArray<string> OptionKeys { get; } = ImmutableArray.Create(ErrorCodeOptions.ErrorCodeMembersKey);

        internal override bool IsApplicable(TencentCloudContext tencentCloud) => tencentCloud.AbstractClient is not null;

        internal sealed override void Register(CompilationStartAnalysisContext context, TencentCloudContext tencentCloud) =>
            ErrorCodeComparisons.Register(context, tencentCloud, IsApplicable, (c, _, constant, code) =>
            {
                if (CalledSdkActions.TryGetForProductCode(constant, code, tencentCloud, c.CancellationToken, out var known, out var called))
                {
                    Check(c, constant, code, known, called);
                }
            });

        /// <summary>Reports what the rule finds for one candidate: <paramref name="code"/> (<paramref name="known"/>) compared around <paramref name="called"/>.</summary>
        private protected abstract void Check(OperationContext context, IOperation constant, string code, KnownErrorCode known, CalledSdkActions called);
    }
}
