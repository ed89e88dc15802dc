using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// TCE007: <c>.Result</c> or <c>.Wait()</c> on the task of an SDK call inside a <c>try</c> whose handlers catch the
    /// SDK exception: the wait throws <see cref="System.AggregateException"/>, so those handlers never run.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TCE007BlockingWaitHidesSdkExceptionAnalyzer : TencentCloudAnalyzer
    {
        /// <summary>Diagnostic property: <c>Result</c> or <c>Wait</c>.</summary>
        internal const string WaitProperty = "Wait";

        /// <summary>Diagnostic property, present when the wait is in an <c>async</c> function: <c>await</c> is offered first.</summary>
        internal const string AsyncProperty = "Async";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TCE007_BlockingWaitHidesSdkException);

        internal override bool IsApplicable(TencentCloudContext tencentCloud) =>
            tencentCloud.SdkException is not null && tencentCloud.AbstractClient is not null && tencentCloud.AggregateException is not null;

        // Catch clauses are rare: the try is the cheap place to start, and its body is searched only when it handles the SDK exception.
        internal override void Register(CompilationStartAnalysisContext context, TencentCloudContext tencentCloud) =>
            GatedOperations.Register(context, tencentCloud, IsApplicable, GatedOperations.All(SyntaxSignals.Catch | SyntaxSignals.BlockingWait), c => Analyze(c, tencentCloud, tencentCloud.AggregateException!), OperationKind.Try);

        private static void Analyze(OperationContext context, TencentCloudContext tencentCloud, INamedTypeSymbol aggregate)
        {
            var @try = (ITryOperation)context.Operation;
            if (SdkHandlerOf(@try, tencentCloud) is not { } sdkHandler || SeesAggregate(@try, aggregate))
            {
                return;
            }

            foreach (var operation in @try.Body.Descendants())
            {
                if (!TryGetWait(operation, tencentCloud, out var wait, out var call) || !IsDirectlyIn(operation, @try, tencentCloud, aggregate))
                {
                    continue;
                }

                var properties = ImmutableDictionary<string, string?>.Empty.Add(WaitProperty, wait);
                if (IsInAsyncFunction(operation))
                {
                    properties = properties.Add(AsyncProperty, "true");
                }

                var location = operation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } ? member.Name.GetLocation()
                    : operation.Syntax is MemberAccessExpressionSyntax access ? access.Name.GetLocation()
                    : operation.Syntax.GetLocation();
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.TCE007_BlockingWaitHidesSdkException,
                    location,
                    properties,
                    wait == "Result" ? ".Result" : ".Wait()",
                    TencentCloudContext.ActionOf(call),
                    sdkHandler.ExceptionType.Name));
            }
        }

        /// <summary><c>task.Result</c> or <c>task.Wait()</c> on the task of an SDK call, directly or through the local that holds it.</summary>
        private static bool TryGetWait(IOperation operation, TencentCloudContext tencentCloud, out string wait, out IMethodSymbol call)
        {
            wait = string.Empty;
            call = null!;
            IOperation? task;
            switch (operation)
            {
                case IPropertyReferenceOperation { Property.Name: "Result", Instance: { } instance } property when IsTask(property.Property.ContainingType):
                    wait = "Result";
                    task = instance;
                    break;
                case IInvocationOperation { TargetMethod.Name: "Wait", Arguments.Length: 0, Instance: { } instance } invocation when IsTask(invocation.TargetMethod.ContainingType):
                    wait = "Wait";
                    task = instance;
                    break;
                default:
                    return false;
            }

            task = task.Unwrap();
            if (task is ILocalReferenceOperation local)
            {
                task = Initializer(local.Local, operation);
            }

            if (task is IInvocationOperation sdkCall && tencentCloud.IsSdkCall(sdkCall.TargetMethod))
            {
                call = sdkCall.TargetMethod;
                return true;
            }

            return false;
        }

        private static bool IsTask(INamedTypeSymbol? type) =>
            type is { Name: "Task", ContainingNamespace: { Name: "Tasks", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };

        /// <summary>What a local is initialised with, when it is never assigned again in the function.</summary>
        private static IOperation? Initializer(ILocalSymbol local, IOperation use)
        {
            var root = use;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            IOperation? initializer = null;
            foreach (var operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        initializer = (declarator.Initializer?.Value).Unwrap();
                        break;
                    case IAssignmentOperation { Target: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, local):
                        return null;
                }
            }

            return initializer;
        }

        /// <summary>The first catch of the try that handles the SDK exception: of its type, a subtype, or a base type that tests for it.</summary>
        private static ICatchClauseOperation? SdkHandlerOf(ITryOperation @try, TencentCloudContext tencentCloud)
        {
            foreach (var @catch in @try.Catches)
            {
                if (tencentCloud.IsSdkException(@catch.ExceptionType) || SdkHandler.TryCreate(@catch, tencentCloud) is not null)
                {
                    return @catch;
                }
            }

            return null;
        }

        /// <summary>True when a catch of the try takes the AggregateException: one of its type, or a base-type catch that looks inside it.</summary>
        private static bool SeesAggregate(ITryOperation @try, INamedTypeSymbol aggregate)
        {
            foreach (var @catch in @try.Catches)
            {
                if (TencentCloudContext.InheritsFrom(@catch.ExceptionType, aggregate))
                {
                    return true;
                }

                if (@catch.ExceptionType is INamedTypeSymbol caught && TencentCloudContext.InheritsFrom(aggregate, caught) && Unwraps(@catch))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A base-type handler that looks inside the exception: <c>InnerException</c>, <c>InnerExceptions</c>, <c>Flatten</c>, <c>GetBaseException</c>, or a test for AggregateException.</summary>
        private static bool Unwraps(ICatchClauseOperation @catch)
        {
            foreach (var operation in @catch.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IPropertyReferenceOperation { Property.Name: "InnerException" or "InnerExceptions" }:
                    case IInvocationOperation { TargetMethod.Name: "Flatten" or "GetBaseException" or "Handle" }:
                    case IIsTypeOperation { TypeOperand.Name: "AggregateException" }:
                    case IDeclarationPatternOperation { MatchedType.Name: "AggregateException" }:
                    case ITypePatternOperation { MatchedType.Name: "AggregateException" }:
                        return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when the wait belongs to this try: not inside a lambda or local function, and not inside a nested try that
        /// handles the SDK exception itself (it reports the wait) or takes the AggregateException (nothing is hidden).
        /// </summary>
        private static bool IsDirectlyIn(IOperation operation, ITryOperation @try, TencentCloudContext tencentCloud, INamedTypeSymbol aggregate)
        {
            var child = operation;
            for (var parent = operation.Parent; parent is not null && parent != @try; child = parent, parent = parent.Parent)
            {
                switch (parent)
                {
                    case IAnonymousFunctionOperation or ILocalFunctionOperation:
                        return false;
                    case ITryOperation inner when inner.Body == child && (SdkHandlerOf(inner, tencentCloud) is not null || SeesAggregate(inner, aggregate)):
                        return false;
                }
            }

            return true;
        }

        private static bool IsInAsyncFunction(IOperation operation)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                switch (parent)
                {
                    case IAnonymousFunctionOperation function:
                        return function.Symbol.IsAsync;
                    case ILocalFunctionOperation function:
                        return function.Symbol.IsAsync;
                    case IMethodBodyOperation:
                        return operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart) is IMethodSymbol { IsAsync: true };
                }
            }

            return false;
        }
    }
}
