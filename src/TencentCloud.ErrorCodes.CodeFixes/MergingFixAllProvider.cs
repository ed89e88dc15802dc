using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>
    /// Fix All for every scope: each diagnostic's fix is computed on the original document, and the text changes are
    /// merged, identical ones once (every fix that needs <c>using TencentCloud.ErrorCodes;</c> adds the same line) and
    /// conflicting ones dropped. The batch fixer of Roslyn 4.8 drops a fix whose only overlap is such a shared
    /// <c>using</c>, so one pass would leave literals behind.
    /// </summary>
    internal sealed class MergingFixAllProvider : FixAllProvider
    {
        internal static readonly MergingFixAllProvider Instance = new MergingFixAllProvider();

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var documentsAndDiagnostics = new List<(Document Document, ImmutableArray<Diagnostic> Diagnostics)>();
            foreach (var document in DocumentsInScope(fixAllContext))
            {
                var diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                if (!diagnostics.IsEmpty)
                {
                    documentsAndDiagnostics.Add((document, diagnostics));
                }
            }

            if (documentsAndDiagnostics.Count == 0)
            {
                return null;
            }

            return CodeAction.Create(
                fixAllContext.CodeActionEquivalenceKey ?? "Fix all",
                ct => FixAllAsync(fixAllContext, documentsAndDiagnostics, ct),
                fixAllContext.CodeActionEquivalenceKey);
        }

        private static IEnumerable<Document> DocumentsInScope(FixAllContext context) => context.Scope switch
        {
            FixAllScope.Document when context.Document is not null => new[] { context.Document },
            FixAllScope.Project => context.Project.Documents,
            FixAllScope.Solution => context.Solution.Projects.SelectMany(p => p.Documents),
            _ => Enumerable.Empty<Document>(),
        };

        private static async Task<Solution> FixAllAsync(FixAllContext context, List<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> work, CancellationToken cancellationToken)
        {
            var solution = context.Solution;
            foreach (var (document, diagnostics) in work)
            {
                var merged = new List<TextChange>();
                foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
                {
                    var action = await ActionAsync(context, document, diagnostic, cancellationToken).ConfigureAwait(false);
                    if (action is null)
                    {
                        continue;
                    }

                    foreach (var operation in await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
                    {
                        if (operation is ApplyChangesOperation apply && apply.ChangedSolution.GetDocument(document.Id) is { } changed)
                        {
                            Merge(merged, await changed.GetTextChangesAsync(document, cancellationToken).ConfigureAwait(false));
                        }
                    }
                }

                var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                solution = solution.WithDocumentText(document.Id, text.WithChanges(merged.OrderBy(c => c.Span.Start)));
            }

            return solution;
        }

        private static async Task<CodeAction?> ActionAsync(FixAllContext context, Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            CodeAction? found = null;
            var fixContext = new CodeFixContext(document, diagnostic, (action, _) =>
            {
                if (found is null && action.EquivalenceKey == context.CodeActionEquivalenceKey)
                {
                    found = action;
                }
            }, cancellationToken);
            await context.CodeFixProvider.RegisterCodeFixesAsync(fixContext).ConfigureAwait(false);
            return found;
        }

        /// <summary>Adds one fix's changes when all of them fit: each is either already there or overlaps nothing.</summary>
        private static void Merge(List<TextChange> merged, IEnumerable<TextChange> changes)
        {
            var toAdd = new List<TextChange>();
            foreach (var change in changes)
            {
                if (merged.Any(m => m.Span == change.Span && m.NewText == change.NewText))
                {
                    continue;
                }

                if (merged.Any(m => Overlaps(m.Span, change.Span)))
                {
                    return;
                }

                toAdd.Add(change);
            }

            merged.AddRange(toAdd);
        }

        // Two insertions at one position also conflict: their order would be arbitrary.
        private static bool Overlaps(TextSpan a, TextSpan b) =>
            a.OverlapsWith(b) || (a.Start == b.Start) || (a.IsEmpty && b.Contains(a.Start) && b.Start != a.Start) || (b.IsEmpty && a.Contains(b.Start) && a.Start != b.Start);
    }
}
