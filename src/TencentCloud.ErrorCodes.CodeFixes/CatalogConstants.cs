using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using TencentCloud.ErrorCodes.Internal;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>Writes references to catalog constants: fully qualified, then simplified with a <c>using</c> where that is unambiguous.</summary>
    internal static class CatalogConstants
    {
        /// <summary>True when the compilation references the catalog class and it declares the code's constant.</summary>
        internal static bool Exists(Compilation compilation, string className, string code)
        {
            var type = compilation.GetTypeByMetadataName(CatalogNaming.Namespace + "." + className);
            if (type is null)
            {
                return false;
            }

            foreach (var member in type.GetMembers(CatalogNaming.ConstantName(code)))
            {
                if (member is IFieldSymbol { IsConst: true, ConstantValue: string value } && value == code)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>global::TencentCloud.ErrorCodes.{Class}.{Constant}</c>, annotated so the fix adds the using and shortens it.</summary>
        internal static ExpressionSyntax Reference(string className, string code) =>
            SyntaxFactory.ParseExpression("global::" + CatalogNaming.Namespace + "." + className + "." + CatalogNaming.ConstantName(code))
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        /// <summary>Replaces <paramref name="node"/>, then adds the using and simplifies the names the replacement introduced.</summary>
        internal static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, SyntaxNode replacement, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            editor.ReplaceNode(node, replacement.WithTriviaFrom(node));
            return await SimplifyAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
        }

        internal static async Task<Document> SimplifyAsync(Document document, CancellationToken cancellationToken)
        {
            var original = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var usesLineFeedOnly = original.ToString().IndexOf('\r') < 0;

            document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            document = await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);

            // Reparse: 'x is Class.Constant' built as a constant pattern parses back as a type test, which the compiler
            // binds to the same constant. The text is what users get, so the tree must be the one the text parses to.
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);

            // A new using directive gets the workspace's default line ending; keep a LF-only file LF-only.
            if (usesLineFeedOnly && text.ToString().IndexOf('\r') >= 0)
            {
                text = Microsoft.CodeAnalysis.Text.SourceText.From(text.ToString().Replace("\r\n", "\n"), text.Encoding, text.ChecksumAlgorithm);
            }

            var tree = CSharpSyntaxTree.ParseText(text, (CSharpParseOptions?)document.Project.ParseOptions, document.FilePath ?? string.Empty, cancellationToken);
            return document.WithSyntaxRoot(await tree.GetRootAsync(cancellationToken).ConfigureAwait(false));
        }
    }
}
