using System.Text.RegularExpressions;

namespace ErrorCodeAnalyzers.Package.Tests;

/// <summary>
/// The package's rules as its release tracking files list them (the build checks those against the descriptors), and
/// whether each rule page says it has a fix: adding a rule updates these tests through the files it must touch anyway.
/// </summary>
internal static class ReleasedRules
{
    private static readonly Regex Row = new(@"^(?<id>TCE\d{3})\s*\|\s*(?<category>\w+)\s*\|\s*(?<severity>\w+)\s*\|", RegexOptions.CultureInvariant);

    public static IReadOnlyList<(string Id, string Severity)> All { get; } = Read();

    public static string[] Ids => All.Select(r => r.Id).ToArray();

    /// <summary>The SARIF level of a rule's default severity.</summary>
    public static string SarifLevel(string id) => All.Single(r => r.Id == id).Severity switch
    {
        "Error" => "error",
        "Warning" => "warning",
        _ => "note",
    };

    /// <summary>True when the rule page's table says <c>| Fix | No |</c>.</summary>
    public static bool HasNoFix(string id) =>
        File.ReadAllLines(PackedPackage.RepoPath("docs", "rules", id + ".md")).Any(l => Regex.IsMatch(l, @"^\|\s*Fix\s*\|\s*No\s*\|"));

    private static IReadOnlyList<(string Id, string Severity)> Read()
    {
        var folder = PackedPackage.RepoPath("src", "TencentCloud.ErrorCodes.Analyzers");
        return new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(name => File.ReadAllLines(Path.Combine(folder, name)))
            .Select(line => Row.Match(line))
            .Where(match => match.Success)
            .Select(match => (match.Groups["id"].Value, match.Groups["severity"].Value))
            .Distinct()
            .OrderBy(r => r.Item1, StringComparer.Ordinal)
            .ToList();
    }
}
