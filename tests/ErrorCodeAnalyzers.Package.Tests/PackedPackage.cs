using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;

namespace ErrorCodeAnalyzers.Package.Tests;

/// <summary>
/// Packs the solution's package once per test run, from its own build (its own output and intermediate folders, so
/// nothing a build in the working tree left behind is reused), and shares the .nupkg with every test.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    private static readonly Lazy<PackedPackage> SharedPackage = new(() =>
    {
        var package = new PackedPackage();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => package.Dispose();
        return package;
    });

    /// <summary>One package for every consumer workspace of the test run.</summary>
    public static PackedPackage Shared => SharedPackage.Value;

    private PackedPackage()
    {
        RepoRoot = RepoRootPath;
        OutputDirectory = Directory.CreateTempSubdirectory("eca-pack-").FullName;
        // Inside the repository (git ignores artifacts/): the build's generated sources then sit under the source root
        // that a CI build maps to "/_/", as they do in a build of the working tree.
        BuildDirectory = Directory.CreateDirectory(System.IO.Path.Combine(RepoRoot, "artifacts", "package-tests", System.IO.Path.GetRandomFileName())).FullName;
        var project = System.IO.Path.Combine(RepoRoot, "nuget", "ErrorCodeAnalyzers.TencentCloud.csproj");
        var (exitCode, output) = Run("dotnet", $"pack \"{project}\" -c Release -o \"{OutputDirectory}\" --artifacts-path \"{BuildDirectory}\" -p:ContinuousIntegrationBuild=true");
        Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);
        Path = Directory.GetFiles(OutputDirectory, "*.nupkg").Single();
    }

    public string RepoRoot { get; }

    private static string RepoRootPath =>
        typeof(PackedPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    /// <summary>A path in the repository the tests were built from.</summary>
    public static string RepoPath(params string[] parts) => System.IO.Path.Combine(new[] { RepoRootPath }.Concat(parts).ToArray());

    public string OutputDirectory { get; }

    /// <summary>The pack's own bin and obj folders.</summary>
    private string BuildDirectory { get; }

    public string Path { get; }

    public ZipArchive Open() => ZipFile.OpenRead(Path);

    public void Dispose()
    {
        foreach (var directory in new[] { OutputDirectory, BuildDirectory })
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    internal static (int ExitCode, string Output) Run(string file, string arguments, string? workingDirectory = null)
    {
        var (exitCode, stdout, stderr) = Start(file, arguments, workingDirectory);
        return (exitCode, stdout + stderr);
    }

    /// <summary>Runs a command for what it writes to standard output alone.</summary>
    internal static (int ExitCode, string Output) RunForOutput(string file, string arguments, string? workingDirectory = null)
    {
        var (exitCode, stdout, _) = Start(file, arguments, workingDirectory);
        return (exitCode, stdout);
    }

    private static (int ExitCode, string Stdout, string Stderr) Start(string file, string arguments, string? workingDirectory)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        // The test host's MSBuild settings must not leak into a build it starts.
        foreach (var variable in new[] { "MSBuildSDKsPath", "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "DOTNET_HOST_PATH" })
        {
            start.Environment.Remove(variable);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
