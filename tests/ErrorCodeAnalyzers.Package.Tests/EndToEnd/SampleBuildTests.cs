namespace ErrorCodeAnalyzers.Package.Tests.EndToEnd;

/// <summary>
/// The sample, built with the packed package as a user's project is: <c>dotnet build</c>, <c>.editorconfig</c>,
/// <c>-warnaserror</c>, SARIF and <c>dotnet format</c>. The tests share one restored workspace and run one at a time.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class SampleBuildTests(SampleWorkspace workspace) : IClassFixture<SampleWorkspace>
{
    private static readonly string[] RuleIds = ReleasedRules.Ids;

    // The option keys as docs/configuration.md lists them (a test of the analyzers holds that page to the code).
    private static readonly string[] Options = File.ReadAllLines(PackedPackage.RepoPath("docs", "configuration.md"))
        .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^\| `tencentcloud_error_codes\.(?<key>[a-z_]+)`"))
        .Where(match => match.Success)
        .Select(match => match.Groups["key"].Value)
        .ToArray();

    [Fact]
    public void Build_reports_every_rule_at_the_marked_places()
    {
        workspace.Reset();
        var build = workspace.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(Sorted(workspace.ExpectedDiagnostics()).SequenceEqual(Sorted(build.Diagnostics())), build.Output);
        Assert.Equal(RuleIds, build.Diagnostics().Select(d => d.Id).Distinct().Order());
        AssertAnalyzersLoaded(build);
    }

    [Fact]
    public void Default_severities_are_the_released_ones()
    {
        workspace.Reset();
        var build = workspace.Build();

        var levels = build.Results()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("TCE", StringComparison.Ordinal))
            .Select(r => (Id: r.GetProperty("ruleId").GetString()!, Level: r.GetProperty("level").GetString()!))
            .Distinct()
            .ToList();
        Assert.Equal(RuleIds, levels.Select(l => l.Id).Order());
        Assert.All(levels, l => Assert.Equal(ReleasedRules.SarifLevel(l.Id), l.Level));
        Assert.Contains("warning TCE001", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_error_fails_the_build()
    {
        workspace.Reset();
        workspace.WriteEditorConfig("dotnet_diagnostic.TCE001.severity = error");
        var build = workspace.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error TCE001", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error TCE002", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_none_silences_the_rule()
    {
        workspace.Reset();
        workspace.WriteEditorConfig("dotnet_diagnostic.TCE001.severity = none");
        var build = workspace.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        var expected = workspace.ExpectedDiagnostics().Where(d => d.Id != "TCE001");
        Assert.Equal(Sorted(expected), Sorted(build.Diagnostics()));
    }

    [Fact]
    public void Every_documented_option_changes_the_diagnostics_as_documented()
    {
        workspace.Reset();
        workspace.WriteEditorConfig("""
            tencentcloud_error_codes.error_code_members = Acme.ApiFailure.Code
            tencentcloud_error_codes.request_id_members = Acme.ApiFailure.TraceId
            tencentcloud_error_codes.logging_methods = Acme.Audit.Write
            tencentcloud_error_codes.required_retry_kinds = server_error
            tencentcloud_error_codes.additional_known_codes = LimitExceed
            tencentcloud_error_codes.structured_request_id = true
            """);
        var build = workspace.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        var withOptions = workspace.ExpectedDiagnostics(Options);
        Assert.Equal(Sorted(withOptions), Sorted(build.Diagnostics()));

        // Each option moved at least one diagnostic, so none of them is inert.
        var without = workspace.ExpectedDiagnostics();
        foreach (var option in Options)
        {
            var alone = workspace.ExpectedDiagnostics(option);
            Assert.False(alone.SetEquals(without), $"the sample has no line that shows what {option} does");
        }
    }

    [Fact]
    public void Warnaserror_fails_and_the_sarif_log_has_every_rule_with_its_help_link()
    {
        workspace.Reset();
        var build = workspace.Build("-warnaserror");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error TCE004", build.Output, StringComparison.Ordinal);
        var rules = build.Rules();
        foreach (var id in RuleIds)
        {
            Assert.True(rules.TryGetValue(id, out var rule), $"{id} is not in the SARIF log");
            Assert.Equal(
                "https://github.com/errorcodeanalyzers/ErrorCodeAnalyzers/blob/main/docs/rules/" + id + ".md",
                rule.GetProperty("helpUri").GetString());
        }
    }

    [Fact]
    public void Dotnet_format_applies_the_fixes_and_a_second_run_changes_nothing()
    {
        workspace.Reset();
        var diagnostics = string.Join(' ', RuleIds);
        var format = $"format analyzers \"{workspace.ProjectPath}\" --no-restore --diagnostics {diagnostics} --severity info";

        var (exitCode, output) = workspace.Dotnet(format);
        Assert.True(exitCode == 0, output);
        var fixedSources = workspace.ReadSources();
        Assert.Contains("CommonErrorCodes.RequestLimitExceeded", fixedSources["Program.cs"], StringComparison.Ordinal);
        Assert.Contains("(RequestId: {RequestId})\", ex.ErrorCode, ex.RequestId)", fixedSources["SmsNotifier.cs"], StringComparison.Ordinal);
        Assert.Contains("case CommonErrorCodes.RequestLimitExceeded:", fixedSources["SmsNotifier.cs"], StringComparison.Ordinal);
        Assert.Contains("ex.ErrorCode == CommonErrorCodes.InternalError || ex.ErrorCode == CommonErrorCodes.RequestLimitExceeded", fixedSources["SmsNotifier.cs"], StringComparison.Ordinal);

        var build = workspace.Build();
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain(build.Results(), r => r.GetProperty("level").GetString() == "error");

        // One run fixes everything a lightbulb would: what is left is the swallowing handlers and the rules without a fix.
        var left = build.Results()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("TCE", StringComparison.Ordinal))
            .Where(r => !ReleasedRules.HasNoFix(r.GetProperty("ruleId").GetString()!))
            .ToList();
        Assert.All(left, r => Assert.Equal("TCE005", r.GetProperty("ruleId").GetString()));
        Assert.All(left, r => Assert.StartsWith("The handler swallows", r.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal));
        Assert.Equal(3, left.Count);
        var withoutFix = workspace.ExpectedDiagnostics().Where(d => ReleasedRules.HasNoFix(d.Id)).ToList();
        Assert.NotEmpty(withoutFix);
        Assert.Equal(
            withoutFix.Select(d => d.Id).Order(),
            build.Diagnostics().Where(d => ReleasedRules.HasNoFix(d.Id)).Select(d => d.Id).Order());

        (exitCode, output) = workspace.Dotnet(format);
        Assert.True(exitCode == 0, output);
        Assert.Equal(fixedSources, workspace.ReadSources());
    }

    private static void AssertAnalyzersLoaded(BuildResult build)
    {
        Assert.DoesNotContain("CS8032", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(build.Results(), r => r.GetProperty("ruleId").GetString() is "CS8032" or "AD0001");
    }

    private static List<(string File, int Line, string Id)> Sorted(IEnumerable<(string File, int Line, string Id)> diagnostics) =>
        diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
}
