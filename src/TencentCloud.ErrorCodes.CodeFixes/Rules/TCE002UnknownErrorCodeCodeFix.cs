using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TencentCloud.ErrorCodes.Analyzers;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>
    /// TCE002: replaces the misspelt literal with the constant of a suggested code, one action per suggestion, each
    /// labelled with its product. Only a clearly best suggestion is a batch fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TCE002UnknownErrorCodeCodeFix))]
    public sealed class TCE002UnknownErrorCodeCodeFix : TencentCloudCodeFix
    {
        /// <summary>The key of the batch fix (Fix All, <c>dotnet format</c>).</summary>
        /// <summary>The equivalence key of the fix a batch applies (Fix All, <c>dotnet format</c>): the rule id.</summary>
        public const string EquivalenceKey = RuleIds.UnknownErrorCode;

        /// <summary>Creates the provider; the IDE and <c>dotnet format</c> find it through its export.</summary>
        public TCE002UnknownErrorCodeCodeFix()
            : base(RuleIds.UnknownErrorCode)
        {
        }

        private protected override IEnumerable<FixOffer> GetOffers(FixContext context, Diagnostic diagnostic)
        {
            diagnostic.Properties.TryGetValue(TCE002UnknownErrorCodeAnalyzer.SuggestionsProperty, out var suggestionText);
            diagnostic.Properties.TryGetValue(TCE002UnknownErrorCodeAnalyzer.SuggestionClassesProperty, out var classText);
            if (string.IsNullOrEmpty(suggestionText) || string.IsNullOrEmpty(classText))
            {
                yield break;
            }

            var suggestions = suggestionText!.Split(TCE002UnknownErrorCodeAnalyzer.Separator);
            var classes = classText!.Split(TCE002UnknownErrorCodeAnalyzer.Separator);
            var literal = context.Find(diagnostic.Location);
            var clearlyBest = diagnostic.Properties.ContainsKey(TCE002UnknownErrorCodeAnalyzer.ClearlyBestProperty);
            for (var i = 0; i < suggestions.Length && i < classes.Length; i++)
            {
                var code = suggestions[i];
                var className = classes[i];
                if (!CatalogConstants.Exists(context.Compilation, className, code))
                {
                    continue;
                }

                var title = "Use '" + code + "' (" + ConstantChoice.Label(className) + ")";
                yield return i == 0 && clearlyBest
                    ? FixOffer.Batch(title, editor => CatalogConstants.Replace(editor, literal, className, code))
                    : FixOffer.Choice(title, editor => CatalogConstants.Replace(editor, literal, className, code));
            }
        }
    }
}
