using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
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
        public const string EquivalenceKey = RuleIds.BaseHandlerLosesRequestId;

        public TCE010BaseHandlerLosesRequestIdCodeFix()
            : base(RuleIds.BaseHandlerLosesRequestId)
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
                    RequestIdInLogCall.Add(editor, call, target, shape, SdkRequestId(name));
                }
            });
        }

        /// <summary><c>(ex as TencentCloudSDKException)?.RequestId</c>, with the type written in full for the simplifier.</summary>
        private static ExpressionSyntax SdkRequestId(string name)
        {
            var expression = SyntaxFactory.ParseExpression("(" + name + " as global::" + TencentCloudContext.SdkExceptionMetadataName + ")?." + TencentCloudContext.RequestIdPropertyName);
            var type = expression.DescendantNodes().OfType<QualifiedNameSyntax>().First(q => q.Parent is not QualifiedNameSyntax);
            return expression.ReplaceNode(type, type.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation));
        }
    }
}
