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

        /// <inheritdoc />
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
                IsCandidate,
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

        /// <summary>
        /// A dispatch, or a declaration that can be a retry predicate (a method or local function named like one, a lambda
        /// given to Polly's builders): told from syntax, so that the bodies of the other members are not bound.
        /// </summary>
        internal static bool IsCandidate(SyntaxNode node) => node switch
        {
            MethodDeclarationSyntax method => TCE006RetryPredicates.IsPredicateName(method.Identifier.ValueText),
            LocalFunctionStatementSyntax localFunction => TCE006RetryPredicates.IsPredicateName(localFunction.Identifier.ValueText),
            AnonymousFunctionExpressionSyntax lambda => TCE006RetryPredicates.IsArgumentOfPredicateBuilder(lambda, out _),
            BaseMethodDeclarationSyntax or AccessorDeclarationSyntax => false,
            _ => true,
        };

        private static void AnalyzeSwitch(OperationContext context, TencentCloudContext tencentCloud)
        {
            var @switch = (ISwitchOperation)context.Operation;
            if (@switch.Syntax is not SwitchStatementSyntax syntax || TCE006RetryPredicates.IsInsidePredicate(syntax))
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
            CollectLabels(@switch, codes, key);
            if (!FallsThroughToRethrow(@switch))
            {
                var shape = IsDirectlyInCatch(syntax) ? CaseShape : null;
                Report(context, codes, syntax.SwitchKeyword.GetLocation(), "switch", shape, syntax, null);
            }
        }

        /// <summary>
        /// The codes of a switch statement's labels and sections: <c>case "A":</c>, <c>case var c when c.StartsWith(…):</c>
        /// (its variable is the code too), and the tests of the same source inside the sections.
        /// </summary>
        private static void CollectLabels(ISwitchOperation @switch, DispatchCodes codes, string key)
        {
            foreach (var (_, label) in @switch.Labels())
            {
                if (label is not IPatternCaseClauseOperation patternLabel)
                {
                    continue;
                }

                if (patternLabel.Pattern is IDeclarationPatternOperation { DeclaredSymbol: { } declared })
                {
                    codes.AddAlias(declared);
                }

                if (patternLabel.Guard is not null)
                {
                    codes.Collect(patternLabel.Guard, null);
                }
            }

            codes.AddConstants(@switch.LabelConstants());
            foreach (var section in @switch.Cases)
            {
                codes.Collect(section, key);
            }
        }

        /// <summary>
        /// True when the codes a switch does not name end in a rethrow: its <c>default:</c> rethrows, or, without a
        /// <c>default:</c> or with one that does not return, the statement after the switch does.
        /// </summary>
        private static bool FallsThroughToRethrow(ISwitchOperation @switch)
        {
            var defaultSection = @switch.Cases.FirstOrDefault(section => section.IsDefault());
            if (defaultSection is null)
            {
                return NextStatementRethrows(@switch);
            }

            return ContainsRethrow(defaultSection) || (!defaultSection.ContainsAny(operation => operation is IReturnOperation) && NextStatementRethrows(@switch));
        }

        private static void AnalyzeSwitchExpression(OperationContext context, TencentCloudContext tencentCloud)
        {
            var switchExpression = (ISwitchExpressionOperation)context.Operation;
            if (switchExpression.Syntax is not SwitchExpressionSyntax syntax || TCE006RetryPredicates.IsInsidePredicate(syntax) || IsInsideCatchFilter(syntax))
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
                codes.AddConstants(arm.Pattern.Constants());
                codes.Collect(arm, key);
                if (arm.Pattern is IDiscardPatternOperation && arm.Value.Unwrap() is IThrowOperation @throw && IsRethrow(@throw))
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
            if (conditional.Syntax is not IfStatementSyntax syntax || syntax.Parent is ElseClauseSyntax || TCE006RetryPredicates.IsInsidePredicate(syntax))
            {
                return;
            }

            var codes = new DispatchCodes(tencentCloud, tencentCloud.GetOptions(syntax.SyntaxTree));
            var key = codes.FindSource(conditional.Condition);
            var run = key is null ? null : ConsecutiveIfs(conditional, codes, key);
            if (run is null)
            {
                return;
            }

            foreach (var item in run)
            {
                codes.Collect(item, key);
            }

            // The fall-through is the last chain's final else, or what follows the run.
            var last = run[run.Count - 1];
            var finalElse = FinalElse(last);
            var fallsThroughToRethrow = finalElse is not null ? ContainsRethrow(finalElse) : NextStatementRethrows(last);
            if (fallsThroughToRethrow || (finalElse is null && ContinuationAsksTheCatalog(last, tencentCloud)))
            {
                return;
            }

            var kind = run.Count == 1 && conditional.WhenFalse is not IConditionalOperation ? "if" : "if chain";
            var source = codes.FirstSource?.Syntax;
            var guarded = source is not null && CanGuard(syntax, source, context.Operation.SemanticModel);
            Report(context, codes, syntax.IfKeyword.GetLocation(), kind, guarded ? GuardShape : null, guarded ? syntax : null, guarded ? source : null);
        }

        /// <summary>
        /// The ifs on the same source that start at <paramref name="conditional"/>: consecutive ifs are one dispatch, which the
        /// first of them reports. Null when an if on the same source comes right before it.
        /// </summary>
        private static List<IConditionalOperation>? ConsecutiveIfs(IConditionalOperation conditional, DispatchCodes codes, string key)
        {
            if (conditional.PrecedingStatements().FirstOrDefault() is IConditionalOperation previous && codes.FindSource(previous.Condition) == key)
            {
                return null;
            }

            var run = new List<IConditionalOperation> { conditional };
            foreach (var next in conditional.FollowingStatements())
            {
                if (next is not IConditionalOperation following || codes.FindSource(following.Condition) != key)
                {
                    break;
                }

                run.Add(following);
            }

            return run;
        }

        /// <summary>The <c>else</c> at the end of an if / else-if chain, or null when the chain has none.</summary>
        private static IOperation? FinalElse(IConditionalOperation chain)
        {
            var finalElse = chain.WhenFalse;
            while (finalElse is IConditionalOperation elseIf)
            {
                finalElse = elseIf.WhenFalse;
            }

            return finalElse;
        }

        private static void AnalyzeLambda(OperationContext context, TencentCloudContext tencentCloud)
        {
            var lambda = (IAnonymousFunctionOperation)context.Operation;
            if (lambda.Syntax is not AnonymousFunctionExpressionSyntax syntax || !TCE006RetryPredicates.IsPollyPredicate(syntax, lambda))
            {
                return;
            }

            AnalyzePredicate(context, tencentCloud, lambda.Symbol, lambda.Body, syntax.GetLocation(), TCE006RetryPredicates.Body(syntax.ExpressionBody, syntax.Block));
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
                    expression = TCE006RetryPredicates.Body(declaration.ExpressionBody?.Expression, declaration.Body);
                    break;
                case ILocalFunctionOperation localFunction when localFunction.Syntax is LocalFunctionStatementSyntax declaration:
                    method = localFunction.Symbol;
                    body = localFunction.Body;
                    identifier = declaration.Identifier;
                    expression = TCE006RetryPredicates.Body(declaration.ExpressionBody?.Expression, declaration.Body);
                    break;
                default:
                    return;
            }

            if (method is null || body is null || method.ReturnType.SpecialType != SpecialType.System_Boolean || !TCE006RetryPredicates.IsPredicateName(method.Name))
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
            foreach (var statement in dispatch.EnclosingStatement()?.PrecedingStatements() ?? Enumerable.Empty<IOperation>())
            {
                if (statement is not IConditionalOperation previous || codes.FindSource(previous.Condition) != key)
                {
                    break;
                }

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
        private static bool ContinuationAsksTheCatalog(IOperation statement, TencentCloudContext tencentCloud) =>
            tencentCloud.Catalog is { } catalog
            && statement.FollowingStatements().Any(following => following.ContainsAny(operation =>
                operation is IInvocationOperation { TargetMethod: { Name: "IsRetryable" or "GetRetryKind" } method }
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, catalog)));

        private static bool NextStatementRethrows(IOperation statement) =>
            statement.FollowingStatements().FirstOrDefault() is { } next && ContainsRethrow(next);

        private static bool ContainsRethrow(IOperation operation) =>
            operation.ContainsAny(descendant => descendant is IThrowOperation @throw && IsRethrow(@throw));

        /// <summary><c>throw;</c> or <c>throw ex;</c> of an existing exception: the caller's retry policy still sees the SDK exception.</summary>
        private static bool IsRethrow(IThrowOperation @throw) =>
            @throw.Exception is null || @throw.Exception.Unwrap() is ILocalReferenceOperation or IParameterReferenceOperation;

    }
}
