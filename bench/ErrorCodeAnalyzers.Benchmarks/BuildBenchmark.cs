using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using ErrorCodeAnalyzers.Benchmarks.Corpus;

namespace ErrorCodeAnalyzers.Benchmarks;

/// <summary>
/// Builds a corpus with <c>-p:ReportAnalyzer=true</c> as a <c>net10.0</c> app and/or a <c>netstandard2.0</c> library (no
/// other analyzer runs there), each without an analyzer, with the floor analyzer (a no-op: the analyzer driver's floor)
/// and with the package, several times interleaved; prints the compiler's per-analyzer times, our share of the compiler's
/// time and the package's cost over no analyzer and over the floor, as min / median.
/// </summary>
internal static partial class BuildBenchmark
{
    private const string AnalyzerAssembly = "TencentCloud.ErrorCodes.Analyzers";

    public static async Task<int> RunAsync(string[] args)
    {
        var files = BenchmarkArgs.Option(args, "--files", 2000);
        var runs = Math.Max(3, BenchmarkArgs.Option(args, "--runs", 3));
        var scale = args.Contains("--scale");
        var corpus = BenchmarkArgs.Value(args, "--corpus") ?? "generated";
        var settings = (BenchmarkArgs.Value(args, "--setting") ?? "app") switch
        {
            "both" => new[] { Setting.App, Setting.Library },
            "library" => new[] { Setting.Library },
            _ => new[] { Setting.App },
        };
        var repoRoot = typeof(BuildBenchmark).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
        var work = Directory.CreateTempSubdirectory("eca-bench-").FullName;
        Console.WriteLine($"Working in {work}; corpus {corpus}, {files} files, {runs} runs, {string.Join(" and ", settings)}{(scale ? ", and 4N for the package build" : "")}.");

        var feed = Path.Combine(work, "feed");
        Run("dotnet", $"pack \"{Path.Combine(repoRoot, "nuget", "ErrorCodeAnalyzers.TencentCloud.csproj")}\" -c Release -o \"{feed}\"", repoRoot, mustSucceed: true);
        var sdk = Path.Combine(work, "sdk");
        Run("dotnet", $"build \"{Path.Combine(repoRoot, "tests", "TencentCloudSDK.Shape")}\" -c Release -o \"{sdk}\"", repoRoot, mustSucceed: true);
        var floor = Path.Combine(work, "floor");
        Run("dotnet", $"build \"{Path.Combine(repoRoot, "bench", "FloorAnalyzer")}\" -c Release -o \"{floor}\"", repoRoot, mustSucceed: true);
        var version = Path.GetFileNameWithoutExtension(Directory.GetFiles(feed, "*.nupkg").Single())["ErrorCodeAnalyzers.TencentCloud.".Length..];
        var inputs = new Inputs(Path.Combine(sdk, "TencentCloudCommon.dll"), Path.Combine(floor, "FloorAnalyzer.dll"), feed, version, Path.Combine(work, "packages"));

        var configurations = new List<Configuration>();
        foreach (var setting in settings)
        {
            // A checkout is built as it is: its file count is its own.
            var count = Directory.Exists(corpus) ? Directory.GetFiles(corpus, "*.cs", SearchOption.AllDirectories).Length : files;
            foreach (var analyzers in new[] { Analyzers.None, Analyzers.Floor, Analyzers.Package })
            {
                configurations.Add(new(Name(setting, analyzers), count, corpus, setting, analyzers));
            }

            if (corpus == "generated")
            {
                configurations.Add(new($"{Name(setting, Analyzers.Package)}, no Tencent types", files, "ordinary", setting, Analyzers.Package));
            }

            if (scale)
            {
                configurations.Add(new($"{Name(setting, Analyzers.Package)}, 4N", files * 4, corpus, setting, Analyzers.Package));
            }
        }

        foreach (var configuration in configurations)
        {
            configuration.Directory = Path.Combine(work, configuration.Name.Replace(' ', '-').Replace(",", string.Empty));
            WriteProject(configuration, inputs);
            Run("dotnet", "restore", configuration.Directory, mustSucceed: true);
        }

        // Interleaved, so that a slow moment of the machine does not fall on one configuration only.
        for (var run = 1; run <= runs; run++)
        {
            foreach (var configuration in configurations)
            {
                var measurement = Build(configuration);
                configuration.Measurements.Add(measurement);
                Console.WriteLine($"run {run} {configuration.Name,-40} wall {measurement.Wall.TotalSeconds,6:F2} s  csc {measurement.CompilerMs,6} ms  ours {measurement.OursSeconds * 1000,7:F0} ms");
            }
        }

        foreach (var setting in settings)
        {
            Report(configurations.Where(c => c.Setting == setting).ToList());
        }

        if (!args.Contains("--keep"))
        {
            Directory.Delete(work, recursive: true);
        }

        await Task.CompletedTask;
        return 0;
    }

    private static string Name(Setting setting, Analyzers analyzers) =>
        (setting == Setting.App ? "net10.0 app" : "netstandard2.0 library") + analyzers switch
        {
            Analyzers.None => ", no analyzer",
            Analyzers.Floor => ", floor analyzer",
            _ => ", with package",
        };

    private static void WriteProject(Configuration configuration, Inputs inputs)
    {
        var source = Path.Combine(configuration.Directory, "src");
        Directory.CreateDirectory(source);
        var withTencent = configuration.Corpus != "ordinary";
        IEnumerable<(string Name, string Text)> files;
        var fromCheckout = configuration.Corpus is not ("generated" or "ordinary" or "sdk-shaped");
        if (configuration.Corpus == "sdk-shaped")
        {
            File.WriteAllText(Path.Combine(source, "GlobalUsings.cs"), SdkShapedCorpus.GlobalUsings);
            files = SdkShapedCorpus.Generate(configuration.Files, seed: 1);
        }
        else if (fromCheckout)
        {
            // A checkout of the SDK (its TencentCloud/ folder, or a few products of it): its own sources, as they are.
            files = Directory.GetFiles(configuration.Corpus, "*.cs", SearchOption.AllDirectories)
                .Select(path => (Path.GetRelativePath(configuration.Corpus, path), File.ReadAllText(path)));
        }
        else
        {
            File.WriteAllText(Path.Combine(source, "GlobalUsings.cs"), CorpusGenerator.GlobalUsings(withTencent));
            files = CorpusGenerator.Generate(configuration.Files, seed: 1, withTencent);
        }

        foreach (var (name, text) in files)
        {
            var path = Path.Combine(source, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        var analyzer = configuration.Analyzers switch
        {
            Analyzers.Package => $"""<PackageReference Include="ErrorCodeAnalyzers.TencentCloud" Version="{inputs.Version}" />""",
            Analyzers.Floor => $"""<Analyzer Include="{inputs.FloorAnalyzer}" />""",
            _ => string.Empty,
        };
        var references = fromCheckout
            ? """<PackageReference Include="Newtonsoft.Json" Version="13.0.1" />"""
            : withTencent
                ? $"""
                    <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="{UserCodeLibraries.Version(typeof(BuildBenchmark).Assembly, "Microsoft.Extensions.Logging.Abstractions")}" />
                    <PackageReference Include="Serilog" Version="{UserCodeLibraries.Version(typeof(BuildBenchmark).Assembly, "Serilog")}" />
                    <PackageReference Include="Polly" Version="{UserCodeLibraries.Version(typeof(BuildBenchmark).Assembly, "Polly")}" />
                    <Reference Include="{inputs.SdkAssembly}" />
                  """
                : string.Empty;
        var library = configuration.Setting == Setting.Library;
        if (library && !fromCheckout)
        {
            // Records and init accessors need this type, which netstandard2.0 lacks.
            File.WriteAllText(Path.Combine(source, "IsExternalInit.cs"), "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }\n");
        }

        File.WriteAllText(Path.Combine(configuration.Directory, "Corpus.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{(library ? "netstandard2.0" : "net10.0")}</TargetFramework>
                <LangVersion>latest</LangVersion>
                <Nullable>{(fromCheckout ? "disable" : "enable")}</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <DefineConstants>$(DefineConstants);NS2</DefineConstants>
                <RestorePackagesPath>{inputs.Packages}/</RestorePackagesPath>
                <!-- The TCE warnings stay on: a rule whose diagnostics are all suppressed is not run at all. -->
                <NoWarn>$(NoWarn);CS8618;CS8602;CS0612;CS0618;CS0108;CS1591;NU1605</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                {analyzer}
                {references}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(configuration.Directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="packed" value="{inputs.Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    private static Measurement Build(Configuration configuration)
    {
        var stopwatch = Stopwatch.StartNew();
        // The detailed log goes to a file: through a pipe, reading it competed with the compiler for the two cores and added
        // up to 40 ms to our analyzers' elapsed time (the compiler's per-analyzer figures are wall-clock).
        var log = Path.Combine(configuration.Directory, "build.log");
        Run("dotnet", $"build --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:q -flp:\"v=d;PerformanceSummary;logfile={log}\"", configuration.Directory, mustSucceed: true);
        stopwatch.Stop();
        var output = File.ReadAllText(log);

        var compilerMs = CscTask().Matches(output).Select(m => int.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        var ours = 0.0;
        var perAnalyzer = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (Match match in AnalyzerLine().Matches(output))
        {
            var seconds = match.Groups["time"].Value.StartsWith('<') ? 0 : double.Parse(match.Groups["time"].Value, CultureInfo.InvariantCulture);
            var name = match.Groups["name"].Value.Trim();
            if (name.StartsWith(AnalyzerAssembly + ", Version", StringComparison.Ordinal))
            {
                ours = seconds;
            }
            else if (name.StartsWith(AnalyzerAssembly + ".TCE", StringComparison.Ordinal))
            {
                perAnalyzer[name[(AnalyzerAssembly.Length + 1)..]] = seconds;
            }
        }

        return new Measurement(stopwatch.Elapsed, compilerMs, ours, perAnalyzer);
    }

    /// <summary>One setting's table: each configuration, then the package over no analyzer and over the floor, then each rule.</summary>
    private static void Report(List<Configuration> configurations)
    {
        Console.WriteLine();
        Console.WriteLine("| configuration | files | wall s (min / median) | Csc ms (min / median) | ours ms (min / median) | ours % of Csc (min / median) |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var c in configurations)
        {
            var share = c.Measurements.Select(m => m.CompilerMs == 0 ? 0 : 100 * m.OursSeconds * 1000 / m.CompilerMs).ToList();
            Console.WriteLine($"| {c.Name} | {c.Files} | {Stat(c.Measurements.Select(m => m.Wall.TotalSeconds), "F2")} | {Stat(c.Measurements.Select(m => (double)m.CompilerMs), "F0")} | {Stat(c.Measurements.Select(m => m.OursSeconds * 1000), "F0")} | {Stat(share, "F2")} |");
        }

        var none = Median(configurations.First(c => c.Analyzers == Analyzers.None).Measurements.Select(m => (double)m.CompilerMs));
        var floor = Median(configurations.First(c => c.Analyzers == Analyzers.Floor).Measurements.Select(m => (double)m.CompilerMs));
        var with = configurations.First(c => c.Analyzers == Analyzers.Package).Measurements;
        var package = Median(with.Select(m => (double)m.CompilerMs));
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant(
            $"Csc medians: {none:F0} ms without an analyzer, {floor:F0} ms with the floor analyzer ({100 * (floor - none) / none:+0.0;-0.0}%), {package:F0} ms with the package ({100 * (package - none) / none:+0.0;-0.0}% over none, {100 * (package - floor) / none:+0.0;-0.0}% over the floor)."));

        Console.WriteLine();
        Console.WriteLine("| analyzer (with package) | ms (min / median) |");
        Console.WriteLine("|---|---|");
        foreach (var name in with.SelectMany(m => m.PerAnalyzer.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            Console.WriteLine($"| {name} | {Stat(with.Select(m => m.PerAnalyzer.GetValueOrDefault(name) * 1000), "F0")} |");
        }

        if (configurations.FirstOrDefault(c => c.Name.EndsWith(", 4N", StringComparison.Ordinal)) is { } scaled)
        {
            var n = Median(with.Select(m => m.OursSeconds));
            var n4 = Median(scaled.Measurements.Select(m => m.OursSeconds));
            Console.WriteLine();
            Console.WriteLine($"Scaling: ours at 4N / ours at N (medians) = {(n == 0 ? 0 : n4 / n):F2} (4.00 is linear)");
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    private static string Stat(IEnumerable<double> values, string format)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? "-" : $"{sorted[0].ToString(format, CultureInfo.InvariantCulture)} / {sorted[sorted.Count / 2].ToString(format, CultureInfo.InvariantCulture)}";
    }

    private static string Run(string file, string arguments, string directory, bool mustSucceed)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var output = stdout.Result + stderr.Result;
        if (mustSucceed && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {arguments}' failed in {directory}:\n{output}");
        }

        return output;
    }

    [GeneratedRegex(@"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline)]
    private static partial Regex CscTask();

    [GeneratedRegex(@"^\s*(?<time><?\d+\.\d+)\s+<?\d+\s+(?<name>.+)$", RegexOptions.Multiline)]
    private static partial Regex AnalyzerLine();

    private enum Setting
    {
        App,
        Library,
    }

    private enum Analyzers
    {
        None,
        Floor,
        Package,
    }

    private sealed record Inputs(string SdkAssembly, string FloorAnalyzer, string Feed, string Version, string Packages);

    /// <summary>A project to build: <see cref="Corpus"/> is <c>generated</c>, <c>ordinary</c>, <c>sdk-shaped</c> or a directory of sources.</summary>
    private sealed record Configuration(string Name, int Files, string Corpus, Setting Setting, Analyzers Analyzers)
    {
        public string Directory { get; set; } = string.Empty;

        public List<Measurement> Measurements { get; } = new();
    }

    private sealed record Measurement(TimeSpan Wall, int CompilerMs, double OursSeconds, Dictionary<string, double> PerAnalyzer);
}
