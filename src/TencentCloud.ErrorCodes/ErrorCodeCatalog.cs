using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using TencentCloud.ErrorCodes.Internal;

namespace TencentCloud.ErrorCodes
{
    /// <summary>Lookups over every documented Tencent Cloud API 3.0 error code.</summary>
    public static partial class ErrorCodeCatalog
    {
        // Built on first use from the generated table, in one pass; every lookup after that is one dictionary probe.
        private static readonly Lazy<Table> Codes = new Lazy<Table>(() => new Table());

        // The action index is built only when an action is first asked about; its codes stay in the generated table.
        private static readonly Lazy<Dictionary<string, CatalogTable.ActionCodes>> Actions =
            new Lazy<Dictionary<string, CatalogTable.ActionCodes>>(() => CatalogTable.ReadActions(ActionTable, CatalogTable.ReadProductNames(ProductNameTable)));

        /// <summary>The number of distinct documented codes (common and product codes).</summary>
        public static int Count => CodeCount;

        /// <summary>Every documented code, in ordinal order.</summary>
        public static IEnumerable<ErrorCodeInfo> All
        {
            get
            {
                var list = new List<ErrorCodeInfo>(Codes.Value.ByCode.Values);
                list.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
                return list;
            }
        }

        /// <summary>Looks up a documented code (exact, case-sensitive, as the API returns it).</summary>
        /// <returns>False for null, empty or undocumented codes.</returns>
        public static bool TryGet(string? code, [NotNullWhen(true)] out ErrorCodeInfo? info)
        {
            if (code is null || code.Length == 0)
            {
                info = null;
                return false;
            }

            return Codes.Value.ByCode.TryGetValue(code, out info);
        }

        /// <summary>True when <paramref name="code"/> is a documented code.</summary>
        public static bool IsKnown(string? code) => TryGet(code, out _);

        /// <summary>
        /// The retry kind of a code. The rule is by prefix, so a code newer than this catalog
        /// (<c>RequestLimitExceeded.Something</c>) is classified too; null and empty are <see cref="RetryKind.None"/>.
        /// </summary>
        public static RetryKind GetRetryKind(string? code) => (RetryKind)RetryClassifier.Classify(code);

        /// <summary>True when a call that failed with <paramref name="code"/> can be retried with backoff (<see cref="RetryKind.Throttled"/>).</summary>
        public static bool IsRetryable(string? code) => GetRetryKind(code) == RetryKind.Throttled;

        /// <summary>
        /// True when a call that failed with <paramref name="code"/> can be retried: always for
        /// <see cref="RetryKind.Throttled"/>, and for <see cref="RetryKind.ServerError"/> when the call is idempotent.
        /// </summary>
        public static bool IsRetryable(string? code, bool idempotent)
        {
            var kind = GetRetryKind(code);
            return kind == RetryKind.Throttled || (idempotent && kind == RetryKind.ServerError);
        }

        /// <summary>
        /// The error codes an API action documents (product codes and the common codes its documentation lists), in
        /// ordinal order: <c>TryGetActionErrorCodes("Sms", "v20210111", "SendSms", out var codes)</c>.
        /// </summary>
        /// <param name="product">The product as the SDK names it (<c>Sms</c>, the namespace segment) or as the API does (<c>sms</c>); any case.</param>
        /// <param name="apiVersion">The API version, <c>v20210111</c> (the SDK namespace segment <c>V20210111</c> works too).</param>
        /// <param name="action">The API action (<c>SendSms</c>); the SDK's <c>SendSmsSync</c> is the same action.</param>
        /// <param name="codes">The codes, when the documentation lists any.</param>
        /// <returns>False when the documentation lists no code for the action (or does not know it).</returns>
        public static bool TryGetActionErrorCodes(string? product, string? apiVersion, string? action, [NotNullWhen(true)] out IReadOnlyList<string>? codes)
        {
            codes = null;
            if (string.IsNullOrEmpty(product) || string.IsNullOrEmpty(apiVersion) || string.IsNullOrEmpty(action)
                || !Actions.Value.TryGetValue(CatalogTable.ActionKey(product!, apiVersion!, action!), out var found))
            {
                return false;
            }

            codes = Array.AsReadOnly(CatalogTable.CodesOf(ActionTable, found, Codes.Value.Rows));
            return true;
        }

        private sealed class Table
        {
            public Table()
            {
                var productNames = CatalogTable.ReadProductNames(ProductNameTable);
                ByCode = new Dictionary<string, ErrorCodeInfo>(CodeCount, StringComparer.Ordinal);
                var rows = new List<string>(CodeCount);
                foreach (var row in CatalogTable.ReadRows(CodeTable))
                {
                    var products = new string[row.ProductIndexes.Length];
                    for (var i = 0; i < products.Length; i++)
                    {
                        products[i] = productNames[row.ProductIndexes[i]];
                    }

                    ByCode[row.Code] = new ErrorCodeInfo(row.Code, row.IsCommon, Array.AsReadOnly(products), row.Description);
                    rows.Add(row.Code);
                }

                Rows = rows;
            }

            public Dictionary<string, ErrorCodeInfo> ByCode { get; }

            /// <summary>The codes in table order: the action table points at them by row.</summary>
            public List<string> Rows { get; }
        }
    }
}
