extern alias catalog;
extern alias sdk;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace TencentCloud.ErrorCodes.Analyzers.Tests;

/// <summary>What every test compilation references: .NET 8, the real logging and resilience packages, the catalog and the SDK shape.</summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies Net80WithPackages = ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
        new PackageIdentity("Microsoft.Extensions.Logging.Abstractions", "8.0.2"),
        new PackageIdentity("Serilog", "4.0.0"),
        new PackageIdentity("NLog", "5.5.1"),
        new PackageIdentity("log4net", "3.5.0"),
        new PackageIdentity("Polly", "7.2.4"),
        new PackageIdentity("Polly.Core", "8.4.2")));

    /// <summary>The catalog with its XML documentation, as the package ships it (the refactoring reads the descriptions there).</summary>
    public static readonly MetadataReference Catalog = MetadataReference.CreateFromFile(
        typeof(catalog::TencentCloud.ErrorCodes.CommonErrorCodes).Assembly.Location,
        documentation: XmlDocumentationProvider.CreateFromFile(Path.ChangeExtension(typeof(catalog::TencentCloud.ErrorCodes.CommonErrorCodes).Assembly.Location, ".xml")));

    public static readonly MetadataReference Sdk = MetadataReference.CreateFromFile(typeof(sdk::TencentCloud.Common.TencentCloudSDKException).Assembly.Location);
}
