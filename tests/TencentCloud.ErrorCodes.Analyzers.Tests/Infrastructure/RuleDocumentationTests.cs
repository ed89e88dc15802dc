using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Infrastructure;

/// <summary>Keeps the descriptors, the rule pages, README's rule table and the release tracking files in step.</summary>
public class RuleDocumentationTests
{
    private static string Repo(string path) => Path.Combine(AppContext.BaseDirectory, "repo", path);

    public static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
        CompilationGateTests.AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).OrderBy(d => d.Id);

    public static TheoryData<string> Ids() => new(AllDescriptors().Select(d => d.Id));

    [Fact]
    public void Every_rule_id_constant_has_an_analyzer()
    {
        var ids = typeof(RuleIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).Order();

        Assert.Equal(ids, AllDescriptors().Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_at_the_rule_page_which_exists(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);

        Assert.Equal(Descriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        var page = File.ReadAllText(Repo($"rules/{id}.md"));
        Assert.StartsWith($"# {id}: {descriptor.Title}", page);
        foreach (var section in new[] { "## Why", "## Examples", "## Fix", "## Options", "## Suppression" })
        {
            Assert.Contains(section, page);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Readme_rule_table_matches_the_descriptor(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        var row = File.ReadAllLines(Repo("README.md")).SingleOrDefault(l => l.StartsWith($"| [{id}]", StringComparison.Ordinal));

        Assert.NotNull(row);
        var cells = row!.Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal($"[{id}](docs/rules/{id}.md)", cells[1]);
        Assert.Equal(descriptor.Title.ToString(), cells[2]);
        Assert.Equal(descriptor.Category, cells[3]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[4]);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Release_tracking_lists_the_rule(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        var tracked = File.ReadAllLines(Repo("AnalyzerReleases.Shipped.md")).Concat(File.ReadAllLines(Repo("AnalyzerReleases.Unshipped.md")));

        Assert.Contains(tracked, l => Regex.IsMatch(l, $@"^{id}\s*\|\s*{descriptor.Category}\s*\|\s*{descriptor.DefaultSeverity}\s*\|"));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_page_lists_exactly_the_option_keys_the_rule_reads(string id)
    {
        var page = File.ReadAllText(Repo($"rules/{id}.md"));
        var options = page[page.IndexOf("## Options", StringComparison.Ordinal)..page.IndexOf("## Suppression", StringComparison.Ordinal)];

        var listed = Regex.Matches(options, @"tencentcloud_error_codes\.[a-z_]+").Select(m => m.Value).Distinct().Order();
        Assert.Equal(Analyzer(id).OptionKeys.Order(), listed);
    }

    [Fact]
    public void Configuration_page_says_which_rules_read_each_key()
    {
        var rows = File.ReadAllLines(Repo("configuration.md"))
            .Where(l => l.StartsWith("| `tencentcloud_error_codes.", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .ToDictionary(cells => cells[1].Trim('`'), cells => cells[3].Split(',').Select(r => r.Trim()).Order().ToList());

        Assert.Equal(ErrorCodeOptions.AllKeys.Order(), rows.Keys.Order());
        foreach (var key in ErrorCodeOptions.AllKeys)
        {
            var readers = AllDescriptors().Select(d => d.Id).Where(id => Analyzer(id).OptionKeys.Contains(key)).Order();
            Assert.True(readers.SequenceEqual(rows[key]), $"{key}: the rules read it are {string.Join(", ", readers)}; the page says {string.Join(", ", rows[key])}");
        }
    }

    private static TencentCloudAnalyzer Analyzer(string id) =>
        CompilationGateTests.AllAnalyzers().OfType<TencentCloudAnalyzer>().Single(a => a.SupportedDiagnostics.Any(d => d.Id == id));

    [Fact]
    public void Every_option_key_is_documented()
    {
        var configuration = File.ReadAllText(Repo("configuration.md"));

        Assert.All(ErrorCodeOptions.AllKeys, key => Assert.Contains($"`{key}`", configuration));
    }
}
