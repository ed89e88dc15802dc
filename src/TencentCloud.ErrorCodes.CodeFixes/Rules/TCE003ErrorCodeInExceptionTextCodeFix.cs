using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using TencentCloud.ErrorCodes.Analyzers;
using TencentCloud.ErrorCodes.Internal;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>TCE003: <c>ex.Message.Contains("X")</c> becomes <c>ex.ErrorCode == Class.X</c> (<c>!=</c> when the search was negated).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TCE003ErrorCodeInExceptionTextCodeFix)), Shared]
    public sealed class TCE003ErrorCodeInExceptionTextCodeFix : CatalogCodeFix
    {
        public const string EquivalenceKey = RuleIds.ErrorCodeInExceptionText;

        public TCE003ErrorCodeInExceptionTextCodeFix()
            : base(RuleIds.ErrorCodeInExceptionText)
        {
        }

        private protected override void RegisterFixes(CodeFixContext context, SyntaxNode root, Compilation compilation, Diagnostic diagnostic)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(TCE003ErrorCodeInExceptionTextAnalyzer.OperatorProperty, out var @operator) || @operator is null
                || !properties.TryGetValue(ConstantChoice.CodeProperty, out var code) || code is null
                || !properties.TryGetValue(ConstantChoice.ClassesProperty, out var classes) || string.IsNullOrEmpty(classes)
                || diagnostic.AdditionalLocations.Count < 2)
            {
                return;
            }

            var exception = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) as ExpressionSyntax;
            var replaced = root.FindNode(diagnostic.AdditionalLocations[1].SourceSpan, getInnermostNodeForTie: true) as ExpressionSyntax;
            var className = classes!.Split(ConstantChoice.Separator)[0];
            if (exception is null || replaced is null || !CatalogConstants.Exists(compilation, className, code))
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Compare ErrorCode with " + className + "." + CatalogNaming.ConstantName(code),
                    ct => CatalogConstants.ReplaceAsync(context.Document, replaced, Comparison(exception, @operator, className, code), ct),
                    EquivalenceKey),
                diagnostic);
        }

        private static ExpressionSyntax Comparison(ExpressionSyntax exception, string @operator, string className, string code)
        {
            var errorCode = SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                exception.WithoutTrivia(),
                SyntaxFactory.IdentifierName(TencentCloudContext.ErrorCodePropertyName));
            var comparison = SyntaxFactory.BinaryExpression(
                @operator == "!=" ? SyntaxKind.NotEqualsExpression : SyntaxKind.EqualsExpression,
                errorCode,
                CatalogConstants.Reference(className, code));

            // The simplifier drops the parentheses wherever the context does not need them.
            return SyntaxFactory.ParenthesizedExpression(comparison).WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        }
    }
}
