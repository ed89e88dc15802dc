using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using TencentCloud.ErrorCodes.Analyzers;
using TencentCloud.ErrorCodes.Internal;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>TCE003: <c>ex.Message.Contains("X")</c> becomes <c>ex.ErrorCode == Class.X</c> (<c>!=</c> when the search was negated).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TCE003ErrorCodeInExceptionTextCodeFix))]
    public sealed class TCE003ErrorCodeInExceptionTextCodeFix : TencentCloudCodeFix
    {
        /// <summary>The equivalence key of the fix a batch applies (Fix All, <c>dotnet format</c>): the rule id.</summary>
        public const string EquivalenceKey = RuleIds.ErrorCodeInExceptionText;

        /// <summary>Creates the provider; the IDE and <c>dotnet format</c> find it through its export.</summary>
        public TCE003ErrorCodeInExceptionTextCodeFix()
            : base(RuleIds.ErrorCodeInExceptionText)
        {
        }

        private protected override IEnumerable<FixOffer> GetOffers(FixContext context, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(TCE003ErrorCodeInExceptionTextAnalyzer.OperatorProperty, out var @operator) || @operator is null
                || !ConstantChoice.TryRead(diagnostic.Properties, out var code, out var classes, out var isUnambiguous)
                || diagnostic.AdditionalLocations.Count < 2
                || context.Find(diagnostic.AdditionalLocations[0]) is not ExpressionSyntax exception
                || context.Find(diagnostic.AdditionalLocations[1]) is not ExpressionSyntax replaced)
            {
                yield break;
            }

            foreach (var className in classes)
            {
                if (!CatalogConstants.Exists(context.Compilation, className, code))
                {
                    continue;
                }

                var title = "Compare ErrorCode with " + className + "." + CatalogNaming.ConstantName(code);
                var maybeSdk = diagnostic.Properties.ContainsKey(TCE003ErrorCodeInExceptionTextAnalyzer.MaybeSdkProperty);
                System.Action<DocumentEditor> apply = editor => editor.ReplaceNode(replaced, Comparison(exception, @operator, className, code, maybeSdk).WithTriviaFrom(replaced));
                yield return isUnambiguous ? FixOffer.Batch(title, apply) : FixOffer.Choice(title + " (" + ConstantChoice.Label(className) + ")", apply);
                isUnambiguous = false;
            }
        }

        /// <summary>
        /// <c>ex.ErrorCode == Class.Code</c>; for a value typed as a base of the SDK exception,
        /// <c>(e as TencentCloudSDKException)?.ErrorCode == Class.Code</c>, which is false for any other exception and
        /// declares no variable, so several rewrites in one condition cannot clash.
        /// </summary>
        private static ExpressionSyntax Comparison(ExpressionSyntax exception, string @operator, string className, string code, bool maybeSdk)
        {
            ExpressionSyntax errorCode = SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                exception.WithoutTrivia(),
                SyntaxFactory.IdentifierName(TencentCloudContext.ErrorCodePropertyName));
            if (maybeSdk)
            {
                errorCode = ShortenedTypes.SdkMember(exception.WithoutTrivia().ToFullString(), TencentCloudContext.ErrorCodePropertyName);
            }

            var comparison = SyntaxFactory.BinaryExpression(
                @operator == "!=" ? SyntaxKind.NotEqualsExpression : SyntaxKind.EqualsExpression,
                errorCode,
                CatalogConstants.Reference(className, code));

            // The simplifier drops the parentheses wherever the context does not need them.
            return SyntaxFactory.ParenthesizedExpression(comparison).WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        }
    }
}
