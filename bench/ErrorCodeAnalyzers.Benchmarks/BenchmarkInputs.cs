using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TencentCloud.ErrorCodes;
using TencentCloud.ErrorCodes.Analyzers;

namespace ErrorCodeAnalyzers.Benchmarks;

/// <summary>What the in-process measurements compile against and run: the package's analyzers and the corpus's references.</summary>
internal static class BenchmarkInputs
{
    /// <summary>Every analyzer of the package.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers() =>
        typeof(TencentCloudAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>
    /// The runtime and the package's catalog; with <paramref name="withTencent"/>, also the SDK and the logging and
    /// retry libraries the corpus uses with it.
    /// </summary>
    public static List<MetadataReference> References(bool withTencent)
    {
        string[] optional = ["TencentCloud", "Microsoft.CodeAnalysis", "Serilog", "Polly", "Microsoft.Extensions.Logging"];
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => !optional.Any(name => Path.GetFileName(path).StartsWith(name, StringComparison.Ordinal)))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(ErrorCodeCatalog).Assembly.Location))
            .ToList();
        if (withTencent)
        {
            references.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location));
            references.Add(MetadataReference.CreateFromFile(typeof(Serilog.ILogger).Assembly.Location));
            references.Add(MetadataReference.CreateFromFile(typeof(Polly.Policy).Assembly.Location));
            references.Add(MetadataReference.CreateFromFile(typeof(TencentCloud.Common.TencentCloudSDKException).Assembly.Location));
        }

        return references;
    }
}
