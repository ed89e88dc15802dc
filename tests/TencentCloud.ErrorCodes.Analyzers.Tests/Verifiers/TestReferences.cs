extern alias catalog;
extern alias sdk;

using System.Collections.Immutable;
using ErrorCodeAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace TencentCloud.ErrorCodes.Analyzers.Tests;

/// <summary>What every test compilation references: .NET 8, the real logging and resilience packages, the catalog and the SDK shape.</summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies Net80WithPackages = ReferenceAssemblies.Net.Net80.AddPackages(
        UserCodeLibraries.Of(typeof(TestReferences).Assembly).Select(library => new PackageIdentity(library.Id, library.Version)).ToImmutableArray());

    /// <summary>The catalog with its XML documentation, as the package ships it (the refactoring reads the descriptions there).</summary>
    public static readonly MetadataReference Catalog = MetadataReference.CreateFromFile(
        typeof(catalog::TencentCloud.ErrorCodes.CommonErrorCodes).Assembly.Location,
        documentation: XmlDocumentationProvider.CreateFromFile(Path.ChangeExtension(typeof(catalog::TencentCloud.ErrorCodes.CommonErrorCodes).Assembly.Location, ".xml")));

    public static readonly MetadataReference Sdk = MetadataReference.CreateFromFile(typeof(sdk::TencentCloud.Common.TencentCloudSDKException).Assembly.Location);
}
