using Microsoft.CodeAnalysis.Text;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Infrastructure;

/// <summary>The text gate in front of every rule: what it finds decides which files and members are bound at all.</summary>
public class SyntaxSignalsTests
{
    private static readonly SyntaxSignalScanner Scanner = new(SyntaxSignalScanner.RuleWords(["ApiCode"]));

    [Theory]
    [InlineData("if (ex.ErrorCode == x) { }", (int)SyntaxSignals.ErrorCode)]
    [InlineData("try { } catch { }", (int)SyntaxSignals.Catch)]
    [InlineData("var r = task.Result; task.Wait();", (int)SyntaxSignals.BlockingWait)]
    [InlineData("e.Message.Contains(x); e.ToString();", (int)SyntaxSignals.ExceptionText)]
    [InlineData("ResponseEnvelope.Parse(json).Code", (int)(SyntaxSignals.Envelope | SyntaxSignals.EnvelopeCode))]
    [InlineData("static bool IsTransientFailure(string c) => true;", (int)SyntaxSignals.RetryPredicate)]
    [InlineData("static bool ShouldRetryWithAVeryLongNameThatOverflowsTheBuffer(string c) => true;", (int)SyntaxSignals.RetryPredicate)]
    [InlineData("failure.ApiCode == x", (int)SyntaxSignals.ErrorCode)]
    public void Finds_each_signal_by_its_words(string text, int expected)
    {
        Assert.Equal((SyntaxSignals)expected, Scanner.Scan(SourceText.From(text), SyntaxSignals.All));
    }

    [Theory]
    [InlineData("var MyErrorCode = 1; var ErrorCodes = 2; var catcher = 3; var Results = 4; var Messages = 5;")]
    [InlineData("var 错误ErrorCode = 1;")]
    [InlineData("var IsTransien = 1; var CanRetr = 2; var MyIsTransient = 3;")]
    [InlineData("")]
    public void Ignores_longer_and_shorter_identifiers(string text)
    {
        Assert.Equal(SyntaxSignals.None, Scanner.Scan(SourceText.From(text), SyntaxSignals.All));
    }

    [Fact]
    public void Finds_a_word_at_any_offset_and_at_the_end()
    {
        for (var at = 4096 - "ErrorCode".Length - 1; at <= 4097; at++)
        {
            var text = new string(' ', at) + "ErrorCode";
            Assert.Equal(SyntaxSignals.ErrorCode, Scanner.Scan(SourceText.From(text), SyntaxSignals.All));
            Assert.Equal(SyntaxSignals.ErrorCode, Scanner.Scan(SourceText.From(text + ";"), SyntaxSignals.All));
        }
    }

    [Fact]
    public void Scans_only_the_span_it_is_given()
    {
        var text = SourceText.From("void A() { try { } catch { } } void B() { var x = ex.ErrorCode; }");
        var b = text.ToString().IndexOf("void B", StringComparison.Ordinal);

        Assert.Equal(SyntaxSignals.Catch, Scanner.Scan(text, new TextSpan(0, b), SyntaxSignals.All));
        Assert.Equal(SyntaxSignals.ErrorCode, Scanner.Scan(text, TextSpan.FromBounds(b, text.Length), SyntaxSignals.All));
    }

    [Fact]
    public void Stops_once_the_wanted_signals_are_found()
    {
        // ErrorCode is the first word looked for: once it is found, nothing else is searched.
        var found = Scanner.Scan(SourceText.From("catch ErrorCode Message"), SyntaxSignals.ErrorCode);

        Assert.Equal(SyntaxSignals.ErrorCode, found);
    }
}
