using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>TCE004: a handler of an SDK exception that logs it, does not rethrow, and never logs its RequestId.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TCE004LogRequestIdAnalyzer : TencentCloudAnalyzer
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

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TCE004_LogRequestId);

        internal override bool IsApplicable(TencentCloudContext tencentCloud) => tencentCloud.SdkException is not null;

        internal override void Register(CompilationStartAnalysisContext context, TencentCloudContext tencentCloud) =>
            context.RegisterOperationAction(c => Analyze(c, tencentCloud), OperationKind.CatchClause);

        private static void Analyze(OperationAnalysisContext context, TencentCloudContext tencentCloud)
        {
            var handler = SdkHandler.TryCreate((ICatchClauseOperation)context.Operation, tencentCloud);
            if (handler is null)
            {
                return;
            }

            var calls = handler.FindLogCalls();
            if (calls.Count == 0)
            {
                return;
            }

            foreach (var (call, _) in calls)
            {
                if (handler.LogsRequestId(call))
                {
                    return;
                }
            }

            // A log followed by a rethrow leaves the RequestId to whoever catches the exception; a log on a path that
            // does not rethrow (next to a 'case … throw;' for other codes) is the last word on the failure.
            var (first, kind) = calls.FirstOrDefault(call => !handler.RethrowsAfter(call.Call));
            if (first is null)
            {
                return;
            }

            var properties = RequestIdFixProperties.Create(handler);
            var target = FixTarget(first, kind, out var shape);
            Location[]? additional = null;
            if (properties is not null && target is not null)
            {
                properties.Add(RequestIdFixProperties.Shape, shape);
                additional = new[] { target.Syntax.GetLocation() };
            }

            var variable = handler.SdkLocal?.Name ?? (handler.Catch.ExceptionDeclarationOrExpression as IVariableDeclaratorOperation)?.Symbol.Name;
            var name = variable is null ? "its RequestId" : variable + ".RequestId";
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.TCE004_LogRequestId,
                first.Syntax.GetLocation(),
                additional,
                additional is null ? null : properties!.ToImmutable(),
                name,
                handler.Options.StructuredRequestId ? " as a value of its own (structured_request_id is on: the exception alone does not count)" : " or the exception itself"));
        }

        /// <summary>The node the fix edits and how, or null when the call has no shape the fix can extend faithfully.</summary>
        private static IOperation? FixTarget(IInvocationOperation call, LogCallKind kind, out string shape)
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

            var value = ErrorCodeSources.Unwrap(message.Value);
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

                if (firstString is null && ErrorCodeSources.Unwrap(argument.Value)?.Type?.SpecialType == SpecialType.System_String)
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
