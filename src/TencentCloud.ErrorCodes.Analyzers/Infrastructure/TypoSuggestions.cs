using System;
using System.Collections.Generic;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>The known codes nearest to a misspelt one. Runs only when TCE002 fires.</summary>
    internal static class TypoSuggestions
    {
        internal const int MaxSuggestions = 3;

        // The same misspelling recurs across a code base; a search over every known code is worth doing once per text.
        private const int CacheLimit = 1024;
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> Cache =
            new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

        /// <summary>At most <see cref="MaxSuggestions"/> known codes nearest to <paramref name="text"/>, nearest first.</summary>
        internal static IReadOnlyList<string> For(string text)
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

        internal static IReadOnlyList<string> Compute(string text)
        {
            var result = new List<string>();
            var all = KnownErrorCodes.All;

            // A difference in case only is the most likely slip, and a certain one.
            foreach (var code in all)
            {
                if (code.Length == text.Length && string.Equals(code, text, StringComparison.OrdinalIgnoreCase))
                {
                    result.Add(code);
                }
            }

            if (result.Count > 0)
            {
                return result.Count > MaxSuggestions ? result.GetRange(0, MaxSuggestions) : result;
            }

            var limit = MaxDistance(text.Length);
            var rowA = new int[text.Length + limit + 1];
            var rowB = new int[text.Length + limit + 1];
            var scored = new List<(int Distance, string Code)>();
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
                    scored.Add((distance, code));
                }
            }

            scored.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Code, b.Code));
            for (var i = 0; i < scored.Count && i < MaxSuggestions; i++)
            {
                result.Add(scored[i].Code);
            }

            return result;
        }

        internal static int MaxDistance(int length) => length <= 6 ? 1 : length <= 14 ? 2 : 3;

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
