using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TencentCloud.ErrorCodes.Internal;

namespace TencentCloud.ErrorCodes.Generator
{
    /// <summary>
    /// Generates C# from the error-code data passed as AdditionalFiles (<c>common-error-codes.tsv</c>,
    /// <c>error-codes.tsv</c>, <c>action-error-codes.tsv</c>). The MSBuild property <c>ErrorCodeCatalogOutput</c> says what to emit:
    /// <c>Catalog</c> for the public constants and lookup table, <c>AnalyzerTable</c> for the analyzers' table.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CatalogGenerator : IIncrementalGenerator
    {
        internal const string CommonFileName = "common-error-codes.tsv";
        internal const string ProductFileName = "error-codes.tsv";
        internal const string ActionFileName = "action-error-codes.tsv";
        internal const string OutputProperty = "build_property.ErrorCodeCatalogOutput";

        private static readonly DiagnosticDescriptor MissingData = BuildError(
            "TCEGEN001",
            "Error-code data missing",
            "The error-code catalog generator needs the AdditionalFiles '{0}', '{1}' and '{2}'");

        private static readonly DiagnosticDescriptor TooManyCodes = BuildError(
            "TCEGEN002",
            "Too many error codes for the action table",
            "The data has {0} codes; the action table stores a code in one character and holds at most {1}");

        // The generator's own build errors are not rules (no release tracking, no help page): the one place here that may
        // call the constructor (BannedSymbols.txt).
#pragma warning disable RS0030
        private static DiagnosticDescriptor BuildError(string id, string title, string message) =>
            new DiagnosticDescriptor(id, title, message, "Build", DiagnosticSeverity.Error, isEnabledByDefault: true);
#pragma warning restore RS0030

        /// <summary>Reads the catalog tables once they change and writes the output the project asks for (<c>ErrorCodeCatalogOutput</c>).</summary>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var output = context.AnalyzerConfigOptionsProvider
                .Select((options, _) => options.GlobalOptions.TryGetValue(OutputProperty, out var value) ? value.Trim() : string.Empty);

            var files = context.AdditionalTextsProvider
                .Where(text => IsDataFile(text.Path))
                .Select((text, cancellationToken) => (Name: Path.GetFileName(text.Path), Text: text.GetText(cancellationToken)?.ToString() ?? string.Empty))
                .Collect();

            context.RegisterSourceOutput(files.Combine(output), static (spc, input) => Emit(spc, input.Left, input.Right));
        }

        private static bool IsDataFile(string path)
        {
            var name = Path.GetFileName(path);
            return string.Equals(name, CommonFileName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, ProductFileName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, ActionFileName, StringComparison.OrdinalIgnoreCase);
        }

        private static void Emit(SourceProductionContext context, ImmutableArray<(string Name, string Text)> files, string output)
        {
            if (output.Length == 0)
            {
                return;
            }

            var common = TextOf(files, CommonFileName);
            var products = TextOf(files, ProductFileName);
            var actions = TextOf(files, ActionFileName);
            if (common is null || products is null || actions is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(MissingData, Location.None, CommonFileName, ProductFileName, ActionFileName));
                return;
            }

            var data = CatalogData.Parse(common, products, actions);
            if (data.Codes.Count - 1 > CatalogTable.MaxCodeIndex)
            {
                context.ReportDiagnostic(Diagnostic.Create(TooManyCodes, Location.None, data.Codes.Count, CatalogTable.MaxCodeIndex + 1));
                return;
            }

            if (string.Equals(output, "Catalog", StringComparison.OrdinalIgnoreCase))
            {
                Add(context, "CommonErrorCodes.g.cs", SourceWriter.CommonClass(data));
                foreach (var product in data.Products)
                {
                    Add(context, product.ClassName + ".g.cs", SourceWriter.ProductClass(data, product));
                }

                Add(context, "ErrorCodeCatalog.Table.g.cs", SourceWriter.Table(data, "TencentCloud.ErrorCodes", "ErrorCodeCatalog", "public static", withDescriptions: true));
            }
            else if (string.Equals(output, "AnalyzerTable", StringComparison.OrdinalIgnoreCase))
            {
                Add(context, "KnownErrorCodes.Table.g.cs", SourceWriter.Table(data, "TencentCloud.ErrorCodes.Analyzers", "KnownErrorCodes", "internal static", withDescriptions: false));
            }
        }

        private static string? TextOf(ImmutableArray<(string Name, string Text)> files, string name) =>
            files.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)).Text;

        private static void Add(SourceProductionContext context, string hintName, string source) =>
            context.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
    }
}
