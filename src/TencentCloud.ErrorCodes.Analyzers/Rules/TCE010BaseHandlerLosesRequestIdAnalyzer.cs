using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// TCE010: a catch of a base type of the SDK exception (<c>catch (Exception ex)</c>) around a direct SDK call that logs,
    /// does not rethrow, and logs neither the exception nor a RequestId: every SDK failure it catches loses its RequestId.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TCE010BaseHandlerLosesRequestIdAnalyzer : TencentCloudAnalyzer
    {
        /// <summary>Shape: pass the exception to the overload that takes one before the message (Microsoft.Extensions.Logging, Serilog, NLog).</summary>
        internal const string ExceptionArgumentShape = "ExceptionArgument";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TCE010_BaseHandlerLosesRequestId);

        internal override ImmutableArray<string> OptionKeys { get; } = ImmutableArray.Create(ErrorCodeOptions.RequestIdMembersKey, ErrorCodeOptions.LoggingMethodsKey);

        internal override bool IsApplicable(TencentCloudContext tencentCloud) => tencentCloud.SdkException is not null && tencentCloud.AbstractClient is not null;

        internal override void Register(CompilationStartAnalysisContext context, TencentCloudContext tencentCloud) =>
            GatedOperations.Register(context, tencentCloud, IsApplicable, GatedOperations.Any(SyntaxSignals.Catch), c => Analyze(c, tencentCloud), OperationKind.CatchClause);

        private static void Analyze(OperationContext context, TencentCloudContext tencentCloud)
        {
            var @catch = (ICatchClauseOperation)context.Operation;
            if (@catch.Parent is not ITryOperation @try || EarlierCatchTakesSdkException(@try, @catch, tencentCloud)
                || FirstSdkCall(@try.Body, tencentCloud) is not { } sdkCall
                || SdkHandler.ForBaseTypeCatch(@catch, tencentCloud) is not { } handler)
            {
                return;
            }

            // The exception object counts here even with structured_request_id: its text starts with the RequestId, and
            // this rule is about handlers that log neither.
            if (handler.FirstLogCallLosingRequestId(structured: false) is not var (first, kind))
            {
                return;
            }

            var local = (@catch.ExceptionDeclarationOrExpression as IVariableDeclaratorOperation)?.Symbol;
            var properties = FixProperties(first, kind, local, @catch, out var target);
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.TCE010_BaseHandlerLosesRequestId,
                first.Syntax.GetLocation(),
                target is null ? null : new[] { target.Syntax.GetLocation() },
                properties,
                TencentCloudContext.ActionOf(sdkCall.TargetMethod),
                LogsMessage(first, local) ? "only its Message" : "it without its RequestId"));
        }

        /// <summary>How the fix adds the exception or its RequestId: null when it cannot.</summary>
        private static ImmutableDictionary<string, string?>? FixProperties(IInvocationOperation call, LogCallKind kind, ILocalSymbol? local, ICatchClauseOperation @catch, out IOperation? target)
        {
            // A bare 'catch' has no variable to name without changing what it catches.
            var builder = RequestIdFixProperties.Create(local, canNameVariable: @catch.Syntax is CatchClauseSyntax { Declaration: not null });
            if (builder is null)
            {
                target = null;
                return null;
            }

            if (kind == LogCallKind.Template && ExceptionOverloadTarget(call) is { } message)
            {
                target = message;
                builder.Add(RequestIdFixProperties.Shape, ExceptionArgumentShape);
                return builder.ToImmutable();
            }

            target = LogMessageShape.FixTarget(call, kind, out var shape);
            if (target is null)
            {
                return null;
            }

            builder.Add(RequestIdFixProperties.Shape, shape);
            return builder.ToImmutable();
        }

        /// <summary>
        /// The message argument when the method has an overload taking an <see cref="System.Exception"/> right before the
        /// message and otherwise the same parameters (<c>LogError(ex, "…", args)</c>, Serilog's <c>Error(ex, "…")</c>).
        /// </summary>
        private static IOperation? ExceptionOverloadTarget(IInvocationOperation call)
        {
            var method = (call.TargetMethod.ReducedFrom ?? call.TargetMethod).OriginalDefinition;
            IArgumentOperation? message = null;
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter && parameter.Name is "message" or "messageTemplate" && argument.Syntax is ArgumentSyntax { NameColon: null })
                {
                    message = argument;
                    break;
                }
            }

            if (message?.Parameter is not { } messageParameter)
            {
                return null;
            }

            var at = messageParameter.Ordinal + (call.TargetMethod.ReducedFrom is null ? 0 : 1);
            foreach (var candidate in method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>())
            {
                if (candidate.Parameters.Length == method.Parameters.Length + 1
                    && candidate.TypeParameters.Length == method.TypeParameters.Length
                    && candidate.Parameters[at].Type is { Name: "Exception", ContainingNamespace.Name: "System" }
                    && Enumerable.Range(0, method.Parameters.Length).All(i => SameType(method.Parameters[i].Type, candidate.Parameters[i < at ? i : i + 1].Type)))
                {
                    return message.Value;
                }
            }

            return null;
        }

        private static bool SameType(ITypeSymbol a, ITypeSymbol b) =>
            a is ITypeParameterSymbol pa && b is ITypeParameterSymbol pb ? pa.Ordinal == pb.Ordinal : SymbolEqualityComparer.Default.Equals(a, b);

        /// <summary>An earlier catch of the SDK exception itself (or a base of it), without a filter, takes every SDK failure.</summary>
        private static bool EarlierCatchTakesSdkException(ITryOperation @try, ICatchClauseOperation @catch, TencentCloudContext tencentCloud)
        {
            foreach (var earlier in @try.Catches)
            {
                if (earlier == @catch)
                {
                    return false;
                }

                if (earlier.Filter is null && earlier.ExceptionType is INamedTypeSymbol type && TencentCloudContext.InheritsFrom(tencentCloud.SdkException, type))
                {
                    return true;
                }

                // catch (TencentCloudSDKException ex) when (…): the SDK failures it does not pick come here.
            }

            return false;
        }

        /// <summary>The first SDK client call the try block makes itself (not inside a lambda or local function).</summary>
        private static IInvocationOperation? FirstSdkCall(IOperation body, TencentCloudContext tencentCloud)
        {
            IInvocationOperation? first = null;
            foreach (var operation in body.DescendantsAndSelf())
            {
                if (operation is IInvocationOperation invocation && tencentCloud.IsSdkCall(invocation.TargetMethod) && !InNestedFunction(invocation, body)
                    && (first is null || invocation.Syntax.SpanStart < first.Syntax.SpanStart))
                {
                    first = invocation;
                }
            }

            return first;
        }

        private static bool InNestedFunction(IOperation operation, IOperation body)
        {
            for (var parent = operation.Parent; parent is not null && parent != body; parent = parent.Parent)
            {
                if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }


        private static bool LogsMessage(IInvocationOperation call, ILocalSymbol? local)
        {
            foreach (var operation in call.Descendants())
            {
                if (operation is IPropertyReferenceOperation { Property.Name: "Message", Instance: ILocalReferenceOperation reference }
                    && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
