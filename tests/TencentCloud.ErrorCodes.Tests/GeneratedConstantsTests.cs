using System.Reflection;
using System.Xml.Linq;

namespace TencentCloud.ErrorCodes.Tests;

public class GeneratedConstantsTests
{
    private static readonly Assembly Catalog = typeof(CommonErrorCodes).Assembly;

    [Fact]
    public void CommonErrorCodes_has_exactly_the_26_common_codes_with_their_descriptions()
    {
        var constants = Constants(typeof(CommonErrorCodes));

        Assert.Equal(26, CatalogData.CommonCodes.Count);
        Assert.Equal(
            CatalogData.CommonCodes.Select(c => c.Code).OrderBy(c => c, StringComparer.Ordinal),
            constants.Values.OrderBy(c => c, StringComparer.Ordinal));
        foreach (var (code, description) in CatalogData.CommonCodes)
        {
            Assert.Equal(code, constants[code.Replace('.', '_')]);
            Assert.True(ErrorCodeCatalog.TryGet(code, out var info));
            Assert.Equal(description, info.Description);
            Assert.True(info.IsCommon);
        }
    }

    [Fact]
    public void Seed_descriptions_of_well_known_common_codes()
    {
        Assert.Equal("The number of requests exceeds the frequency limit.", Describe(CommonErrorCodes.RequestLimitExceeded));
        Assert.Equal("Signature error.", Describe(CommonErrorCodes.AuthFailure_SignatureFailure));
        Assert.Equal("Quota limit exceeded.", Describe(CommonErrorCodes.LimitExceeded));
    }

    [Fact]
    public void Every_data_row_has_a_constant_with_the_exact_code_in_its_product_class()
    {
        var classes = Catalog.GetExportedTypes().ToDictionary(t => t.Name);
        var checkedRows = 0;
        foreach (var row in CatalogData.ProductRows)
        {
            var (productName, code) = (row[1], row[3]);
            Assert.True(classes.TryGetValue(productName + "ErrorCodes", out var type), $"no class for product {productName}");
            var field = type!.GetField(code.Replace('.', '_'), BindingFlags.Public | BindingFlags.Static);
            Assert.True(field is { IsLiteral: true }, $"{type.Name} has no constant for {code}");
            Assert.Equal(code, field!.GetRawConstantValue());
            checkedRows++;
        }

        Assert.Equal(17_756, checkedRows);
    }

    [Fact]
    public void One_class_per_product_and_no_constant_beyond_the_data()
    {
        var expected = CatalogData.ProductRows
            .GroupBy(r => r[1])
            .ToDictionary(g => g.Key + "ErrorCodes", g => g.Select(r => r[3]).ToHashSet(StringComparer.Ordinal));
        var productClasses = Catalog.GetExportedTypes()
            .Where(t => t.Name.EndsWith("ErrorCodes", StringComparison.Ordinal) && t != typeof(CommonErrorCodes))
            .ToList();

        Assert.Equal(261, expected.Count);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), productClasses.Select(t => t.Name).Order(StringComparer.Ordinal));
        foreach (var type in productClasses)
        {
            Assert.Equal(expected[type.Name].Order(StringComparer.Ordinal), Constants(type).Values.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Identifiers_are_predictable_and_never_collide()
    {
        var codes = CatalogData.ProductRows.Select(r => r[3]).Concat(CatalogData.CommonCodes.Select(c => c.Code)).Distinct().ToList();
        var identifiers = codes.GroupBy(c => c.Replace('.', '_')).Where(g => g.Count() > 1).Select(g => string.Join(", ", g)).ToList();

        Assert.Equal(12_268, CatalogData.ProductRows.Select(r => r[3]).Distinct().Count());
        Assert.Empty(identifiers);
        Assert.All(codes, c => Assert.Matches("^[A-Za-z_][A-Za-z0-9_]*$", c.Replace('.', '_')));
        Assert.Equal(codes.Count, ErrorCodeCatalog.Count);
    }

    [Fact]
    public void Every_constant_has_xml_docs_with_description_products_and_retry_kind()
    {
        var xmlPath = Path.ChangeExtension(Catalog.Location, ".xml");
        var members = XDocument.Load(xmlPath).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!);
        var constants = Catalog.GetExportedTypes()
            .Where(t => t.Name.EndsWith("ErrorCodes", StringComparison.Ordinal))
            .SelectMany(t => Constants(t).Keys.Select(name => $"F:{t.FullName}.{name}"))
            .ToList();

        Assert.True(constants.Count > 16_000);
        foreach (var name in constants)
        {
            Assert.True(members.TryGetValue(name, out var member), $"{name} has no XML doc");
            Assert.False(string.IsNullOrWhiteSpace(member!.Element("summary")?.Value), name);
            var remarks = member.Element("remarks")!;
            Assert.Contains("Documented by:", remarks.Value);
            Assert.Contains("RetryKind.", remarks.Element("see")!.Attribute("cref")!.Value);
        }
    }

    [Fact]
    public void Product_constant_docs_fall_back_to_chinese_when_english_is_missing()
    {
        var xml = XDocument.Load(Path.ChangeExtension(Catalog.Location, ".xml"));
        var member = xml.Descendants("member").Single(m => (string)m.Attribute("name")! == "F:TencentCloud.ErrorCodes.AaiErrorCodes.FailedOperation_ServiceIsolate");

        Assert.Contains("账号因为欠费停止服务", member.Element("summary")!.Value);
    }

    private static string Describe(string code) => ErrorCodeCatalog.TryGet(code, out var info) ? info.Description : "";

    private static Dictionary<string, string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
}
