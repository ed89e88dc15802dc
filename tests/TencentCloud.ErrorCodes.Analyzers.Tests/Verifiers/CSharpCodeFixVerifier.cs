using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace TencentCloud.ErrorCodes.Analyzers.Tests;

/// <summary>A thin wrapper over the testing library's <see cref="CSharpCodeFixTest{TAnalyzer, TCodeFix, TVerifier}"/>.</summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic() => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic();

    public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task VerifyCodeFixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net80WithPackages;
            TestState.AdditionalReferences.Add(TestReferences.Catalog);
            TestState.AdditionalReferences.Add(TestReferences.Sdk);
        }

        public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.CSharp12;

        /// <summary>Without the Tencent Cloud SDK: only the catalog (and what the test declares itself).</summary>
        public bool WithoutSdk
        {
            set
            {
                if (value)
                {
                    TestState.AdditionalReferences.Remove(TestReferences.Sdk);
                }
            }
        }

        /// <summary>Adds an .editorconfig applying to every file.</summary>
        public string EditorConfig
        {
            set => TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + value));
        }

        /// <summary>
        /// Fix All must do in one pass everything the lightbulbs do one by one (a second pass would hide a dropped fix):
        /// one iteration per scope, one per changed document for the document scope, none where nothing is fixed.
        /// A test that sets a count itself keeps it.
        /// </summary>
        protected override Task RunImplAsync(CancellationToken cancellationToken)
        {
            var expected = BatchFixedState.Sources.Count > 0 ? BatchFixedState.Sources : FixedState.Sources;
            var changedDocuments = expected.Count == 0
                ? 0
                : TestState.Sources.Where((source, i) => i >= expected.Count || source.content.ToString() != expected[i].content.ToString()).Count();
            NumberOfFixAllIterations ??= changedDocuments == 0 ? 0 : 1;
            NumberOfFixAllInProjectIterations ??= changedDocuments == 0 ? 0 : 1;
            NumberOfFixAllInDocumentIterations ??= changedDocuments;
            return base.RunImplAsync(cancellationToken);
        }

        protected override ParseOptions CreateParseOptions() => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);
    }
}
