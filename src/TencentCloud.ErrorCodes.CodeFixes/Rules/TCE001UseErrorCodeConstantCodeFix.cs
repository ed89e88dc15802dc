using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TencentCloud.ErrorCodes.Analyzers;
using TencentCloud.ErrorCodes.Internal;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>
    /// TCE001: replaces the literal with the catalog constant. Where the product is clear (a common code, or the one
    /// product the code works with) that is the batch fix; otherwise each candidate class is a choice, labelled with its
    /// product, and Fix All leaves the literal alone.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TCE001UseErrorCodeConstantCodeFix))]
    public sealed class TCE001UseErrorCodeConstantCodeFix : TencentCloudCodeFix
    {
        /// <summary>The key of the batch fix (Fix All, <c>dotnet format</c>).</summary>
        /// <summary>The equivalence key of the fix a batch applies (Fix All, <c>dotnet format</c>): the rule id.</summary>
        public const string EquivalenceKey = RuleIds.UseErrorCodeConstant;

        /// <summary>Creates the provider; the IDE and <c>dotnet format</c> find it through its export.</summary>
        public TCE001UseErrorCodeConstantCodeFix()
            : base(RuleIds.UseErrorCodeConstant)
        {
        }

        private protected override IEnumerable<FixOffer> GetOffers(FixContext context, Diagnostic diagnostic)
        {
            if (!ConstantChoice.TryRead(diagnostic.Properties, out var code, out var classes, out var isUnambiguous))
            {
                yield break;
            }

            var literal = context.Find(diagnostic.Location);
            foreach (var className in classes)
            {
                if (!CatalogConstants.Exists(context.Compilation, className, code))
                {
                    continue;
                }

                var constant = className + "." + CatalogNaming.ConstantName(code);
                yield return isUnambiguous
                    ? FixOffer.Batch("Use " + constant, editor => CatalogConstants.Replace(editor, literal, className, code))
                    : FixOffer.Choice("Use " + constant + " (" + ConstantChoice.Label(className) + ")", editor => CatalogConstants.Replace(editor, literal, className, code));

                // Only the first class is ever unambiguous.
                isUnambiguous = false;
            }
        }
    }
}
