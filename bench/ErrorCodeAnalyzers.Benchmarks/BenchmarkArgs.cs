namespace ErrorCodeAnalyzers.Benchmarks;

/// <summary>The benchmark's options: <c>--name value</c> pairs.</summary>
internal static class BenchmarkArgs
{
    public static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public static int Option(string[] args, string name, int fallback) =>
        int.TryParse(Value(args, name), out var value) ? value : fallback;
}
