using CatalogRefresh;

namespace TencentCloud.ErrorCodes.Tests;

/// <summary>The refresh command (tools/CatalogRefresh) over a fixture in the shape of the SDKs' error tables.</summary>
public class CatalogRefreshTests
{
    private static string Fixture(string part) => Path.Combine(AppContext.BaseDirectory, "RefreshFixture", part);

    private static CatalogTables Read() => CatalogTables.Read(Fixture("go"), Fixture("go-en"), Fixture("dotnet"));

    [Fact]
    public void Reads_codes_with_both_descriptions_and_the_product_name_the_net_sdk_spells()
    {
        Assert.Equal(
            new[]
            {
                "demoroom|DemoRoom|v20200101|FailedOperation.RoomNotExist|The room does not exist.|房间不存在。",
                "demoroom|DemoRoom|v20200101|InvalidParameter.Name||第一行。 第二行。",
                "demoroom|DemoRoom|v20200101|UnsupportedOperation||",
                "intlonly|Intlonly|v20210101|InvalidParameter|Invalid.|",
            },
            Read().Codes.Select(r => string.Join("|", r)));
    }

    [Fact]
    public void Reads_each_action_s_documented_codes_once_and_skips_the_context_variants()
    {
        Assert.Equal(
            new[]
            {
                "demoroom|v20200101|CreateRoom|InvalidParameter.Name",
                "demoroom|v20200101|DescribeRooms|FailedOperation.RoomNotExist",
                "demoroom|v20200101|DescribeRooms|InternalError",
            },
            Read().Actions.Select(r => string.Join("|", r)));
    }

    [Fact]
    public void Says_what_changed_per_product()
    {
        var report = Read().DescribeChanges(CatalogTables.Load(Fixture("data")));

        Assert.Contains("demoroom: added 2 (InvalidParameter.Name, UnsupportedOperation) removed 1 (FailedOperation.Gone) described anew 1 (FailedOperation.RoomNotExist)", report);
        Assert.Contains("intlonly: added 1 (InvalidParameter)", report);
        Assert.Contains("codes: 3 added, 1 removed, 1 described anew; action rows: 2 added, 0 removed", report);
    }

    [Fact]
    public void Writes_tables_that_read_back_the_same()
    {
        var directory = Directory.CreateTempSubdirectory("eca-refresh-").FullName;
        try
        {
            var tables = Read();
            tables.Write(directory);
            var again = CatalogTables.Load(directory);

            Assert.Equal(tables.Codes, again.Codes);
            Assert.Equal(tables.Actions, again.Actions);
            Assert.StartsWith(CatalogTables.CodeHeader + "\n", File.ReadAllText(Path.Combine(directory, "error-codes.tsv")));
            Assert.Contains("codes: 0 added, 0 removed, 0 described anew; action rows: 0 added, 0 removed", tables.DescribeChanges(again));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
