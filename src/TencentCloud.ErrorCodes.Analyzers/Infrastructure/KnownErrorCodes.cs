using System;
using System.Collections.Generic;
using TencentCloud.ErrorCodes.Internal;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>The analyzers' view of the catalog, generated from the same data as the public constants.</summary>
    internal static partial class KnownErrorCodes
    {
        private static readonly Lazy<Table> Data = new Lazy<Table>(() => new Table());

        // Only TCE002 asks for one product's codes, and only when it fires.
        private static readonly Lazy<Dictionary<string, List<string>>> ByProduct = new Lazy<Dictionary<string, List<string>>>(IndexByProduct);

        // TCE008/TCE009 and the refactoring ask about actions, and only once they have a candidate: a product's code
        // compared around client calls, or an SDK call under the caret.
        private static readonly Lazy<Dictionary<string, CatalogTable.ActionCodes>> Actions =
            new Lazy<Dictionary<string, CatalogTable.ActionCodes>>(() => CatalogTable.ReadActions(ActionTable, CatalogTable.ReadProductNames(ProductNameTable)));

        internal static int Count => CodeCount;

        /// <summary>True once a rule has asked about an action (the benchmark reports it).</summary>
        internal static bool ActionIndexLoaded => Actions.IsValueCreated;

        /// <summary>Every known code, ordinal order; for typo suggestions, which run only when a rule fires.</summary>
        internal static IReadOnlyList<string> All => Data.Value.Codes;

        internal static bool TryGet(string code, out KnownErrorCode info) => Data.Value.ByCode.TryGetValue(code, out info);

        internal static bool IsKnown(string code) => Data.Value.ByCode.ContainsKey(code);

        /// <summary>The codes a product (<c>Sms</c>, any case) documents, ordinal order; empty for an unknown product.</summary>
        internal static IReadOnlyList<string> CodesOf(string product) =>
            ByProduct.Value.TryGetValue(product, out var codes) ? codes : (IReadOnlyList<string>)Array.Empty<string>();

        /// <summary>
        /// Whether an API action documents <paramref name="code"/>; null when the documentation lists no code for the
        /// action (an action it does not know, or a version it does not have).
        /// </summary>
        internal static bool? ActionDocuments(string product, string apiVersion, string action, KnownErrorCode code)
        {
            if (!Actions.Value.TryGetValue(CatalogTable.ActionKey(product, apiVersion, action), out var found))
            {
                return null;
            }

            var table = ActionTable;
            for (var i = 0; i < found.Count; i++)
            {
                if (CatalogTable.CodeIndexAt(table, found.Start + i) == code.Index)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The codes an API action documents, ordinal order; empty when the documentation lists none.</summary>
        internal static IReadOnlyList<string> CodesOfAction(string product, string apiVersion, string action)
        {
            if (!Actions.Value.TryGetValue(CatalogTable.ActionKey(product, apiVersion, action), out var found))
            {
                return Array.Empty<string>();
            }

            return CatalogTable.CodesOf(ActionTable, found, Data.Value.Codes);
        }

        private static Dictionary<string, List<string>> IndexByProduct()
        {
            var index = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var code in Data.Value.Codes)
            {
                foreach (var product in Data.Value.ByCode[code].Products)
                {
                    if (!index.TryGetValue(product, out var codes))
                    {
                        index[product] = codes = new List<string>();
                    }

                    codes.Add(code);
                }
            }

            return index;
        }

        private sealed class Table
        {
            public Table()
            {
                var productNames = CatalogTable.ReadProductNames(ProductNameTable);
                ByCode = new Dictionary<string, KnownErrorCode>(CodeCount, StringComparer.Ordinal);
                var codes = new List<string>(CodeCount);
                foreach (var row in CatalogTable.ReadRows(CodeTable))
                {
                    var products = new string[row.ProductIndexes.Length];
                    for (var i = 0; i < products.Length; i++)
                    {
                        products[i] = productNames[row.ProductIndexes[i]];
                    }

                    ByCode[row.Code] = new KnownErrorCode(row.Code, row.IsCommon, products, codes.Count);
                    codes.Add(row.Code);
                }

                Codes = codes;
            }

            public Dictionary<string, KnownErrorCode> ByCode { get; }

            public List<string> Codes { get; }
        }
    }

    internal readonly struct KnownErrorCode
    {
        public KnownErrorCode(string code, bool isCommon, IReadOnlyList<string> products, int index)
        {
            Code = code;
            IsCommon = isCommon;
            Products = products;
            Index = index;
        }

        public string Code { get; }

        public bool IsCommon { get; }

        /// <summary>SDK product names (<c>Sms</c>), ordinal order.</summary>
        public IReadOnlyList<string> Products { get; }

        public int RetryKind => RetryClassifier.Classify(Code);

        /// <summary>The code's row in the generated table, which the action table points to.</summary>
        internal int Index { get; }
    }
}
