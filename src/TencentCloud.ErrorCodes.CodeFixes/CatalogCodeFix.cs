using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>The base of every fix: one rule, batch FixAll in every scope, the document's root and model fetched once.</summary>
    public abstract class CatalogCodeFix : CodeFixProvider
    {
        private protected CatalogCodeFix(string ruleId) => FixableDiagnosticIds = ImmutableArray.Create(ruleId);

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        public sealed override FixAllProvider GetFixAllProvider() => MergingFixAllProvider.Instance;

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                RegisterFixes(context, root, semanticModel.Compilation, diagnostic);
            }
        }

        private protected abstract void RegisterFixes(CodeFixContext context, SyntaxNode root, Compilation compilation, Diagnostic diagnostic);
    }
}
