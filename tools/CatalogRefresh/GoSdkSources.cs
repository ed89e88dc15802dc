using System.Text.RegularExpressions;

namespace CatalogRefresh;

/// <summary>Reads the error tables of tencentcloud-sdk-go (and its English edition): <c>errors.go</c> and <c>client.go</c>.</summary>
public static partial class GoSdkSources
{
    /// <summary>
    /// The constants of the <c>const ( … )</c> blocks of an <c>errors.go</c>, each with the comment lines right above it
    /// as its description. A comment followed by a blank line (the file's "this product's own codes") describes nothing.
    /// </summary>
    public static IEnumerable<(string Code, string Description)> ReadErrors(string text)
    {
        var comment = new List<string>();
        var inConst = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("const (", StringComparison.Ordinal))
            {
                inConst = true;
                comment.Clear();
                continue;
            }

            if (!inConst)
            {
                continue;
            }

            if (line == ")")
            {
                inConst = false;
            }
            else if (line.StartsWith("//", StringComparison.Ordinal))
            {
                comment.Add(line[2..].Trim());
                continue;
            }
            else if (Constant().Match(line) is { Success: true } constant)
            {
                yield return (constant.Groups["code"].Value, string.Join(" ", comment.Where(c => c.Length > 0)));
            }

            comment.Clear();
        }
    }

    /// <summary>
    /// The actions of a <c>client.go</c> (<c>func (c *Client) Action(request *ActionRequest)</c>) with the codes listed
    /// under "可能返回的错误码:" in the comment above each, in order, without repeats.
    /// </summary>
    public static IEnumerable<(string Action, IReadOnlyList<string> Codes)> ReadActions(string text)
    {
        var comment = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("//", StringComparison.Ordinal))
            {
                comment.Add(line);
                continue;
            }

            if (Action().Match(line) is { Success: true } action)
            {
                var marker = comment.FindIndex(c => c.Contains("可能返回的错误码", StringComparison.Ordinal));
                var codes = marker < 0
                    ? new List<string>()
                    : comment.Skip(marker + 1).Select(c => Constant().Match(c.TrimStart('/').Trim())).Where(m => m.Success).Select(m => m.Groups["code"].Value).Distinct().ToList();
                yield return (action.Groups["action"].Value, codes);
            }

            comment.Clear();
        }
    }

    [GeneratedRegex(@"^[A-Z0-9_]+\s*=\s*""(?<code>[^""]+)""")]
    private static partial Regex Constant();

    [GeneratedRegex(@"^func \(c \*Client\) (?<action>\w+)\(request \*\w+\)")]
    private static partial Regex Action();
}
