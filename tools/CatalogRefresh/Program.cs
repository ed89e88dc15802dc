using CatalogRefresh;

// catalog-refresh --go <tencentcloud-sdk-go> --go-en <tencentcloud-sdk-go-intl-en> --dotnet <tencentcloud-sdk-dotnet> --data <src/data> [--write]
string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

if (Value("--go") is not { } go || Value("--go-en") is not { } goEnglish || Value("--dotnet") is not { } dotnet || Value("--data") is not { } data)
{
    Console.Error.WriteLine("usage: --go <tencentcloud-sdk-go> --go-en <tencentcloud-sdk-go-intl-en> --dotnet <tencentcloud-sdk-dotnet> --data <src/data> [--write]");
    return 2;
}

var before = CatalogTables.Load(data);
var now = CatalogTables.Read(go, goEnglish, dotnet);
Console.Write(now.DescribeChanges(before));
if (args.Contains("--write"))
{
    now.Write(data);
    Console.WriteLine($"wrote {now.Codes.Count} code rows and {now.Actions.Count} action rows to {data}");
}

return 0;
