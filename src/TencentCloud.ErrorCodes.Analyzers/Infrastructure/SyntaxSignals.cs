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

        /// <summary>
        /// <c>ErrorCode</c>, a configured error-code member, or the envelope's <c>Code</c> where the compilation uses the
        /// envelope: TCE001, 002, 006, 008, 009.
        /// </summary>
        ErrorCode = 1,

        /// <summary><c>catch</c>: TCE004, 005, 007, 010.</summary>
        Catch = 2,

        /// <summary><c>Result</c> or <c>Wait</c>, found only where <see cref="Catch"/> is: TCE007 asks for both.</summary>
        BlockingWait = 4,

        /// <summary><c>Message</c> or <c>ToString</c>: TCE003.</summary>
        ExceptionText = 8,

        /// <summary>
        /// An identifier starting <c>IsTransient</c>, <c>IsRetryable</c>, <c>ShouldRetry</c> or <c>CanRetry</c>, found only
        /// where <see cref="ErrorCode"/> is not: TCE006 asks for either.
        /// </summary>
        RetryPredicate = 16,

        /// <summary>
        /// The name of a text search TCE003 knows (<c>Contains</c>, <c>StartsWith</c>, <c>EndsWith</c>, <c>IndexOf</c>,
        /// <c>IsMatch</c>, <c>Match</c>), found only where <see cref="ExceptionText"/> is: TCE003 asks for both.
        /// </summary>
        TextSearch = 256,

        /// <summary>The signals of the rules' gates: what a file's or a member's scan reports.</summary>
        All = ErrorCode | Catch | BlockingWait | ExceptionText | RetryPredicate | TextSearch,

        /// <summary><c>ResponseEnvelope</c>: whether a project that references the catalog uses its envelope (a compilation probe).</summary>
        Envelope = 32,

        /// <summary><c>TencentCloudSDKException</c>: a compilation that declares the SDK itself, or a stand-in (a compilation probe).</summary>
        SdkDeclared = 64,

        /// <summary>
        /// <c>TencentCloud.Common</c>, the SDK's namespace that every caller names (its credential and exception live there): a
        /// compilation probe, asked only when no reference file is named after the SDK's assembly.
        /// </summary>
        SdkNamespace = 128,
    }

    /// <summary>
    /// Finds whole identifiers (and keywords) in source text, without parsing and without allocating: the gate that keeps
    /// the rules from binding the files (most of them, in a library that wraps the SDK) where they can find nothing.
    /// </summary>
    /// <remarks>
    /// One ordinal search per word (the runtime's is vectorised) and a look at the characters around each hit: several
    /// times faster than reading the text a character at a time. A word is searched only when its signal can still open a
    /// gate: <c>Result</c>/<c>Wait</c> after <c>catch</c> was found, the search names after <c>Message</c>/<c>ToString</c>
    /// was, the retry predicates while no error-code word was.
    /// The words are kept in two arrays, not pairs: a generic collection of a value type is compiled anew in every
    /// compiler process, and the gate runs first.
    /// </remarks>
    internal sealed class SyntaxSignalScanner
    {
        /// <summary>The prefixes of TCE006's retry predicates (an identifier that starts with one is a match).</summary>
        internal static readonly string[] RetryPredicatePrefixes = { "IsTransient", "IsRetryable", "ShouldRetry", "CanRetry" };

        /// <summary>The names of the text searches TCE003 knows: its syntax test and <see cref="SyntaxSignals.TextSearch"/>'s words.</summary>
        internal static readonly string[] TextSearchNames = { "Contains", "StartsWith", "EndsWith", "IndexOf", "IsMatch", "Match" };

        // A word whose signal needs another is searched after that one's words, and only where it was found.
        private static readonly string[] RuleWords;
        private static readonly SyntaxSignals[] RuleWordSignals;

        static SyntaxSignalScanner()
        {
            string[] others = { "catch", "Result", "Wait", "Message", "ToString" };
            SyntaxSignals[] otherSignals = { SyntaxSignals.Catch, SyntaxSignals.BlockingWait, SyntaxSignals.BlockingWait, SyntaxSignals.ExceptionText, SyntaxSignals.ExceptionText };
            RuleWords = new string[others.Length + TextSearchNames.Length];
            RuleWordSignals = new SyntaxSignals[RuleWords.Length];
            others.CopyTo(RuleWords, 0);
            otherSignals.CopyTo(RuleWordSignals, 0);
            TextSearchNames.CopyTo(RuleWords, others.Length);
            for (var i = others.Length; i < RuleWordSignals.Length; i++)
            {
                RuleWordSignals[i] = SyntaxSignals.TextSearch;
            }
        }

        private readonly string[] words;
        private readonly SyntaxSignals[] signals;
        private readonly bool searchesRetryPredicates;

        private SyntaxSignalScanner(string[] words, SyntaxSignals[] signals, bool searchesRetryPredicates)
        {
            this.words = words;
            this.signals = signals;
            this.searchesRetryPredicates = searchesRetryPredicates;
        }

        /// <summary>
        /// The scanner of the rules' gates: <c>ErrorCode</c> and the configured error-code members' names (and the envelope's
        /// <c>Code</c> when <paramref name="envelopeCodes"/>: the compilation uses the envelope) for <see cref="SyntaxSignals.ErrorCode"/>,
        /// then the words of the other signals.
        /// </summary>
        internal static SyntaxSignalScanner ForRules(IEnumerable<string> errorCodeMembers, bool envelopeCodes)
        {
            var errorCodeWords = new List<string> { TencentCloudContext.ErrorCodePropertyName };
            errorCodeWords.AddRange(errorCodeMembers);
            if (envelopeCodes)
            {
                errorCodeWords.Add("Code");
            }

            var count = errorCodeWords.Count;
            var words = new string[count + RuleWords.Length];
            var signals = new SyntaxSignals[words.Length];
            errorCodeWords.CopyTo(words);
            for (var i = 0; i < count; i++)
            {
                signals[i] = SyntaxSignals.ErrorCode;
            }

            Array.Copy(RuleWords, 0, words, count, RuleWords.Length);
            Array.Copy(RuleWordSignals, 0, signals, count, RuleWords.Length);
            return new SyntaxSignalScanner(words, signals, searchesRetryPredicates: true);
        }

        /// <summary>A probe for one compilation-level word: <see cref="SyntaxSignals.Envelope"/>, <see cref="SyntaxSignals.SdkDeclared"/> or <see cref="SyntaxSignals.SdkNamespace"/>.</summary>
        internal static SyntaxSignalScanner Probe(SyntaxSignals signal)
        {
            var word = signal switch
            {
                SyntaxSignals.Envelope => Internal.CatalogNaming.EnvelopeClassName,
                SyntaxSignals.SdkDeclared => "TencentCloudSDKException",
                SyntaxSignals.SdkNamespace => "TencentCloud.Common",
                _ => throw new ArgumentOutOfRangeException(nameof(signal)),
            };
            return new SyntaxSignalScanner(new[] { word }, new[] { signal }, searchesRetryPredicates: false);
        }

        /// <summary>The signals whose words occur in <paramref name="text"/>; stops early once <paramref name="wanted"/> are all found.</summary>
        public SyntaxSignals Scan(SourceText text, SyntaxSignals wanted) => Scan(text, new TextSpan(0, text.Length), wanted);

        /// <summary>As <see cref="Scan(SourceText, SyntaxSignals)"/>, in <paramref name="span"/> only.</summary>
        public SyntaxSignals Scan(SourceText text, TextSpan span, SyntaxSignals wanted)
        {
            // A file's text is usually its own string already; a large one is read into one string, not once per word.
            var source = text.ToString();
            var found = SyntaxSignals.None;
            for (var i = 0; i < words.Length; i++)
            {
                var signal = signals[i];
                if ((found & signal) != 0 || (found & Required(signal)) != Required(signal))
                {
                    continue;
                }

                if (Contains(source, words[i], span))
                {
                    found |= signal;
                    if ((found & wanted) == wanted)
                    {
                        return found;
                    }
                }
            }

            if (searchesRetryPredicates && (found & SyntaxSignals.ErrorCode) == 0 && ContainsRetryPredicate(source, span))
            {
                found |= SyntaxSignals.RetryPredicate;
            }

            return found;
        }

        /// <summary>The signal a signal counts only with, because the one rule that reads it asks for both.</summary>
        private static SyntaxSignals Required(SyntaxSignals signal) => signal switch
        {
            SyntaxSignals.BlockingWait => SyntaxSignals.Catch,
            SyntaxSignals.TextSearch => SyntaxSignals.ExceptionText,
            _ => SyntaxSignals.None,
        };

        /// <summary>Whether <paramref name="word"/> occurs in <paramref name="span"/> as a whole identifier (or, with <paramref name="prefix"/>, its start).</summary>
        private static bool Contains(string source, string word, TextSpan span, bool prefix = false)
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

        /// <summary>
        /// Whether an identifier in <paramref name="span"/> starts with one of <see cref="RetryPredicatePrefixes"/>. Three of
        /// them contain <c>Retry</c>: one search for it and a look at the start of the identifier around each hit, then one
        /// search for each prefix without it (<c>IsTransient</c>), instead of one search per prefix.
        /// </summary>
        private static bool ContainsRetryPredicate(string source, TextSpan span)
        {
            const string retry = "Retry";
            for (var at = span.Start; at <= span.End - retry.Length; at++)
            {
                at = source.IndexOf(retry, at, span.End - at, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                var start = at;
                while (start > span.Start && IsIdentifierPart(source[start - 1]))
                {
                    start--;
                }

                if ((start == 0 || !IsIdentifierPart(source[start - 1])) && StartsWithPredicatePrefix(source, start, span.End))
                {
                    return true;
                }
            }

            foreach (var prefix in RetryPredicatePrefixes)
            {
                if (prefix.IndexOf(retry, StringComparison.Ordinal) < 0 && Contains(source, prefix, span, prefix: true))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool StartsWithPredicatePrefix(string source, int start, int end)
        {
            foreach (var prefix in RetryPredicatePrefixes)
            {
                if (end - start >= prefix.Length && string.CompareOrdinal(source, start, prefix, 0, prefix.Length) == 0)
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
