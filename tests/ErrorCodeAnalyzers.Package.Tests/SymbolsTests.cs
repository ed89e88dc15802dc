using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace ErrorCodeAnalyzers.Package.Tests;

/// <summary>What a debugger finds in the shipped assemblies: their PDB, their generated sources, and Source Link.</summary>
public class SymbolsTests
{
    private readonly PackedPackage package = PackedPackage.Shared;

    private static readonly Guid EmbeddedSource = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
    private static readonly Guid SourceLink = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    [Theory]
    [InlineData("lib/net8.0/TencentCloud.ErrorCodes.dll")]
    [InlineData("lib/netstandard2.0/TencentCloud.ErrorCodes.dll")]
    [InlineData("analyzers/dotnet/cs/TencentCloud.ErrorCodes.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/TencentCloud.ErrorCodes.CodeFixes.dll")]
    public void Each_assembly_carries_its_PDB_with_paths_that_name_no_machine(string file)
    {
        using var assembly = Packed(file);
        var documents = Documents(assembly);

        Assert.NotEmpty(documents);
        Assert.All(documents, document => Assert.StartsWith("/_/", document.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void The_catalog_PDB_holds_the_generated_constants_a_debugger_cannot_download()
    {
        using var assembly = Packed("lib/net8.0/TencentCloud.ErrorCodes.dll");
        var generated = Documents(assembly).Where(document => document.Path.EndsWith(".g.cs", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(generated);
        Assert.All(generated, document => Assert.True(document.Embedded, document.Path + " is not embedded"));
    }

    /// <summary>
    /// Source Link needs a clone of a GitHub repository: the test clones this one, gives it the project's GitHub
    /// address, builds the catalog there and reads the link from its PDB.
    /// </summary>
    [Fact]
    public void A_build_from_a_GitHub_clone_links_the_sources_to_the_commit()
    {
        var clone = Directory.CreateTempSubdirectory("eca-sourcelink-").FullName;
        try
        {
            Git($"clone --quiet --no-hardlinks \"{package.RepoRoot}\" \"{clone}\"");
            Git($"-C \"{clone}\" remote set-url origin https://github.com/errorcodeanalyzers/ErrorCodeAnalyzers.git");
            var commit = Git($"-C \"{clone}\" rev-parse HEAD").Trim();
            var project = Path.Combine(clone, "src", "TencentCloud.ErrorCodes", "TencentCloud.ErrorCodes.csproj");
            var (exitCode, output) = PackedPackage.Run("dotnet", $"build \"{project}\" -c Release -f net8.0 -p:ContinuousIntegrationBuild=true -o \"{Path.Combine(clone, "out")}\"");
            Assert.True(exitCode == 0, "build failed:\n" + output);

            using var stream = File.OpenRead(Path.Combine(clone, "out", "TencentCloud.ErrorCodes.dll"));
            var link = SourceLinkOf(stream);

            Assert.Contains($"\"/_/*\":\"https://raw.githubusercontent.com/errorcodeanalyzers/ErrorCodeAnalyzers/{commit}/*\"", link.Replace(" ", string.Empty), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(clone, recursive: true);
        }
    }

    /// <summary>A file of the packed package, read into memory (the PE reader needs a seekable stream).</summary>
    private MemoryStream Packed(string file)
    {
        using var zip = package.Open();
        using var entry = zip.GetEntry(file)!.Open();
        var stream = new MemoryStream();
        entry.CopyTo(stream);
        stream.Position = 0;
        return stream;
    }

    private static List<(string Path, bool Embedded)> Documents(Stream assembly)
    {
        using var pe = new PEReader(assembly, PEStreamOptions.LeaveOpen);
        using var provider = EmbeddedPdb(pe);
        var pdb = provider.GetMetadataReader();
        var documents = new List<(string, bool)>();
        foreach (var handle in pdb.Documents)
        {
            var embedded = pdb.GetCustomDebugInformation(handle).Any(info => pdb.GetGuid(pdb.GetCustomDebugInformation(info).Kind) == EmbeddedSource);
            documents.Add((pdb.GetString(pdb.GetDocument(handle).Name), embedded));
        }

        return documents;
    }

    private static string SourceLinkOf(Stream assembly)
    {
        using var pe = new PEReader(assembly);
        using var provider = EmbeddedPdb(pe);
        var pdb = provider.GetMetadataReader();
        foreach (var handle in pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition))
        {
            var info = pdb.GetCustomDebugInformation(handle);
            if (pdb.GetGuid(info.Kind) == SourceLink)
            {
                return Encoding.UTF8.GetString(pdb.GetBlobBytes(info.Value));
            }
        }

        return string.Empty;
    }

    private static MetadataReaderProvider EmbeddedPdb(PEReader pe)
    {
        var entry = pe.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        return pe.ReadEmbeddedPortablePdbDebugDirectoryData(entry);
    }

    private static string Git(string arguments)
    {
        var (exitCode, output) = PackedPackage.Run("git", arguments);
        Assert.True(exitCode == 0, "git " + arguments + " failed:\n" + output);
        return output;
    }
}
