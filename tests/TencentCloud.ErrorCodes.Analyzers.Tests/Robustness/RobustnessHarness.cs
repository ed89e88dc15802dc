using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TencentCloud.ErrorCodes.Analyzers.Tests.Infrastructure;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Robustness;

/// <summary>
/// Runs every analyzer and every fix of the package over a document and checks what must hold on any input: no
/// analyzer exception, the same diagnostics with and without concurrent execution, no fix that adds a compiler
/// error, Fix All reaching its fixed point in one pass, and a Fix All that leaves the other rules' verdicts on the
/// code it did not touch as they were.
/// </summary>
internal sealed class RobustnessHarness
{
    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> References = new(async () =>
    {
        var resolved = await TestReferences.Net80WithPackages.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return resolved.Add(TestReferences.Catalog).Add(TestReferences.Sdk);
    });

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = CompilationGateTests.AllAnalyzers();

    private static readonly ImmutableDictionary<string, CodeFixProvider> FixersById = typeof(CodeFixes.TencentCloudCodeFix).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .SelectMany(f => f.FixableDiagnosticIds.Select(id => (id, f)))
        .ToImmutableDictionary(p => p.id, p => p.f);

    public int Documents { get; private set; }

    public int Diagnostics { get; private set; }

    public int FixesApplied { get; private set; }

    public int FixAllPasses { get; private set; }

    /// <summary>Checks one source. <paramref name="fixBudget"/> bounds how many single fixes are applied and compiled.</summary>
    public async Task CheckAsync(string source, LanguageVersion languageVersion, string label, int fixBudget, bool compareConcurrency, bool fixAll)
    {
        var document = await CreateDocumentAsync(source, languageVersion);
        var before = await AnalyzeAsync(document, concurrent: true, label);
        Documents++;
        Diagnostics += before.Length;

        if (compareConcurrency)
        {
            var sequential = await AnalyzeAsync(document, concurrent: false, label);
            Assert.True(
                Keys(before).SequenceEqual(Keys(sequential)),
                $"{label}: diagnostics differ with concurrent execution on and off:\n{string.Join("\n", Keys(before))}\n---\n{string.Join("\n", Keys(sequential))}");
        }

        var errorsBefore = await ErrorCountsAsync(document);
        foreach (var diagnostic in before.Where(d => FixersById.ContainsKey(d.Id)).Take(fixBudget))
        {
            var action = await FirstActionAsync(document, diagnostic);
            if (action is null)
            {
                continue;
            }

            var changed = await ApplyAsync(document, action);
            FixesApplied++;
            await AssertNoNewErrorsAsync(errorsBefore, changed, $"{label}: fix '{action.Title}' for {diagnostic.Id} at {diagnostic.Location.GetLineSpan().StartLinePosition}");
        }

        if (fixAll)
        {
            foreach (var id in before.Select(d => d.Id).Where(FixersById.ContainsKey).Distinct())
            {
                await CheckFixAllAsync(document, before, before.Where(d => d.Id == id).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray(), errorsBefore, label);
            }
        }
    }

    private async Task CheckFixAllAsync(Document document, ImmutableArray<Diagnostic> all, ImmutableArray<Diagnostic> diagnostics, Dictionary<string, int> errorsBefore, string label)
    {
        // As dotnet format does: the first diagnostic's first action gives the key, null when it has no fix.
        var fixer = FixersById[diagnostics[0].Id];
        var key = (await FirstActionAsync(document, diagnostics[0]))?.EquivalenceKey;
        var context = new FixAllContext(document, fixer, FixAllScope.Document, key!, new[] { diagnostics[0].Id }, new FixedDiagnostics(diagnostics), CancellationToken.None);
        var fixAll = await fixer.GetFixAllProvider()!.GetFixAsync(context);
        if (fixAll is null)
        {
            return;
        }

        var changed = await ApplyAsync(document, fixAll);
        FixAllPasses++;
        var where = $"{label}: Fix All {diagnostics[0].Id}";
        await AssertNoNewErrorsAsync(errorsBefore, changed, where);

        // One pass fixes everything it can: what is left of the rule offers no batch fix.
        var after = await AnalyzeAsync(changed, concurrent: true, where);
        foreach (var remaining in after.Where(d => d.Id == diagnostics[0].Id))
        {
            var action = await FirstActionAsync(changed, remaining);
            Assert.True(action?.EquivalenceKey is null, $"{where}: still fixable after one pass at {remaining.Location.GetLineSpan().StartLinePosition}:\n{(await changed.GetTextAsync()).ToString()}");
        }

        // A fix of one rule leaves the other rules' verdicts alone on code it did not touch.
        var edits = (await changed.GetTextChangesAsync(document)).Select(c => c.Span).ToList();
        var afterText = await changed.GetTextAsync();
        var kept = after.Where(d => d.Id != diagnostics[0].Id).Select(d => Verdict(d, afterText)).ToList();
        var beforeText = await document.GetTextAsync();
        foreach (var other in all.Where(d => d.Id != diagnostics[0].Id && !edits.Any(e => e.IntersectsWith(d.Location.SourceSpan) || d.Location.SourceSpan.Contains(e))))
        {
            var verdict = Verdict(other, beforeText);
            Assert.True(kept.Remove(verdict), $"{where} silenced {verdict}:\n{afterText}");
        }
    }

    private static string Verdict(Diagnostic diagnostic, SourceText text) =>
        $"{diagnostic.Id} '{text.ToString(diagnostic.Location.SourceSpan)}' {diagnostic.GetMessage()}";

    internal static async Task<Document> CreateDocumentAsync(string source, LanguageVersion languageVersion)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Create(),
                "Robustness",
                "Robustness",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(languageVersion),
                metadataReferences: await References.Value))
            .AddDocument(DocumentId.CreateNewId(projectId), "Test.cs", SourceText.From(source), filePath: "/Test.cs");
        return solution.Projects.Single().Documents.Single();
    }

    internal static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Document document, bool concurrent, string label)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var exceptions = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, diagnostic) => exceptions.Add($"{analyzer.GetType().Name}: {exception}"),
            concurrent,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();
        Assert.True(exceptions.IsEmpty, $"{label}: analyzer exception\n{string.Join("\n", exceptions)}\n{(await document.GetTextAsync()).ToString()}");
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    private static async Task<CodeAction?> FirstActionAsync(Document document, Diagnostic diagnostic)
    {
        CodeAction? first = null;
        var context = new CodeFixContext(document, diagnostic, (action, _) => first ??= action, CancellationToken.None);
        await FixersById[diagnostic.Id].RegisterCodeFixesAsync(context);
        return first;
    }

    private static async Task<Document> ApplyAsync(Document document, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return solution.GetDocument(document.Id)!;
    }

    private static async Task AssertNoNewErrorsAsync(Dictionary<string, int> before, Document changed, string where)
    {
        var after = await ErrorCountsAsync(changed);
        foreach (var (id, count) in after)
        {
            Assert.True(count <= before.GetValueOrDefault(id), $"{where} adds {id}:\n{(await changed.GetTextAsync()).ToString()}");
        }
    }

    private static async Task<Dictionary<string, int>> ErrorCountsAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .GroupBy(d => d.Id)
            .ToDictionary(g => g.Key, g => g.Count());
    }

    private static IEnumerable<string> Keys(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Id} {d.Location.SourceSpan} {d.GetMessage()}").Order(StringComparer.Ordinal);

    internal sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>([]);
    }
}
