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
            // Indexed by kind, not a set: a generic collection of a value type is compiled anew in every compiler process.
            var kindSet = new bool[MaxKind(kinds) + 1];
            foreach (var kind in kinds)
            {
                kindSet[(int)kind] = true;
            }

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
                foreach (var found in nodes.Candidates)
                {
                    if (!(Contains(kindSet, found.Kind) || Contains(kindSet, found.OtherKind)) || (candidate is not null && !candidate(found.Node)))
                    {
                        continue;
                    }

                    if (found.Member is { } member && !gate(nodes.SignalsOf(member)))
                    {
                        continue;
                    }

                    var operation = c.SemanticModel.GetOperation(found.Node, c.CancellationToken);
                    if (operation is not null && Contains(kindSet, operation.Kind))
                    {
                        action(new OperationContext(operation, c));
                    }
                }
            });
        }

        private static int MaxKind(OperationKind[] kinds)
        {
            var max = 0;
            foreach (var kind in kinds)
            {
                max = Math.Max(max, (int)kind);
            }

            return max;
        }

        private static bool Contains(bool[] kinds, OperationKind kind) => (uint)kind < (uint)kinds.Length && kinds[(int)kind];

        /// <summary>
        /// The kinds of operation a node can hold that some rule asks for, told from syntax before any binding
        /// (<see cref="OperationKind.None"/> when none); <paramref name="otherKind"/> is a second possibility.
        /// </summary>
        internal static OperationKind KindOf(SyntaxNode node, out OperationKind otherKind)
        {
            otherKind = OperationKind.None;
            switch (node)
            {
                case BinaryExpressionSyntax binary:
                    // 'code is Class.Constant' parses as a type test and binds as a constant pattern.
                    otherKind = binary.IsKind(SyntaxKind.IsExpression) ? OperationKind.IsPattern : OperationKind.None;
                    return OperationKind.Binary;
                case InvocationExpressionSyntax:
                    return OperationKind.Invocation;
                case SwitchStatementSyntax:
                    return OperationKind.Switch;
                case SwitchExpressionSyntax:
                    return OperationKind.SwitchExpression;
                case IsPatternExpressionSyntax:
                    return OperationKind.IsPattern;
                case CatchClauseSyntax:
                    return OperationKind.CatchClause;
                case TryStatementSyntax:
                    return OperationKind.Try;
                case IfStatementSyntax or ConditionalExpressionSyntax:
                    return OperationKind.Conditional;
                case AnonymousFunctionExpressionSyntax:
                    return OperationKind.AnonymousFunction;
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax:
                    return OperationKind.MethodBody;
                case LocalFunctionStatementSyntax:
                    return OperationKind.LocalFunction;
                default:
                    return OperationKind.None;
            }
        }
    }

    /// <summary>
    /// One file's nodes that can hold an operation a rule asks for, in document order, each with its kinds and its member,
    /// found in one walk for every rule; and the words of each member, read once.
    /// </summary>
    internal sealed class TreeNodes
    {
        // Boxed signals and a class per candidate: generic code over a value type is compiled anew in every compiler process.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<SyntaxNode, object> memberSignals =
            new System.Collections.Concurrent.ConcurrentDictionary<SyntaxNode, object>();

        private readonly TencentCloudContext tencentCloud;

        public TreeNodes(SyntaxNode root, TencentCloudContext tencentCloud)
        {
            this.tencentCloud = tencentCloud;
            var candidates = new List<Candidate>();

            // A member without any rule's word fails every gate: the walk does not go into it (most of a file that passes
            // a gate: properties, constructors, the members without a catch or an error code).
            foreach (var node in root.DescendantNodes(n => !IsMember(n) || SignalsOf(n) != SyntaxSignals.None))
            {
                var kind = GatedOperations.KindOf(node, out var otherKind);
                if (kind != OperationKind.None)
                {
                    var member = node.FirstAncestorOrSelf<SyntaxNode>(IsMember);
                    candidates.Add(new Candidate(node, kind, otherKind, member));
                }
            }

            Candidates = candidates;
        }

        public IReadOnlyList<Candidate> Candidates { get; }

        /// <summary>What <paramref name="member"/>'s text holds of the words the rules need, read once.</summary>
        public SyntaxSignals SignalsOf(SyntaxNode member) =>
            (SyntaxSignals)memberSignals.GetOrAdd(member, m => tencentCloud.SignalsOf(m.SyntaxTree, m.Span));

        // Top-level statements share their locals across statements: the file, not the statement, decides for them.
        private static bool IsMember(SyntaxNode node) =>
            node is MemberDeclarationSyntax and not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax and not GlobalStatementSyntax;

        internal sealed class Candidate
        {
            public Candidate(SyntaxNode node, OperationKind kind, OperationKind otherKind, SyntaxNode? member)
            {
                Node = node;
                Kind = kind;
                OtherKind = otherKind;
                Member = member;
            }

            public SyntaxNode Node { get; }

            public OperationKind Kind { get; }

            public OperationKind OtherKind { get; }

            /// <summary>The member whose words decide for the node; null for top-level statements.</summary>
            public SyntaxNode? Member { get; }
        }
    }
}
