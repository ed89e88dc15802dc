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
    }

    /// <summary>
    /// Finds whole identifiers (and keywords) in source text, without parsing and without allocating per character: the
    /// gate that keeps the rules from binding the files (most of them, in a library that wraps the SDK) where they can
    /// find nothing.
    /// </summary>
    internal sealed class SyntaxSignalScanner
    {
        private const int ChunkLength = 4096;

        /// <summary>The prefixes of TCE006's retry predicates (an identifier that starts with one is a match).</summary>
        internal static readonly string[] RetryPredicatePrefixes = { "IsTransient", "IsRetryable", "ShouldRetry", "CanRetry" };

        private readonly KeyValuePair<string, SyntaxSignals>[] words;
        private readonly int longestWord;

        public SyntaxSignalScanner(IEnumerable<KeyValuePair<string, SyntaxSignals>> words)
        {
            this.words = new List<KeyValuePair<string, SyntaxSignals>>(words).ToArray();
            foreach (var word in this.words)
            {
                longestWord = Math.Max(longestWord, word.Key.Length);
            }

            foreach (var prefix in RetryPredicatePrefixes)
            {
                longestWord = Math.Max(longestWord, prefix.Length);
            }
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

            foreach (var member in errorCodeMembers)
            {
                yield return Word(member, SyntaxSignals.ErrorCode);
            }
        }

        internal static KeyValuePair<string, SyntaxSignals> Word(string word, SyntaxSignals signal) => new KeyValuePair<string, SyntaxSignals>(word, signal);

        /// <summary>The signals whose words occur in <paramref name="text"/>; stops early once <paramref name="wanted"/> are all found.</summary>
        public SyntaxSignals Scan(SourceText text, SyntaxSignals wanted) => Scan(text, new TextSpan(0, text.Length), wanted);

        /// <summary>As <see cref="Scan(SourceText, SyntaxSignals)"/>, in <paramref name="span"/> only.</summary>
        public SyntaxSignals Scan(SourceText text, TextSpan span, SyntaxSignals wanted)
        {
            var found = SyntaxSignals.None;
            var buffer = new char[ChunkLength];
            var word = new char[longestWord];
            var length = 0;
            var overflow = false;
            for (var start = span.Start; start < span.End; start += ChunkLength)
            {
                var count = Math.Min(ChunkLength, span.End - start);
                text.CopyTo(start, buffer, 0, count);
                for (var i = 0; i < count; i++)
                {
                    if (IsIdentifierPart(buffer[i]))
                    {
                        var c = buffer[i];
                        if (length < word.Length)
                        {
                            word[length] = c;
                        }
                        else
                        {
                            overflow = true;
                        }

                        length++;
                        continue;
                    }

                    if (length > 0)
                    {
                        found |= overflow ? MatchPrefix(word, length) : Match(word, length) | MatchPrefix(word, length);
                        if ((found & wanted) == wanted)
                        {
                            return found;
                        }
                    }

                    length = 0;
                    overflow = false;
                }
            }

            return length == 0 ? found : found | MatchPrefix(word, length) | (overflow ? SyntaxSignals.None : Match(word, length));
        }

        // Every word is ASCII, so any other character may count as part of an identifier: no Unicode look-up per
        // character (the SDK's sources are mostly Chinese comments).
        private static bool IsIdentifierPart(char c) =>
            c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

        private SyntaxSignals Match(char[] word, int length)
        {
            var found = SyntaxSignals.None;
            foreach (var candidate in words)
            {
                if (candidate.Key.Length == length && Equal(candidate.Key, word))
                {
                    found |= candidate.Value;
                }
            }

            return found;
        }

        private static SyntaxSignals MatchPrefix(char[] word, int length)
        {
            foreach (var prefix in RetryPredicatePrefixes)
            {
                if (length >= prefix.Length && Equal(prefix, word))
                {
                    return SyntaxSignals.RetryPredicate;
                }
            }

            return SyntaxSignals.None;
        }

        private static bool Equal(string candidate, char[] word)
        {
            for (var i = 0; i < candidate.Length; i++)
            {
                if (candidate[i] != word[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
