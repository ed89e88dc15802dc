using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeAnalyzers.Benchmarks.Floor;

/// <summary>Does nothing, the way an analyzer that finds nothing to look at does: the analyzer driver's floor.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
        "FLOOR001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();

        // An empty compilation-start action is the point: the cost of an analyzer that looks and finds nothing.
#pragma warning disable RS1012 // Start action has no registered actions
        context.RegisterCompilationStartAction(_ => { });
#pragma warning restore RS1012
    }
}
