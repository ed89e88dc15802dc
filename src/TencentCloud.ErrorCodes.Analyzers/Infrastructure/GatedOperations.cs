using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>What a rule's callback gets for one operation: the operation, where it is, and how to report.</summary>
    internal readonly struct OperationContext
    {
        private readonly SemanticModelAnalysisContext context;

        public OperationContext(IOperation operation, SemanticModelAnalysisContext context)
        {
            Operation = operation;
            this.context = context;
        }

        public IOperation Operation { get; }

        public Compilation Compilation => context.SemanticModel.Compilation;

        public CancellationToken CancellationToken => context.CancellationToken;

        /// <summary>The method, local function, lambda or property whose code holds the operation (a declaration's own symbol).</summary>
        public ISymbol? ContainingSymbol => Operation.Syntax is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax
            ? context.SemanticModel.GetDeclaredSymbol(Operation.Syntax, context.CancellationToken)
            : context.SemanticModel.GetEnclosingSymbol(Operation.Syntax.SpanStart, context.CancellationToken);

        public void ReportDiagnostic(Diagnostic diagnostic) => context.ReportDiagnostic(diagnostic);
    }

    /// <summary>
    /// Operation callbacks that run only in files whose text has the words a rule needs. A compilation-wide operation action
    /// makes the analyzer driver build the operation tree of every method of the compilation; in a library that wraps the
    /// SDK (request and response models, clients) that is most of the package's cost for no finding. Here one
    /// semantic-model action per rule skips a file on its <see cref="SyntaxSignals"/>, and asks for the operations of the
    /// few nodes that can hold what the rule looks for.
    /// </summary>
    internal static class GatedOperations
    {
        /// <summary>A file whose text has any of <paramref name="signals"/>.</summary>
        internal static Func<SyntaxSignals, bool> Any(SyntaxSignals signals) => found => (found & signals) != 0;

        /// <summary>A file whose text has every one of <paramref name="signals"/>.</summary>
        internal static Func<SyntaxSignals, bool> All(SyntaxSignals signals) => found => (found & signals) == signals;

        internal static void Register(
            CompilationStartAnalysisContext context,
            TencentCloudContext tencentCloud,
            Func<TencentCloudContext, bool> applicable,
            Func<SyntaxSignals, bool> gate,
            Action<OperationContext> action,
            params OperationKind[] kinds) =>
            Register(context, tencentCloud, applicable, gate, candidate: null, action, kinds);

        /// <summary>
        /// Calls <paramref name="action"/> for each operation of <paramref name="kinds"/> in a file, and then a member, whose
        /// text passes <paramref name="gate"/>, and whose syntax passes <paramref name="candidate"/> (a test that binds nothing).
        /// <paramref name="applicable"/> (the rule's types are there) is asked once, when a file first passes the gate.
        /// </summary>
        internal static void Register(
            CompilationStartAnalysisContext context,
            TencentCloudContext tencentCloud,
            Func<TencentCloudContext, bool> applicable,
            Func<SyntaxSignals, bool> gate,
            Func<SyntaxNode, bool>? candidate,
            Action<OperationContext> action,
            params OperationKind[] kinds)
        {
            var kindSet = new HashSet<OperationKind>(kinds);
            var isApplicable = new Lazy<bool>(() => applicable(tencentCloud), LazyThreadSafetyMode.ExecutionAndPublication);
            context.RegisterSemanticModelAction(c =>
            {
                var tree = c.SemanticModel.SyntaxTree;
                if (!gate(tencentCloud.SignalsOf(tree)) || !isApplicable.Value)
                {
                    return;
                }

                // The file has the words; most of its members may not. The file's candidate nodes and each member's words are
                // found once, for every rule.
                var nodes = tencentCloud.NodesOf(tree, c.CancellationToken);
                foreach (var node in nodes.Candidates)
                {
                    if (!CanBe(node, kindSet) || (candidate is not null && !candidate(node)))
                    {
                        continue;
                    }

                    if (nodes.MemberOf(node) is { } member && !gate(nodes.SignalsOf(member, tencentCloud)))
                    {
                        continue;
                    }

                    var operation = c.SemanticModel.GetOperation(node, c.CancellationToken);
                    if (operation is not null && kindSet.Contains(operation.Kind))
                    {
                        action(new OperationContext(operation, c));
                    }
                }
            });
        }

        /// <summary>Whether a node can hold an operation any rule asks for: the nodes <see cref="TreeNodes"/> keeps.</summary>
        internal static bool IsCandidate(SyntaxNode node) => node is BinaryExpressionSyntax or InvocationExpressionSyntax or SwitchStatementSyntax
            or SwitchExpressionSyntax or IsPatternExpressionSyntax or CatchClauseSyntax or TryStatementSyntax or IfStatementSyntax
            or ConditionalExpressionSyntax or AnonymousFunctionExpressionSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
            or LocalFunctionStatementSyntax;

        /// <summary>Whether the node's operation can be of one of <paramref name="kinds"/>: a test on syntax, before any binding.</summary>
        private static bool CanBe(SyntaxNode node, HashSet<OperationKind> kinds) => node switch
        {
            // 'code is Class.Constant' parses as a type test and binds as a constant pattern.
            BinaryExpressionSyntax binary => kinds.Contains(OperationKind.Binary) || (binary.IsKind(SyntaxKind.IsExpression) && kinds.Contains(OperationKind.IsPattern)),
            InvocationExpressionSyntax => kinds.Contains(OperationKind.Invocation),
            SwitchStatementSyntax => kinds.Contains(OperationKind.Switch),
            SwitchExpressionSyntax => kinds.Contains(OperationKind.SwitchExpression),
            IsPatternExpressionSyntax => kinds.Contains(OperationKind.IsPattern),
            CatchClauseSyntax => kinds.Contains(OperationKind.CatchClause),
            TryStatementSyntax => kinds.Contains(OperationKind.Try),
            IfStatementSyntax or ConditionalExpressionSyntax => kinds.Contains(OperationKind.Conditional),
            AnonymousFunctionExpressionSyntax => kinds.Contains(OperationKind.AnonymousFunction),
            BaseMethodDeclarationSyntax or AccessorDeclarationSyntax => kinds.Contains(OperationKind.MethodBody),
            LocalFunctionStatementSyntax => kinds.Contains(OperationKind.LocalFunction),
            _ => false,
        };
    }

    /// <summary>
    /// One file's nodes that can hold an operation a rule asks for, in document order, found in one walk for every rule;
    /// and the words of each member, read when a rule first has a candidate in it.
    /// </summary>
    internal sealed class TreeNodes
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<SyntaxNode, SyntaxSignals> memberSignals =
            new System.Collections.Concurrent.ConcurrentDictionary<SyntaxNode, SyntaxSignals>();

        public TreeNodes(SyntaxNode root)
        {
            var candidates = new List<SyntaxNode>();
            foreach (var node in root.DescendantNodes())
            {
                if (GatedOperations.IsCandidate(node))
                {
                    candidates.Add(node);
                }
            }

            Candidates = candidates;
        }

        public IReadOnlyList<SyntaxNode> Candidates { get; }

        /// <summary>The member whose words decide for <paramref name="node"/>; null for top-level statements, which share their locals across statements (the file decides).</summary>
        public SyntaxNode? MemberOf(SyntaxNode node) =>
            node.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax and not GlobalStatementSyntax);

        public SyntaxSignals SignalsOf(SyntaxNode member, TencentCloudContext tencentCloud) =>
            memberSignals.GetOrAdd(member, m => tencentCloud.SignalsOf(m.SyntaxTree, m.Span));
    }
}
