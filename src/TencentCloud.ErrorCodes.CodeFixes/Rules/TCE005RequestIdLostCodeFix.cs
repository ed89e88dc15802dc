using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using TencentCloud.ErrorCodes.Analyzers;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>TCE005: <c>throw new X("message")</c> becomes <c>throw new X("message", ex)</c>, keeping the SDK exception and its RequestId.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TCE005RequestIdLostCodeFix)), Shared]
    public sealed class TCE005RequestIdLostCodeFix : CatalogCodeFix
    {
        public const string EquivalenceKey = RuleIds.RequestIdLost;

        public TCE005RequestIdLostCodeFix()
            : base(RuleIds.RequestIdLost)
        {
        }

        private protected override void RegisterFixes(CodeFixContext context, SyntaxNode root, Compilation compilation, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(RequestIdFixProperties.Shape, out var shape) || shape != TCE005RequestIdLostAnalyzer.AddInnerShape
                || !CaughtException.CanReach(diagnostic.Properties) || diagnostic.AdditionalLocations.Count < 1
                || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not BaseObjectCreationExpressionSyntax { ArgumentList: { } } creation)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Keep the SDK exception as the inner exception", ct => FixAsync(context.Document, diagnostic, creation, ct), EquivalenceKey),
                diagnostic);
        }

        private static async Task<Document> FixAsync(Document document, Diagnostic diagnostic, BaseObjectCreationExpressionSyntax creation, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var name = CaughtException.Name(editor, creation, diagnostic.Properties);
            if (name is null)
            {
                return document;
            }

            editor.ReplaceNode(creation.ArgumentList!, CaughtException.Append(creation.ArgumentList!, SyntaxFactory.Argument(SyntaxFactory.IdentifierName(name))));
            return editor.GetChangedDocument();
        }
    }
}
