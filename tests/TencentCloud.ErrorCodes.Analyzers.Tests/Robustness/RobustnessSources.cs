using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ErrorCodeAnalyzers.Benchmarks.Corpus;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Robustness;

/// <summary>The inputs of the robustness suite: the rule tests' sources, their mutations, the corpus, and hostile shapes.</summary>
internal static class RobustnessSources
{
    private static readonly Regex Markup = new(@"\{\|[^:|{}]*:|\|\}", RegexOptions.CultureInvariant);

    /// <summary>
    /// The sources of the rule tests: each <c>[InlineData]</c> string passed through the test class's own source
    /// builders (<c>Source</c>, <c>InCatch</c>, <c>Wrap</c>), markup removed.
    /// </summary>
    public static List<string> RuleTestSources()
    {
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        var testTypes = typeof(RobustnessSources).Assembly.GetTypes().Where(t => t.Namespace == typeof(Rules.TCE001UseErrorCodeConstantTests).Namespace);
        foreach (var type in testTypes)
        {
            var builders = type.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
                .Where(m => m.ReturnType == typeof(string) && m.GetParameters().Length > 0 && m.GetParameters().All(p => p.ParameterType == typeof(string) || p.ParameterType == typeof(bool)))
                .ToList();
            foreach (var method in type.GetMethods())
            {
                foreach (var data in method.GetCustomAttributes<InlineDataAttribute>())
                {
                    foreach (var row in data.GetData(method))
                    {
                        var first = row.OfType<string>().FirstOrDefault();
                        if (first is null)
                        {
                            continue;
                        }

                        if (first.Contains("class ", StringComparison.Ordinal))
                        {
                            sources.Add(Markup.Replace(first, string.Empty));
                        }

                        foreach (var builder in builders)
                        {
                            var arguments = builder.GetParameters().Select((p, i) => p.ParameterType == typeof(string) && i == 0 ? first : Type.Missing).ToArray();
                            try
                            {
                                sources.Add(Markup.Replace((string)builder.Invoke(null, BindingFlags.OptionalParamBinding, null, arguments, null)!, string.Empty));
                            }
                            catch (TargetInvocationException)
                            {
                            }
                            catch (ArgumentException)
                            {
                            }
                        }
                    }
                }
            }
        }

        return sources.ToList();
    }

    /// <summary>The corpus generator's files, each made self-contained (its usings added).</summary>
    public static List<string> CorpusSources(int files, int seed) =>
        CorpusGenerator.Generate(files, seed, withTencent: true)
            .Concat(CorpusGenerator.Generate(files / 4, seed, withTencent: false))
            .Select(f => CorpusGenerator.GlobalUsings(withTencent: true).Replace("global using", "using") + "using Serilog;\n" + f.Text.Replace("Serilog.ILogger", "ILogger"))
            .ToList();

    /// <summary>A seeded, reproducible mutation of <paramref name="source"/>, named for the failure message.</summary>
    public static (string Source, string Kind) Mutate(string source, Random random)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var tokens = root.DescendantTokens().ToList();
        if (tokens.Count < 4)
        {
            return (source, "unchanged");
        }

        var token = tokens[random.Next(tokens.Count)];
        switch (random.Next(7))
        {
            case 0:
                return (source[..token.SpanStart], "truncated at a token");
            case 1:
                return (source.Remove(token.SpanStart, token.Span.Length), "token deleted");
            case 2:
                return (source.Insert(token.SpanStart, token.Text + " "), "token duplicated");
            case 3:
                var braces = tokens.Where(t => t.IsKind(SyntaxKind.OpenBraceToken) || t.IsKind(SyntaxKind.CloseBraceToken)).ToList();
                var brace = braces.Count == 0 ? token : braces[random.Next(braces.Count)];
                return (source.Remove(brace.SpanStart, brace.Span.Length), "brace removed");
            case 4:
                var identifiers = tokens.Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToList();
                var identifier = identifiers.Count == 0 ? token : identifiers[random.Next(identifiers.Count)];
                return (source.Remove(identifier.SpanStart, identifier.Span.Length).Insert(identifier.SpanStart, "Unbound" + random.Next(100)), "unbound name");
            case 5:
                var types = root.DescendantNodes().OfType<TypeSyntax>().Where(t => t is IdentifierNameSyntax or QualifiedNameSyntax or PredefinedTypeSyntax).ToList();
                var type = types.Count == 0 ? null : types[random.Next(types.Count)];
                return type is null ? (source, "unchanged") : (source.Remove(type.SpanStart, type.Span.Length).Insert(type.SpanStart, "Missing.ErroneousType"), "erroneous type");
            default:
                return ("#nullable disable\n" + source.Replace("catch (", "catch ( "), "nullable off");
        }
    }

    /// <summary>Shapes the rule tests do not use: modern syntax, and types that only look like the SDK's.</summary>
    public static IEnumerable<(string Name, string Source)> HostileSources()
    {
        const string usings = "using System;\nusing System.Threading.Tasks;\nusing Microsoft.Extensions.Logging;\nusing TencentCloud.Common;\nusing TencentCloud.ErrorCodes;\n";
        yield return ("top-level statements", usings + """
            try { await Task.Yield(); }
            catch (TencentCloudSDKException ex) when (ex.ErrorCode == "RequestLimitExceeded") { Console.WriteLine("throttled"); }
            catch (TencentCloudSDKException ex) { switch (ex.ErrorCode) { case "InternalError": break; } Console.WriteLine("failed"); }
            """);
        yield return ("blocking waits and catches of Exception around SDK calls", usings + "using TencentCloud.Sms.V20210111;\nusing TencentCloud.Sms.V20210111.Models;\n" + """
            var client = new SmsClient(new Credential(), "ap-guangzhou");
            try { var r = client.SendSms(new SendSmsRequest()).Result; client.SendSms(new SendSmsRequest()).Wait(); }
            catch (TencentCloudSDKException ex) { Console.WriteLine(ex.RequestId); }
            try { await client.SendSms(new SendSmsRequest()); }
            catch (Exception ex) { Console.WriteLine("failed: " + ex.Message); }
            try { client.SendSmsSync(new SendSmsRequest()); }
            catch (Exception) { Console.Error.WriteLine("failed"); }
            catch { Console.WriteLine("other"); }
            Func<Task> later = async () =>
            {
                try { var t = client.SendSms(new SendSmsRequest()); t.Wait(); Console.WriteLine(t.Result.RequestId); }
                catch (Exception e) when (e is TencentCloudSDKException) { Console.WriteLine(e.Message); }
                for (Exception? e = null; e != null; e = e.InnerException) { if (e.Message.Contains("RequestLimitExceeded")) break; }
            };
            """);
        yield return ("file-scoped namespace and primary constructor", usings + """
            namespace App;
            public sealed class Sender(ILogger<Sender> logger)
            {
                public void Send(Action call)
                {
                    try { call(); }
                    catch (TencentCloudSDKException ex) { logger.LogError("failed {Code}", ex.ErrorCode); }
                }
            }
            """);
        yield return ("partial methods", usings + """
            public partial class P
            {
                partial void OnFailed(TencentCloudSDKException ex);
                partial void OnFailed(TencentCloudSDKException ex) { if (ex.ErrorCode == "InternalError") { } }
                public partial bool IsTransient(TencentCloudSDKException ex);
                public partial bool IsTransient(TencentCloudSDKException ex) => ex.ErrorCode == "InternalError";
            }
            """);
        yield return ("look-alike exception in another namespace", usings + """
            namespace Other { public class TencentCloudSDKException : Exception { public string ErrorCode { get; set; } = ""; public string RequestId { get; set; } = ""; } }
            class C
            {
                void M(ILogger logger, Action call)
                {
                    try { call(); }
                    catch (Other.TencentCloudSDKException ex) when (ex.ErrorCode == "RequestLimitExceeded") { logger.LogError("failed"); }
                    catch (Other.TencentCloudSDKException) { }
                }
            }
            """);
        yield return ("ErrorCode of type int, generic ErrorCode<T>, dynamic, interface", usings + """
            interface IHasCode { string ErrorCode { get; } }
            class IntCoded : Exception { public int ErrorCode { get; set; } }
            class ErrorCode<T> { public T Value = default!; }
            class Derived : TencentCloudSDKException, IHasCode { public Derived() : base("d") { } string IHasCode.ErrorCode => "x"; }
            class C
            {
                bool A(IntCoded e) => e.ErrorCode == 3;
                bool B(ErrorCode<string> e) => e.Value == "RequestLimitExceeded";
                bool D(dynamic e) => e.ErrorCode == "RequestLimitExceeded";
                bool E(IHasCode e) => e.ErrorCode == "RequestLimitExceeded";
                bool F(Derived e) => ((IHasCode)e).ErrorCode == "RequestLimitExceeded" || e.ErrorCode == "LimitExceed";
                void G(Action call)
                {
                    try { call(); }
                    catch (TencentCloudSDKException ex) { dynamic d = ex; Console.WriteLine(d.Message); }
                }
            }
            """);
        yield return ("envelope only", usings + """
            class C
            {
                string M(string json)
                {
                    var envelope = ResponseEnvelope.Parse(json);
                    return envelope.Code switch { "ResourceNotFound" => "missing", "LimitExceed" => "quota", _ => envelope.RequestId };
                }
            }
            """);
        yield return ("empty and broken", "class { catch ( TencentCloudSDKException ex ) when ( ex.ErrorCode == \"RequestLimitExceeded\"");
    }
}
