extern alias sdk;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Infrastructure;

/// <summary>Every rule registers nothing beyond its compilation start action when there is nothing Tencent Cloud to analyze.</summary>
public class CompilationGateTests
{
    private const string Source = """
        class C
        {
            bool M(string code) => code == "RequestLimitExceeded" || code.Contains("InternalError");
        }
        """;

    private const string EnvelopeSource = """
        class C
        {
            bool M(string json) => TencentCloud.ErrorCodes.ResponseEnvelope.Parse(json).Code == "RequestLimitExceeded";
        }
        """;

    public static TheoryData<string> Analyzers() => new(AllAnalyzers().Select(a => a.GetType().Name));

    [Theory]
    [MemberData(nameof(Analyzers))]
    public async Task Registers_no_action_without_tencent_types(string analyzerName)
    {
        var telemetry = await TelemetryAsync(analyzerName, withSdk: false);
        AssertOnlyCompilationStart(telemetry);
    }

    [Theory]
    [MemberData(nameof(Analyzers))]
    public async Task Registers_no_action_when_the_catalog_is_referenced_but_not_its_envelope(string analyzerName)
    {
        var telemetry = await TelemetryAsync(analyzerName, withSdk: false, withCatalog: true);
        AssertOnlyCompilationStart(telemetry);
    }

    [Theory]
    [InlineData(nameof(TCE001UseErrorCodeConstantAnalyzer))]
    [InlineData(nameof(TCE002UnknownErrorCodeAnalyzer))]
    [InlineData(nameof(TCE006HandleRetryableErrorCodesAnalyzer))]
    public async Task Registers_the_comparison_rules_where_the_envelope_is_used(string analyzerName)
    {
        var telemetry = await TelemetryAsync(analyzerName, withSdk: false, withCatalog: true, source: EnvelopeSource);

        Assert.True(RegisteredActions(telemetry) > 0);
    }

    [Theory]
    [MemberData(nameof(Analyzers))]
    public async Task Registers_its_actions_where_the_compilation_declares_the_sdk_itself(string analyzerName)
    {
        // The SDK's own build, or a stand-in for it: no reference to name, the type is in the sources.
        const string declaresSdk = """
            namespace TencentCloud.Common
            {
                public class TencentCloudSDKException : System.Exception
                {
                    public string ErrorCode { get; set; }
                }
            }
            """;
        var telemetry = await TelemetryAsync(analyzerName, withSdk: false, source: declaresSdk);

        Assert.True(RegisteredActions(telemetry) > 0);
    }

    [Fact]
    public async Task Finds_the_envelope_name_across_the_probe_s_chunk_boundary()
    {
        // The probe reads files in 4,096-character chunks: the name must be found wherever it falls.
        var nameAt = EnvelopeSource.IndexOf("ResponseEnvelope", StringComparison.Ordinal);
        for (var start = 4096 - "ResponseEnvelope".Length; start <= 4096; start++)
        {
            var source = new string(' ', start - nameAt) + EnvelopeSource;
            var telemetry = await TelemetryAsync(nameof(TCE001UseErrorCodeConstantAnalyzer), withSdk: false, withCatalog: true, source: source);
            Assert.True(RegisteredActions(telemetry) > 0, $"not found at {start}");
        }
    }

    private static void AssertOnlyCompilationStart(Microsoft.CodeAnalysis.Diagnostics.Telemetry.AnalyzerTelemetryInfo telemetry)
    {
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, RegisteredActions(telemetry));
    }

    /// <summary>Every action the analyzer registered beyond its compilation start, whatever its kind (operation, syntax, semantic model…).</summary>
    private static int RegisteredActions(Microsoft.CodeAnalysis.Diagnostics.Telemetry.AnalyzerTelemetryInfo telemetry) =>
        typeof(Microsoft.CodeAnalysis.Diagnostics.Telemetry.AnalyzerTelemetryInfo).GetProperties()
            .Where(p => p.Name.EndsWith("ActionsCount", StringComparison.Ordinal) && p.Name != nameof(telemetry.CompilationStartActionsCount))
            .Sum(p => (int)p.GetValue(telemetry)!);

    [Theory]
    [MemberData(nameof(Analyzers))]
    public async Task Registers_its_actions_with_the_sdk(string analyzerName)
    {
        var telemetry = await TelemetryAsync(analyzerName, withSdk: true);

        Assert.True(RegisteredActions(telemetry) > 0);
    }

    [Theory]
    [MemberData(nameof(Analyzers))]
    public async Task Registers_its_actions_with_the_sdk_referenced_from_an_image_without_a_file(string analyzerName)
    {
        // An IDE's project reference, or an in-memory image: no file name to read, so the bound names answer.
        var image = MetadataReference.CreateFromImage(File.ReadAllBytes(typeof(sdk::TencentCloud.Common.TencentCloudSDKException).Assembly.Location));
        var telemetry = await TelemetryAsync(analyzerName, withSdk: false, extraReference: image);

        Assert.True(RegisteredActions(telemetry) > 0);
    }

    [Theory]
    [InlineData(SdkNamespaceSource, true)]
    [InlineData(Source, false)]
    public async Task Reads_the_bound_names_of_an_sdk_shipped_under_another_file_name_only_where_the_sources_name_TencentCloud_Common(string source, bool registers)
    {
        var renamed = Path.Combine(Directory.CreateTempSubdirectory("gate-").FullName, "Vendor.Sdk.dll");
        File.Copy(typeof(sdk::TencentCloud.Common.TencentCloudSDKException).Assembly.Location, renamed);
        var telemetry = await TelemetryAsync(nameof(TCE010BaseHandlerLosesRequestIdAnalyzer), withSdk: false, source: source, extraReference: MetadataReference.CreateFromFile(renamed));

        Assert.Equal(registers, RegisteredActions(telemetry) > 0);
    }

    private const string SdkNamespaceSource = """
        using TencentCloud.Common;

        class C
        {
            void M(AbstractClient client) { }
        }
        """;

    internal static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() =>
        typeof(TencentCloudAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    private static async Task<Microsoft.CodeAnalysis.Diagnostics.Telemetry.AnalyzerTelemetryInfo> TelemetryAsync(
        string analyzerName, bool withSdk, bool withCatalog = false, string source = Source, MetadataReference? extraReference = null)
    {
        var references = new List<MetadataReference> { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) };
        if (extraReference is not null)
        {
            references.Add(extraReference);
        }

        if (withSdk)
        {
            references.Add(TestReferences.Sdk);
        }

        if (withCatalog)
        {
            references.Add(TestReferences.Catalog);
        }

        var compilation = CSharpCompilation.Create(
            "Gate",
            new[] { CSharpSyntaxTree.ParseText(source) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzer = AllAnalyzers().Single(a => a.GetType().Name == analyzerName);
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));

        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    }
}
