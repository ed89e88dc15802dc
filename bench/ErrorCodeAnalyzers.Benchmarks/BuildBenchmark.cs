using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using ErrorCodeAnalyzers.Benchmarks.Corpus;

namespace ErrorCodeAnalyzers.Benchmarks;

/// <summary>
/// Builds the generated corpus with <c>-p:ReportAnalyzer=true</c> three ways (without the package, with it, and with it
/// on a corpus without Tencent Cloud types), each several times, and prints the compiler's per-analyzer times, our
/// share of the compiler's time and the wall-time ratio as min / median.
/// </summary>
internal static partial class BuildBenchmark
{
    private const string AnalyzerAssembly = "TencentCloud.ErrorCodes.Analyzers";

    public static async Task<int> RunAsync(string[] args)
    {
        var files = Option(args, "--files", 2000);
        var runs = Math.Max(3, Option(args, "--runs", 3));
        var scale = args.Contains("--scale");
        var repoRoot = typeof(BuildBenchmark).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
        var work = Directory.CreateTempSubdirectory("eca-bench-").FullName;
        Console.WriteLine($"Working in {work}; {files} files, {runs} runs{(scale ? ", and 4N for the package build" : "")}.");

        var feed = Path.Combine(work, "feed");
        Run("dotnet", $"pack \"{Path.Combine(repoRoot, "nuget", "ErrorCodeAnalyzers.TencentCloud.csproj")}\" -c Release -o \"{feed}\"", repoRoot, mustSucceed: true);
        var sdk = Path.Combine(work, "sdk");
        Run("dotnet", $"build \"{Path.Combine(repoRoot, "tests", "TencentCloudSDK.Shape")}\" -c Release -o \"{sdk}\"", repoRoot, mustSucceed: true);
        var version = Path.GetFileNameWithoutExtension(Directory.GetFiles(feed, "*.nupkg").Single())["ErrorCodeAnalyzers.TencentCloud.".Length..];

        var configurations = new List<Configuration>
        {
            new("without package", files, WithTencent: true, WithPackage: false),
            new("with package", files, WithTencent: true, WithPackage: true),
            new("no Tencent types", files, WithTencent: false, WithPackage: true),
        };
        if (scale)
        {
            configurations.Add(new("with package, 4N", files * 4, WithTencent: true, WithPackage: true));
        }

        foreach (var configuration in configurations)
        {
            configuration.Directory = Path.Combine(work, configuration.Name.Replace(' ', '-').Replace(",", string.Empty));
            WriteProject(configuration, Path.Combine(sdk, "TencentCloudCommon.dll"), feed, version, Path.Combine(work, "packages"));
            Run("dotnet", "restore", configuration.Directory, mustSucceed: true);
        }

        // Interleaved, so that a slow moment of the machine does not fall on one configuration only.
        for (var run = 1; run <= runs; run++)
        {
            foreach (var configuration in configurations)
            {
                var measurement = Build(configuration);
                configuration.Measurements.Add(measurement);
                Console.WriteLine($"run {run} {configuration.Name,-20} wall {measurement.Wall.TotalSeconds,6:F2} s  csc {measurement.CompilerMs,6} ms  ours {measurement.OursSeconds * 1000,7:F0} ms");
            }
        }

        Report(configurations);
        if (!args.Contains("--keep"))
        {
            Directory.Delete(work, recursive: true);
        }

        await Task.CompletedTask;
        return 0;
    }

    private static void WriteProject(Configuration configuration, string sdkAssembly, string feed, string version, string packages)
    {
        var source = Path.Combine(configuration.Directory, "src");
        Directory.CreateDirectory(source);
        File.WriteAllText(Path.Combine(source, "GlobalUsings.cs"), CorpusGenerator.GlobalUsings(configuration.WithTencent));
        foreach (var (name, text) in CorpusGenerator.Generate(configuration.Files, seed: 1, configuration.WithTencent))
        {
            File.WriteAllText(Path.Combine(source, name), text);
        }

        var package = configuration.WithPackage ? $"""<PackageReference Include="ErrorCodeAnalyzers.TencentCloud" Version="{version}" />""" : string.Empty;
        var tencent = configuration.WithTencent
            ? $"""
                <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="8.0.2" />
                <PackageReference Include="Serilog" Version="4.0.0" />
                <PackageReference Include="Polly" Version="7.2.4" />
                <Reference Include="{sdkAssembly}" />
              """
            : string.Empty;
        File.WriteAllText(Path.Combine(configuration.Directory, "Corpus.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <RestorePackagesPath>{packages}/</RestorePackagesPath>
                <!-- The TCE warnings stay on: a rule whose diagnostics are all suppressed is not run at all. -->
                <NoWarn>$(NoWarn);CS8618;CS8602</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                {package}
                {tencent}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(configuration.Directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="packed" value="{feed}" />
              </packageSources>
            </configuration>
            """);
    }

    private static Measurement Build(Configuration configuration)
    {
        var stopwatch = Stopwatch.StartNew();
        var output = Run("dotnet", "build --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary", configuration.Directory, mustSucceed: true);
        stopwatch.Stop();

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

        var without = configurations[0].Measurements;
        var with = configurations[1].Measurements;
        var ratios = without.Zip(with, (a, b) => b.Wall.TotalSeconds / a.Wall.TotalSeconds);
        Console.WriteLine();
        Console.WriteLine($"Build wall time with / without the package: {Stat(ratios, "F3")} (min / median)");

        Console.WriteLine();
        Console.WriteLine("| analyzer (with package) | ms (min / median) |");
        Console.WriteLine("|---|---|");
        foreach (var name in with.SelectMany(m => m.PerAnalyzer.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            Console.WriteLine($"| {name} | {Stat(with.Select(m => m.PerAnalyzer.GetValueOrDefault(name) * 1000), "F0")} |");
        }

        if (configurations.Count > 3)
        {
            var n = with.Select(m => m.OursSeconds).Order().ElementAt(with.Count / 2);
            var n4 = configurations[3].Measurements.Select(m => m.OursSeconds).Order().ElementAt(configurations[3].Measurements.Count / 2);
            Console.WriteLine();
            Console.WriteLine($"Scaling: ours at 4N / ours at N (medians) = {(n == 0 ? 0 : n4 / n):F2} (4.00 is linear)");
        }
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

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }

    [GeneratedRegex(@"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline)]
    private static partial Regex CscTask();

    [GeneratedRegex(@"^\s*(?<time><?\d+\.\d+)\s+<?\d+\s+(?<name>.+)$", RegexOptions.Multiline)]
    private static partial Regex AnalyzerLine();

    private sealed record Configuration(string Name, int Files, bool WithTencent, bool WithPackage)
    {
        public string Directory { get; set; } = string.Empty;

        public List<Measurement> Measurements { get; } = new();
    }

    private sealed record Measurement(TimeSpan Wall, int CompilerMs, double OursSeconds, Dictionary<string, double> PerAnalyzer);
}
