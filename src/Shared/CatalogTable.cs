using System;
using System.Collections.Generic;

// Compiled into the generator, the catalog and the analyzers (linked, internal in each). The generator writes
// the table with Write*, the catalog and the analyzers read it back with Read: one format, one place.
namespace TencentCloud.ErrorCodes.Internal
{
    /// <summary>
    /// The compact text form of the error-code data embedded in the generated code:
    /// product names separated by <c>\n</c>, and one line per code: <c>code \t flag \t product indexes \t description</c>,
    /// where flag is <c>c</c> for a common code and <c>-</c> otherwise and indexes are comma separated.
    /// <para>
    /// The action table: for each product and API version a group line <c>@product index,api version</c>, then one line
    /// per action: <c>action \t codes</c>, where each code is one character, <see cref="CodeIndexBase"/> plus the code's
    /// row number in the code table. One character per code keeps 136k action/code pairs to a few hundred kilobytes.
    /// </para>
    /// </summary>
    internal static class CatalogTable
    {
        internal const char FieldSeparator = '\t';
        internal const char LineSeparator = '\n';
        internal const char CommonFlag = 'c';
        internal const char ProductFlag = '-';
        internal const char GroupMarker = '@';

        /// <summary>Above every control character; the generator checks that the last index stays below the surrogates.</summary>
        internal const int CodeIndexBase = 0x100;

        internal const int MaxCodeIndex = 0xD800 - CodeIndexBase - 1;

        internal readonly struct Row
        {
            public Row(string code, bool isCommon, int[] productIndexes, string description)
            {
                Code = code;
                IsCommon = isCommon;
                ProductIndexes = productIndexes;
                Description = description;
            }

            public string Code { get; }

            public bool IsCommon { get; }

            public int[] ProductIndexes { get; }

            public string Description { get; }
        }

        internal static string[] ReadProductNames(string productNames) =>
            productNames.Length == 0 ? new string[0] : productNames.Split(LineSeparator);

        internal static IEnumerable<Row> ReadRows(string rows)
        {
            var start = 0;
            while (start < rows.Length)
            {
                var end = rows.IndexOf(LineSeparator, start);
                if (end < 0)
                {
                    end = rows.Length;
                }

                var fields = rows.Substring(start, end - start).Split(FieldSeparator);
                start = end + 1;
                if (fields.Length < 3)
                {
                    continue;
                }

                yield return new Row(
                    fields[0],
                    fields[1].Length > 0 && fields[1][0] == CommonFlag,
                    ParseIndexes(fields[2]),
                    fields.Length > 3 ? fields[3] : string.Empty);
            }
        }

        internal static string WriteRow(string code, bool isCommon, IEnumerable<int> productIndexes, string? description)
        {
            var line = code + FieldSeparator + (isCommon ? CommonFlag : ProductFlag) + FieldSeparator + string.Join(",", productIndexes);
            return description is null ? line : line + FieldSeparator + description;
        }

        internal static string WriteActionGroup(int productIndex, string apiVersion) =>
            GroupMarker + productIndex.ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + apiVersion;

        internal static string WriteAction(string action, IEnumerable<int> codeIndexes)
        {
            var line = new System.Text.StringBuilder(action).Append(FieldSeparator);
            foreach (var index in codeIndexes)
            {
                line.Append((char)(CodeIndexBase + index));
            }

            return line.ToString();
        }

        /// <summary>The key of an action: product (SDK name, any case), API version (<c>v20210111</c>, any case) and action.</summary>
        internal static string ActionKey(string product, string apiVersion, string action) => product + "/" + apiVersion + "/" + action;

        /// <summary>
        /// Where each action's codes are in <paramref name="table"/>, by <see cref="ActionKey"/> (case-insensitive).
        /// The codes stay in the table: <see cref="CodeIndexAt"/> reads them.
        /// </summary>
        internal static Dictionary<string, ActionCodes> ReadActions(string table, string[] productNames)
        {
            var actions = new Dictionary<string, ActionCodes>(StringComparer.OrdinalIgnoreCase);
            var prefix = string.Empty;
            var start = 0;
            while (start < table.Length)
            {
                var end = table.IndexOf(LineSeparator, start);
                if (end < 0)
                {
                    end = table.Length;
                }

                if (table[start] == GroupMarker)
                {
                    var comma = table.IndexOf(',', start);
                    var product = productNames[int.Parse(table.Substring(start + 1, comma - start - 1), System.Globalization.CultureInfo.InvariantCulture)];
                    prefix = ActionKey(product, table.Substring(comma + 1, end - comma - 1), string.Empty);
                }
                else
                {
                    var tab = table.IndexOf(FieldSeparator, start, end - start);
                    if (tab > start)
                    {
                        actions[prefix + table.Substring(start, tab - start)] = new ActionCodes(tab + 1, end - tab - 1);
                    }
                }

                start = end + 1;
            }

            return actions;
        }

        /// <summary>The row number, in the code table, of the code stored at <paramref name="position"/> of the action table.</summary>
        internal static int CodeIndexAt(string table, int position) => table[position] - CodeIndexBase;

        /// <summary>The codes of an action, read from <paramref name="table"/> and named by <paramref name="codesByRow"/> (the code table's rows in order).</summary>
        internal static string[] CodesOf(string table, ActionCodes found, IReadOnlyList<string> codesByRow)
        {
            var codes = new string[found.Count];
            for (var i = 0; i < codes.Length; i++)
            {
                codes[i] = codesByRow[CodeIndexAt(table, found.Start + i)];
            }

            return codes;
        }

        internal readonly struct ActionCodes
        {
            public ActionCodes(int start, int count)
            {
                Start = start;
                Count = count;
            }

            /// <summary>Position of the first code in the action table.</summary>
            public int Start { get; }

            public int Count { get; }
        }

        private static int[] ParseIndexes(string text)
        {
            if (text.Length == 0)
            {
                return new int[0];
            }

            var parts = text.Split(',');
            var result = new int[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                result[i] = int.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture);
            }

            return result;
        }
    }
}
