using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>
    /// Fix All in every scope: each document's batch offers are applied together on its tree
    /// (<see cref="TencentCloudCodeFix.FixAllAsync"/>), never as text diffs merged after the fact.
    /// </summary>
    /// <remarks>
    /// <c>dotnet format</c> asks the first diagnostic it happens to hold for its first action and runs Fix All with that
    /// action's key; when that diagnostic has no fix, or only choices, the key is null. Every key but a choice's is the
    /// rule's batch key, so a null key means the batch: whichever diagnostic comes first, the run fixes every fixable one.
    /// </remarks>
    internal sealed class OneTreeFixAllProvider : FixAllProvider
    {
        internal static readonly OneTreeFixAllProvider Instance = new OneTreeFixAllProvider();

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            if (fixAllContext.CodeFixProvider is not TencentCloudCodeFix fixer
                || (fixAllContext.CodeActionEquivalenceKey is { } key && key != fixer.BatchEquivalenceKey))
            {
                return null;
            }

            var work = new List<(Document Document, ImmutableArray<Diagnostic> Diagnostics)>();
            foreach (var document in DocumentsInScope(fixAllContext))
            {
                var diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                if (!diagnostics.IsEmpty)
                {
                    work.Add((document, diagnostics));
                }
            }

            // Computed now, as the batch fixers do: a Fix All that would change nothing (every diagnostic needs a choice)
            // offers nothing, rather than an action that does nothing.
            var solution = await FixAllAsync(fixAllContext.Solution, fixer, work, fixAllContext.CancellationToken).ConfigureAwait(false);
            if (solution == fixAllContext.Solution)
            {
                return null;
            }

            return CodeAction.Create(
                "Fix all " + string.Join(", ", fixer.FixableDiagnosticIds),
                _ => Task.FromResult(solution),
                fixer.BatchEquivalenceKey);
        }

        private static IEnumerable<Document> DocumentsInScope(FixAllContext context) => context.Scope switch
        {
            FixAllScope.Document when context.Document is not null => new[] { context.Document },
            FixAllScope.Project => context.Project.Documents,
            FixAllScope.Solution => context.Solution.Projects.SelectMany(p => p.Documents),
            _ => Enumerable.Empty<Document>(),
        };

        private static async Task<Solution> FixAllAsync(Solution solution, TencentCloudCodeFix fixer, List<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> work, CancellationToken cancellationToken)
        {
            foreach (var (document, diagnostics) in work)
            {
                var fixedDocument = await fixer.FixAllAsync(document, diagnostics, cancellationToken).ConfigureAwait(false);
                if (fixedDocument != document)
                {
                    solution = solution.WithDocumentText(document.Id, await fixedDocument.GetTextAsync(cancellationToken).ConfigureAwait(false));
                }
            }

            return solution;
        }
    }
}
