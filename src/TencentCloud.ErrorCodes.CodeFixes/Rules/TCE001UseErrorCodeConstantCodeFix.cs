using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using TencentCloud.ErrorCodes.Analyzers;
using TencentCloud.ErrorCodes.Internal;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>TCE001: replaces the literal with the catalog constant, one action per candidate class.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TCE001UseErrorCodeConstantCodeFix)), Shared]
    public sealed class TCE001UseErrorCodeConstantCodeFix : CatalogCodeFix
    {
        /// <summary>The first (best) action's key; FixAll with it gives every literal its own best class.</summary>
        public const string EquivalenceKey = RuleIds.UseErrorCodeConstant;

        public TCE001UseErrorCodeConstantCodeFix()
            : base(RuleIds.UseErrorCodeConstant)
        {
        }

        private protected override void RegisterFixes(CodeFixContext context, SyntaxNode root, Compilation compilation, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(ConstantChoice.CodeProperty, out var code) || code is null
                || !diagnostic.Properties.TryGetValue(ConstantChoice.ClassesProperty, out var classes) || string.IsNullOrEmpty(classes))
            {
                return;
            }

            var literal = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var first = true;
            foreach (var className in classes!.Split(ConstantChoice.Separator))
            {
                if (!CatalogConstants.Exists(compilation, className, code))
                {
                    continue;
                }

                var title = "Use " + className + "." + CatalogNaming.ConstantName(code);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        ct => CatalogConstants.ReplaceAsync(context.Document, literal, CatalogConstants.Reference(className, code), ct),
                        first ? EquivalenceKey : EquivalenceKey + "." + className),
                    diagnostic);
                first = false;
            }
        }
    }
}
