using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>TCE002: a string compared with an error-code source that no documentation lists.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TCE002UnknownErrorCodeAnalyzer : TencentCloudAnalyzer
    {
        /// <summary>Diagnostic property: the suggested codes, nearest first, comma separated.</summary>
        internal const string SuggestionsProperty = "Suggestions";

        /// <summary>Diagnostic property: the class of each suggestion's constant, in the same order.</summary>
        internal const string SuggestionClassesProperty = "SuggestionClasses";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TCE002_UnknownErrorCode);

        internal override bool IsApplicable(TencentCloudContext tencentCloud) => true;

        internal override void Register(CompilationStartAnalysisContext context, TencentCloudContext tencentCloud) =>
            ErrorCodeComparisons.Register(context, tencentCloud, static (c, options, literal, text) =>
            {
                if (string.IsNullOrWhiteSpace(text) || KnownErrorCodes.IsKnown(text) || options.AdditionalKnownCodes.Contains(text))
                {
                    return;
                }

                var suggestions = TypoSuggestions.For(text);

                // The message names every near code; the fix offers only those that would not duplicate a case.
                var siblings = ErrorCodeComparisons.SiblingConstants(literal);
                var fixable = suggestions.Where(s => !siblings.Contains(s)).ToList();
                var classes = fixable.Select(s =>
                {
                    KnownErrorCodes.TryGet(s, out var known);
                    return ConstantChoice.Classes(known, literal.Syntax, literal.SemanticModel)[0];
                });
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(SuggestionsProperty, string.Join(",", fixable))
                    .Add(SuggestionClassesProperty, string.Join(",", classes));
                var hint = suggestions.Count == 0
                    ? string.Empty
                    : "; did you mean " + string.Join(" or ", suggestions.Select(s => "'" + s + "'")) + "?";
                c.ReportDiagnostic(Diagnostic.Create(Descriptors.TCE002_UnknownErrorCode, literal.Syntax.GetLocation(), properties, text, hint));
            });
    }
}
