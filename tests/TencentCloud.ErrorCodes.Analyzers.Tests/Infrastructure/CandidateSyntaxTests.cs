using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Infrastructure;

/// <summary>The syntax tests that decide which nodes are bound at all: a node they turn away is never analyzed.</summary>
public class CandidateSyntaxTests
{
    [Theory]
    [InlineData("code == \"RequestLimitExceeded\"", true)]
    [InlineData("\"RequestLimitExceeded\" != code", true)]
    [InlineData("code == CommonErrorCodes.RequestLimitExceeded", true)]
    [InlineData("code == other", true)]
    [InlineData("code is \"A\" or \"B\"", true)]
    [InlineData("code == null", false)]
    [InlineData("null != code", false)]
    [InlineData("count == 0", false)]
    [InlineData("ok == true", false)]
    [InlineData("letter == 'A'", false)]
    [InlineData("code == default", false)]
    public void A_comparison_is_bound_unless_a_side_is_a_literal_other_than_a_string(string expression, bool expected)
    {
        Assert.Equal(expected, ErrorCodeComparisons.IsCandidate(SyntaxFactory.ParseExpression(expression)));
    }

    [Theory]
    [InlineData("ex.Message.Contains(\"RequestLimitExceeded\")", true)]
    [InlineData("ex.Message.Contains((string)(\"RequestLimitExceeded\"))", true)]
    [InlineData("Regex.IsMatch(pattern: \"^A$\", input: ex.Message)", true)]
    [InlineData("line.IndexOf(':')", false)]
    [InlineData("ex.Message.Contains(CommonErrorCodes.RequestLimitExceeded)", false)]
    [InlineData("ex.Message.Contains(code)", false)]
    [InlineData("ex.Message.Replace(\"RequestLimitExceeded\", \"\")", false)]
    public void A_text_search_is_bound_only_with_a_string_literal_among_its_arguments(string expression, bool expected)
    {
        Assert.Equal(expected, TCE003ErrorCodeInExceptionTextAnalyzer.IsCandidate(SyntaxFactory.ParseExpression(expression)));
    }

    [Theory]
    [InlineData("class C { static bool IsTransient(string code) => code == \"A\"; }", SyntaxKind.MethodDeclaration, true)]
    [InlineData("class C { bool ShouldRetryOn(string code) { return code == \"A\"; } }", SyntaxKind.MethodDeclaration, true)]
    [InlineData("class C { void M() { bool CanRetry(string c) => c == \"A\"; } }", SyntaxKind.LocalFunctionStatement, true)]
    [InlineData("class C { void M() { Policy.Handle<E>(e => e.ErrorCode == \"A\"); } }", SyntaxKind.SimpleLambdaExpression, true)]
    [InlineData("class C { void M(string code) { switch (code) { } } }", SyntaxKind.SwitchStatement, true)]
    [InlineData("class C { string M(string code) => code switch { _ => code }; }", SyntaxKind.SwitchExpression, true)]
    [InlineData("class C { void M(string code) { if (code == \"A\") { } } }", SyntaxKind.IfStatement, true)]
    [InlineData("class C { bool IsValid(string code) => code == \"A\"; }", SyntaxKind.MethodDeclaration, false)]
    [InlineData("class C { void M() { bool Check(string c) => c == \"A\"; } }", SyntaxKind.LocalFunctionStatement, false)]
    [InlineData("class C { public C(string errorCode) { } }", SyntaxKind.ConstructorDeclaration, false)]
    [InlineData("class C { public string ErrorCode { get; set; } }", SyntaxKind.GetAccessorDeclaration, false)]
    [InlineData("class C { void M() { Run(e => e.ErrorCode == \"A\"); } }", SyntaxKind.SimpleLambdaExpression, false)]
    public void A_dispatch_or_a_declaration_that_can_be_a_retry_predicate_is_bound(string source, SyntaxKind kind, bool expected)
    {
        var node = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().First(n => n.IsKind(kind));

        Assert.Equal(expected, TCE006HandleRetryableErrorCodesAnalyzer.IsCandidate(node));
    }

    [Fact]
    public void A_file_s_walk_does_not_go_into_a_member_without_any_rule_s_word()
    {
        const string source = """
            namespace TencentCloud.Common { public class TencentCloudSDKException : System.Exception { public string ErrorCode { get; set; } } }

            class C
            {
                bool Quiet(int n) { if (n > 0) { return true; } return false; }

                bool Dispatch(TencentCloud.Common.TencentCloudSDKException e) { if (e.ErrorCode == "A") { return true; } return false; }
            }
            """;
        var tree = CSharpSyntaxTree.ParseText(source);
        var compilation = CSharpCompilation.Create("Walk", [tree], [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);
        var context = TencentCloudContext.TryGet(compilation, new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions([]))!;

        var ifs = context.NodesOf(tree, CancellationToken.None).Candidates
            .Where(c => c.Kind == OperationKind.Conditional)
            .Select(c => ((Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax)c.Member!).Identifier.ValueText);

        Assert.Equal(["Dispatch"], ifs);
    }
}
