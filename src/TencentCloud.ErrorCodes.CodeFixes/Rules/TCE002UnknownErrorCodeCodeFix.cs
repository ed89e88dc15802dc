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
    public sealed class TCE002UnknownErrorCodeCodeFix : CatalogCodeFix
    {
        /// <summary>The nearest suggestion's key; later suggestions append their code.</summary>
        public const string EquivalenceKey = RuleIds.UnknownErrorCode;

        public TCE002UnknownErrorCodeCodeFix()
            : base(RuleIds.UnknownErrorCode)
        {
        }

        private protected override void RegisterFixes(CodeFixContext context, SyntaxNode root, Compilation compilation, Diagnostic diagnostic)
        {
            diagnostic.Properties.TryGetValue(TCE002UnknownErrorCodeAnalyzer.SuggestionsProperty, out var suggestionText);
            diagnostic.Properties.TryGetValue(TCE002UnknownErrorCodeAnalyzer.SuggestionClassesProperty, out var classText);
            if (string.IsNullOrEmpty(suggestionText) || string.IsNullOrEmpty(classText))
            {
                return;
            }

            var suggestions = suggestionText!.Split(',');
            var classes = classText!.Split(',');
            var literal = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            for (var i = 0; i < suggestions.Length && i < classes.Length; i++)
            {
                var code = suggestions[i];
                var className = classes[i];
                if (!CatalogConstants.Exists(compilation, className, code))
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
