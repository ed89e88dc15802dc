using System;
using System.Collections.Generic;
using System.Linq;
using TencentCloud.ErrorCodes.Internal;

namespace TencentCloud.ErrorCodes.Generator
{
    /// <summary>The error-code data, read from the two TSV files.</summary>
    internal sealed class CatalogData
    {
        private CatalogData(IReadOnlyList<CommonCode> common, IReadOnlyList<Product> products, IReadOnlyList<CodeEntry> codes, IReadOnlyList<ActionGroup> actions)
        {
            Common = common;
            Products = products;
            Codes = codes;
            Actions = actions;
        }

        public IReadOnlyList<CommonCode> Common { get; }

        /// <summary>Products ordered by SDK name (ordinal).</summary>
        public IReadOnlyList<Product> Products { get; }

        /// <summary>Every distinct code, common or documented by a product, ordered by code (ordinal).</summary>
        public IReadOnlyList<CodeEntry> Codes { get; }

        /// <summary>The documented codes of each API action, one group per product and API version, both ordinal.</summary>
        public IReadOnlyList<ActionGroup> Actions { get; }

        public static CatalogData Parse(string commonTsv, string productTsv, string actionTsv)
        {
            var common = ReadRows(commonTsv, 2)
                .Select(f => new CommonCode(f[0], f[1]))
                .ToList();

            var byKey = new Dictionary<string, ProductBuilder>(StringComparer.Ordinal);
            foreach (var f in ReadRows(productTsv, 6).OrderBy(f => f[2], StringComparer.Ordinal))
            {
                if (!byKey.TryGetValue(f[0], out var builder))
                {
                    builder = new ProductBuilder(f[0], f[1]);
                    byKey.Add(f[0], builder);
                }

                builder.Add(f[2], f[3], f[4], f[5]);
            }

            var products = byKey.Values
                .Select(b => b.Build())
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .ToList();

            var commonByCode = common.ToDictionary(c => c.Code, StringComparer.Ordinal);
            var codes = new SortedDictionary<string, List<Product>>(StringComparer.Ordinal);
            foreach (var c in common)
            {
                codes[c.Code] = new List<Product>();
            }

            foreach (var p in products)
            {
                foreach (var code in p.Codes.Keys)
                {
                    if (!codes.TryGetValue(code, out var list))
                    {
                        list = new List<Product>();
                        codes.Add(code, list);
                    }

                    list.Add(p);
                }
            }

            var entries = codes
                .Select(kv => new CodeEntry(
                    kv.Key,
                    commonByCode.TryGetValue(kv.Key, out var cc) ? cc : null,
                    kv.Value))
                .ToList();

            return new CatalogData(common, products, entries, ReadActions(actionTsv, products, entries));
        }

        /// <summary>
        /// Rows of action-error-codes.tsv (product, api_version, action, code). A row whose product or code the code
        /// table does not know is left out: the action table only points into the code table.
        /// </summary>
        private static IReadOnlyList<ActionGroup> ReadActions(string actionTsv, IReadOnlyList<Product> products, IReadOnlyList<CodeEntry> codes)
        {
            var productIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < products.Count; i++)
            {
                productIndex[products[i].Key] = i;
            }

            var codeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < codes.Count; i++)
            {
                codeIndex[codes[i].Code] = i;
            }

            var groups = new SortedDictionary<(int Product, string Version), SortedDictionary<string, SortedSet<int>>>(
                Comparer<(int Product, string Version)>.Create((a, b) => a.Product != b.Product ? a.Product.CompareTo(b.Product) : string.CompareOrdinal(a.Version, b.Version)));
            foreach (var f in ReadRows(actionTsv, 4))
            {
                if (!productIndex.TryGetValue(f[0], out var product) || !codeIndex.TryGetValue(f[3], out var code) || f[2].Length == 0)
                {
                    continue;
                }

                if (!groups.TryGetValue((product, f[1]), out var actions))
                {
                    groups.Add((product, f[1]), actions = new SortedDictionary<string, SortedSet<int>>(StringComparer.Ordinal));
                }

                if (!actions.TryGetValue(f[2], out var set))
                {
                    actions.Add(f[2], set = new SortedSet<int>());
                }

                set.Add(code);
            }

            return groups
                .Select(g => new ActionGroup(g.Key.Product, g.Key.Version, g.Value.Select(a => new ActionCodeIndexes(a.Key, a.Value.ToList())).ToList()))
                .ToList();
        }

        private static IEnumerable<string[]> ReadRows(string tsv, int columns)
        {
            var lines = tsv.Replace("\r\n", "\n").Split('\n');
            for (var i = 1; i < lines.Length; i++)
            {
                if (lines[i].Length == 0)
                {
                    continue;
                }

                var fields = lines[i].Split('\t');
                if (fields.Length < columns)
                {
                    Array.Resize(ref fields, columns);
                }

                for (var j = 0; j < fields.Length; j++)
                {
                    fields[j] = (fields[j] ?? string.Empty).Trim();
                }

                yield return fields;
            }
        }

        private sealed class ProductBuilder
        {
            private readonly string key;
            private readonly string name;
            private readonly SortedSet<string> versions = new SortedSet<string>(StringComparer.Ordinal);
            private readonly Dictionary<string, CodeDescription> codes = new Dictionary<string, CodeDescription>(StringComparer.Ordinal);

            public ProductBuilder(string key, string name)
            {
                this.key = key;
                this.name = name;
            }

            public void Add(string version, string code, string en, string zh)
            {
                versions.Add(version);
                // Versions arrive oldest first: the newest wording wins, an older one only fills a gap.
                codes[code] = codes.TryGetValue(code, out var known)
                    ? new CodeDescription(en.Length > 0 ? en : known.English, zh.Length > 0 ? zh : known.Chinese)
                    : new CodeDescription(en, zh);
            }

            public Product Build() => new Product(
                key,
                name,
                versions.ToList(),
                new SortedDictionary<string, CodeDescription>(codes, StringComparer.Ordinal));
        }
    }

    internal sealed class CommonCode
    {
        public CommonCode(string code, string description)
        {
            Code = code;
            Description = description;
        }

        public string Code { get; }

        public string Description { get; }
    }

    internal readonly struct CodeDescription
    {
        public CodeDescription(string english, string chinese)
        {
            English = english;
            Chinese = chinese;
        }

        public string English { get; }

        public string Chinese { get; }

        /// <summary>English, else Chinese, else empty.</summary>
        public string Text => English.Length > 0 ? English : Chinese;
    }

    internal sealed class Product
    {
        public Product(string key, string name, IReadOnlyList<string> versions, SortedDictionary<string, CodeDescription> codes)
        {
            Key = key;
            Name = name;
            Versions = versions;
            Codes = codes;
        }

        /// <summary>The API's product key, e.g. <c>sms</c>.</summary>
        public string Key { get; }

        /// <summary>The .NET SDK namespace segment, e.g. <c>Sms</c>.</summary>
        public string Name { get; }

        public IReadOnlyList<string> Versions { get; }

        public SortedDictionary<string, CodeDescription> Codes { get; }

        public string ClassName => CatalogNaming.ProductClassName(Name);
    }

    internal sealed class ActionGroup
    {
        public ActionGroup(int productIndex, string version, IReadOnlyList<ActionCodeIndexes> actions)
        {
            ProductIndex = productIndex;
            Version = version;
            Actions = actions;
        }

        /// <summary>Index into <see cref="CatalogData.Products"/>.</summary>
        public int ProductIndex { get; }

        public string Version { get; }

        public IReadOnlyList<ActionCodeIndexes> Actions { get; }
    }

    internal sealed class ActionCodeIndexes
    {
        public ActionCodeIndexes(string action, IReadOnlyList<int> codeIndexes)
        {
            Action = action;
            CodeIndexes = codeIndexes;
        }

        public string Action { get; }

        /// <summary>Indexes into <see cref="CatalogData.Codes"/>, ascending (so the codes are in ordinal order).</summary>
        public IReadOnlyList<int> CodeIndexes { get; }
    }

    internal sealed class CodeEntry
    {
        public CodeEntry(string code, CommonCode? common, IReadOnlyList<Product> products)
        {
            Code = code;
            Common = common;
            Products = products;
        }

        public string Code { get; }

        public CommonCode? Common { get; }

        public bool IsCommon => Common is not null;

        /// <summary>The products that document the code, ordered by name.</summary>
        public IReadOnlyList<Product> Products { get; }

        public int RetryKind => RetryClassifier.Classify(Code);

        /// <summary>The common description, else the first product's English one, else the first Chinese one.</summary>
        public string Description
        {
            get
            {
                if (Common is not null)
                {
                    return Common.Description;
                }

                var descriptions = Products.Select(p => p.Codes[Code]).ToList();
                return descriptions.Select(d => d.English).FirstOrDefault(d => d.Length > 0)
                    ?? descriptions.Select(d => d.Chinese).FirstOrDefault(d => d.Length > 0)
                    ?? string.Empty;
            }
        }
    }
}
