namespace ErrorCodeAnalyzers.Package.Tests;

/// <summary>
/// The files of a repository folder as the last commit holds them. The README's own commands rewrite the sample
/// (<c>dotnet format</c>) before the tests run, so the tests read what is committed, not what a command left behind.
/// </summary>
internal static class CommittedFiles
{
    /// <summary>File name and text of each file directly in <paramref name="folder"/> (a path relative to the repository).</summary>
    public static IReadOnlyDictionary<string, string> Read(string folder)
    {
        var root = PackedPackage.RepoPath();
        var gitFolder = folder.Replace('\\', '/').TrimEnd('/') + "/";
        var (listed, entries) = PackedPackage.RunForOutput("git", $"-C \"{root}\" ls-tree HEAD -- \"{gitFolder}\"");
        if (listed != 0)
        {
            // A source tree without its history (an unpacked archive): the working tree is all there is.
            return Directory.GetFiles(Path.Combine(root, folder)).ToDictionary(path => Path.GetFileName(path), File.ReadAllText, StringComparer.Ordinal);
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        // "<mode> blob <object>\t<path>"; subfolders are "tree" entries.
        foreach (var entry in entries.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = entry.IndexOf('\t');
            if (tab < 0 || !entry.Split(' ')[1].Equals("blob", StringComparison.Ordinal))
            {
                continue;
            }

            var path = entry[(tab + 1)..];
            var (shown, text) = PackedPackage.RunForOutput("git", $"-C \"{root}\" show \"HEAD:{path}\"");
            if (shown == 0)
            {
                files[Path.GetFileName(path)] = text;
            }
        }

        return files;
    }
}
