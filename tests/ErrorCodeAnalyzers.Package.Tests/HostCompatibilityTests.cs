using System.Composition.Hosting;
using System.IO.Compression;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CodeRefactorings;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodeAnalyzers.Package.Tests;

/// <summary>
/// The packed analyzers and fixes in a Roslyn 4.8 workspace host, the oldest the package claims: analyzers loaded from
/// the package's files as an analyzer reference, code fixes discovered through their MEF export attributes (as an IDE
/// composes them, never <c>new</c>), one fix per rule applied and compiled.
/// </summary>
public sealed class HostCompatibilityTests
{
    private readonly PackedPackage package = PackedPackage.Shared;

    private const string Source = """
        using System;
        using TencentCloud.Common;
        using TencentCloud.Sms.V20210111;
        using TencentCloud.Sms.V20210111.Models;

        class Notifier
        {
            private readonly SmsClient client = new SmsClient(new Credential(), "ap-guangzhou");

            bool IsThrottled(TencentCloudSDKException e) => e.ErrorCode == "RequestLimitExceeded";

            bool IsQuota(TencentCloudSDKException e) => e.ErrorCode == "LimitExceed";

            bool SearchesText(TencentCloudSDKException e) => e.Message.Contains("InternalError");

            void Log(SendSmsRequest request)
            {
                try { client.SendSmsSync(request); }
                catch (TencentCloudSDKException e) { Console.WriteLine("failed: " + e.ErrorCode); }
            }

            void Wrap(SendSmsRequest request)
            {
                try { client.SendSmsSync(request); }
                catch (TencentCloudSDKException) { throw new InvalidOperationException("failed"); }
            }

            void Blocks(SendSmsRequest request)
            {
                try { var response = client.SendSms(request).Result; }
                catch (TencentCloudSDKException e) { Console.WriteLine(e.RequestId); }
            }

            void Catches(SendSmsRequest request)
            {
                try { client.SendSmsSync(request); }
                catch (Exception e) { Console.WriteLine("failed: " + e.Message); }
            }

            void OtherProduct(SendSmsRequest request)
            {
                try { client.SendSmsSync(request); }
                catch (TencentCloudSDKException e) when (e.ErrorCode == TencentCloud.ErrorCodes.TrtcErrorCodes.FailedOperation_RoomNotExist) { Console.WriteLine(e.RequestId); }
            }

            void OtherAction()
            {
                try { client.DescribeSmsSignListSync(new DescribeSmsSignListRequest()); }
                catch (TencentCloudSDKException e) when (e.ErrorCode == TencentCloud.ErrorCodes.SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage) { Console.WriteLine(e.RequestId); }
            }

            static bool IsTransient(TencentCloudSDKException e) => e.ErrorCode == TencentCloud.ErrorCodes.CommonErrorCodes.InternalError;
        }
        """;

    [Fact]
    public async Task Roslyn_4_8_host_reports_every_rule_and_applies_each_fix()
    {
        Assert.Equal(new Version(4, 8, 0, 0), typeof(Workspace).Assembly.GetName().Version);
        var directory = Extract();
        var loader = new DirectoryLoader(directory);
        var analyzerReference = new AnalyzerFileReference(Path.Combine(directory, "analyzers/dotnet/cs/TencentCloud.ErrorCodes.Analyzers.dll"), loader);
        var analyzers = analyzerReference.GetAnalyzers(LanguageNames.CSharp);
        Assert.NotEmpty(analyzers);

        // As an IDE does: compose the fixes assembly and ask MEF for the exported code fix providers.
        var fixesAssembly = loader.LoadFromPath(Path.Combine(directory, "analyzers/dotnet/cs/TencentCloud.ErrorCodes.CodeFixes.dll"));
        using var container = new ContainerConfiguration().WithAssembly(fixesAssembly).CreateContainer();
        var fixers = container.GetExports<CodeFixProvider>().ToList();
        Assert.Equal(["HandleErrorCodesRefactoring"], container.GetExports<CodeRefactoringProvider>().Select(r => r.GetType().Name));
        var ruleIds = ReleasedRules.Ids;
        var fixableIds = ruleIds.Where(id => !ReleasedRules.HasNoFix(id)).ToArray();
        Assert.Equal(fixableIds, fixers.SelectMany(f => f.FixableDiagnosticIds).Order());

        var document = CreateDocument(directory);
        var compilation = (await document.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Equal(ruleIds, diagnostics.Select(d => d.Id).Distinct().Order());

        foreach (var id in fixableIds)
        {
            var diagnostic = diagnostics.First(d => d.Id == id);
            var fixer = fixers.Single(f => f.FixableDiagnosticIds.Contains(id));
            CodeAction? action = null;
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => action ??= a, CancellationToken.None));
            Assert.True(action is not null, $"{id}: no fix offered");

            var operations = await action!.GetOperationsAsync(CancellationToken.None);
            var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
            var text = (await changed.GetTextAsync()).ToString();
            Assert.NotEqual(Source, text);
            var errors = (await changed.Project.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
            Assert.True(!errors.Any(), $"{id}: the fix does not compile:\n{text}\n{string.Join('\n', errors)}");
        }
    }

    private string Extract()
    {
        var directory = Directory.CreateTempSubdirectory("eca-host-").FullName;
        ZipFile.ExtractToDirectory(package.Path, directory);
        return directory;
    }

    private static Document CreateDocument(string packageDirectory)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll" || Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal))
            .Select(path => MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(Path.Combine(packageDirectory, "lib/netstandard2.0/TencentCloud.ErrorCodes.dll")))
            .Append(MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "TencentCloudCommon.dll")));
        var workspace = new AdhocWorkspace(MefHostServices.DefaultHost);
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Create(),
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
            metadataReferences: references));
        return workspace.AddDocument(project.Id, "Notifier.cs", SourceText.From(Source));
    }

    /// <summary>Loads the package's assemblies from its folder, as a host's analyzer loader does.</summary>
    private sealed class DirectoryLoader : IAnalyzerAssemblyLoader
    {
        private readonly string directory;

        public DirectoryLoader(string directory)
        {
            this.directory = directory;
            AssemblyLoadContext.Default.Resolving += (context, name) =>
            {
                var candidate = Directory.GetFiles(directory, name.Name + ".dll", SearchOption.AllDirectories).FirstOrDefault();
                return candidate is null ? null : context.LoadFromAssemblyPath(candidate);
            };
        }

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) =>
            AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => !a.IsDynamic && string.Equals(a.Location, fullPath, StringComparison.Ordinal))
            ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }
}
