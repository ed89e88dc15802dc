using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TencentCloud.ErrorCodes.Internal;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// TCE006: a dispatch on error codes (switch, if chain, retry predicate) that names specific codes but none of the
    /// required retry kinds, and lets the rest fall through without rethrowing.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TCE006HandleRetryableErrorCodesAnalyzer : TencentCloudAnalyzer
    {
        /// <summary>Diagnostic property: the codes the fix adds, separated by commas.</summary>
        internal const string CodesProperty = "Codes";

        /// <summary>Shape: add <c>case Code: throw;</c> to a switch statement in a catch.</summary>
        internal const string CaseShape = "Case";

        /// <summary>Shape: insert <c>if (source == Code) throw;</c> before the dispatch statement in a catch (second location: the source).</summary>
        internal const string GuardShape = "Guard";

        /// <summary>Diagnostic property: how the fix adds the code (one of the shapes below).</summary>
        internal const string ShapeProperty = "Shape";

        /// <summary>Separates the codes of <see cref="CodesProperty"/>.</summary>
        internal const char Separator = ',';

        /// <summary>Shape: add <c>Code =&gt; true</c> to a boolean switch expression.</summary>
        internal const string TrueArmShape = "TrueArm";

        /// <summary>Shape: add <c>or Code</c> to the pattern of a predicate's <c>is</c> test.</summary>
        internal const string OrPatternShape = "OrPattern";

        /// <summary>Shape: add <c>|| source == Code</c> to a predicate's boolean expression (second location: the source).</summary>
        internal const string OrComparisonShape = "OrComparison";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TCE006_HandleRetryableErrorCodes);

        internal override ImmutableArray<string> OptionKeys { get; } = ImmutableArray.Create(ErrorCodeOptions.ErrorCodeMembersKey, ErrorCodeOptions.RequiredRetryKindsKey);

        internal override bool IsApplicable(TencentCloudContext tencentCloud) => true;

        internal override void Register(CompilationStartAnalysisContext context, TencentCloudContext tencentCloud)
        {
            GatedOperations.Register(
                context,
                tencentCloud,
                IsApplicable,
                GatedOperations.Any(SyntaxSignals.ErrorCode | SyntaxSignals.RetryPredicate),
                c =>
                {
                    switch (c.Operation.Kind)
                    {
                        case OperationKind.Switch:
                            AnalyzeSwitch(c, tencentCloud);
                            break;
                        case OperationKind.SwitchExpression:
                            AnalyzeSwitchExpression(c, tencentCloud);
                            break;
                        case OperationKind.Conditional:
                            AnalyzeIf(c, tencentCloud);
                            break;
                        case OperationKind.AnonymousFunction:
                            AnalyzeLambda(c, tencentCloud);
                            break;
                        default:
                            AnalyzeMethod(c, tencentCloud);
                            break;
                    }
                },
                OperationKind.Switch,
                OperationKind.SwitchExpression,
                OperationKind.Conditional,
                OperationKind.AnonymousFunction,
                OperationKind.MethodBody,
                OperationKind.LocalFunction);
        }

        private static void AnalyzeSwitch(OperationContext context, TencentCloudContext tencentCloud)
        {
            var @switch = (ISwitchOperation)context.Operation;
            if (@switch.Syntax is not SwitchStatementSyntax syntax || IsInsidePredicate(syntax))
            {
                return;
            }

            var codes = new DispatchCodes(tencentCloud, tencentCloud.GetOptions(syntax.SyntaxTree));
            if (!codes.IsSource(@switch.Value, null))
            {
                return;
            }

            var key = DispatchCodes.SourceKey(@switch.Value);
            CollectPrecedingIfs(@switch, codes, key);
            ISwitchCaseOperation? defaultSection = null;
            foreach (var section in @switch.Cases)
            {
                foreach (var clause in section.Clauses)
                {
                    switch (clause)
                    {
                        case ISingleValueCaseClauseOperation single:
                            codes.AddConstant(single.Value);
                            break;
                        case IPatternCaseClauseOperation pattern:
                            codes.AddPattern(pattern.Pattern, negated: false);
                            if (pattern.Pattern is IDeclarationPatternOperation { DeclaredSymbol: { } declared })
                            {
                                codes.AddAlias(declared);
                            }

                            if (pattern.Guard is not null)
                            {
                                codes.Collect(pattern.Guard, null);
                            }

                            break;
                        case IDefaultCaseClauseOperation:
                            defaultSection = section;
                            break;
                    }
                }

                codes.Collect(section, key);
            }

            var fallsThroughToRethrow = defaultSection is not null
                ? ContainsRethrow(defaultSection) || (!Contains<IReturnOperation>(defaultSection) && NextStatementRethrows(@switch))
                : NextStatementRethrows(@switch);
            if (fallsThroughToRethrow)
            {
                return;
            }

            var shape = IsDirectlyInCatch(syntax) ? CaseShape : null;
            Report(context, codes, syntax.SwitchKeyword.GetLocation(), "switch", shape, syntax, null);
        }

        private static void AnalyzeSwitchExpression(OperationContext context, TencentCloudContext tencentCloud)
        {
            var switchExpression = (ISwitchExpressionOperation)context.Operation;
            if (switchExpression.Syntax is not SwitchExpressionSyntax syntax || IsInsidePredicate(syntax) || IsInsideCatchFilter(syntax))
            {
                return;
            }

            var codes = new DispatchCodes(tencentCloud, tencentCloud.GetOptions(syntax.SyntaxTree));
            if (!codes.IsSource(switchExpression.Value, null))
            {
                return;
            }

            var key = DispatchCodes.SourceKey(switchExpression.Value);
            CollectPrecedingIfs(switchExpression, codes, key);
            foreach (var arm in switchExpression.Arms)
            {
                codes.AddPattern(arm.Pattern, negated: false);
                codes.Collect(arm, key);
                if (arm.Pattern is IDiscardPatternOperation && ErrorCodeSources.Unwrap(arm.Value) is IThrowOperation @throw && IsRethrow(@throw))
                {
                    return;
                }
            }

            if (switchExpression.Type?.SpecialType == SpecialType.System_Boolean)
            {
                Report(context, codes, syntax.SwitchKeyword.GetLocation(), "switch expression", TrueArmShape, syntax, null);
                return;
            }

            // In a catch, the statement holding the switch expression can be preceded by a rethrow of the throttled codes.
            var statement = syntax.FirstAncestorOrSelf<StatementSyntax>();
            var guarded = statement is not null && IsDirectlyInCatch(syntax) && CanGuard(statement, switchExpression.Value.Syntax, context.Operation.SemanticModel);
            Report(context, codes, syntax.SwitchKeyword.GetLocation(), "switch expression", guarded ? GuardShape : null, guarded ? statement : null, guarded ? switchExpression.Value.Syntax : null);
        }

        private static void AnalyzeIf(OperationContext context, TencentCloudContext tencentCloud)
        {
            var conditional = (IConditionalOperation)context.Operation;

            // Only the head of a chain: an 'else if' is part of the chain that starts above it.
            if (conditional.Syntax is not IfStatementSyntax syntax || syntax.Parent is ElseClauseSyntax || IsInsidePredicate(syntax))
            {
                return;
            }

            var codes = new DispatchCodes(tencentCloud, tencentCloud.GetOptions(syntax.SyntaxTree));
            var key = codes.FindSource(conditional.Condition);
            if (key is null)
            {
                return;
            }

            // Consecutive ifs on the same source are one dispatch; the first of them reports it.
            var run = new List<IConditionalOperation> { conditional };
            if (conditional.Parent is IBlockOperation block)
            {
                var index = block.Operations.IndexOf(conditional);
                if (index > 0 && block.Operations[index - 1] is IConditionalOperation previous && codes.FindSource(previous.Condition) == key)
                {
                    return;
                }

                for (var next = index + 1; next < block.Operations.Length; next++)
                {
                    if (block.Operations[next] is not IConditionalOperation following || codes.FindSource(following.Condition) != key)
                    {
                        break;
                    }

                    run.Add(following);
                }
            }

            foreach (var item in run)
            {
                codes.Collect(item, key);
            }

            // The fall-through is the last chain's final else, or what follows the run.
            var last = run[run.Count - 1];
            var finalElse = last.WhenFalse;
            while (finalElse is IConditionalOperation elseIf)
            {
                finalElse = elseIf.WhenFalse;
            }

            var fallsThroughToRethrow = finalElse is not null ? ContainsRethrow(finalElse) : NextStatementRethrows(last);
            if (!fallsThroughToRethrow && !(finalElse is null && ContinuationAsksTheCatalog(last, tencentCloud)))
            {
                var kind = run.Count == 1 && conditional.WhenFalse is not IConditionalOperation ? "if" : "if chain";
                var source = codes.FirstSource?.Syntax;
                var guarded = source is not null && CanGuard(syntax, source, context.Operation.SemanticModel);
                Report(context, codes, syntax.IfKeyword.GetLocation(), kind, guarded ? GuardShape : null, guarded ? syntax : null, guarded ? source : null);
            }
        }

        private static void AnalyzeLambda(OperationContext context, TencentCloudContext tencentCloud)
        {
            var lambda = (IAnonymousFunctionOperation)context.Operation;
            if (lambda.Syntax is not AnonymousFunctionExpressionSyntax syntax || !IsPollyPredicate(syntax, lambda))
            {
                return;
            }

            AnalyzePredicate(context, tencentCloud, lambda.Symbol, lambda.Body, syntax.GetLocation(), Body(syntax.ExpressionBody, syntax.Block));
        }

        private static void AnalyzeMethod(OperationContext context, TencentCloudContext tencentCloud)
        {
            IMethodSymbol? method;
            IOperation? body;
            SyntaxToken identifier;
            ExpressionSyntax? expression;
            switch (context.Operation)
            {
                case IMethodBodyOperation methodBody when methodBody.Syntax is MethodDeclarationSyntax declaration:
                    method = context.ContainingSymbol as IMethodSymbol;
                    body = (IOperation?)methodBody.BlockBody ?? methodBody.ExpressionBody;
                    identifier = declaration.Identifier;
                    expression = Body(declaration.ExpressionBody?.Expression, declaration.Body);
                    break;
                case ILocalFunctionOperation localFunction when localFunction.Syntax is LocalFunctionStatementSyntax declaration:
                    method = localFunction.Symbol;
                    body = localFunction.Body;
                    identifier = declaration.Identifier;
                    expression = Body(declaration.ExpressionBody?.Expression, declaration.Body);
                    break;
                default:
                    return;
            }

            if (method is null || body is null || method.ReturnType.SpecialType != SpecialType.System_Boolean || !IsPredicateName(method.Name))
            {
                return;
            }

            AnalyzePredicate(context, tencentCloud, method, body, identifier.GetLocation(), expression);
        }

        private static void AnalyzePredicate(OperationContext context, TencentCloudContext tencentCloud, IMethodSymbol predicate, IOperation body, Location location, ExpressionSyntax? expression)
        {
            var codes = new DispatchCodes(tencentCloud, tencentCloud.GetOptions(location.SourceTree!));

            // IsTransient(string code) takes the code itself; a lambda's string parameter is a result (HandleResult), not a code.
            if (predicate.MethodKind != MethodKind.AnonymousFunction)
            {
                foreach (var parameter in predicate.Parameters)
                {
                    codes.AddAlias(parameter);
                }
            }

            codes.Collect(body, null);

            string? shape = null;
            SyntaxNode? target = null;
            switch (expression)
            {
                // 'or' patterns need C# 9; older code gets '|| code == …' instead.
                case IsPatternExpressionSyntax isPattern when ((CSharpParseOptions)isPattern.SyntaxTree.Options).LanguageVersion >= LanguageVersion.CSharp9
                    && codes.IsSource(body.SemanticModel?.GetOperation(isPattern.Expression, context.CancellationToken), null):
                    shape = OrPatternShape;
                    target = isPattern.Pattern;
                    break;
                case SwitchExpressionSyntax switchExpression when codes.IsSource(body.SemanticModel?.GetOperation(switchExpression.GoverningExpression, context.CancellationToken), null):
                    shape = TrueArmShape;
                    target = switchExpression;
                    break;
                case not null when codes.FirstSource is { Syntax: not MemberBindingExpressionSyntax }:
                    shape = OrComparisonShape;
                    target = expression;
                    break;
            }

            Report(context, codes, location, "retry predicate", shape, target, shape == OrComparisonShape ? codes.FirstSource!.Syntax : null);
        }

        private static void Report(OperationContext context, DispatchCodes codes, Location location, string kind, string? shape, SyntaxNode? target, SyntaxNode? source)
        {
            if (codes.Count == 0 || codes.HasNegatedTest || codes.UsesCatalogRetry)
            {
                return;
            }

            var missing = codes.MissingKinds();
            if (missing.Count == 0)
            {
                return;
            }

            var names = new List<string>();
            foreach (var missingKind in missing)
            {
                names.Add(missingKind == RetryClassifier.Throttled ? RetryClassifier.ThrottledRoot : RetryClassifier.ServerErrorRoot);
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            var additional = new List<Location>();
            if (shape is not null && target is not null)
            {
                properties = properties.Add(ShapeProperty, shape).Add(CodesProperty, string.Join(Separator.ToString(), names));
                additional.Add(target.GetLocation());
                if (source is not null)
                {
                    additional.Add(source.GetLocation());
                }
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.TCE006_HandleRetryableErrorCodes,
                location,
                additional,
                properties,
                kind,
                string.Join(" or ", names),
                "retry it with backoff or let it propagate (ErrorCodeCatalog.IsRetryable tells which codes are retryable)"));
        }

        /// <summary>The boolean expression a predicate returns: its expression body, or the only <c>return</c> of its block.</summary>
        private static ExpressionSyntax? Body(ExpressionSyntax? expressionBody, BlockSyntax? block)
        {
            if (expressionBody is not null)
            {
                return expressionBody;
            }

            return block is { Statements.Count: 1 } && block.Statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null;
        }

        private static bool IsPredicateName(string name)
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
        private static bool IsPollyPredicate(AnonymousFunctionExpressionSyntax syntax, IAnonymousFunctionOperation lambda)
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
        private static bool IsArgumentOfPredicateBuilder(AnonymousFunctionExpressionSyntax lambda, out InvocationExpressionSyntax invocation)
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
        private static bool IsInsidePredicate(SyntaxNode node)
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

        private static bool IsInsideCatchFilter(SyntaxNode node)
        {
            foreach (var ancestor in node.Ancestors())
            {
                if (ancestor is CatchFilterClauseSyntax)
                {
                    return true;
                }

                if (ancestor is StatementSyntax or MemberDeclarationSyntax)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>True when <c>throw;</c> is valid here: inside a catch block, not in a lambda or local function within it.</summary>
        private static bool IsDirectlyInCatch(SyntaxNode node)
        {
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case CatchClauseSyntax:
                        return true;
                    case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax or FinallyClauseSyntax:
                        return false;
                }
            }

            return false;
        }

        /// <summary>
        /// Ifs on the same source right before the statement that holds a switch are part of its dispatch:
        /// <c>if (code == CommonErrorCodes.RequestLimitExceeded) throw;</c> handles the throttled codes for the switch below it.
        /// </summary>
        private static void CollectPrecedingIfs(IOperation dispatch, DispatchCodes codes, string? key)
        {
            var statement = dispatch;
            while (statement.Parent is { } parent and not IBlockOperation)
            {
                statement = parent;
            }

            if (statement.Parent is not IBlockOperation block)
            {
                return;
            }

            for (var i = block.Operations.IndexOf(statement) - 1; i >= 0 && block.Operations[i] is IConditionalOperation previous && codes.FindSource(previous.Condition) == key; i--)
            {
                codes.Collect(previous, key);
            }
        }

        /// <summary>
        /// True when <c>if (source == Code) throw;</c> can go right before <paramref name="statement"/>: a statement of a
        /// block directly in a catch, and a source that reads nothing the statement itself declares.
        /// </summary>
        private static bool CanGuard(StatementSyntax statement, SyntaxNode source, SemanticModel? semanticModel)
        {
            if (statement.Parent is not BlockSyntax || !IsDirectlyInCatch(statement) || semanticModel is null)
            {
                return false;
            }

            foreach (var identifier in source.DescendantNodesAndSelf())
            {
                if (identifier is IdentifierNameSyntax
                    && semanticModel.GetSymbolInfo(identifier).Symbol is ILocalSymbol local
                    && local.DeclaringSyntaxReferences.Any(reference => statement.Span.Contains(reference.Span)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// True when a statement after the chain asks the catalog (<c>ErrorCodeCatalog.IsRetryable(code)</c>): the codes the
        /// chain does not name fall through to it, so the throttled ones are handled there.
        /// </summary>
        private static bool ContinuationAsksTheCatalog(IOperation statement, TencentCloudContext tencentCloud)
        {
            if (statement.Parent is not IBlockOperation block || tencentCloud.Catalog is null)
            {
                return false;
            }

            for (var i = block.Operations.IndexOf(statement) + 1; i < block.Operations.Length; i++)
            {
                foreach (var operation in block.Operations[i].DescendantsAndSelf())
                {
                    if (operation is IInvocationOperation { TargetMethod: { Name: "IsRetryable" or "GetRetryKind" } method }
                        && SymbolEqualityComparer.Default.Equals(method.ContainingType, tencentCloud.Catalog))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool NextStatementRethrows(IOperation statement)
        {
            if (statement.Parent is not IBlockOperation block)
            {
                return false;
            }

            var index = block.Operations.IndexOf(statement);
            return index + 1 < block.Operations.Length && ContainsRethrow(block.Operations[index + 1]);
        }

        private static bool ContainsRethrow(IOperation operation)
        {
            foreach (var descendant in operation.DescendantsAndSelf())
            {
                if (descendant is IThrowOperation @throw && IsRethrow(@throw))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>throw;</c> or <c>throw ex;</c> of an existing exception: the caller's retry policy still sees the SDK exception.</summary>
        private static bool IsRethrow(IThrowOperation @throw) =>
            @throw.Exception is null || ErrorCodeSources.Unwrap(@throw.Exception) is ILocalReferenceOperation or IParameterReferenceOperation;

        private static bool Contains<T>(IOperation operation)
            where T : IOperation
        {
            foreach (var descendant in operation.DescendantsAndSelf())
            {
                if (descendant is T)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
