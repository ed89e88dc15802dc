using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TencentCloud.ErrorCodes.Analyzers;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>
    /// TCE010: a template logger gets the caught exception as its exception argument (<c>LogError(ex, "…", …)</c>), whose
    /// text the SDK starts with the RequestId; other log calls get <c>(ex as TencentCloudSDKException)?.RequestId</c>
    /// in their own idiom, as TCE004's fix adds it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TCE010BaseHandlerLosesRequestIdCodeFix))]
    public sealed class TCE010BaseHandlerLosesRequestIdCodeFix : TencentCloudCodeFix
    {
        /// <summary>The equivalence key of the fix a batch applies (Fix All, <c>dotnet format</c>): the rule id.</summary>
        public const string EquivalenceKey = RuleIds.BaseHandlerLosesRequestId;

        /// <summary>Creates the provider; the IDE and <c>dotnet format</c> find it through its export.</summary>
        public TCE010BaseHandlerLosesRequestIdCodeFix()
            : base(RuleIds.BaseHandlerLosesRequestId)
        {
        }

        private protected override IEnumerable<FixOffer> GetOffers(FixContext context, Diagnostic diagnostic)
        {
            if (!CaughtException.TryFindLogCall(context, diagnostic, out var call, out var target, out var shape))
            {
                yield break;
            }

            if (shape == TCE010BaseHandlerLosesRequestIdAnalyzer.ExceptionArgumentShape)
            {
                yield return FixOffer.Batch("Log the exception", editor =>
                {
                    if (CaughtException.Name(editor, call, diagnostic.Properties) is { } name && target.FirstAncestorOrSelf<ArgumentSyntax>() is { } message)
                    {
                        var at = call.ArgumentList.Arguments.IndexOf(message);
                        editor.ReplaceNode(call.ArgumentList, CaughtException.Insert(call.ArgumentList, at, SyntaxFactory.Argument(SyntaxFactory.IdentifierName(name))));
                    }
                });
                yield break;
            }

            yield return FixOffer.Batch("Log the RequestId of a Tencent Cloud failure", editor =>
            {
                if (CaughtException.Name(editor, call, diagnostic.Properties) is { } name)
                {
                    RequestIdInLogCall.Add(editor, call, target, shape, ShortenedTypes.SdkMember(name, TencentCloudContext.RequestIdPropertyName));
                }
            });
        }
    }
}
