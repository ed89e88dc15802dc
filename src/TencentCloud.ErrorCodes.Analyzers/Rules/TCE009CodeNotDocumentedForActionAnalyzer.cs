using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// TCE009: a code of the called product compared around SDK calls, none of which documents it. The documentation is
    /// not the service, so this is a hint (Info): the branch is dead unless the documentation is incomplete.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TCE009CodeNotDocumentedForActionAnalyzer : ProductCodeAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TCE009_CodeNotDocumentedForAction);

        private protected override void Check(OperationContext c, IOperation constant, string code, KnownErrorCode known, CalledSdkActions called)
        {
            if (!known.Products.Any(called.Products.Contains))
            {
                return;
            }

            // An action the table does not know (null) may document anything: only a table that lists every called
            // action, and the code for none of them, says the branch is dead.
            foreach (var action in called.Actions)
            {
                if (KnownErrorCodes.ActionDocuments(action.Product, action.ApiVersion, action.Action, known) != false)
                {
                    return;
                }
            }

            c.ReportDiagnostic(Diagnostic.Create(
                Descriptors.TCE009_CodeNotDocumentedForAction,
                constant.Syntax.GetLocation(),
                code,
                CalledSdkActions.List(called.Actions.Select(a => a.Action).Distinct().ToList(), "or", "actions")));
        }
    }
}
