using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>
    /// The base of every fix. A rule's fixer says what each diagnostic offers; the lightbulb shows every offer, and Fix All
    /// (the IDE's, and <c>dotnet format</c>'s) applies each diagnostic's batch offer. Either way the edits are made on one
    /// tree and the document is simplified and formatted once, so a batch does exactly what the lightbulbs do one by one.
    /// </summary>
    public abstract class TencentCloudCodeFix : CodeFixProvider
    {
        private protected TencentCloudCodeFix(string ruleId)
        {
            FixableDiagnosticIds = ImmutableArray.Create(ruleId);
            BatchEquivalenceKey = ruleId;
        }

        /// <inheritdoc />
        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        /// <summary>
        /// The equivalence key of every batch offer: the rule id. Offers that need a choice (one of several equal products,
        /// a less likely suggestion) have no key, so no Fix All applies them.
        /// </summary>
        internal string BatchEquivalenceKey { get; }

        /// <inheritdoc />
        public sealed override FixAllProvider GetFixAllProvider() => OneTreeFixAllProvider.Instance;

        /// <inheritdoc />
        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var fixContext = await FixContext.CreateAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
            if (fixContext is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                foreach (var offer in OffersFor(fixContext, diagnostic))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(offer.Title, ct => ApplyAsync(context.Document, new[] { offer }, ct), offer.IsBatch ? BatchEquivalenceKey : null),
                        diagnostic);
                }
            }
        }

        /// <summary>Applies the batch offer of every diagnostic of <paramref name="document"/> in one edit.</summary>
        internal async Task<Document> FixAllAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var fixContext = await FixContext.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            if (fixContext is null)
            {
                return document;
            }

            var offers = new List<FixOffer>();
            foreach (var diagnostic in diagnostics.Where(d => FixableDiagnosticIds.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start))
            {
                if (OffersFor(fixContext, diagnostic).FirstOrDefault(o => o.IsBatch) is { } offer)
                {
                    offers.Add(offer);
                }
            }

            return offers.Count == 0 ? document : await ApplyAsync(document, offers, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// No fix in a member the parser had to recover (skipped or missing tokens): a rewrite built from such a tree can
        /// bind differently once the text is parsed again.
        /// </summary>
        private IEnumerable<FixOffer> OffersFor(FixContext context, Diagnostic diagnostic)
        {
            var node = context.Find(diagnostic.Location);
            var scope = (SyntaxNode?)node.FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>() ?? context.Root;
            return scope.ContainsDiagnostics ? Enumerable.Empty<FixOffer>() : GetOffers(context, diagnostic);
        }

        /// <summary>What the diagnostic offers, its batch offer (if any) first. Offers edit the tree of <see cref="FixContext.Root"/>.</summary>
        private protected abstract IEnumerable<FixOffer> GetOffers(FixContext context, Diagnostic diagnostic);

        private static async Task<Document> ApplyAsync(Document document, IReadOnlyList<FixOffer> offers, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var offer in offers)
            {
                offer.Apply(editor);
            }

            return await FixedDocument.FinishAsync(document, editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The original document's tree and semantic model, which every offer of one fix reads.</summary>
    internal sealed class FixContext
    {
        private FixContext(Document document, SyntaxNode root, SemanticModel semanticModel)
        {
            Document = document;
            Root = root;
            SemanticModel = semanticModel;
        }

        public Document Document { get; }

        public SyntaxNode Root { get; }

        public SemanticModel SemanticModel { get; }

        public Compilation Compilation => SemanticModel.Compilation;

        /// <summary>The node a location of the diagnostic names.</summary>
        public SyntaxNode Find(Location location) => Root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);

        internal static async Task<FixContext?> CreateAsync(Document document, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return root is null || semanticModel is null ? null : new FixContext(document, root, semanticModel);
        }
    }

    /// <summary>One fix a diagnostic offers: a title and the edits it makes.</summary>
    internal sealed class FixOffer
    {
        private readonly System.Action<DocumentEditor> apply;

        private FixOffer(string title, bool isBatch, System.Action<DocumentEditor> apply)
        {
            Title = title;
            IsBatch = isBatch;
            this.apply = apply;
        }

        public string Title { get; }

        /// <summary>True when Fix All may apply it: the fix involves no choice among equals.</summary>
        public bool IsBatch { get; }

        /// <summary>The fix Fix All and <c>dotnet format</c> apply.</summary>
        internal static FixOffer Batch(string title, System.Action<DocumentEditor> apply) => new FixOffer(title, isBatch: true, apply);

        /// <summary>A fix only the lightbulb offers: one choice among several.</summary>
        internal static FixOffer Choice(string title, System.Action<DocumentEditor> apply) => new FixOffer(title, isBatch: false, apply);

        internal void Apply(DocumentEditor editor) => apply(editor);
    }
}
