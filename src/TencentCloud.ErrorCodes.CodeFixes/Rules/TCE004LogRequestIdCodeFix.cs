using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
        public const string EquivalenceKey = RuleIds.LogRequestId;

        public TCE004LogRequestIdCodeFix()
            : base(RuleIds.LogRequestId)
        {
        }

        private protected override IEnumerable<FixOffer> GetOffers(FixContext context, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(RequestIdFixProperties.Shape, out var shape) || shape is null
                || !CaughtException.CanReach(diagnostic.Properties) || diagnostic.AdditionalLocations.Count < 1
                || context.Find(diagnostic.Location).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } call
                || context.Find(diagnostic.AdditionalLocations[0]) is not ExpressionSyntax target)
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
