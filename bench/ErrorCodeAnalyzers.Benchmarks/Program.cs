using BenchmarkDotNet.Running;
using ErrorCodeAnalyzers.Benchmarks;
using ErrorCodeAnalyzers.Benchmarks.Corpus;

switch (args.FirstOrDefault())
{
    case "build":
        return await BuildBenchmark.RunAsync(args.Skip(1).ToArray());
    case "profile":
        return await AnalyzerProfile.RunAsync(args.Skip(1).ToArray());
    case "micro":
        BenchmarkSwitcher.FromAssembly(typeof(CatalogLookupBenchmarks).Assembly).Run(args.Skip(1).ToArray());
        return 0;
    case "corpus" when args.Length >= 2:
        var files = BenchmarkArgs.Option(args, "--files", 2000);
        var withTencent = !args.Contains("--no-tencent");
        Directory.CreateDirectory(args[1]);
        File.WriteAllText(Path.Combine(args[1], "GlobalUsings.cs"), CorpusGenerator.GlobalUsings(withTencent));
        foreach (var (name, text) in CorpusGenerator.Generate(files, seed: 1, withTencent))
        {
            File.WriteAllText(Path.Combine(args[1], name), text);
        }

        Console.WriteLine($"Wrote {files} files to {args[1]}");
        return 0;
    default:
        Console.Error.WriteLine("usage: build [--corpus generated|sdk-shaped|<dir>] [--setting app|library|both] [--files N] [--runs R] [--scale] [--keep]"
            + " | profile [N] [R] | profile --dir <dir> [--only-refs] [--ref <dll>]… [R] | micro [BenchmarkDotNet options] | corpus <dir> [--files N] [--no-tencent]");
        return 2;
}
