using System.Text.RegularExpressions;

namespace ErrorCodeAnalyzers.Package.Tests.EndToEnd;

/// <summary>The end-to-end tests share the machine's two cores: one consumer build at a time.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection
{
    public const string Name = "EndToEnd";
}

/// <summary>
/// One <c>dotnet format analyzers</c> run on a consumer with many fixable shapes per file (switches with many labels,
/// <c>||</c>/<c>&amp;&amp;</c> chains, patterns, collections, mixed rules in one handler) applies every fix the lightbulbs
/// offer: only the diagnostics its sources mark "unfixed" remain, and three runs write the same bytes.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class BatchFixTests(BatchFixWorkspace workspace) : IClassFixture<BatchFixWorkspace>
{
    private static readonly string[] RuleIds = ReleasedRules.Ids.Where(id => !ReleasedRules.HasNoFix(id)).ToArray();

    private static readonly Regex Unfixed = new(@"//\s*unfixed:\s*(?<id>TCE\d{3})", RegexOptions.CultureInvariant);

    [Fact]
    public void One_dotnet_format_run_applies_every_fix_and_repeats_byte_for_byte()
    {
        workspace.Reset();
        var before = workspace.Build();
        Assert.True(before.ExitCode == 0, before.Output);
        var found = before.Diagnostics().GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        foreach (var id in RuleIds)
        {
            // Several of each rule, or the test would not show that a batch does them all.
            Assert.True(found.GetValueOrDefault(id) >= 2, $"{id}: {found.GetValueOrDefault(id)} diagnostics before the run");
        }

        var runs = new List<IReadOnlyDictionary<string, string>>();
        for (var run = 0; run < 3; run++)
        {
            workspace.Reset();
            var (exitCode, output) = workspace.Dotnet($"format analyzers \"{workspace.ProjectPath}\" --no-restore --diagnostics {string.Join(' ', RuleIds)} --severity info");
            Assert.True(exitCode == 0, output);
            runs.Add(workspace.ReadSources());
        }

        Assert.Equal(runs[0], runs[1]);
        Assert.Equal(runs[0], runs[2]);

        var after = workspace.Build();
        Assert.True(after.ExitCode == 0, after.Output);
        Assert.DoesNotContain(after.Results(), r => r.GetProperty("level").GetString() == "error");
        var expected = new HashSet<(string File, int Line, string Id)>();
        foreach (var (file, text) in runs[0])
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (Unfixed.Match(lines[i]) is { Success: true } match)
                {
                    expected.Add((file, i + 1, match.Groups["id"].Value));
                }
            }
        }

        var remaining = after.Diagnostics();
        Assert.True(expected.SetEquals(remaining), "left after one run:\n" + string.Join('\n', remaining.OrderBy(d => d.File).ThenBy(d => d.Line)));
    }
}
