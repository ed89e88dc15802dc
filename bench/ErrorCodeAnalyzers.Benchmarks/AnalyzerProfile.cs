using System.Collections.Immutable;
using System.Diagnostics;
using ErrorCodeAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TencentCloud.ErrorCodes;
using TencentCloud.ErrorCodes.Analyzers;

namespace ErrorCodeAnalyzers.Benchmarks;

/// <summary>
/// In-process, per-analyzer execution times over the corpus (one compilation of N files), from the analyzer driver's
/// own telemetry: the quick loop for finding where the time goes before confirming with the "build" command.
/// </summary>
internal static class AnalyzerProfile
{
    public static async Task<int> RunAsync(string[] args)
    {
        // profile [files] [runs], over the generated corpus; or profile --dir <sources> [--only-refs] [--ref <dll>]… [runs],
        // over a checkout (the SDK's own sources declare the SDK types): the runtime's assemblies and the given ones, or
        // with --only-refs the catalog and the given ones (a netstandard2.0 library: --ref …/netstandard.dll).
        var directory = BenchmarkArgs.Value(args, "--dir");
        var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: ["NS2"]);
        List<SyntaxTree> trees;
        List<MetadataReference> references;
        if (directory is not null)
        {
            trees = Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
                .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path))
                .ToList();
            references = args.Contains("--only-refs")
                ? new List<MetadataReference> { MetadataReference.CreateFromFile(typeof(ErrorCodeCatalog).Assembly.Location) }
                : BenchmarkInputs.References(withTencent: false);
            references.AddRange(args.Select((a, i) => (a, i)).Where(p => p.a == "--ref" && p.i + 1 < args.Length).Select(p => (MetadataReference)MetadataReference.CreateFromFile(args[p.i + 1])));
        }
        else
        {
            var files = positional.Count > 0 && int.TryParse(positional[0], out var n) ? n : 2000;
            trees = CorpusGenerator.Generate(files, seed: 1, withTencent: true)
                .Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, f.Name))
                .Append(CSharpSyntaxTree.ParseText(CorpusGenerator.GlobalUsings(withTencent: true), parseOptions, "GlobalUsings.cs"))
                .ToList();
            references = BenchmarkInputs.References(withTencent: true);
        }

        var analyzers = BenchmarkInputs.Analyzers();

        // TCE008/TCE009 read the action table only for a candidate (a product's code compared around client calls); its
        // index is built once per process. Measured cold, before the runs (which have candidates), after the code table
        // every rule loads anyway.
        KnownErrorCodes.IsKnown(CommonErrorCodes.InternalError);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var load = Stopwatch.StartNew();
        var sendSmsCodes = KnownErrorCodes.CodesOfAction("Sms", "v20210111", "SendSms").Count;
        load.Stop();
        Console.WriteLine($"action index, first use: {load.Elapsed.TotalMilliseconds:F1} ms, {(GC.GetAllocatedBytesForCurrentThread() - before) / 1024} KB allocated ({sendSmsCodes} codes for SendSms)");

        var runsAt = directory is null ? 1 : 0;
        var runs = positional.Count > runsAt && int.TryParse(positional[runsAt], out var r) ? r : 5;
        var minimum = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var run = 1; run <= runs; run++)
        {
            var compilation = CSharpCompilation.Create("Corpus", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var binding = Stopwatch.StartNew();
            var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            binding.Stop();
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
            var line = $"run {run}: binding {binding.ElapsedMilliseconds} ms ({errors} errors), {diagnostics.Length} diagnostics;";
            foreach (var analyzer in analyzers)
            {
                var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
                var id = analyzer.SupportedDiagnostics[0].Id;
                line += $" {id} {telemetry.ExecutionTime.TotalMilliseconds:F0}";
                minimum[id] = Math.Min(minimum.GetValueOrDefault(id, double.MaxValue), telemetry.ExecutionTime.TotalMilliseconds);
            }

            Console.WriteLine(line + " ms");
        }

        Console.WriteLine("minimum: " + string.Join(", ", minimum.Select(p => $"{p.Key} {p.Value:F0} ms")) + $"; total {minimum.Values.Sum():F0} ms");

        GC.KeepAlive(typeof(ErrorCodeCatalog));
        return 0;
    }

}
