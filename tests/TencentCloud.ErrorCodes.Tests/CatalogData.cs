namespace TencentCloud.ErrorCodes.Tests;

/// <summary>The data files the catalog is generated from, read independently of the generator.</summary>
internal static class CatalogData
{
    public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    public static IReadOnlyList<(string Code, string Description)> CommonCodes { get; } =
        ReadTsv("common-error-codes.tsv").Select(f => (f[0], f[1])).ToList();

    /// <summary>Rows of error-codes.tsv: product, product_name, api_version, code, description_en, description_zh.</summary>
    public static IReadOnlyList<string[]> ProductRows { get; } = ReadTsv("error-codes.tsv").ToList();

    /// <summary>Rows of action-error-codes.tsv: product, api_version, action, code.</summary>
    public static IReadOnlyList<string[]> ActionRows { get; } = ReadTsv("action-error-codes.tsv").ToList();

    private static IEnumerable<string[]> ReadTsv(string name) =>
        File.ReadLines(Path.Combine(DataDirectory, name)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'));
}
