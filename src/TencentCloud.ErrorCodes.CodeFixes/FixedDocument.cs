using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>The last step of every fix, once per document: the usings the edits need, simplified names, formatting.</summary>
    internal static class FixedDocument
    {
        internal static async Task<Document> FinishAsync(Document original, Document edited, CancellationToken cancellationToken)
        {
            var originalText = await original.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var usesLineFeedOnly = originalText.ToString().IndexOf('\r') < 0;

            var document = await ImportAdder.AddImportsAsync(edited, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            document = await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);

            // Reparse: 'x is Class.Constant' built as a constant pattern parses back as a type test, which the compiler
            // binds to the same constant. The text is what users get, so the tree must be the one the text parses to.
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);

            // A new using directive gets the workspace's default line ending; keep a LF-only file LF-only.
            if (usesLineFeedOnly && text.ToString().IndexOf('\r') >= 0)
            {
                text = SourceText.From(text.ToString().Replace("\r\n", "\n"), text.Encoding, text.ChecksumAlgorithm);
            }

            var tree = CSharpSyntaxTree.ParseText(text, (CSharpParseOptions?)document.Project.ParseOptions, document.FilePath ?? string.Empty, cancellationToken);
            return document.WithSyntaxRoot(await tree.GetRootAsync(cancellationToken).ConfigureAwait(false));
        }
    }
}
