using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using TencentCloud.ErrorCodes.Analyzers;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>
    /// TCE007: <c>task.Result</c> / <c>task.Wait()</c> become <c>task.GetAwaiter().GetResult()</c>, which rethrows the SDK
    /// exception itself and keeps the code synchronous; in an <c>async</c> function <c>await task</c> is offered first.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TCE007BlockingWaitHidesSdkExceptionCodeFix))]
    public sealed class TCE007BlockingWaitHidesSdkExceptionCodeFix : TencentCloudCodeFix
    {
        /// <summary>The equivalence key of the fix a batch applies (Fix All, <c>dotnet format</c>): the rule id.</summary>
        public const string EquivalenceKey = RuleIds.BlockingWaitHidesSdkException;

        /// <summary>Creates the provider; the IDE and <c>dotnet format</c> find it through its export.</summary>
        public TCE007BlockingWaitHidesSdkExceptionCodeFix()
            : base(RuleIds.BlockingWaitHidesSdkException)
        {
        }

        private protected override IEnumerable<FixOffer> GetOffers(FixContext context, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(TCE007BlockingWaitHidesSdkExceptionAnalyzer.WaitProperty, out var wait)
                || context.Find(diagnostic.Location).Parent is not MemberAccessExpressionSyntax member)
            {
                yield break;
            }

            // task.Result is replaced as a member access; task.Wait() as the whole call.
            ExpressionSyntax replaced = wait == "Wait" && member.Parent is InvocationExpressionSyntax call ? call : member;
            var task = member.Expression.WithoutTrivia();
            var getResult = SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, task, SyntaxFactory.IdentifierName("GetAwaiter"))),
                SyntaxFactory.IdentifierName("GetResult")));
            var blocking = FixOffer.Batch("Use GetAwaiter().GetResult()", editor => editor.ReplaceNode(replaced, getResult.WithTriviaFrom(replaced)));
            if (!diagnostic.Properties.ContainsKey(TCE007BlockingWaitHidesSdkExceptionAnalyzer.AsyncProperty))
            {
                yield return blocking;
                yield break;
            }

            // In an async function 'await' is what the author would write; the synchronous form stays a choice.
            var awaited = SyntaxFactory.ParenthesizedExpression(
                    SyntaxFactory.AwaitExpression(SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space), task))
                .WithAdditionalAnnotations(Simplifier.Annotation);
            yield return FixOffer.Batch("Await the task", editor => editor.ReplaceNode(replaced, awaited.WithTriviaFrom(replaced)));
            yield return FixOffer.Choice(blocking.Title, editor => editor.ReplaceNode(replaced, getResult.WithTriviaFrom(replaced)));
        }
    }
}
