using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>
    /// Code written with <c>global::</c>-qualified type names, which the fix's last step shortens and imports
    /// (<see cref="FixedDocument"/>): the text stays exact, and the names bind to the SDK's and catalog's types whatever
    /// the file declares.
    /// </summary>
    internal static class ShortenedTypes
    {
        /// <summary>Parses <paramref name="text"/> and marks every <c>global::</c>-qualified name in it for shortening.</summary>
        internal static ExpressionSyntax ParseExpression(string text)
        {
            var parsed = SyntaxFactory.ParseExpression(text);
            return parsed.ReplaceNodes(
                parsed.DescendantNodesAndSelf().OfType<QualifiedNameSyntax>().Where(q => q.Parent is not QualifiedNameSyntax && q.ToString().StartsWith("global::", System.StringComparison.Ordinal)),
                (_, name) => name.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation));
        }

        /// <summary>
        /// Parses <paramref name="text"/> as a statement and marks every <c>global::</c>-qualified name and member access in
        /// it (<c>global::TencentCloud.ErrorCodes.SmsErrorCodes.X</c>) for shortening.
        /// </summary>
        internal static StatementSyntax ParseStatement(string text)
        {
            var parsed = SyntaxFactory.ParseStatement(text);
            var qualified = parsed.DescendantNodes()
                .Where(n => (n is QualifiedNameSyntax && n.Parent is not QualifiedNameSyntax)
                    || (n is MemberAccessExpressionSyntax && n.Parent is not MemberAccessExpressionSyntax and not InvocationExpressionSyntax))
                .Where(n => n.ToString().StartsWith("global::", System.StringComparison.Ordinal));
            return parsed.ReplaceNodes(qualified, (_, name) => name.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation));
        }

        /// <summary><c>(name as global::TencentCloud.Common.TencentCloudSDKException)?.Member</c>: the member of an SDK failure, null for any other exception.</summary>
        internal static ExpressionSyntax SdkMember(string exception, string member) =>
            ParseExpression("(" + exception + " as global::" + Analyzers.TencentCloudContext.SdkExceptionMetadataName + ")?." + member);
    }
}
