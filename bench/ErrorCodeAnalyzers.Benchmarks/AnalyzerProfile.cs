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
        var files = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 2000;
        var trees = CorpusGenerator.Generate(files, seed: 1, withTencent: true)
            .Select(f => CSharpSyntaxTree.ParseText(f.Text, new CSharpParseOptions(LanguageVersion.Latest), f.Name))
            .Append(CSharpSyntaxTree.ParseText(CorpusGenerator.GlobalUsings(withTencent: true), new CSharpParseOptions(LanguageVersion.Latest), "GlobalUsings.cs"))
            .ToList();
        var references = BenchmarkInputs.References(withTencent: true);
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

        var runs = args.Length > 1 && int.TryParse(args[1], out var r) ? r : 5;
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
