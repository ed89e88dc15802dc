using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>What a file's text must contain before a rule binds anything in it.</summary>
    [Flags]
    internal enum SyntaxSignals
    {
        None = 0,

        /// <summary><c>ErrorCode</c>, the envelope's <c>Code</c> or a configured error-code member: TCE001, 002, 006, 008, 009.</summary>
        ErrorCode = 1,

        /// <summary><c>catch</c>: TCE004, 005, 007, 010.</summary>
        Catch = 2,

        /// <summary><c>Result</c> or <c>Wait</c>: TCE007.</summary>
        BlockingWait = 4,

        /// <summary><c>Message</c> or <c>ToString</c>: TCE003.</summary>
        ExceptionText = 8,

        /// <summary><c>ResponseEnvelope</c>: whether a project that references only the catalog uses it.</summary>
        Envelope = 16,

        /// <summary><c>Code</c>: an error-code source when the compilation uses the envelope.</summary>
        EnvelopeCode = 32,

        /// <summary>An identifier starting <c>IsTransient</c>, <c>IsRetryable</c>, <c>ShouldRetry</c> or <c>CanRetry</c>: TCE006's predicates.</summary>
        RetryPredicate = 64,

        /// <summary><c>TencentCloudSDKException</c>: a compilation that declares the SDK itself (or a stand-in for it).</summary>
        SdkDeclared = 128,

        All = ErrorCode | Catch | BlockingWait | ExceptionText | Envelope | EnvelopeCode | RetryPredicate | SdkDeclared,

        /// <summary>
        /// <c>TencentCloud</c>, the SDK's root namespace: asked only at compilation start, when no reference file is named
        /// after the SDK's assembly (not in <see cref="All"/>: no rule asks a file for it).
        /// </summary>
        SdkNamespace = 256,
    }

    /// <summary>
    /// Finds whole identifiers (and keywords) in source text, without parsing and without allocating: the gate that keeps
    /// the rules from binding the files (most of them, in a library that wraps the SDK) where they can find nothing.
    /// </summary>
    internal sealed class SyntaxSignalScanner
    {
        /// <summary>The prefixes of TCE006's retry predicates (an identifier that starts with one is a match).</summary>
        internal static readonly string[] RetryPredicatePrefixes = { "IsTransient", "IsRetryable", "ShouldRetry", "CanRetry" };

        private readonly KeyValuePair<string, SyntaxSignals>[] words;
        private readonly bool searchesPrefixes;

        public SyntaxSignalScanner(IEnumerable<KeyValuePair<string, SyntaxSignals>> words)
            : this(words, SyntaxSignals.All)
        {
        }

        /// <summary>A scanner for the words of <paramref name="only"/> among <paramref name="words"/>.</summary>
        public SyntaxSignalScanner(IEnumerable<KeyValuePair<string, SyntaxSignals>> words, SyntaxSignals only)
        {
            var kept = new List<KeyValuePair<string, SyntaxSignals>>();
            foreach (var word in words)
            {
                if ((word.Value & only) != 0)
                {
                    kept.Add(word);
                }
            }

            this.words = kept.ToArray();
            searchesPrefixes = (only & SyntaxSignals.RetryPredicate) != 0;
        }

        /// <summary>The words for the signals every rule looks for, plus the configured error-code members' names.</summary>
        internal static IEnumerable<KeyValuePair<string, SyntaxSignals>> RuleWords(IEnumerable<string> errorCodeMembers)
        {
            yield return Word(TencentCloudContext.ErrorCodePropertyName, SyntaxSignals.ErrorCode);
            yield return Word("catch", SyntaxSignals.Catch);
            yield return Word("Result", SyntaxSignals.BlockingWait);
            yield return Word("Wait", SyntaxSignals.BlockingWait);
            yield return Word("Message", SyntaxSignals.ExceptionText);
            yield return Word("ToString", SyntaxSignals.ExceptionText);
            yield return Word(Internal.CatalogNaming.EnvelopeClassName, SyntaxSignals.Envelope);
            yield return Word("Code", SyntaxSignals.EnvelopeCode);
            yield return Word("TencentCloudSDKException", SyntaxSignals.SdkDeclared);
            yield return Word("TencentCloud", SyntaxSignals.SdkNamespace);

            foreach (var member in errorCodeMembers)
            {
                yield return Word(member, SyntaxSignals.ErrorCode);
            }
        }

        internal static KeyValuePair<string, SyntaxSignals> Word(string word, SyntaxSignals signal) => new KeyValuePair<string, SyntaxSignals>(word, signal);

        /// <summary>The signals whose words occur in <paramref name="text"/>; stops early once <paramref name="wanted"/> are all found.</summary>
        public SyntaxSignals Scan(SourceText text, SyntaxSignals wanted) => Scan(text, new TextSpan(0, text.Length), wanted);

        /// <summary>As <see cref="Scan(SourceText, SyntaxSignals)"/>, in <paramref name="span"/> only.</summary>
        /// <remarks>
        /// One ordinal search per word (the runtime's is vectorised) and a look at the characters around each hit: several
        /// times faster than reading the text a character at a time. A file's text is usually its own string already.
        /// </remarks>
        public SyntaxSignals Scan(SourceText text, TextSpan span, SyntaxSignals wanted)
        {
            var source = text.ToString();
            var found = SyntaxSignals.None;
            foreach (var word in words)
            {
                if ((found & word.Value) != word.Value && Contains(source, word.Key, span, prefix: false))
                {
                    found |= word.Value;
                    if ((found & wanted) == wanted)
                    {
                        return found;
                    }
                }
            }

            foreach (var prefix in searchesPrefixes ? RetryPredicatePrefixes : Array.Empty<string>())
            {
                if (Contains(source, prefix, span, prefix: true))
                {
                    return found | SyntaxSignals.RetryPredicate;
                }
            }

            return found;
        }

        /// <summary>Whether <paramref name="word"/> occurs in <paramref name="span"/> as a whole identifier (or, with <paramref name="prefix"/>, its start).</summary>
        private static bool Contains(string source, string word, TextSpan span, bool prefix)
        {
            for (var at = span.Start; at <= span.End - word.Length; at++)
            {
                at = source.IndexOf(word, at, span.End - at, StringComparison.Ordinal);
                if (at < 0)
                {
                    return false;
                }

                var end = at + word.Length;
                if ((at == 0 || !IsIdentifierPart(source[at - 1])) && (prefix || end == source.Length || !IsIdentifierPart(source[end])))
                {
                    return true;
                }
            }

            return false;
        }

        // Every word is ASCII, so any other character may count as part of an identifier: no Unicode look-up per
        // character (the SDK's sources are mostly Chinese comments).
        private static bool IsIdentifierPart(char c) =>
            c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

    }
}
