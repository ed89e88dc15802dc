using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Robustness;

/// <summary>
/// Every analyzer and every fix over many inputs: no analyzer exception, no fix that adds a compiler error, Fix All at
/// its fixed point in one pass, and the same diagnostics with concurrent execution on and off. Seeded: set
/// <c>ROBUSTNESS_SEED</c> to replay a failure (the seed is in every failure message).
/// </summary>
[Trait("Category", "Robustness")]
public class RobustnessTests(ITestOutputHelper output)
{
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("ROBUSTNESS_SEED"), out var seed) ? seed : 20261123;

    private static readonly LanguageVersion[] Versions =
    [
        LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.CSharp9, LanguageVersion.CSharp10,
        LanguageVersion.CSharp11, LanguageVersion.CSharp12, LanguageVersion.Latest,
    ];

    [Fact]
    public async Task Rule_test_sources_and_their_mutations()
    {
        var harness = new RobustnessHarness();
        var random = new Random(Seed);
        var sources = RobustnessSources.RuleTestSources();
        Assert.True(sources.Count > 100, $"only {sources.Count} rule test sources were found");

        var variants = 0;
        foreach (var (source, index) in sources.Select((s, i) => (s, i)))
        {
            var version = Versions[index % Versions.Length];
            await harness.CheckAsync(source, version, $"seed {Seed}, rule test source {index} (C# {version})", fixBudget: 4, compareConcurrency: index % 3 == 0, fixAll: true);
            for (var i = 0; i < 2; i++)
            {
                var (mutated, kind) = RobustnessSources.Mutate(source, random);
                variants++;
                await harness.CheckAsync(mutated, Versions[random.Next(Versions.Length)], $"seed {Seed}, rule test source {index}, mutation {i} ({kind})", fixBudget: 2, compareConcurrency: false, fixAll: false);
            }
        }

        output.WriteLine($"seed {Seed}: {sources.Count} sources, {variants} mutated variants, {harness.Documents} documents analyzed, {harness.Diagnostics} diagnostics, {harness.FixesApplied} fixes applied, {harness.FixAllPasses} Fix All passes");
    }

    [Fact]
    public async Task Benchmark_corpus()
    {
        var harness = new RobustnessHarness();
        var sources = RobustnessSources.CorpusSources(files: 40, seed: Seed);
        foreach (var (source, index) in sources.Select((s, i) => (s, i)))
        {
            await harness.CheckAsync(source, LanguageVersion.Latest, $"seed {Seed}, corpus file {index}", fixBudget: 6, compareConcurrency: true, fixAll: true);
        }

        Assert.True(harness.Diagnostics > 100, $"the corpus produced only {harness.Diagnostics} diagnostics");
        output.WriteLine($"seed {Seed}: {sources.Count} corpus files, {harness.Diagnostics} diagnostics, {harness.FixesApplied} fixes applied, {harness.FixAllPasses} Fix All passes");
    }

    [Fact]
    public async Task Hostile_shapes_in_every_language_version()
    {
        var harness = new RobustnessHarness();
        foreach (var (name, source) in RobustnessSources.HostileSources())
        {
            foreach (var version in Versions)
            {
                await harness.CheckAsync(source, version, $"{name} (C# {version})", fixBudget: 10, compareConcurrency: true, fixAll: true);
            }
        }

        output.WriteLine($"{harness.Documents} documents, {harness.Diagnostics} diagnostics, {harness.FixesApplied} fixes applied, {harness.FixAllPasses} Fix All passes");
    }
}
