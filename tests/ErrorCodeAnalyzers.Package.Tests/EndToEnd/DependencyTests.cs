namespace ErrorCodeAnalyzers.Package.Tests.EndToEnd;

/// <summary>
/// What installing the package does to a project's dependencies: nothing, for either target. (A netstandard2.0 project
/// used to get System.Text.Json, its source generator, and a downgrade error with an old direct System.Text.Encodings.Web,
/// as TencentCloudSDK.Common's own project has.)
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class DependencyTests
{
    [Fact]
    public void A_net8_project_takes_no_package_dependency()
    {
        var (exitCode, output, assets) = Restore("net8.0", encodingsWeb: null);

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("System.Text.Json/", assets, StringComparison.Ordinal);
        Assert.Contains("lib/net8.0/TencentCloud.ErrorCodes.dll", assets, StringComparison.Ordinal);
    }

    [Fact]
    public void A_netstandard20_project_takes_no_package_dependency_and_keeps_its_old_encodings_web()
    {
        var (exitCode, output, assets) = Restore("netstandard2.0", encodingsWeb: "4.5.1");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("NU1605", output, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Text.Json/", assets, StringComparison.Ordinal);
        // 4.5.1, or the lowest version above it the feed has: not raised to the 8.0.0 System.Text.Json 8 needs.
        var resolved = System.Text.RegularExpressions.Regex.Match(assets, "\"System\\.Text\\.Encodings\\.Web/(?<major>\\d+)\\.");
        Assert.True(resolved.Success && int.Parse(resolved.Groups["major"].Value, System.Globalization.CultureInfo.InvariantCulture) < 8, assets);
        Assert.Contains("lib/netstandard2.0/TencentCloud.ErrorCodes.dll", assets, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Assets) Restore(string targetFramework, string? encodingsWeb)
    {
        var package = PackedPackage.Shared;
        var directory = Directory.CreateTempSubdirectory("eca-deps-").FullName;
        try
        {
            var encodings = encodingsWeb is null ? string.Empty : $"""<PackageReference Include="System.Text.Encodings.Web" Version="{encodingsWeb}" />""";
            var version = Path.GetFileNameWithoutExtension(package.Path)["ErrorCodeAnalyzers.TencentCloud.".Length..];
            File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>{targetFramework}</TargetFramework>
                    <RestorePackagesPath>{Path.Combine(directory, "packages")}/</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    {encodings}
                    <PackageReference Include="ErrorCodeAnalyzers.TencentCloud" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="packed" value="{package.OutputDirectory}" />
                  </packageSources>
                </configuration>
                """);
            var (exitCode, output) = PackedPackage.Run("dotnet", "restore", directory);
            var assetsPath = Path.Combine(directory, "obj", "project.assets.json");
            return (exitCode, output, File.Exists(assetsPath) ? File.ReadAllText(assetsPath) : string.Empty);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
