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
}
