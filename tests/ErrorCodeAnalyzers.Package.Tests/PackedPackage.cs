using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;

namespace ErrorCodeAnalyzers.Package.Tests;

/// <summary>Packs the solution's package once per test run and shares the .nupkg.</summary>
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

    public PackedPackage()
    {
        RepoRoot = RepoRootPath;
        OutputDirectory = Directory.CreateTempSubdirectory("eca-pack-").FullName;
        var (exitCode, output) = Run("dotnet", $"pack \"{System.IO.Path.Combine(RepoRoot, "nuget", "ErrorCodeAnalyzers.TencentCloud.csproj")}\" -c Release -o \"{OutputDirectory}\" -p:ContinuousIntegrationBuild=true");
        Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);
        Path = Directory.GetFiles(OutputDirectory, "*.nupkg").Single();
    }

    public string RepoRoot { get; }

    private static string RepoRootPath =>
        typeof(PackedPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    /// <summary>A path in the repository the tests were built from.</summary>
    public static string RepoPath(params string[] parts) => System.IO.Path.Combine(new[] { RepoRootPath }.Concat(parts).ToArray());

    public string OutputDirectory { get; }

    public string Path { get; }

    public ZipArchive Open() => ZipFile.OpenRead(Path);

    public void Dispose()
    {
        try
        {
            Directory.Delete(OutputDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    internal static (int ExitCode, string Output) Run(string file, string arguments, string? workingDirectory = null)
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
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
