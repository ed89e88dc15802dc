using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ErrorCodeAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TencentCloud.ErrorCodes;
using TencentCloud.ErrorCodes.Analyzers;

namespace ErrorCodeAnalyzers.Benchmarks;

/// <summary>The catalog's look-ups, public and the analyzers' own: O(1), and no allocation per call.</summary>
[MemoryDiagnoser]
public class CatalogLookupBenchmarks
{
    // Fields, not literals: the JIT must not fold the look-up of a constant.
    private readonly string knownCode = SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage;
    private readonly string unknownCode = "FailedOperation.NoSuchThing";
    private readonly string throttledChild = "RequestLimitExceeded.UinLimitExceeded";

    [GlobalSetup]
    public void Warm()
    {
        ErrorCodeCatalog.TryGet(CommonErrorCodes.InternalError, out _);
        KnownErrorCodes.TryGet(CommonErrorCodes.InternalError, out _);
    }

    [Benchmark]
    public bool CatalogTryGetKnown() => ErrorCodeCatalog.TryGet(knownCode, out _);

    [Benchmark]
    public bool CatalogTryGetUnknown() => ErrorCodeCatalog.TryGet(unknownCode, out _);

    [Benchmark]
    public RetryKind CatalogGetRetryKind() => ErrorCodeCatalog.GetRetryKind(throttledChild);

    [Benchmark]
    public bool AnalyzerTableTryGet() => KnownErrorCodes.TryGet(knownCode, out _);
}

/// <summary>Typo suggestions, computed only when TCE002 reports a code.</summary>
[MemoryDiagnoser]
public class TypoSuggestionBenchmarks
{
    [GlobalSetup]
    public void Warm() => KnownErrorCodes.IsKnown(CommonErrorCodes.InternalError);

    /// <summary>The first time a misspelling is seen: every known code is compared.</summary>
    [Benchmark]
    public int FirstSearch() => TypoSuggestions.Compute("FailedOperation.InsuficientBalanceInSmsPackage").Count;

    /// <summary>The same misspelling again, from the cache.</summary>
    [Benchmark]
    public int MisspeltCommonCode() => TypoSuggestions.For("LimitExceed").Count;

    [Benchmark]
    public int MisspeltProductCode() => TypoSuggestions.For("FailedOperation.InsuficientBalanceInSmsPackage").Count;

    [Benchmark]
    public int CaseSlip() => TypoSuggestions.For("requestlimitexceeded").Count;
}

/// <summary>Every rule over one large file (the corpus generator's files joined), against the compiler's own diagnostics.</summary>
[MemoryDiagnoser]
public class AnalyzerPassBenchmarks
{
    private Compilation sdkHeavy = null!;
    private Compilation withoutTencent = null!;
    private ImmutableArray<DiagnosticAnalyzer> analyzers;

    [Params(200)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        analyzers = BenchmarkInputs.Analyzers();
        sdkHeavy = Compile(withTencent: true);
        withoutTencent = Compile(withTencent: false);
    }

    /// <summary>What the compiler does anyway: bind the file and report its own diagnostics.</summary>
    [Benchmark(Baseline = true)]
    public int CompilerDiagnostics() => sdkHeavy.Clone().GetDiagnostics().Length;

    [Benchmark]
    public int AllRulesSdkHeavyFile() => Analyze(sdkHeavy);

    [Benchmark]
    public int AllRulesFileWithoutTencentTypes() => Analyze(withoutTencent);

    private int Analyze(Compilation compilation)
    {
        // A fresh compilation each time (binding included, as in the baseline): nothing is cached across iterations.
        return compilation.Clone().WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }

    private Compilation Compile(bool withTencent)
    {
        var text = CorpusGenerator.GlobalUsings(withTencent).Replace("global using", "using")
            + string.Join("\n", CorpusGenerator.Generate(Files, seed: 1, withTencent).Select(f => FileScopedToBlock(f.Text)));
        var references = BenchmarkInputs.References(withTencent);
        return CSharpCompilation.Create(
            "OneLargeFile",
            new[] { CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest)) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    // One file can hold only one file-scoped namespace.
    private static string FileScopedToBlock(string file)
    {
        var end = file.IndexOf(';');
        return file[..end] + "\n{" + file[(end + 1)..] + "\n}";
    }
}
