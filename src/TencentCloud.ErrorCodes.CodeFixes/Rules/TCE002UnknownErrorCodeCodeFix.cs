using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using TencentCloud.ErrorCodes.Analyzers;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>TCE002: replaces the misspelt literal with the constant of a suggested code, one action per suggestion.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TCE002UnknownErrorCodeCodeFix)), Shared]
    public sealed class TCE002UnknownErrorCodeCodeFix : CodeFixProvider
    {
        /// <summary>The nearest suggestion's key; later suggestions append their code.</summary>
        public const string EquivalenceKey = RuleIds.UnknownErrorCode;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnknownErrorCode);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                diagnostic.Properties.TryGetValue(TCE002UnknownErrorCodeAnalyzer.SuggestionsProperty, out var suggestionText);
                diagnostic.Properties.TryGetValue(TCE002UnknownErrorCodeAnalyzer.SuggestionClassesProperty, out var classText);
                if (string.IsNullOrEmpty(suggestionText) || string.IsNullOrEmpty(classText))
                {
                    continue;
                }

                var suggestions = suggestionText!.Split(',');
                var classes = classText!.Split(',');
                var literal = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                for (var i = 0; i < suggestions.Length && i < classes.Length; i++)
                {
                    var code = suggestions[i];
                    var className = classes[i];
                    if (!CatalogConstants.Exists(semanticModel.Compilation, className, code))
                    {
                        continue;
                    }

                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Use '" + code + "'",
                            ct => CatalogConstants.ReplaceAsync(context.Document, literal, CatalogConstants.Reference(className, code), ct),
                            i == 0 ? EquivalenceKey : EquivalenceKey + "." + code),
                        diagnostic);
                }
            }
        }
    }
}
