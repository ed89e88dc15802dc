using Microsoft.CodeAnalysis.Text;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Infrastructure;

/// <summary>The text gate in front of every rule: what it finds decides which files and members are bound at all.</summary>
public class SyntaxSignalsTests
{
    private static readonly SyntaxSignalScanner Scanner = SyntaxSignalScanner.ForRules(["ApiCode"], envelopeCodes: false);

    [Theory]
    [InlineData("if (ex.ErrorCode == x) { }", (int)SyntaxSignals.ErrorCode)]
    [InlineData("try { } catch { }", (int)SyntaxSignals.Catch)]
    [InlineData("try { var r = task.Result; task.Wait(); } catch { }", (int)(SyntaxSignals.Catch | SyntaxSignals.BlockingWait))]
    [InlineData("e.Message.Contains(x); e.ToString();", (int)(SyntaxSignals.ExceptionText | SyntaxSignals.TextSearch))]
    [InlineData("Regex.IsMatch(e.ToString(), p);", (int)(SyntaxSignals.ExceptionText | SyntaxSignals.TextSearch))]
    [InlineData("public string Message { get; set; }", (int)SyntaxSignals.ExceptionText)]
    [InlineData("ResponseEnvelope.Parse(json).Code", (int)SyntaxSignals.None)]
    [InlineData("static bool IsTransientFailure(string c) => true;", (int)SyntaxSignals.RetryPredicate)]
    [InlineData("static bool IsRetryable(string c) => true;", (int)SyntaxSignals.RetryPredicate)]
    [InlineData("static bool CanRetry(string c) => true;", (int)SyntaxSignals.RetryPredicate)]
    [InlineData("static bool ShouldRetryWithAVeryLongNameThatOverflowsTheBuffer(string c) => true;", (int)SyntaxSignals.RetryPredicate)]
    [InlineData("failure.ApiCode == x", (int)SyntaxSignals.ErrorCode)]
    public void Finds_each_signal_by_its_words(string text, int expected)
    {
        Assert.Equal((SyntaxSignals)expected, Scanner.Scan(SourceText.From(text), SyntaxSignals.All));
    }

    [Theory]
    [InlineData("var MyErrorCode = 1; var ErrorCodes = 2; var catcher = 3; var Results = 4; var Messages = 5;")]
    [InlineData("var 错误ErrorCode = 1;")]
    [InlineData("var IsTransien = 1; var CanRetr = 2; var MyIsTransient = 3; var MyShouldRetry = 4; var IsRetry = 5; var Retry = 6;")]
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

    [Theory]
    [InlineData("var r = task.Result; task.Wait();")]
    [InlineData("var r = task.Result; /* catching */")]
    public void Finds_a_blocking_wait_only_with_a_catch(string text)
    {
        // TCE007, the only rule that reads it, asks for both: without 'catch' the words are not searched.
        Assert.Equal(SyntaxSignals.None, Scanner.Scan(SourceText.From(text), SyntaxSignals.All));
    }

    [Theory]
    [InlineData("names.Contains(x); s.StartsWith(y); s.IndexOf(z);")]
    [InlineData("Regex.Match(text, pattern);")]
    public void Finds_a_text_search_only_with_an_exception_s_text(string text)
    {
        // TCE003, the only rule that reads it, asks for both: without 'Message' or 'ToString' the names are not searched.
        Assert.Equal(SyntaxSignals.None, Scanner.Scan(SourceText.From(text), SyntaxSignals.All));
    }

    [Fact]
    public void Looks_for_retry_predicates_only_without_an_error_code()
    {
        // TCE006 asks for either: once an error-code word is found, the predicates' prefixes are not searched.
        Assert.Equal(SyntaxSignals.ErrorCode, Scanner.Scan(SourceText.From("bool IsTransient(E e) => e.ErrorCode == x;"), SyntaxSignals.All));
    }

    [Fact]
    public void Finds_a_retry_predicate_whose_name_starts_the_span()
    {
        var text = SourceText.From("xCanRetry; bool CanRetry() => true;");

        Assert.Equal(SyntaxSignals.None, Scanner.Scan(text, new TextSpan(1, 8), SyntaxSignals.All));
        Assert.Equal(SyntaxSignals.RetryPredicate, Scanner.Scan(text, TextSpan.FromBounds(16, text.Length), SyntaxSignals.All));
    }

    [Theory]
    [InlineData("ResponseEnvelope.Parse(json).Code", true, (int)SyntaxSignals.ErrorCode)]
    [InlineData("response.Code == x", true, (int)SyntaxSignals.ErrorCode)]
    [InlineData("response.Code == x", false, (int)SyntaxSignals.None)]
    [InlineData("response.ErrorCodes == x", true, (int)SyntaxSignals.None)]
    public void Counts_the_envelope_s_code_only_where_the_compilation_uses_the_envelope(string text, bool envelopeCodes, int expected)
    {
        var scanner = SyntaxSignalScanner.ForRules([], envelopeCodes);

        Assert.Equal((SyntaxSignals)expected, scanner.Scan(SourceText.From(text), SyntaxSignals.All));
    }

    [Theory]
    [InlineData((int)SyntaxSignals.Envelope, "var e = ResponseEnvelope.Parse(json);", true)]
    [InlineData((int)SyntaxSignals.Envelope, "var e = MyResponseEnvelope.Parse(json);", false)]
    [InlineData((int)SyntaxSignals.SdkDeclared, "class TencentCloudSDKException : Exception { }", true)]
    [InlineData((int)SyntaxSignals.SdkNamespace, "using TencentCloud.Common;", true)]
    [InlineData((int)SyntaxSignals.SdkNamespace, "var c = new TencentCloud.Common.Credential();", true)]
    [InlineData((int)SyntaxSignals.SdkNamespace, "using TencentCloud.ErrorCodes;", false)]
    [InlineData((int)SyntaxSignals.SdkNamespace, "catch (TencentCloudSDKException e) { }", false)]
    public void A_probe_finds_its_one_word(int signal, string text, bool found)
    {
        var probe = (SyntaxSignals)signal;
        Assert.Equal(found ? probe : SyntaxSignals.None, SyntaxSignalScanner.Probe(probe).Scan(SourceText.From(text), probe));
    }
}
