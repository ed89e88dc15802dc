using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TencentCloud.ErrorCodes.Generator
{
    /// <summary>
    /// Generates C# from the error-code data passed as AdditionalFiles (<c>common-error-codes.tsv</c>,
    /// <c>error-codes.tsv</c>). The MSBuild property <c>ErrorCodeCatalogOutput</c> says what to emit:
    /// <c>Catalog</c> for the public constants and lookup table, <c>AnalyzerTable</c> for the analyzers' table.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CatalogGenerator : IIncrementalGenerator
    {
        internal const string CommonFileName = "common-error-codes.tsv";
        internal const string ProductFileName = "error-codes.tsv";
        internal const string OutputProperty = "build_property.ErrorCodeCatalogOutput";

        private static readonly DiagnosticDescriptor MissingData = new DiagnosticDescriptor(
            "TCEGEN001",
            "Error-code data missing",
            "The error-code catalog generator needs the AdditionalFiles '{0}' and '{1}'",
            "Build",
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

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
                || string.Equals(name, ProductFileName, StringComparison.OrdinalIgnoreCase);
        }

        private static void Emit(SourceProductionContext context, ImmutableArray<(string Name, string Text)> files, string output)
        {
            if (output.Length == 0)
            {
                return;
            }

            var common = files.FirstOrDefault(f => string.Equals(f.Name, CommonFileName, StringComparison.OrdinalIgnoreCase)).Text;
            var products = files.FirstOrDefault(f => string.Equals(f.Name, ProductFileName, StringComparison.OrdinalIgnoreCase)).Text;
            if (common is null || products is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(MissingData, Location.None, CommonFileName, ProductFileName));
                return;
            }

            var data = CatalogData.Parse(common, products);
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

        private static void Add(SourceProductionContext context, string hintName, string source) =>
            context.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
    }
}
