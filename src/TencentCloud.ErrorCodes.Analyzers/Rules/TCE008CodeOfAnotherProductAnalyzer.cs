using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// TCE008: an error code compared around SDK calls that only other products document. The called clients can never
    /// return it, so the branch never runs: usually a code copied from another product's handler.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TCE008CodeOfAnotherProductAnalyzer : ProductCodeAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TCE008_CodeOfAnotherProduct);

        private protected override void Check(OperationContext c, IOperation constant, string code, KnownErrorCode known, CalledSdkActions called)
        {
            if (known.Products.Any(called.Products.Contains))
            {
                return;
            }

            var products = known.Products.Count <= 3
                ? "a " + CalledSdkActions.List(known.Products, "or", "products") + " code"
                : "a code of " + CalledSdkActions.List(known.Products, "and", "products");
            c.ReportDiagnostic(Diagnostic.Create(
                Descriptors.TCE008_CodeOfAnotherProduct,
                constant.Syntax.GetLocation(),
                code,
                products,
                called.InTry ? "try" : "method",
                CalledSdkActions.List(called.Products.OrderBy(p => p, System.StringComparer.OrdinalIgnoreCase).ToList(), "and", "products")));
        }
    }
}
