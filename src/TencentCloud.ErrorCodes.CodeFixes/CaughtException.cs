using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using TencentCloud.ErrorCodes.Analyzers;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>The caught SDK exception as the RequestId fixes refer to it; names the catch variable when there is none.</summary>
    internal static class CaughtException
    {
        private static readonly string[] Candidates = { "ex", "exception", "sdkException" };

        /// <summary>True when the diagnostic tells the fix how to reach the exception.</summary>
        internal static bool CanReach(ImmutableDictionary<string, string?> properties) =>
            properties.ContainsKey(RequestIdFixProperties.Variable) || properties.ContainsKey(RequestIdFixProperties.NameVariable);

        /// <summary>
        /// The log call a RequestId diagnostic (TCE004, TCE010) is on, the node of it the fix edits and how
        /// (<see cref="RequestIdFixProperties.Shape"/>); false when the diagnostic says no fix can reach the exception.
        /// </summary>
        internal static bool TryFindLogCall(FixContext context, Diagnostic diagnostic, out InvocationExpressionSyntax call, out ExpressionSyntax target, out string shape)
        {
            call = null!;
            target = null!;
            shape = string.Empty;
            if (!diagnostic.Properties.TryGetValue(RequestIdFixProperties.Shape, out var found) || found is null
                || !CanReach(diagnostic.Properties) || diagnostic.AdditionalLocations.Count < 1
                || context.Find(diagnostic.Location).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } foundCall
                || context.Find(diagnostic.AdditionalLocations[0]) is not ExpressionSyntax foundTarget)
            {
                return false;
            }

            (call, target, shape) = (foundCall, foundTarget, found);
            return true;
        }

        /// <summary>The variable to read <c>RequestId</c> from; when the catch has none, declares one (a name free in the handler) through <paramref name="editor"/>.</summary>
        internal static string? Name(DocumentEditor editor, SyntaxNode node, ImmutableDictionary<string, string?> properties)
        {
            if (properties.TryGetValue(RequestIdFixProperties.Variable, out var name) && name is not null)
            {
                return name;
            }

            var clause = node.FirstAncestorOrSelf<CatchClauseSyntax>();
            if (!properties.ContainsKey(RequestIdFixProperties.NameVariable) || clause?.Declaration is not { } declaration || !declaration.Identifier.IsKind(SyntaxKind.None))
            {
                return null;
            }

            // Every fix in the handler computes the same name from the original tree, and only the first one names the
            // variable: a batch may fix several throws of one handler.
            name = FreeName(editor.SemanticModel, clause.Block.SpanStart, clause);
            var identifier = SyntaxFactory.Identifier(name).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(declaration.Type.GetTrailingTrivia());
            editor.ReplaceNode(declaration, (current, _) => current is CatchDeclarationSyntax unnamed && unnamed.Identifier.IsKind(SyntaxKind.None)
                ? unnamed.WithType(unnamed.Type.WithoutTrailingTrivia()).WithIdentifier(identifier)
                : current);
            return name;
        }

        /// <summary><c>name.RequestId</c>.</summary>
        internal static ExpressionSyntax RequestId(string name) =>
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.IdentifierName(name),
                SyntaxFactory.IdentifierName(TencentCloudContext.RequestIdPropertyName));

        /// <summary>The argument list with <paramref name="argument"/> added last, after a comma and a space.</summary>
        internal static ArgumentListSyntax Append(ArgumentListSyntax list, ArgumentSyntax argument) => Insert(list, list.Arguments.Count, argument);

        /// <summary>The argument list with <paramref name="argument"/> at <paramref name="index"/>, separated by a comma and a space.</summary>
        internal static ArgumentListSyntax Insert(ArgumentListSyntax list, int index, ArgumentSyntax argument)
        {
            var arguments = new List<ArgumentSyntax>(list.Arguments);
            arguments.Insert(index, argument);
            var separators = new List<SyntaxToken>(list.Arguments.GetSeparators());
            var comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
            separators.Insert(System.Math.Min(index, separators.Count), comma);
            while (separators.Count >= arguments.Count)
            {
                separators.RemoveAt(separators.Count - 1);
            }

            return list.WithArguments(SyntaxFactory.SeparatedList(arguments, separators));
        }

        /// <summary>A name for a catch variable that nothing in scope at <paramref name="position"/>, nor in <paramref name="scope"/>, declares.</summary>
        internal static string FreeName(SemanticModel model, int position, SyntaxNode scope)
        {
            for (var suffix = 0; ; suffix++)
            {
                foreach (var candidate in Candidates)
                {
                    var name = suffix == 0 ? candidate : candidate + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (model.LookupSymbols(position, name: name).IsEmpty && !DeclaredInside(scope, name))
                    {
                        return name;
                    }
                }
            }
        }

        // A local of the same name declared in the scope (a handler and its filter) would clash with the new variable.
        private static bool DeclaredInside(SyntaxNode scope, string name)
        {
            foreach (var token in scope.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
