using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// A <c>catch</c> that handles a Tencent Cloud SDK exception, and what it does with it. Shared by the RequestId rules.
    /// A catch of the SDK exception (or a subtype) is a handler as a whole; a catch of a base type is one when its filter
    /// tests for the SDK exception, or, when its body does, only the branch that runs for it.
    /// </summary>
    internal sealed class SdkHandler
    {
        private readonly TencentCloudContext context;
        private readonly ErrorCodeOptions options;
        private readonly ImmutableArray<ILocalSymbol> exceptionLocals;

        // The locals whose writes are being read, so that 'a = b; b = a;' ends.
        private readonly HashSet<ILocalSymbol> tracedLocals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);

        private SdkHandler(
            ICatchClauseOperation @catch,
            ImmutableArray<IOperation> branches,
            ImmutableArray<ILocalSymbol> exceptionLocals,
            ILocalSymbol? sdkLocal,
            TencentCloudContext context,
            ErrorCodeOptions options)
        {
            Catch = @catch;
            Branches = branches;
            this.exceptionLocals = exceptionLocals;
            SdkLocal = sdkLocal;
            this.context = context;
            this.options = options;
        }

        public ICatchClauseOperation Catch { get; }

        /// <summary>The code that runs for the SDK exception: the whole handler, or the branches of a base-type handler that test for it.</summary>
        public ImmutableArray<IOperation> Branches { get; }

        /// <summary>A local of the SDK exception type whose <c>RequestId</c> a fix can read; null when there is none.</summary>
        public ILocalSymbol? SdkLocal { get; }

        /// <summary>True for <c>catch (TencentCloudSDKException)</c> without a variable: a fix names one.</summary>
        public bool NeedsVariable => Catch.ExceptionDeclarationOrExpression is null && context.IsSdkException(Catch.ExceptionType);

        public ErrorCodeOptions Options => options;

        internal static SdkHandler? TryCreate(ICatchClauseOperation @catch, TencentCloudContext context)
        {
            var sdkException = context.SdkException;
            if (sdkException is null || @catch.Handler is null)
            {
                return null;
            }

            var options = context.GetOptions(@catch.Syntax.SyntaxTree);
            var catchLocal = (@catch.ExceptionDeclarationOrExpression as IVariableDeclaratorOperation)?.Symbol;
            if (context.IsSdkException(@catch.ExceptionType))
            {
                var locals = catchLocal is null ? ImmutableArray<ILocalSymbol>.Empty : ImmutableArray.Create(catchLocal);
                return new SdkHandler(@catch, ImmutableArray.Create<IOperation>(@catch.Handler), locals, catchLocal, context, options);
            }

            // A catch of a base type (Exception, SystemException) handles the SDK exception only where it tests for it.
            if (catchLocal is null || !TencentCloudContext.InheritsFrom(sdkException, (@catch.ExceptionType as INamedTypeSymbol)!))
            {
                return null;
            }

            if (@catch.Filter is not null && FindTypeTest(@catch.Filter, catchLocal, context, out var filterLocal))
            {
                var locals = filterLocal is null ? ImmutableArray.Create(catchLocal) : ImmutableArray.Create(catchLocal, filterLocal);
                return new SdkHandler(@catch, ImmutableArray.Create<IOperation>(@catch.Handler), locals, filterLocal, context, options);
            }

            return FromBody(@catch, catchLocal, context, options);
        }

        /// <summary>
        /// The whole body of a catch of a base type of the SDK exception (<c>catch (Exception ex)</c>) that does not test for
        /// it: the SDK exception is one of the things it handles. Null when the catch is a handler of the SDK exception
        /// (<see cref="TryCreate"/>'s business) or cannot catch it.
        /// </summary>
        internal static SdkHandler? ForBaseTypeCatch(ICatchClauseOperation @catch, TencentCloudContext context)
        {
            if (context.SdkException is null || @catch.Handler is null || context.IsSdkException(@catch.ExceptionType)
                || @catch.ExceptionType is not INamedTypeSymbol caught || !TencentCloudContext.InheritsFrom(context.SdkException, caught)
                || TryCreate(@catch, context) is not null)
            {
                return null;
            }

            var catchLocal = (@catch.ExceptionDeclarationOrExpression as IVariableDeclaratorOperation)?.Symbol;
            var locals = catchLocal is null ? ImmutableArray<ILocalSymbol>.Empty : ImmutableArray.Create(catchLocal);
            return new SdkHandler(@catch, ImmutableArray.Create<IOperation>(@catch.Handler), locals, null, context, context.GetOptions(@catch.Syntax.SyntaxTree));
        }

        /// <summary>
        /// True when every path through the handler lets the exception go on with its RequestId: <c>throw;</c>,
        /// <c>throw ex;</c>, or a new exception that carries it. A rethrow on some paths only (a <c>case … throw;</c>) is not enough.
        /// </summary>
        public bool AlwaysPropagates()
        {
            foreach (var branch in Branches)
            {
                if (AlwaysRethrows(branch))
                {
                    return true;
                }
            }

            return AlwaysRethrows(Catch.Handler);
        }

        /// <summary>
        /// True when a rethrow always follows <paramref name="operation"/>: a statement after it in its block, or in an
        /// enclosing block of the handler. A rethrow on another path (a <c>case … throw;</c>) does not carry this log's failure.
        /// </summary>
        public bool RethrowsAfter(IOperation operation)
        {
            for (var current = operation; current.Parent is { } parent && current != Catch.Handler; current = parent)
            {
                if (parent is not IBlockOperation block)
                {
                    continue;
                }

                for (var i = block.Operations.IndexOf(current) + 1; i < block.Operations.Length; i++)
                {
                    if (AlwaysRethrows(block.Operations[i]))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Every <c>throw new …</c> in the branches whose exception carries neither the caught one nor its RequestId, in source order.</summary>
        public List<IThrowOperation> LossyThrows()
        {
            var lossy = new List<IThrowOperation>();
            foreach (var branch in Branches)
            {
                foreach (var operation in branch.DescendantsAndSelf())
                {
                    if (operation is IThrowOperation { Exception: { } thrown } @throw
                        && thrown.Unwrap() is IObjectCreationOperation
                        && !Carries(thrown, structured: false)
                        && IsDirectlyInHandler(@throw)
                        && !lossy.Contains(@throw))
                    {
                        lossy.Add(@throw);
                    }
                }
            }

            lossy.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
            return lossy;
        }

        /// <summary>True when the statement rethrows on every path through it (a block with a rethrow, an if/else or a switch whose every branch does).</summary>
        private bool AlwaysRethrows(IOperation statement)
        {
            switch (statement)
            {
                case IBlockOperation block:
                    foreach (var inner in block.Operations)
                    {
                        if (AlwaysRethrows(inner))
                        {
                            return true;
                        }
                    }

                    return false;
                case IExpressionStatementOperation expression:
                    return IsRethrow(expression.Operation);
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    return AlwaysRethrows(conditional.WhenTrue) && AlwaysRethrows(whenFalse);
                case ISwitchOperation @switch:
                    return @switch.Cases.Any(section => section.IsDefault()) && @switch.Cases.All(section => section.Body.Any(AlwaysRethrows));
                default:
                    return IsRethrow(statement);
            }
        }

        private bool IsRethrow(IOperation operation) => operation switch
        {
            IThrowOperation { Exception: null } => true,
            IThrowOperation { Exception: { } thrown } => IsException(thrown.Unwrap()) || Carries(thrown, structured: false),
            IInvocationOperation { TargetMethod: { Name: "Throw", ContainingType.Name: "ExceptionDispatchInfo" } } => true,
            _ => false,
        };

        /// <summary>The log calls in the branches, in source order.</summary>
        public List<(IInvocationOperation Call, LogCallKind Kind)> FindLogCalls()
        {
            var calls = new List<(IInvocationOperation, LogCallKind)>();
            foreach (var branch in Branches)
            {
                foreach (var operation in branch.DescendantsAndSelf())
                {
                    if (operation is IInvocationOperation invocation && context.LogCalls.IsLogCall(invocation, options, out var kind) && IsDirectlyInHandler(invocation))
                    {
                        calls.Add((invocation, kind));
                    }
                }
            }

            calls.Sort((a, b) => a.Item1.Syntax.SpanStart.CompareTo(b.Item1.Syntax.SpanStart));
            return calls;
        }

        /// <summary>
        /// The first log call that loses the RequestId: none when no log call in the handler carries it (with
        /// <paramref name="structured"/>, only a RequestId value counts) and no rethrow always follows it. A log followed
        /// by a rethrow leaves the RequestId to whoever catches the exception; a log on a path that does not rethrow (next
        /// to a <c>case … throw;</c> for other codes) is the last word on the failure.
        /// </summary>
        public (IInvocationOperation Call, LogCallKind Kind)? FirstLogCallLosingRequestId(bool structured)
        {
            var calls = FindLogCalls();
            foreach (var (call, _) in calls)
            {
                if (LogsRequestId(call, structured))
                {
                    return null;
                }
            }

            foreach (var call in calls)
            {
                if (!RethrowsAfter(call.Call))
                {
                    return call;
                }
            }

            return null;
        }

        /// <summary>
        /// True when a log call writes the RequestId, itself or through a logging scope around it; with
        /// <paramref name="structured"/>, the exception object alone does not count.
        /// </summary>
        private bool LogsRequestId(IInvocationOperation call, bool structured)
        {
            foreach (var argument in call.Arguments)
            {
                if (Carries(argument.Value, structured))
                {
                    return true;
                }
            }

            return IsInRequestIdScope(call);
        }

        /// <summary>True when anything in the branches uses the RequestId or hands the exception on (to a helper, a field, a result).</summary>
        public bool RecordsRequestId()
        {
            foreach (var branch in Branches)
            {
                if (Carries(branch, structured: false))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>As <see cref="RecordsRequestId"/>, leaving out what the handler's throws carry: each throw keeps or loses the RequestId on its own path.</summary>
        public bool RecordsRequestIdOutsideThrows()
        {
            foreach (var branch in Branches)
            {
                if (CarriesOutsideThrows(branch))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the catch's filter reads the error code: it picks an expected outcome, such as a missing resource.</summary>
        public bool FilterSelectsErrorCodes()
        {
            if (Catch.Filter is null)
            {
                return false;
            }

            foreach (var operation in Catch.Filter.DescendantsAndSelf())
            {
                if (operation is IPropertyReferenceOperation or ILocalReferenceOperation or IFieldReferenceOperation
                    && ErrorCodeSources.IsErrorCode(operation, context, options))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>False inside a nested <c>catch</c>: its <c>throw;</c> and its log calls are about another exception.</summary>
        private bool IsDirectlyInHandler(IOperation operation)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is ICatchClauseOperation @catch)
                {
                    return @catch == Catch;
                }
            }

            return false;
        }

        /// <summary>A RequestId source anywhere in <paramref name="root"/>, or (unless structured) the exception object itself.</summary>
        private bool Carries(IOperation root, bool structured)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                if (CarriesItself(operation, structured))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>As <see cref="Carries"/>, but a <c>throw</c> is about its own path only and does not count.</summary>
        private bool CarriesOutsideThrows(IOperation operation)
        {
            if (operation is IThrowOperation)
            {
                return false;
            }

            if (CarriesItself(operation, structured: false))
            {
                return true;
            }

            foreach (var child in operation.ChildOperations)
            {
                if (CarriesOutsideThrows(child))
                {
                    return true;
                }
            }

            return false;
        }

        private bool CarriesItself(IOperation operation, bool structured) => operation switch
        {
            IPropertyReferenceOperation or IFieldReferenceOperation => ErrorCodeSources.IsRequestId(operation, context, options),
            ILocalReferenceOperation local when IsException(local) => !structured && IsUsedWhole(local),
            ILocalReferenceOperation local => (local.Local.Type?.SpecialType == SpecialType.System_String && ErrorCodeSources.IsRequestId(local, context, options))
                || IsBuiltFromCarrier(local.Local, structured),
            _ => false,
        };

        /// <summary>The whole fluent chain a call starts: <c>sb.Append("…").Append(ex.RequestId)</c> from its first <c>Append</c>.</summary>
        private static IOperation Chain(IInvocationOperation invocation)
        {
            IOperation top = invocation;
            while (top.Parent is IInvocationOperation next && next.Instance == top)
            {
                top = next;
            }

            return top;
        }

        /// <summary>
        /// True for a local the handler builds from the RequestId or the exception before logging it:
        /// <c>var details = $"… {ex.RequestId}";</c>, <c>text += ex.ToString();</c>, <c>sb.Append(ex.RequestId)</c>.
        /// </summary>
        private bool IsBuiltFromCarrier(ILocalSymbol local, bool structured)
        {
            if (!tracedLocals.Add(local))
            {
                return false;
            }

            try
            {
                foreach (var operation in Catch.Handler.Descendants())
                {
                    var written = operation switch
                    {
                        IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) => declarator.Initializer?.Value,
                        IAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local) => assignment.Value,
                        IInvocationOperation { Instance: ILocalReferenceOperation instance } invocation when SymbolEqualityComparer.Default.Equals(instance.Local, local) => Chain(invocation),
                        _ => null,
                    };
                    if (written is not null && Carries(written, structured))
                    {
                        return true;
                    }
                }

                return false;
            }
            finally
            {
                tracedLocals.Remove(local);
            }
        }

        private bool IsInRequestIdScope(IOperation call)
        {
            var child = call;
            for (var parent = call.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                switch (parent)
                {
                    case IUsingOperation @using when @using.Resources != child && OpensRequestIdScope(@using.Resources):
                        return true;
                    case IBlockOperation block:
                        foreach (var statement in block.Operations)
                        {
                            if (statement == child)
                            {
                                break;
                            }

                            if (statement is IUsingDeclarationOperation declaration && OpensRequestIdScope(declaration.DeclarationGroup))
                            {
                                return true;
                            }
                        }

                        break;
                }
            }

            return false;
        }

        private bool OpensRequestIdScope(IOperation resources)
        {
            foreach (var operation in resources.DescendantsAndSelf())
            {
                if (operation is IInvocationOperation invocation && context.LogCalls.IsScope(invocation))
                {
                    foreach (var argument in invocation.Arguments)
                    {
                        if (Carries(argument.Value, structured: true))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private bool IsException(IOperation? operation) =>
            operation is ILocalReferenceOperation reference && System.Linq.Enumerable.Contains(exceptionLocals, reference.Local, SymbolEqualityComparer.Default);

        /// <summary>The exception object as a value (an argument, <c>{ex}</c>, <c>ex.ToString()</c>), not one of its members such as <c>ex.Message</c>.</summary>
        private static bool IsUsedWhole(ILocalReferenceOperation reference)
        {
            IOperation child = reference;
            var parent = reference.Parent;
            while (parent is IConversionOperation)
            {
                child = parent;
                parent = parent.Parent;
            }

            if (parent is IConditionalAccessOperation conditional && conditional.Operation == child)
            {
                parent = conditional.WhenNotNull;
                child = null!;
            }

            return parent switch
            {
                IMemberReferenceOperation member when child is null || member.Instance == child => false,
                IInvocationOperation invocation when child is null || invocation.Instance == child => invocation.TargetMethod.Name == "ToString",

                // ex is null, ex == null: a test, not a use.
                IBinaryOperation or IIsPatternOperation or IIsTypeOperation => false,
                _ => true,
            };
        }

        private static SdkHandler? FromBody(ICatchClauseOperation @catch, ILocalSymbol catchLocal, TencentCloudContext context, ErrorCodeOptions options)
        {
            var found = new SdkBranches(catchLocal, context);
            foreach (var operation in @catch.Handler.Descendants())
            {
                found.Add(operation);
            }

            if (found.Branches.Count == 0)
            {
                if (!found.TestedWithoutBranch)
                {
                    return null;
                }

                // (ex as TencentCloudSDKException)?.RequestId: the whole body deals with the SDK exception.
                found.Branches.Add(@catch.Handler);
            }

            return new SdkHandler(@catch, found.Branches.ToImmutable(), found.Locals.ToImmutable(), found.SdkLocal, context, options);
        }

        /// <summary>What the body of a base-type catch does with the SDK exception: the branches that test for it, and the locals that hold it.</summary>
        private sealed class SdkBranches
        {
            private readonly ILocalSymbol catchLocal;
            private readonly TencentCloudContext context;

            internal SdkBranches(ILocalSymbol catchLocal, TencentCloudContext context)
            {
                this.catchLocal = catchLocal;
                this.context = context;
                Locals.Add(catchLocal);
            }

            public ImmutableArray<IOperation>.Builder Branches { get; } = ImmutableArray.CreateBuilder<IOperation>();

            public ImmutableArray<ILocalSymbol>.Builder Locals { get; } = ImmutableArray.CreateBuilder<ILocalSymbol>();

            /// <summary>The first local of the SDK exception type.</summary>
            public ILocalSymbol? SdkLocal { get; private set; }

            /// <summary>True when the body tests or casts to the SDK exception outside any branch (<c>ex as TencentCloudSDKException</c>).</summary>
            public bool TestedWithoutBranch { get; private set; }

            public void Add(IOperation operation)
            {
                switch (operation)
                {
                    // if (ex is TencentCloudSDKException sdk) { … }
                    case IConditionalOperation conditional when FindTypeTest(conditional.Condition, catchLocal, context, out var designated):
                        AddBranch(conditional.WhenTrue, designated);
                        break;

                    // switch (ex) { case TencentCloudSDKException sdk: … }
                    case ISwitchOperation @switch when @switch.Value.IsReferenceTo(catchLocal):
                        foreach (var (section, label) in @switch.Labels())
                        {
                            if (label is IPatternCaseClauseOperation patternLabel && MatchesSdk(patternLabel.Pattern, context, out var sectionLocal))
                            {
                                AddBranch(section, sectionLocal);
                            }
                        }

                        break;

                    // var sdk = ex as TencentCloudSDKException;
                    case IVariableDeclaratorOperation { Initializer.Value: IConversionOperation { IsTryCast: true } cast } declarator when IsCastOfCatchLocal(cast):
                        AddLocal(declarator.Symbol);
                        TestedWithoutBranch = true;
                        break;

                    case IConversionOperation { IsTryCast: true } cast when IsCastOfCatchLocal(cast):
                    case IIsTypeOperation isType when isType.ValueOperand.IsReferenceTo(catchLocal) && context.IsSdkException(isType.TypeOperand):
                        TestedWithoutBranch = true;
                        break;
                }
            }

            private bool IsCastOfCatchLocal(IConversionOperation cast) => cast.Operand.IsReferenceTo(catchLocal) && context.IsSdkException(cast.Type);

            private void AddBranch(IOperation branch, ILocalSymbol? local)
            {
                Branches.Add(branch);
                AddLocal(local);
            }

            private void AddLocal(ILocalSymbol? local)
            {
                if (local is not null && !Locals.Contains(local, SymbolEqualityComparer.Default))
                {
                    Locals.Add(local);
                    SdkLocal ??= local;
                }
            }
        }

        /// <summary>Finds <c>ex is TencentCloudSDKException [name]</c> (or a subtype, or a recursive pattern) in a condition.</summary>
        private static bool FindTypeTest(IOperation condition, ILocalSymbol catchLocal, TencentCloudContext context, out ILocalSymbol? designated)
        {
            foreach (var operation in condition.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IIsPatternOperation isPattern when isPattern.Value.IsReferenceTo(catchLocal) && MatchesSdk(isPattern.Pattern, context, out designated):
                        return true;
                    case IIsTypeOperation { IsNegated: false } isType when isType.ValueOperand.IsReferenceTo(catchLocal) && context.IsSdkException(isType.TypeOperand):
                        designated = null;
                        return true;
                }
            }

            designated = null;
            return false;
        }

        private static bool MatchesSdk(IPatternOperation pattern, TencentCloudContext context, out ILocalSymbol? designated)
        {
            designated = null;
            switch (pattern)
            {
                case IDeclarationPatternOperation declaration when context.IsSdkException(declaration.MatchedType):
                    designated = declaration.DeclaredSymbol as ILocalSymbol;
                    return true;
                case IRecursivePatternOperation recursive when context.IsSdkException(recursive.MatchedType):
                    designated = recursive.DeclaredSymbol as ILocalSymbol;
                    return true;
                case ITypePatternOperation type when context.IsSdkException(type.MatchedType):
                    return true;
                case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } and:
                    return MatchesSdk(and.LeftPattern, context, out designated) || MatchesSdk(and.RightPattern, context, out designated);
                default:
                    return false;
            }
        }
    }
}
