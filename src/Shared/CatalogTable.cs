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
    /// </summary>
    internal static class CatalogTable
    {
        internal const char FieldSeparator = '\t';
        internal const char LineSeparator = '\n';
        internal const char CommonFlag = 'c';
        internal const char ProductFlag = '-';

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
