using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// The retry predicates TCE006 judges as one dispatch: methods named like <c>IsTransient</c> that return a bool, and
    /// lambdas given to Polly's <c>Handle</c>/<c>Or</c>. Code inside one is judged with the predicate, not on its own.
    /// </summary>
    internal static class TCE006RetryPredicates
    {
        /// <summary>The boolean expression a predicate returns: its expression body, or the only <c>return</c> of its block.</summary>
        internal static ExpressionSyntax? Body(ExpressionSyntax? expressionBody, BlockSyntax? block)
        {
            if (expressionBody is not null)
            {
                return expressionBody;
            }

            return block is { Statements.Count: 1 } && block.Statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null;
        }

        internal static bool IsPredicateName(string name)
        {
            foreach (var prefix in SyntaxSignalScanner.RetryPredicatePrefixes)
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A lambda given to Polly's <c>Policy.Handle&lt;T&gt;</c>, <c>Or&lt;T&gt;</c>, or <c>PredicateBuilder.Handle&lt;T&gt;</c>/<c>HandleResult</c>.</summary>
        internal static bool IsPollyPredicate(AnonymousFunctionExpressionSyntax syntax, IAnonymousFunctionOperation lambda)
        {
            if (!IsArgumentOfPredicateBuilder(syntax, out var invocationSyntax))
            {
                return false;
            }

            var invocation = lambda.SemanticModel?.GetOperation(invocationSyntax) as IInvocationOperation;
            var type = invocation?.TargetMethod.ContainingType;
            return type is not null
                && type.ContainingNamespace?.ToDisplayString() == "Polly"
                && type.Name is "Policy" or "PolicyBuilder" or "PredicateBuilder";
        }

        /// <summary>
        /// The syntax of a lambda given to <c>….Handle(…)</c>, <c>Or</c>, <c>HandleResult</c>, <c>OrResult</c>, <c>HandleInner</c> or
        /// <c>OrInner</c>: the cheap test before the symbol check, and the one test of "inside a predicate".
        /// </summary>
        internal static bool IsArgumentOfPredicateBuilder(AnonymousFunctionExpressionSyntax lambda, out InvocationExpressionSyntax invocation)
        {
            if (lambda.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax found }
                && found.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Handle" or "Or" or "HandleResult" or "OrResult" or "HandleInner" or "OrInner" })
            {
                invocation = found;
                return true;
            }

            invocation = null!;
            return false;
        }

        /// <summary>Code inside a retry predicate is judged as part of the predicate, once.</summary>
        internal static bool IsInsidePredicate(SyntaxNode node)
        {
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case MethodDeclarationSyntax method:
                        return IsPredicateName(method.Identifier.ValueText);
                    case LocalFunctionStatementSyntax localFunction when IsPredicateName(localFunction.Identifier.ValueText):
                        return true;
                    case AnonymousFunctionExpressionSyntax lambda when IsArgumentOfPredicateBuilder(lambda, out _):
                        return true;
                }
            }

            return false;
        }
    }
}
