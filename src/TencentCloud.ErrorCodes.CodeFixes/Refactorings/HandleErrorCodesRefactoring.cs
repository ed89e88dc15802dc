using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeRefactorings;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using TencentCloud.ErrorCodes.Analyzers;
using TencentCloud.ErrorCodes.Internal;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>
    /// "Handle the error codes of SendSms", on an SDK call: a <c>catch (TencentCloudSDKException ex)</c> that logs the
    /// RequestId (when the class has a logger) and switches over the codes the action documents, each a catalog constant
    /// with its documented description. Every branch rethrows, so the code behaves as before until its author replaces a
    /// <c>throw;</c> with the handling a code needs.
    /// </summary>
    [ExportCodeRefactoringProvider(LanguageNames.CSharp, Name = nameof(HandleErrorCodesRefactoring))]
    public sealed class HandleErrorCodesRefactoring : CodeRefactoringProvider
    {
        /// <summary>The equivalence key of the refactoring's action.</summary>
        public const string EquivalenceKey = nameof(HandleErrorCodesRefactoring);

        /// <inheritdoc />
        public override async Task ComputeRefactoringsAsync(CodeRefactoringContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null || !SdkCall.TryFind(root.FindNode(context.Span, getInnermostNodeForTie: true), semanticModel, context.CancellationToken, out var call))
            {
                return;
            }

            // The two catalog classes are looked up once; each code then is one member look-up.
            var commonClass = CatalogConstants.Class(semanticModel.Compilation, CatalogNaming.CommonClassName);
            var productClass = CatalogConstants.Class(semanticModel.Compilation, CatalogNaming.ProductClassName(call.Product));
            var constants = new Dictionary<string, IFieldSymbol>(StringComparer.Ordinal);
            var codes = new List<string>();
            foreach (var code in KnownErrorCodes.CodesOfAction(call.Product, call.ApiVersion, call.Action))
            {
                if (CatalogConstants.Constant(IsCommon(code) ? commonClass : productClass, code) is { } constant)
                {
                    constants[code] = constant;
                    codes.Add(code);
                }
            }

            if (codes.Count == 0 || CatalogConstants.Constant(commonClass, RetryClassifier.ThrottledRoot) is not { } throttledRoot)
            {
                return;
            }

            constants[RetryClassifier.ThrottledRoot] = throttledRoot;

            context.RegisterRefactoring(CodeAction.Create(
                "Handle the error codes of " + call.Action,
                ct => ApplyAsync(context.Document, semanticModel, call, codes, constants, ct),
                EquivalenceKey));
        }

        private static async Task<Document> ApplyAsync(
            Document document, SemanticModel semanticModel, SdkCall call, IReadOnlyList<string> codes, IReadOnlyDictionary<string, IFieldSymbol> constants, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var scope = (SyntaxNode?)call.EnclosingTry?.Block ?? call.Block;
            var name = CaughtException.FreeName(semanticModel, call.Statements[0].SpanStart, scope);
            var handler = Handler(semanticModel, call, codes, constants, name, cancellationToken);

            if (call.EnclosingTry is { } enclosing)
            {
                // Before the first handler that would take the SDK exception first (catch (Exception), a bare catch).
                var before = enclosing.Catches.FirstOrDefault(c => c.Declaration is null || call.CatchesSdkException(semanticModel, c, cancellationToken));
                var catches = before is null ? enclosing.Catches.Add(handler) : enclosing.Catches.Insert(enclosing.Catches.IndexOf(before), handler);
                editor.ReplaceNode(enclosing, enclosing.WithCatches(catches).WithAdditionalAnnotations(Formatter.Annotation));
            }
            else
            {
                var statements = call.Block.Statements;
                var first = statements.IndexOf(call.Statements[0]);
                var wrapped = SyntaxFactory.TryStatement(
                        SyntaxFactory.Block(call.Statements),
                        SyntaxFactory.SingletonList(handler),
                        @finally: null)
                    .WithAdditionalAnnotations(Formatter.Annotation);
                var rewritten = statements.Take(first).Append(wrapped).Concat(statements.Skip(first + call.Statements.Count));
                editor.ReplaceNode(call.Block, call.Block.WithStatements(SyntaxFactory.List(rewritten)));
            }

            return await FixedDocument.FinishAsync(document, editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
        }

        private static CatchClauseSyntax Handler(
            SemanticModel semanticModel, SdkCall call, IReadOnlyList<string> codes, IReadOnlyDictionary<string, IFieldSymbol> constants, string name, CancellationToken cancellationToken)
        {
            var throttled = new List<string> { RetryClassifier.ThrottledRoot };
            throttled.AddRange(codes.Where(c => c != RetryClassifier.ThrottledRoot && RetryClassifier.Classify(c) == RetryClassifier.Throttled));
            var common = codes.Where(c => !throttled.Contains(c) && IsCommon(c)).ToList();
            var product = codes.Where(c => !throttled.Contains(c) && !IsCommon(c)).ToList();

            var text = new StringBuilder();
            text.Append("try { }\ncatch (global::").Append(TencentCloudContext.SdkExceptionMetadataName).Append(' ').Append(name).Append(")\n{\n");
            if (LogStatement(semanticModel, call, name, cancellationToken) is { } log)
            {
                text.Append(log).Append('\n');
            }

            text.Append("switch (").Append(name).Append('.').Append(TencentCloudContext.ErrorCodePropertyName).Append(")\n{\n");
            AppendSection(text, constants, call, throttled, "Throttled: the call did not run; it is safe to retry with backoff.");
            AppendSection(text, constants, call, product, "Documented for " + call.Action + ": replace a throw with what the code needs.");
            AppendSection(text, constants, call, common, "Common codes " + call.Action + " documents.");
            text.Append("default:\nthrow;\n}\n}\n");

            var parsed = (TryStatementSyntax)ShortenedTypes.ParseStatement(text.ToString());
            return parsed.Catches[0].WithAdditionalAnnotations(Formatter.Annotation);
        }

        private static void AppendSection(StringBuilder text, IReadOnlyDictionary<string, IFieldSymbol> constants, SdkCall call, IReadOnlyList<string> codes, string comment)
        {
            if (codes.Count == 0)
            {
                return;
            }

            text.Append("// ").Append(comment).Append('\n');
            foreach (var code in codes)
            {
                var className = ClassOf(code, call.Product);
                text.Append("case global::").Append(CatalogNaming.Namespace).Append('.').Append(className).Append('.').Append(CatalogNaming.ConstantName(code)).Append(':');
                if (Description(constants[code]) is { Length: > 0 } description)
                {
                    text.Append(" // ").Append(description);
                }

                text.Append('\n');
            }

            text.Append("throw;\n");
        }

        /// <summary>A log call with the RequestId, for a Microsoft.Extensions.Logging or Serilog logger in scope; else null.</summary>
        private static string? LogStatement(SemanticModel semanticModel, SdkCall call, string name, CancellationToken cancellationToken)
        {
            var position = call.Statements[0].SpanStart;
            var melLogger = TencentCloudContext.Find(semanticModel.Compilation, "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Logging.ILogger");
            var serilogLogger = TencentCloudContext.Find(semanticModel.Compilation, "Serilog", "Serilog.ILogger");
            var message = "\"" + call.Action + " failed: {ErrorCode} (RequestId: {RequestId})\", " + name + ".ErrorCode, " + name + ".RequestId";
            var inStaticCode = false;
            for (var symbol = semanticModel.GetEnclosingSymbol(position, cancellationToken); symbol is IMethodSymbol; symbol = symbol.ContainingSymbol)
            {
                inStaticCode |= symbol.IsStatic;
            }

            // Parameters and locals first: a logger handed to the method is the one its author means.
            foreach (var symbol in semanticModel.LookupSymbols(position).OrderBy(s => s is IParameterSymbol or ILocalSymbol ? 0 : 1))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var type = symbol switch
                {
                    IParameterSymbol parameter => parameter.Type,
                    ILocalSymbol local => local.Type,
                    IFieldSymbol field => field.Type,
                    IPropertySymbol property => property.Type,
                    _ => null,
                };
                if (type is null
                    || (symbol is ILocalSymbol && symbol.Locations.FirstOrDefault()?.SourceSpan.Start > position)
                    || (inStaticCode && symbol is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false }))
                {
                    continue;
                }

                if (melLogger is not null && Implements(type, melLogger)
                    && !semanticModel.LookupSymbols(position, type, "LogError", includeReducedExtensionMethods: true).IsEmpty)
                {
                    return symbol.Name + ".LogError(" + name + ", " + message + ");";
                }

                if (serilogLogger is not null && Implements(type, serilogLogger))
                {
                    return symbol.Name + ".Error(" + name + ", " + message + ");";
                }
            }

            return null;
        }

        private static bool Implements(ITypeSymbol type, INamedTypeSymbol contract) =>
            SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, contract)
            || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, contract));

        /// <summary>The documented description, read from the constant's XML documentation (the catalog ships it); else null.</summary>
        private static string? Description(IFieldSymbol constant)
        {
            var xml = constant.GetDocumentationCommentXml();
            if (string.IsNullOrEmpty(xml))
            {
                return null;
            }

            var start = xml!.IndexOf("<summary>", StringComparison.Ordinal);
            var end = xml.IndexOf("</summary>", StringComparison.Ordinal);
            if (start < 0 || end < start)
            {
                return null;
            }

            var summary = xml.Substring(start + "<summary>".Length, end - start - "<summary>".Length);
            var afterCode = summary.IndexOf("</c>:", StringComparison.Ordinal);
            var text = (afterCode >= 0 ? summary.Substring(afterCode + "</c>:".Length) : summary).Trim();
            text = text.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");
            return text.Length == 0 || text == "No description is documented." ? null : Shortened(text);
        }

        /// <summary>
        /// One line for a trailing comment: markdown links keep their text, and a long description keeps its first
        /// sentence (the rest is one F12 away, on the constant).
        /// </summary>
        private static string Shortened(string description)
        {
            const int LongComment = 120;
            var text = MarkdownLink.Replace(new string(description.Select(c => char.IsControl(c) ? ' ' : c).ToArray()), "$1");
            if (text.Length > LongComment)
            {
                var end = text.IndexOfAny(SentenceEnds);
                if (end > 0 && end < text.Length - 1)
                {
                    text = text.Substring(0, end + 1);
                }
            }

            return text.Trim();
        }

        private static readonly System.Text.RegularExpressions.Regex MarkdownLink = new System.Text.RegularExpressions.Regex(@"\[([^\]]*)\]\([^)]*\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private static readonly char[] SentenceEnds = { '.', '。', ';', '；' };

        private static string ClassOf(string code, string product) => IsCommon(code) ? CatalogNaming.CommonClassName : CatalogNaming.ProductClassName(product);

        private static bool IsCommon(string code) => KnownErrorCodes.TryGet(code, out var known) && known.IsCommon;

        /// <summary>An SDK call whose failure a handler around its statement would catch.</summary>
        private sealed class SdkCall
        {
            private SdkCall(string product, string apiVersion, string action, BlockSyntax block, IReadOnlyList<StatementSyntax> statements, TryStatementSyntax? enclosingTry, INamedTypeSymbol sdkException)
            {
                Product = product;
                ApiVersion = apiVersion;
                Action = action;
                Block = block;
                Statements = statements;
                EnclosingTry = enclosingTry;
                SdkException = sdkException;
            }

            public string Product { get; }

            public string ApiVersion { get; }

            public string Action { get; }

            /// <summary>The block of the call's statement.</summary>
            public BlockSyntax Block { get; }

            /// <summary>The statements a new <c>try</c> wraps: the call's, and the later ones that use what it declares.</summary>
            public IReadOnlyList<StatementSyntax> Statements { get; }

            /// <summary>The <c>try</c> of the same function whose block holds the call; the handler joins it.</summary>
            public TryStatementSyntax? EnclosingTry { get; }

            private INamedTypeSymbol SdkException { get; }

            /// <summary>True when the clause takes the SDK exception before a new handler after it could (no filter, a base type).</summary>
            public bool CatchesSdkException(SemanticModel semanticModel, CatchClauseSyntax clause, CancellationToken cancellationToken) =>
                clause.Filter is null
                && semanticModel.GetTypeInfo(clause.Declaration!.Type, cancellationToken).Type is INamedTypeSymbol caught
                && TencentCloudContext.InheritsFrom(SdkException, caught);

            public static bool TryFind(SyntaxNode node, SemanticModel semanticModel, CancellationToken cancellationToken, out SdkCall call)
            {
                call = null!;
                var abstractClient = TencentCloudContext.Find(semanticModel.Compilation, TencentCloudContext.SdkAssemblyName, TencentCloudContext.AbstractClientMetadataName);
                var sdkException = TencentCloudContext.Find(semanticModel.Compilation, TencentCloudContext.SdkAssemblyName, TencentCloudContext.SdkExceptionMetadataName);
                if (abstractClient is null || sdkException is null)
                {
                    return false;
                }

                foreach (var invocation in node.AncestorsAndSelf().TakeWhile(n => n is not StatementSyntax and not AnonymousFunctionExpressionSyntax).OfType<InvocationExpressionSyntax>())
                {
                    if (semanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { IsStatic: false, MethodKind: MethodKind.Ordinary } method
                        && TencentCloudContext.InheritsFrom(method.ContainingType, abstractClient)
                        && ClientProducts.TryGetClient(method.ContainingType, out var product, out var apiVersion)
                        && ThrowsWhereCalled(invocation, method)
                        && TryFindStatements(invocation, out var block, out var statements))
                    {
                        call = new SdkCall(product, apiVersion, TencentCloudContext.ActionOf(method), block, statements, EnclosingTryOf(statements[0], block), sdkException);
                        return call.EnclosingTry is null || !call.EnclosingTry.Catches.Any(c => c.Declaration is not null && c.Filter is null
                            && semanticModel.GetTypeInfo(c.Declaration.Type, cancellationToken).Type is INamedTypeSymbol caught
                            && TencentCloudContext.InheritsFrom(caught, sdkException));
                    }
                }

                return false;
            }

            /// <summary>
            /// A synchronous call throws the SDK exception itself; an asynchronous one only where it is awaited (possibly
            /// through <c>ConfigureAwait</c>). A task stored, returned or waited on with <c>.Result</c> fails elsewhere.
            /// </summary>
            private static bool ThrowsWhereCalled(InvocationExpressionSyntax invocation, IMethodSymbol method)
            {
                if (!method.ReturnType.Name.StartsWith("Task", StringComparison.Ordinal) && method.ReturnType.Name != "ValueTask")
                {
                    return true;
                }

                ExpressionSyntax awaited = invocation;
                if (invocation.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } configure && configure.Parent is InvocationExpressionSyntax configured)
                {
                    awaited = configured;
                }

                SyntaxNode outer = awaited;
                while (outer.Parent is ParenthesizedExpressionSyntax)
                {
                    outer = outer.Parent;
                }

                return outer.Parent is AwaitExpressionSyntax;
            }

            private static bool TryFindStatements(InvocationExpressionSyntax invocation, out BlockSyntax block, out IReadOnlyList<StatementSyntax> statements)
            {
                block = null!;
                statements = null!;
                var statement = invocation.FirstAncestorOrSelf<StatementSyntax>();
                if (statement?.Parent is not BlockSyntax parent || statement is LocalFunctionStatementSyntax
                    || statement is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 })
                {
                    return false;
                }

                // What the statement declares must stay in scope for the statements that use it.
                var declared = new HashSet<string>(
                    statement.DescendantNodesAndSelf()
                        .Select(n => n switch
                        {
                            VariableDeclaratorSyntax declarator => declarator.Identifier.ValueText,
                            SingleVariableDesignationSyntax designation => designation.Identifier.ValueText,
                            _ => null,
                        })
                        .Where(n => n is not null)!,
                    StringComparer.Ordinal);
                var first = parent.Statements.IndexOf(statement);
                var last = first;
                for (var i = first + 1; i < parent.Statements.Count && declared.Count > 0; i++)
                {
                    if (parent.Statements[i].DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && declared.Contains(t.ValueText)))
                    {
                        last = i;
                    }
                }

                block = parent;
                statements = parent.Statements.Skip(first).Take(last - first + 1).ToList();
                return true;
            }

            private static TryStatementSyntax? EnclosingTryOf(StatementSyntax statement, BlockSyntax block)
            {
                foreach (var ancestor in block.AncestorsAndSelf())
                {
                    switch (ancestor)
                    {
                        case TryStatementSyntax tryStatement when tryStatement.Block.Span.Contains(statement.Span):
                            return tryStatement;
                        case CatchClauseSyntax or FinallyClauseSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax:
                            return null;
                    }
                }

                return null;
            }
        }
    }
}
