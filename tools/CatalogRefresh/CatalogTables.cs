using System.Text;
using System.Text.RegularExpressions;

namespace CatalogRefresh;

/// <summary>The two tables of <c>src/data/</c> that come from the SDKs, built from checkouts and compared with the files.</summary>
public sealed partial class CatalogTables
{
    public const string CodeHeader = "product\tproduct_name\tapi_version\tcode\tdescription_en\tdescription_zh";
    public const string ActionHeader = "product\tapi_version\taction\tcode";

    private CatalogTables(IReadOnlyList<string[]> codes, IReadOnlyList<string[]> actions)
    {
        Codes = codes;
        Actions = actions;
    }

    /// <summary>Rows of error-codes.tsv, ordinal order of product, version, code.</summary>
    public IReadOnlyList<string[]> Codes { get; }

    /// <summary>Rows of action-error-codes.tsv, ordinal order.</summary>
    public IReadOnlyList<string[]> Actions { get; }

    /// <summary>
    /// From checkouts of tencentcloud-sdk-go (<paramref name="go"/>: codes, Chinese descriptions, actions),
    /// tencentcloud-sdk-go-intl-en (<paramref name="goEnglish"/>: English descriptions) and tencentcloud-sdk-dotnet
    /// (<paramref name="dotnet"/>: the product names of its <c>TencentCloud/</c> folders).
    /// </summary>
    public static CatalogTables Read(string go, string goEnglish, string dotnet)
    {
        var names = Directory.GetDirectories(Path.Combine(dotnet, "TencentCloud"))
            .Select(Path.GetFileName)
            .ToDictionary(name => name!.ToLowerInvariant(), name => name!, StringComparer.Ordinal);
        var codes = new List<string[]>();
        var actions = new List<string[]>();
        // A product or version may be in one edition only (an international product, a version not yet translated).
        foreach (var (product, version) in Versions(go).Union(Versions(goEnglish)).Distinct().OrderBy(v => v.Product, StringComparer.Ordinal).ThenBy(v => v.Version, StringComparer.Ordinal))
        {
            var folder = Path.Combine(go, "tencentcloud", product, version);
            // The .NET SDK's folder gives the case of the class names (TencentCloud.Sms); a product it lacks (the
            // international-only ones) is named from its key, first letter up, as the SDK names the rest.
            var name = names.TryGetValue(product, out var folderName) ? folderName : char.ToUpperInvariant(product[0]) + product[1..];

            var english = ReadErrors(Path.Combine(goEnglish, "tencentcloud", product, version, "errors.go"));
            var chinese = ReadErrors(Path.Combine(folder, "errors.go"));
            foreach (var code in chinese.Keys.Union(english.Keys).Distinct())
            {
                codes.Add([product, name, version, code, Clean(english.GetValueOrDefault(code)), Clean(chinese.GetValueOrDefault(code))]);
            }

            var client = Path.Combine(folder, "client.go");
            if (File.Exists(client))
            {
                foreach (var (action, actionCodes) in GoSdkSources.ReadActions(File.ReadAllText(client)))
                {
                    actions.AddRange(actionCodes.Select(code => new[] { product, version, action, code }));
                }
            }
        }

        return new CatalogTables(Sorted(codes, 0, 2, 3), Sorted(actions, 0, 1, 2, 3));
    }

    /// <summary>The tables as they are in <paramref name="dataDirectory"/>.</summary>
    public static CatalogTables Load(string dataDirectory) => new(
        ReadTsv(Path.Combine(dataDirectory, "error-codes.tsv")),
        ReadTsv(Path.Combine(dataDirectory, "action-error-codes.tsv")));

    public void Write(string dataDirectory)
    {
        WriteTsv(Path.Combine(dataDirectory, "error-codes.tsv"), CodeHeader, Codes);
        WriteTsv(Path.Combine(dataDirectory, "action-error-codes.tsv"), ActionHeader, Actions);
    }

    /// <summary>What changed from <paramref name="before"/>, per product, for the CHANGELOG: codes added, removed, described anew; action rows added, removed.</summary>
    public string DescribeChanges(CatalogTables before)
    {
        static Dictionary<(string Product, string Code), string> ByCode(CatalogTables t) =>
            t.Codes.GroupBy(r => (r[0], r[3])).ToDictionary(g => g.Key, g => string.Join("|", g.Select(r => r[4] + "\t" + r[5])));
        var old = ByCode(before);
        var now = ByCode(this);
        var oldActions = before.Actions.Select(r => string.Join("\t", r)).ToHashSet(StringComparer.Ordinal);
        var newActions = Actions.Select(r => string.Join("\t", r)).ToHashSet(StringComparer.Ordinal);

        var report = new StringBuilder();
        var products = old.Keys.Concat(now.Keys).Select(k => k.Product).Distinct().Order(StringComparer.Ordinal);
        var (added, removed, redescribed) = (0, 0, 0);
        foreach (var product in products)
        {
            var plus = now.Keys.Where(k => k.Product == product && !old.ContainsKey(k)).Select(k => k.Code).Order(StringComparer.Ordinal).ToList();
            var minus = old.Keys.Where(k => k.Product == product && !now.ContainsKey(k)).Select(k => k.Code).Order(StringComparer.Ordinal).ToList();
            var changed = now.Keys.Where(k => k.Product == product && old.TryGetValue(k, out var text) && text != now[k]).Select(k => k.Code).Order(StringComparer.Ordinal).ToList();
            if (plus.Count + minus.Count + changed.Count == 0)
            {
                continue;
            }

            report.Append(product).Append(':');
            Append(report, " added", plus);
            Append(report, " removed", minus);
            Append(report, " described anew", changed);
            report.AppendLine();
            (added, removed, redescribed) = (added + plus.Count, removed + minus.Count, redescribed + changed.Count);
        }

        report.AppendLine($"codes: {added} added, {removed} removed, {redescribed} described anew; action rows: {newActions.Except(oldActions).Count()} added, {oldActions.Except(newActions).Count()} removed");
        return report.ToString();
    }

    private static void Append(StringBuilder report, string what, List<string> codes)
    {
        if (codes.Count > 0)
        {
            report.Append(what).Append(' ').Append(codes.Count).Append(" (").Append(string.Join(", ", codes.Take(5))).Append(codes.Count > 5 ? ", …)" : ")");
        }
    }

    private static IEnumerable<(string Product, string Version)> Versions(string go)
    {
        foreach (var productFolder in Directory.GetDirectories(Path.Combine(go, "tencentcloud")))
        {
            foreach (var versionFolder in Directory.GetDirectories(productFolder).Where(f => VersionName().IsMatch(Path.GetFileName(f))))
            {
                yield return (Path.GetFileName(productFolder), Path.GetFileName(versionFolder));
            }
        }
    }

    private static Dictionary<string, string> ReadErrors(string path)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (var (code, description) in GoSdkSources.ReadErrors(File.ReadAllText(path)))
            {
                codes.TryAdd(code, description);
            }
        }

        return codes;
    }

    // The TSV has no quoting: a tab or a line break in a description would end its field.
    private static string Clean(string? text) => (text ?? string.Empty).Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Trim();

    private static List<string[]> Sorted(List<string[]> rows, params int[] keys)
    {
        rows.Sort((a, b) =>
        {
            foreach (var key in keys)
            {
                var order = string.CompareOrdinal(a[key], b[key]);
                if (order != 0)
                {
                    return order;
                }
            }

            return 0;
        });
        return rows;
    }

    private static List<string[]> ReadTsv(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();

    private static void WriteTsv(string path, string header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder(header).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join("\t", row)).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    [GeneratedRegex(@"^v\d{8}$")]
    private static partial Regex VersionName();
}
