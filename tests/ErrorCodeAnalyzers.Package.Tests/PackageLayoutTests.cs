using System.Xml.Linq;

namespace ErrorCodeAnalyzers.Package.Tests;

public class PackageLayoutTests
{
    private readonly PackedPackage package = PackedPackage.Shared;

    [Fact]
    public void Contains_the_catalog_in_lib_and_the_analyzers_and_fixes_in_analyzers()
    {
        using var zip = package.Open();
        // Everything but the OPC bookkeeping every package has.
        var files = zip.Entries.Select(e => e.FullName)
            .Where(n => !n.StartsWith('[') && !n.StartsWith("_rels/") && !n.StartsWith("package/") && !n.EndsWith(".nuspec"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            new[]
            {
                "README.md",
                "analyzers/dotnet/cs/TencentCloud.ErrorCodes.Analyzers.dll",
                "analyzers/dotnet/cs/TencentCloud.ErrorCodes.CodeFixes.dll",
                "lib/net8.0/TencentCloud.ErrorCodes.dll",
                "lib/net8.0/TencentCloud.ErrorCodes.xml",
                "lib/netstandard2.0/TencentCloud.ErrorCodes.dll",
                "lib/netstandard2.0/TencentCloud.ErrorCodes.xml",
            },
            files);
    }

    [Fact]
    public void Has_one_package_id_and_its_metadata()
    {
        var metadata = Nuspec().Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal("ErrorCodeAnalyzers.TencentCloud", Value("id"));
        Assert.Equal("Apache-2.0", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("tencentcloud", Value("tags"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.NotNull(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository"));
        Assert.Null(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "developmentDependency"));
    }

    [Fact]
    public void Has_no_package_dependency_for_either_target()
    {
        var groups = Nuspec().Descendants().Where(e => e.Name.LocalName == "group")
            .ToDictionary(
                g => (string)g.Attribute("targetFramework")!,
                g => g.Elements().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).ToList());

        Assert.Equal(new[] { ".NETStandard2.0", "net8.0" }, groups.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(groups[".NETStandard2.0"]);
        Assert.Empty(groups["net8.0"]);
    }

    [Fact]
    public void Analyzers_do_not_reference_Workspaces()
    {
        var references = AssemblyReferences("TencentCloud.ErrorCodes.Analyzers.dll");

        Assert.Contains("Microsoft.CodeAnalysis", references.Keys);
        Assert.DoesNotContain(references.Keys, r => r.Contains("Workspaces"));
    }

    /// <summary>
    /// The oldest host the package claims is Roslyn 4.8 (Visual Studio 2022 17.8, the .NET 8 SDK), which carries
    /// System.Collections.Immutable and System.Reflection.Metadata 7.0 and System.Composition 7.0. A reference to anything
    /// newer fails to bind there, and the host drops the analyzers or, silently, the code fixes.
    /// </summary>
    [Theory]
    [InlineData("TencentCloud.ErrorCodes.Analyzers.dll")]
    [InlineData("TencentCloud.ErrorCodes.CodeFixes.dll")]
    public void References_nothing_newer_than_a_Roslyn_4_8_host_carries(string file)
    {
        var hostVersions = new Dictionary<string, Version>
        {
            ["netstandard"] = new(2, 0, 0, 0),
            ["Microsoft.CodeAnalysis"] = new(4, 8, 0, 0),
            ["Microsoft.CodeAnalysis.CSharp"] = new(4, 8, 0, 0),
            ["Microsoft.CodeAnalysis.Workspaces"] = new(4, 8, 0, 0),
            ["Microsoft.CodeAnalysis.CSharp.Workspaces"] = new(4, 8, 0, 0),
            ["System.Collections.Immutable"] = new(7, 0, 0, 0),
            ["System.Reflection.Metadata"] = new(7, 0, 0, 0),
            ["System.Composition.AttributedModel"] = new(7, 0, 0, 0),
            ["System.Composition.Runtime"] = new(7, 0, 0, 0),
            ["System.Composition.Hosting"] = new(7, 0, 0, 0),
            ["System.Composition.TypedParts"] = new(7, 0, 0, 0),
            ["TencentCloud.ErrorCodes.Analyzers"] = new(0, 1, 0, 0),
        };

        foreach (var (name, version) in AssemblyReferences(file))
        {
            Assert.True(hostVersions.TryGetValue(name, out var host), $"{file} references {name} {version}, which a Roslyn 4.8 host may not have");
            Assert.True(version <= host, $"{file} references {name} {version}; a Roslyn 4.8 host has {host}");
        }
    }

    private Dictionary<string, Version> AssemblyReferences(string file)
    {
        using var zip = package.Open();
        var entry = zip.GetEntry("analyzers/dotnet/cs/" + file)!;
        using var stream = new MemoryStream();
        entry.Open().CopyTo(stream);
        stream.Position = 0;
        using var peReader = new System.Reflection.PortableExecutable.PEReader(stream);
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(peReader);
        return reader.AssemblyReferences
            .Select(reader.GetAssemblyReference)
            .ToDictionary(r => reader.GetString(r.Name), r => r.Version);
    }

    private XDocument Nuspec()
    {
        using var zip = package.Open();
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open();
        return XDocument.Load(stream);
    }
}
