using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using TencentCloud.ErrorCodes.Analyzers;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>
    /// Adds a RequestId to a log call in the call's own idiom: a template hole and an argument, a <c>{n}</c> format item,
    /// an interpolation, a concatenation, a template for computed text, or the <c>[LoggerMessage]</c> parameter.
    /// Shared by the RequestId fixes (TCE004, TCE010), which differ only in the expression that reads the RequestId.
    /// </summary>
    internal static class RequestIdInLogCall
    {
        private const string Label = " (RequestId: ";

        // Template holes: {Name}, {@Name}, {Name:format}, {0}; '{{' is an escaped brace.
        private static readonly Regex Hole = new Regex(@"(?<!\{)\{([@$]?)([A-Za-z0-9_]+)([,:][^}]*)?\}", RegexOptions.CultureInvariant);

        /// <summary>Adds <paramref name="requestId"/> to the log call's message <paramref name="target"/> as <paramref name="shape"/> says.</summary>
        internal static void Add(DocumentEditor editor, InvocationExpressionSyntax call, ExpressionSyntax target, string shape, ExpressionSyntax requestId)
        {
            switch (shape)
            {
                case LogMessageShape.ParameterShape:
                    editor.ReplaceNode(target, requestId.WithTriviaFrom(target));
                    break;
                case LogMessageShape.TemplateShape:
                case LogMessageShape.FormatShape:
                    var literal = (LiteralExpressionSyntax)target;
                    var message = literal.Token.ValueText;
                    var valuesAfterMessage = ArgumentsAfter(call, target);
                    var hole = shape == LogMessageShape.FormatShape || OnlyPositionalHoles(message)
                        ? "{" + valuesAfterMessage.ToString(CultureInfo.InvariantCulture) + "}"
                        : "{" + FreeHoleName(message) + "}";
                    var withHole = call.ArgumentList.ReplaceNode(target, AppendToLiteral(literal, Label + hole + ")"));
                    editor.ReplaceNode(call.ArgumentList, CaughtException.Append(withHole, SyntaxFactory.Argument(requestId)));
                    break;
                case LogMessageShape.ValueTemplateShape:
                    // LogError(ex.Message) passes text as the template: it becomes a value of a template with the RequestId.
                    var valueHole = HoleFor(target);
                    var template = SyntaxFactory.LiteralExpression(
                        SyntaxKind.StringLiteralExpression,
                        SyntaxFactory.Literal("{" + valueHole + "}" + Label + "{" + (valueHole == "RequestId" ? "TencentCloudRequestId" : "RequestId") + "})"));
                    var withTemplate = call.ArgumentList.ReplaceNode(target, template.WithTriviaFrom(target));
                    withTemplate = CaughtException.Append(withTemplate, SyntaxFactory.Argument(target.WithoutTrivia()));
                    editor.ReplaceNode(call.ArgumentList, CaughtException.Append(withTemplate, SyntaxFactory.Argument(requestId)));
                    break;
                case LogMessageShape.InterpolationShape:
                    var interpolated = (InterpolatedStringExpressionSyntax)target;
                    var contents = interpolated.Contents
                        .Add(SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, Label, Label, default)))
                        .Add(SyntaxFactory.Interpolation(requestId))
                        .Add(SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, ")", ")", default)));
                    editor.ReplaceNode(target, interpolated.WithContents(contents));
                    break;
                case LogMessageShape.ConcatenationShape:
                    var left = target is BinaryExpressionSyntax or IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
                        or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax or LiteralExpressionSyntax
                        ? target.WithoutTrivia()
                        : SyntaxFactory.ParenthesizedExpression(target.WithoutTrivia());
                    var concatenated = ShortenedTypes.ParseExpression(left.ToFullString() + " + \"" + Label + "\" + " + requestId.ToFullString() + " + \")\"");
                    editor.ReplaceNode(target, concatenated.WithTriviaFrom(target));
                    break;
                case LogMessageShape.TextShape:
                    editor.ReplaceNode(target, ToInterpolation((LiteralExpressionSyntax)target, requestId).WithTriviaFrom(target));
                    break;
            }
        }

        /// <summary>A template hole named after the value: <c>ex.Message</c> is <c>{Message}</c>, <c>details</c> is <c>{Details}</c>.</summary>
        private static string HoleFor(ExpressionSyntax value)
        {
            var name = value switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                _ => string.Empty,
            };
            return name.Length == 0 ? "Message" : char.ToUpperInvariant(name[0]) + name.Substring(1);
        }

        private static ArgumentSyntax ArgumentOf(InvocationExpressionSyntax call, ExpressionSyntax target)
        {
            foreach (var argument in call.ArgumentList.Arguments)
            {
                if (argument.Expression == target)
                {
                    return argument;
                }
            }

            return target.FirstAncestorOrSelf<ArgumentSyntax>()!;
        }

        private static int ArgumentsAfter(InvocationExpressionSyntax call, ExpressionSyntax target) =>
            call.ArgumentList.Arguments.Count - call.ArgumentList.Arguments.IndexOf(ArgumentOf(call, target)) - 1;

        private static bool OnlyPositionalHoles(string template)
        {
            var any = false;
            foreach (Match match in Hole.Matches(template))
            {
                any = true;
                if (!int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    return false;
                }
            }

            return any;
        }

        private static string FreeHoleName(string template)
        {
            foreach (var candidate in new[] { "RequestId", "TencentCloudRequestId", "SdkRequestId" })
            {
                if (template.IndexOf("{" + candidate, System.StringComparison.OrdinalIgnoreCase) < 0
                    && template.IndexOf("{@" + candidate, System.StringComparison.OrdinalIgnoreCase) < 0)
                {
                    return candidate;
                }
            }

            return "RequestId" + template.Length.ToString(CultureInfo.InvariantCulture);
        }

        /// <summary>Inserts text before the closing quote; the text needs no escaping in a regular or verbatim literal.</summary>
        private static LiteralExpressionSyntax AppendToLiteral(LiteralExpressionSyntax literal, string text)
        {
            var token = literal.Token;
            var newText = token.Text.Substring(0, token.Text.Length - 1) + text + "\"";
            var newToken = SyntaxFactory.Token(token.LeadingTrivia, SyntaxKind.StringLiteralToken, newText, token.ValueText + text, token.TrailingTrivia);
            return literal.WithToken(newToken);
        }

        /// <summary><c>"failed"</c> becomes <c>$"failed (RequestId: {ex.RequestId})"</c>; braces are escaped, other escapes stay as written.</summary>
        private static ExpressionSyntax ToInterpolation(LiteralExpressionSyntax literal, ExpressionSyntax requestId)
        {
            var text = literal.Token.Text;
            var verbatim = text.StartsWith("@", System.StringComparison.Ordinal);
            var body = text.Substring(verbatim ? 2 : 1, text.Length - (verbatim ? 3 : 2)).Replace("{", "{{").Replace("}", "}}");
            return ShortenedTypes.ParseExpression((verbatim ? "$@\"" : "$\"") + body + Label + "{" + requestId.ToFullString() + "})\"");
        }
    }
}
