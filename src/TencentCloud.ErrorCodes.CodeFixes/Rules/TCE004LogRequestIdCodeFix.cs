using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TencentCloud.ErrorCodes.Analyzers;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>
    /// TCE004: adds the RequestId to the first log call of the handler, in the call's own idiom: a template hole and an
    /// argument, a <c>{n}</c> format item, an interpolation, a concatenation, or the <c>[LoggerMessage]</c> parameter.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TCE004LogRequestIdCodeFix))]
    public sealed class TCE004LogRequestIdCodeFix : TencentCloudCodeFix
    {
        /// <summary>The equivalence key of the fix a batch applies (Fix All, <c>dotnet format</c>): the rule id.</summary>
        public const string EquivalenceKey = RuleIds.LogRequestId;

        /// <summary>Creates the provider; the IDE and <c>dotnet format</c> find it through its export.</summary>
        public TCE004LogRequestIdCodeFix()
            : base(RuleIds.LogRequestId)
        {
        }

        private protected override IEnumerable<FixOffer> GetOffers(FixContext context, Diagnostic diagnostic)
        {
            if (!CaughtException.TryFindLogCall(context, diagnostic, out var call, out var target, out var shape))
            {
                yield break;
            }

            yield return FixOffer.Batch("Log the RequestId", editor =>
            {
                if (CaughtException.Name(editor, call, diagnostic.Properties) is { } name)
                {
                    RequestIdInLogCall.Add(editor, call, target, shape, CaughtException.RequestId(name));
                }
            });
        }
    }
}
