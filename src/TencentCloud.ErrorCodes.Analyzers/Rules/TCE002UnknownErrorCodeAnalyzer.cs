using System;
using System.Collections.Generic;
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
        /// <summary>Diagnostic property: the suggested codes, best first, comma separated.</summary>
        internal const string SuggestionsProperty = "Suggestions";

        /// <summary>Diagnostic property: the class of each suggestion's constant, in the same order.</summary>
        internal const string SuggestionClassesProperty = "SuggestionClasses";

        /// <summary>Diagnostic property, present when the first suggestion is clearly the intended code: a batch may write it.</summary>
        internal const string ClearlyBestProperty = "ClearlyBest";

        internal const char Separator = ',';

        internal const int MaxSuggestions = 3;

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TCE002_UnknownErrorCode);

        internal override ImmutableArray<string> OptionKeys { get; } = ImmutableArray.Create(ErrorCodeOptions.ErrorCodeMembersKey, ErrorCodeOptions.AdditionalKnownCodesKey);

        internal override bool IsApplicable(TencentCloudContext tencentCloud) => true;

        internal override void Register(CompilationStartAnalysisContext context, TencentCloudContext tencentCloud) =>
            ErrorCodeComparisons.RegisterLiterals(context, tencentCloud, IsApplicable, static (c, options, literal, text) =>
            {
                if (string.IsNullOrWhiteSpace(text) || KnownErrorCodes.IsKnown(text) || options.AdditionalKnownCodes.Contains(text))
                {
                    return;
                }

                var productsInScope = literal.SemanticModel is null
                    ? Array.Empty<ISet<string>>()
                    : ClientProducts.InScope(literal.Syntax, literal.SemanticModel);
                var ranked = Rank(text, productsInScope, out var clearlyBest);
                var classes = ranked.Select(s => KnownErrorCodes.TryGet(s.Code, out var known) ? ConstantChoice.For(known, productsInScope).Classes[0] : string.Empty).ToList();

                // The message names every near code; the fix offers only those that would not duplicate a case.
                var siblings = ErrorCodeComparisons.SiblingConstants(literal);
                var fixable = Enumerable.Range(0, ranked.Count).Where(i => !siblings.Contains(ranked[i].Code)).ToList();
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(SuggestionsProperty, string.Join(Separator.ToString(), fixable.Select(i => ranked[i].Code)))
                    .Add(SuggestionClassesProperty, string.Join(Separator.ToString(), fixable.Select(i => classes[i])));
                if (clearlyBest && fixable.Count > 0 && fixable[0] == 0)
                {
                    properties = properties.Add(ClearlyBestProperty, "true");
                }

                var hint = ranked.Count == 0
                    ? string.Empty
                    : "; did you mean " + string.Join(" or ", ranked.Select((s, i) => "'" + s.Code + "' (" + ConstantChoice.Label(classes[i]) + ")")) + "?";
                c.ReportDiagnostic(Diagnostic.Create(Descriptors.TCE002_UnknownErrorCode, literal.Syntax.GetLocation(), properties, text, hint));
            });

        /// <summary>
        /// The suggestions, best first: codes of the products the code works with (nearest evidence first), then common
        /// codes, then the rest, each group nearest first. The first is clearly best when it is a product's or a common
        /// code and no other candidate is as near.
        /// </summary>
        internal static IReadOnlyList<Suggestion> Rank(string text, IReadOnlyList<ISet<string>> productsInScope, out bool clearlyBest)
        {
            var candidates = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var suggestion in TypoSuggestions.For(text))
            {
                candidates[suggestion.Code] = suggestion.Distance;
            }

            // A difference in case only is certain; other near codes of the product would only distract.
            var caseOnly = candidates.Values.Any(d => d == 0);
            if (!caseOnly)
            {
                foreach (var products in productsInScope)
                {
                    foreach (var product in products)
                    {
                        foreach (var code in KnownErrorCodes.CodesOf(product))
                        {
                            if (TypoSuggestions.NearProductCode(text, code) is { } distance
                                && (!candidates.TryGetValue(code, out var known) || distance < known))
                            {
                                candidates[code] = distance;
                            }
                        }
                    }
                }
            }

            var ranked = candidates
                .Select(pair => (Suggestion: new Suggestion(pair.Key, pair.Value), Group: Group(pair.Key, productsInScope)))
                .OrderBy(c => c.Group)
                .ThenBy(c => c.Suggestion, Comparer<Suggestion>.Create(TypoSuggestions.Compare))
                .ToList();
            clearlyBest = ranked.Count > 0
                && ranked[0].Group <= productsInScope.Count
                && ranked.Skip(1).All(c => c.Suggestion.Distance > ranked[0].Suggestion.Distance);
            return ranked.Take(MaxSuggestions).Select(c => c.Suggestion).ToList();
        }

        /// <summary>0.. for the products in scope (nearest evidence first), then common codes, then the rest.</summary>
        private static int Group(string code, IReadOnlyList<ISet<string>> productsInScope)
        {
            if (!KnownErrorCodes.TryGet(code, out var known))
            {
                return productsInScope.Count + 1;
            }

            for (var i = 0; i < productsInScope.Count; i++)
            {
                if (known.Products.Any(productsInScope[i].Contains))
                {
                    return i;
                }
            }

            return known.IsCommon ? productsInScope.Count : productsInScope.Count + 1;
        }
    }
}
