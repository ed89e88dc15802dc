using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ErrorCodeAnalyzers.Package.Tests.EndToEnd;

/// <summary>The sample as shipped in <c>samples/</c>.</summary>
public sealed class SampleWorkspace() : ConsumerWorkspace(Path.Combine("samples", "ErrorCodeAnalyzers.Sample"), "ErrorCodeAnalyzers.Sample");

/// <summary>The consumer with many fixable shapes per file, for one <c>dotnet format</c> run.</summary>
public sealed class BatchFixWorkspace() : ConsumerWorkspace(Path.Combine("tests", "ErrorCodeAnalyzers.Package.Tests", "Consumers", "BatchFix"), "BatchFix");

/// <summary>
/// A consumer project, copied from the last commit to a temporary folder and restored once against the packed .nupkg (a local feed, its
/// own packages folder). The SDK types come from the prebuilt stand-in assembly, referenced as metadata.
/// </summary>
public abstract class ConsumerWorkspace : IDisposable
{
    private static readonly Regex Marker = new(@"//\s*expect:\s*(?<id>TCE\d{3})(?:\s+(?<mode>with|unless)\s+(?<option>[a-z_]+))?", RegexOptions.CultureInvariant);

    private readonly PackedPackage package = PackedPackage.Shared;
    private readonly Dictionary<string, string> originalSources = new(StringComparer.Ordinal);

    protected ConsumerWorkspace(string sourceDirectory, string projectName)
    {
        ProjectName = projectName;
        Root = Directory.CreateTempSubdirectory("eca-e2e-").FullName;
        ProjectDirectory = Path.Combine(Root, ProjectName);
        Directory.CreateDirectory(ProjectDirectory);
        foreach (var (name, text) in CommittedFiles.Read(sourceDirectory).Where(f => f.Key.EndsWith(".cs", StringComparison.Ordinal) || f.Key.EndsWith(".csproj", StringComparison.Ordinal)))
        {
            var target = Path.Combine(ProjectDirectory, name);
            File.WriteAllText(target, text);
            if (target.EndsWith(".cs", StringComparison.Ordinal))
            {
                originalSources[target] = text;
            }
        }

        var version = Path.GetFileNameWithoutExtension(package.Path)["ErrorCodeAnalyzers.TencentCloud.".Length..];
        var sdkAssembly = Path.Combine(AppContext.BaseDirectory, "TencentCloudCommon.dll");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <RestorePackagesPath>{Path.Combine(Root, "packages")}/</RestorePackagesPath>
                <ErrorCodeAnalyzersVersion>{version}</ErrorCodeAnalyzersVersion>
                <TencentCloudSdkAssembly>{sdkAssembly}</TencentCloudSdkAssembly>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="packed" value="{package.OutputDirectory}" />
              </packageSources>
            </configuration>
            """);

        var stopwatch = Stopwatch.StartNew();
        var (exitCode, output) = Dotnet($"restore \"{ProjectPath}\"");
        Assert.True(exitCode == 0, "restore failed:\n" + output);
        RestoreTime = stopwatch.Elapsed;
    }

    public string ProjectName { get; }

    public string Root { get; }

    public string ProjectDirectory { get; }

    public string ProjectPath => Path.Combine(ProjectDirectory, ProjectName + ".csproj");

    public TimeSpan RestoreTime { get; }

    /// <summary>Puts the sample's sources back and removes any .editorconfig: every test starts from the sample as shipped.</summary>
    public void Reset()
    {
        foreach (var (path, text) in originalSources)
        {
            File.WriteAllText(path, text);
        }

        File.Delete(Path.Combine(Root, ".editorconfig"));
    }

    public void WriteEditorConfig(string settings) =>
        File.WriteAllText(Path.Combine(Root, ".editorconfig"), "root = true\n\n[*.cs]\n" + settings + "\n");

    public IReadOnlyDictionary<string, string> ReadSources() =>
        originalSources.Keys.ToDictionary(path => Path.GetFileName(path), File.ReadAllText, StringComparer.Ordinal);

    /// <summary>Builds the sample from scratch with a SARIF log; the diagnostics come from the log, which also holds Info ones.</summary>
    public BuildResult Build(string extraArguments = "")
    {
        var sarif = Path.Combine(Root, $"build-{Guid.NewGuid():N}.sarif");
        var (exitCode, output) = Dotnet($"build \"{ProjectPath}\" --no-restore --no-incremental -nologo \"-p:ErrorLog={sarif}%2Cversion=2.1\" {extraArguments}");
        return new BuildResult(exitCode, output, File.Exists(sarif) ? JsonDocument.Parse(File.ReadAllText(sarif)) : null);
    }

    /// <summary>The places the sample's comments mark, for the options that are set.</summary>
    public ISet<(string File, int Line, string Id)> ExpectedDiagnostics(params string[] optionsSet)
    {
        var expected = new HashSet<(string, int, string)>();
        foreach (var (path, text) in originalSources)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var match = Marker.Match(lines[i]);
                if (!match.Success)
                {
                    continue;
                }

                var option = match.Groups["option"].Value;
                var applies = match.Groups["mode"].Value switch
                {
                    "with" => optionsSet.Contains(option),
                    "unless" => !optionsSet.Contains(option),
                    _ => true,
                };
                if (applies)
                {
                    expected.Add((Path.GetFileName(path), i + 1, match.Groups["id"].Value));
                }
            }
        }

        return expected;
    }

    public (int ExitCode, string Output) Dotnet(string arguments) => PackedPackage.Run("dotnet", arguments, Root);

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A build's exit code, console output and SARIF log.</summary>
public sealed record BuildResult(int ExitCode, string Output, JsonDocument? Sarif)
{
    /// <summary>Every TCE result of the SARIF log as (file name, line, rule id).</summary>
    public ISet<(string File, int Line, string Id)> Diagnostics(string prefix = "TCE")
    {
        var found = new HashSet<(string, int, string)>();
        foreach (var result in Results())
        {
            var id = result.GetProperty("ruleId").GetString()!;
            if (!id.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            var line = location.GetProperty("region").GetProperty("startLine").GetInt32();
            found.Add((Path.GetFileName(new Uri(uri).LocalPath), line, id));
        }

        return found;
    }

    public IEnumerable<JsonElement> Results() =>
        Sarif is null ? [] : Sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray();

    /// <summary>The SARIF log's rule descriptors by id.</summary>
    public IReadOnlyDictionary<string, JsonElement> Rules()
    {
        var rules = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (Sarif is not null && Sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").TryGetProperty("rules", out var list))
        {
            foreach (var rule in list.EnumerateArray())
            {
                rules[rule.GetProperty("id").GetString()!] = rule;
            }
        }

        return rules;
    }
}
