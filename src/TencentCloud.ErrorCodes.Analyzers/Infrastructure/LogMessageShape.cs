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
                foreach (var argument in call.Arguments)
                {
                    if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter
                        && string.Equals(parameter.Name, "requestId", System.StringComparison.OrdinalIgnoreCase)
                        && argument.Syntax is ArgumentSyntax)
                    {
                        shape = ParameterShape;
                        return argument.Value;
                    }
                }

                return null;
            }

            var message = MessageArgument(call);
            if (message is null)
            {
                return null;
            }

            var value = message.Value.Unwrap();
            switch (value)
            {
                case IInterpolatedStringOperation when value.Syntax is InterpolatedStringExpressionSyntax interpolated
                    && interpolated.StringStartToken.Kind() is SyntaxKind.InterpolatedStringStartToken or SyntaxKind.InterpolatedVerbatimStringStartToken:
                    shape = InterpolationShape;
                    return value;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }:
                    shape = ConcatenationShape;
                    return value;
                case ILiteralOperation { ConstantValue.Value: string } when value.Syntax is LiteralExpressionSyntax literal
                    && literal.Token.IsKind(SyntaxKind.StringLiteralToken) && literal.Token.Text.EndsWith("\"", System.StringComparison.Ordinal)
                    && !literal.Token.Text.StartsWith("\"\"\"", System.StringComparison.Ordinal):
                    if (kind is LogCallKind.Template or LogCallKind.Format)
                    {
                        if (!CanAppendArgument(call))
                        {
                            return null;
                        }

                        shape = kind == LogCallKind.Template ? TemplateShape : FormatShape;
                        return value;
                    }

                    shape = TextShape;
                    return value;
                case { Type.SpecialType: SpecialType.System_String, ConstantValue.HasValue: false } when IsLastArgument(call, message):
                    // Text computed at run time (ex.Message, a local): a template library gets it as a value, the others a concatenation.
                    if (kind == LogCallKind.Template)
                    {
                        if (!CanAppendArgument(call))
                        {
                            return null;
                        }

                        shape = ValueTemplateShape;
                        return value;
                    }

                    shape = ConcatenationShape;
                    return value;
                default:
                    return null;
            }
        }

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
