using System.Xml.Linq;

namespace ErrorCodeAnalyzers.Package.Tests;

public class PackageLayoutTests(PackedPackage package) : IClassFixture<PackedPackage>
{
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
    public void Depends_only_on_System_Text_Json_for_netstandard20()
    {
        var dependencies = Nuspec().Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).ToList();

        Assert.Equal(new[] { "System.Text.Json" }, dependencies);
    }

    [Fact]
    public void Analyzers_do_not_reference_Workspaces()
    {
        using var zip = package.Open();
        var entry = zip.GetEntry("analyzers/dotnet/cs/TencentCloud.ErrorCodes.Analyzers.dll")!;
        using var stream = new MemoryStream();
        entry.Open().CopyTo(stream);
        stream.Position = 0;
        using var peReader = new System.Reflection.PortableExecutable.PEReader(stream);
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(peReader);
        var references = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList();

        Assert.Contains("Microsoft.CodeAnalysis", references);
        Assert.DoesNotContain(references, r => r.Contains("Workspaces"));
        var roslyn = reader.AssemblyReferences.Select(reader.GetAssemblyReference).Single(r => reader.GetString(r.Name) == "Microsoft.CodeAnalysis");
        Assert.Equal(new Version(4, 8, 0, 0), roslyn.Version);
    }

    private XDocument Nuspec()
    {
        using var zip = package.Open();
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open();
        return XDocument.Load(stream);
    }
}
