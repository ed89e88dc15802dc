using System;
using System.Collections.Generic;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>A known code near a misspelt one, and how near (edits; 0 for a difference in case only).</summary>
    internal readonly struct Suggestion
    {
        public Suggestion(string code, int distance)
        {
            Code = code;
            Distance = distance;
        }

        public string Code { get; }

        public int Distance { get; }
    }

    /// <summary>The known codes nearest to a misspelt one. Runs only when TCE002 fires.</summary>
    internal static class TypoSuggestions
    {
        /// <summary>How many codes the search over every known code keeps, before they are ranked by context.</summary>
        internal const int MaxCandidates = 6;

        // The same misspelling recurs across a code base; a search over every known code is worth doing once per text.
        private const int CacheLimit = 1024;
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Suggestion>> Cache =
            new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Suggestion>>(StringComparer.Ordinal);

        /// <summary>At most <see cref="MaxCandidates"/> known codes nearest to <paramref name="text"/>, nearest first.</summary>
        internal static IReadOnlyList<Suggestion> For(string text)
        {
            if (Cache.TryGetValue(text, out var cached))
            {
                return cached;
            }

            var computed = Compute(text);
            if (Cache.Count < CacheLimit)
            {
                Cache.TryAdd(text, computed);
            }

            return computed;
        }

        internal static IReadOnlyList<Suggestion> Compute(string text)
        {
            var result = new List<Suggestion>();
            var all = KnownErrorCodes.All;

            // A difference in case only is the most likely slip, and a certain one.
            foreach (var code in all)
            {
                if (code.Length == text.Length && string.Equals(code, text, StringComparison.OrdinalIgnoreCase))
                {
                    result.Add(new Suggestion(code, 0));
                }
            }

            if (result.Count > 0)
            {
                return result.Count > MaxCandidates ? result.GetRange(0, MaxCandidates) : result;
            }

            var limit = MaxDistance(text.Length);
            var rowA = new int[text.Length + limit + 1];
            var rowB = new int[text.Length + limit + 1];
            var scored = new List<Suggestion>();
            foreach (var code in all)
            {
                if (Math.Abs(code.Length - text.Length) > limit)
                {
                    continue;
                }

                if (rowA.Length <= code.Length)
                {
                    rowA = new int[code.Length + 1];
                    rowB = new int[code.Length + 1];
                }

                var distance = Distance(text, code, limit, rowA, rowB);
                if (distance <= limit)
                {
                    scored.Add(new Suggestion(code, distance));
                }
            }

            scored.Sort(Compare);
            return scored.Count > MaxCandidates ? scored.GetRange(0, MaxCandidates) : scored;
        }

        /// <summary>
        /// How near <paramref name="text"/> is to a code of a product the code works with, or null when not near. A
        /// looser test than the search over every code, because the set is small and the intent is clear: the part after
        /// the category may be a little further off, or contain the other (<c>AppIdNotExist</c> in <c>SdkAppIdNotExist</c>).
        /// </summary>
        internal static int? NearProductCode(string text, string code)
        {
            var limit = MaxDistance(text.Length) + 1;
            var distance = Math.Abs(code.Length - text.Length) <= limit ? Distance(text, code, limit) : limit + 1;
            var textReason = Reason(text);
            var codeReason = Reason(code);
            if (textReason.Length >= 6 && codeReason.Length >= 6)
            {
                var reasonLimit = MaxDistance(textReason.Length) + 1;
                var reasonDistance = codeReason.IndexOf(textReason, StringComparison.OrdinalIgnoreCase) >= 0 || textReason.IndexOf(codeReason, StringComparison.OrdinalIgnoreCase) >= 0
                    ? Math.Abs(codeReason.Length - textReason.Length)
                    : Math.Abs(codeReason.Length - textReason.Length) <= reasonLimit ? Distance(textReason, codeReason, reasonLimit) : reasonLimit + 1;
                if (reasonDistance <= reasonLimit)
                {
                    distance = Math.Min(distance, reasonDistance);
                    limit = Math.Max(limit, reasonLimit);
                }
            }

            return distance <= limit ? distance : (int?)null;
        }

        /// <summary>Nearest first, then ordinal: the same order every run.</summary>
        internal static int Compare(Suggestion a, Suggestion b) =>
            a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Code, b.Code);

        internal static int MaxDistance(int length) => length <= 6 ? 1 : length <= 14 ? 2 : 3;

        /// <summary>The text after the category: <c>SdkAppIdNotExist</c> of <c>InvalidParameterValue.SdkAppIdNotExist</c>.</summary>
        private static string Reason(string code)
        {
            var dot = code.LastIndexOf('.');
            return dot < 0 ? code : code.Substring(dot + 1);
        }

        /// <summary>Case-insensitive Levenshtein distance, giving up (returning limit + 1) once it exceeds <paramref name="limit"/>.</summary>
        internal static int Distance(string a, string b, int limit) => Distance(a, b, limit, new int[b.Length + 1], new int[b.Length + 1]);

        /// <summary>As above, with two rows of at least <c>b.Length + 1</c> supplied by the caller, so a search over every code allocates them once.</summary>
        private static int Distance(string a, string b, int limit, int[] previous, int[] current)
        {
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                var rowMin = current[0];
                var ca = char.ToUpperInvariant(a[i - 1]);
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = ca == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                    current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    rowMin = Math.Min(rowMin, current[j]);
                }

                if (rowMin > limit)
                {
                    return limit + 1;
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
