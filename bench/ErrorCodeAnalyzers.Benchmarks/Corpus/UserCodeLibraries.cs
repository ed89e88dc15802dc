using System.Reflection;

namespace ErrorCodeAnalyzers.Benchmarks.Corpus;

/// <summary>
/// The logging and resilience packages user code is compiled against, as Directory.Build.props names them: the tests'
/// reference assemblies and the benchmark's builds use the same versions.
/// </summary>
internal static class UserCodeLibraries
{
    private const string Prefix = "UserCodeLibrary:";

    /// <summary>The packages an assembly built with <c>EmbedUserCodeLibraryVersions</c> records, by id.</summary>
    public static IReadOnlyList<(string Id, string Version)> Of(Assembly assembly)
    {
        var libraries = assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(attribute => attribute.Key.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(attribute => (Id: attribute.Key[Prefix.Length..], Version: attribute.Value!))
            .OrderBy(library => library.Id, StringComparer.Ordinal)
            .ToList();
        if (libraries.Count == 0)
        {
            throw new InvalidOperationException(assembly.GetName().Name + " records no UserCodeLibrary versions: set EmbedUserCodeLibraryVersions in its project.");
        }

        return libraries;
    }

    /// <summary>The version of one of them.</summary>
    public static string Version(Assembly assembly, string id) => Of(assembly).Single(library => library.Id == id).Version;
}
