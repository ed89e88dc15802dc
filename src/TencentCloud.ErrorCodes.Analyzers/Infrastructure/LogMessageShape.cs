using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// How a fix can add a RequestId to a log call's message, read from the call: the diagnostic property contract
    /// between the RequestId rules (TCE004, TCE010) and <c>RequestIdInLogCall</c> in the fixes.
    /// </summary>
    internal static class LogMessageShape
    {
        /// <summary>Shape: append a hole to the message template and the RequestId as the last argument.</summary>
        internal const string TemplateShape = "Template";

        /// <summary>Shape: append a <c>{n}</c> hole to the composite format and the RequestId as the last argument.</summary>
        internal const string FormatShape = "Format";

        /// <summary>Shape: the message is text, not a template (<c>LogError(ex.Message)</c>): make it a value of a template with the RequestId.</summary>
        internal const string ValueTemplateShape = "ValueTemplate";

        /// <summary>Shape: add <c>{ex.RequestId}</c> to the interpolated string.</summary>
        internal const string InterpolationShape = "Interpolation";

        /// <summary>Shape: concatenate the RequestId.</summary>
        internal const string ConcatenationShape = "Concatenation";

        /// <summary>Shape: turn the literal into an interpolated string with the RequestId.</summary>
        internal const string TextShape = "Text";

        /// <summary>Shape: pass the RequestId to the <c>[LoggerMessage]</c> method's RequestId parameter.</summary>
        internal const string ParameterShape = "Parameter";

        /// <summary>The node the fix edits and how, or null when the call has no shape the fix can extend faithfully.</summary>
        internal static IOperation? FixTarget(IInvocationOperation call, LogCallKind kind, out string shape)
        {
            shape = string.Empty;
            if (kind == LogCallKind.Generated)
            {
                var parameter = RequestIdParameter(call);
                shape = parameter is null ? string.Empty : ParameterShape;
                return parameter;
            }

            if (MessageArgument(call) is not { } message || message.Value.Unwrap() is not { } value || MessageShape(call, kind, message, value) is not { } found)
            {
                return null;
            }

            shape = found;
            return value;
        }

        /// <summary>The value given to a <c>[LoggerMessage]</c> method's <c>requestId</c> string parameter, or null.</summary>
        private static IOperation? RequestIdParameter(IInvocationOperation call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter
                    && string.Equals(parameter.Name, "requestId", System.StringComparison.OrdinalIgnoreCase)
                    && argument.Syntax is ArgumentSyntax)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        /// <summary>How the message <paramref name="value"/> can take the RequestId, or null when no edit keeps it faithful.</summary>
        private static string? MessageShape(IInvocationOperation call, LogCallKind kind, IArgumentOperation message, IOperation value) => value switch
        {
            IInterpolatedStringOperation when value.Syntax is InterpolatedStringExpressionSyntax interpolated
                && interpolated.StringStartToken.Kind() is SyntaxKind.InterpolatedStringStartToken or SyntaxKind.InterpolatedVerbatimStringStartToken => InterpolationShape,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } => ConcatenationShape,
            ILiteralOperation { ConstantValue.Value: string } when IsPlainStringLiteral(value.Syntax) => kind switch
            {
                LogCallKind.Template => CanAppendArgument(call) ? TemplateShape : null,
                LogCallKind.Format => CanAppendArgument(call) ? FormatShape : null,
                _ => TextShape,
            },

            // Text computed at run time (ex.Message, a local): a template library gets it as a value, the others a concatenation.
            { Type.SpecialType: SpecialType.System_String, ConstantValue.HasValue: false } when IsLastArgument(call, message) =>
                kind != LogCallKind.Template ? ConcatenationShape : CanAppendArgument(call) ? ValueTemplateShape : null,
            _ => null,
        };

        /// <summary>A regular or verbatim <c>"…"</c> literal: not a raw string literal, whose quotes a fix cannot extend the same way.</summary>
        private static bool IsPlainStringLiteral(SyntaxNode syntax) =>
            syntax is LiteralExpressionSyntax literal
            && literal.Token.IsKind(SyntaxKind.StringLiteralToken) && literal.Token.Text.EndsWith("\"", System.StringComparison.Ordinal)
            && !literal.Token.Text.StartsWith("\"\"\"", System.StringComparison.Ordinal);

        /// <summary>The message argument: the parameter named like one, else the first string argument.</summary>
        private static IArgumentOperation? MessageArgument(IInvocationOperation call)
        {
            IArgumentOperation? firstString = null;
            foreach (var argument in call.Arguments)
            {
                if (argument.IsImplicit || argument.Syntax is not ArgumentSyntax || argument.Parameter is null)
                {
                    continue;
                }

                if (argument.Parameter.Name is "message" or "messageTemplate" or "format" or "value" or "msg"
                    && argument.Parameter.Type.SpecialType is SpecialType.System_String or SpecialType.System_Object)
                {
                    return argument;
                }

                if (firstString is null && argument.Value.Unwrap()?.Type?.SpecialType == SpecialType.System_String)
                {
                    firstString = argument;
                }
            }

            return firstString;
        }

        /// <summary>True when no explicit argument follows the message: nothing else is formatted into it.</summary>
        private static bool IsLastArgument(IInvocationOperation call, IArgumentOperation message)
        {
            var messageEnd = message.Syntax.Span.End;
            foreach (var argument in call.Arguments)
            {
                if (argument.Syntax is ArgumentSyntax && !argument.IsImplicit && argument.Syntax.SpanStart > messageEnd)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>An extra positional argument binds to the template's values: no named arguments, no explicit params array.</summary>
        private static bool CanAppendArgument(IInvocationOperation call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Syntax is ArgumentSyntax { NameColon: not null })
                {
                    return false;
                }

                if (argument.Parameter?.IsParams == true && argument.ArgumentKind == ArgumentKind.Explicit)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
