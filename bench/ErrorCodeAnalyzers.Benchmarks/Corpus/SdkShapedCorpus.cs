using System.Globalization;
using System.Text;

namespace ErrorCodeAnalyzers.Benchmarks.Corpus;

/// <summary>
/// A corpus shaped like a library that wraps the SDK, or the SDK itself: most files are request and response models
/// (one class per file, properties and a <c>ToMap</c>), each product has a client with an asynchronous and a
/// synchronous method per action, and one file in fifty is a service that calls a client and handles its failures.
/// Findings are as rare as in such code. Deterministic for a given seed; compiles against the SDK shape assembly.
/// </summary>
internal static class SdkShapedCorpus
{
    private const int ActionsPerProduct = 40;
    private const int HandlerEvery = 50;

    public static IEnumerable<(string Name, string Text)> Generate(int files, int seed)
    {
        var random = new Random(seed);
        yield return ("Params.cs", ParamsHelper);
        var written = 1;
        for (var product = 0; written < files; product++)
        {
            yield return ($"P{product}/P{product}Client.cs", Client(product));
            written++;
            for (var action = 0; action < ActionsPerProduct; action++)
            {
                // Every action of a product is written, even past the count: the client names each model.
                foreach (var kind in new[] { "Request", "Response" })
                {
                    yield return ($"P{product}/Models/Action{action}{kind}.cs", Model(product, action, kind, random));
                    written++;
                    if (written % HandlerEvery == 0 && written < files)
                    {
                        yield return ($"Services/Service{written}.cs", "namespace Services;\n\n" + CorpusGenerator.SmsService(written, random).Replace("namespace Corpus.Sms", "// from the generated corpus: Corpus.Sms"));
                        written++;
                    }
                }
            }
        }
    }

    /// <summary>What the models and services use, once per project.</summary>
    public static string GlobalUsings =>
        "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\nglobal using System.Threading.Tasks;\n"
        + "global using Microsoft.Extensions.Logging;\nglobal using TencentCloud.Common;\n"
        + "global using TencentCloud.Sms.V20210111;\nglobal using TencentCloud.Sms.V20210111.Models;\n";

    private const string ParamsHelper = """
        namespace CorpusSupport
        {
            using System.Globalization;

            internal static class Params
            {
                public static void Set<T>(Dictionary<string, string> map, string key, T value)
                {
                    if (value is not null)
                    {
                        map[key] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                    }
                }
            }
        }
        """;

    private static string Client(int product)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $$"""
            namespace TencentCloud.P{{product}}.V20200101
            {
                using TencentCloud.P{{product}}.V20200101.Models;

                /// <summary>The client of product P{{product}}.</summary>
                public class P{{product}}Client : AbstractClient
                {
                    private const string Endpoint = "p{{product}}.tencentcloudapi.com";
                    private const string Version = "2020-01-01";

                    public P{{product}}Client(Credential credential, string region)
                        : base(Endpoint, Version, credential, region)
                    {
                    }

            """);
        for (var action = 0; action < ActionsPerProduct; action++)
        {
            sb.Append(CultureInfo.InvariantCulture, $$"""
                        /// <summary>Calls Action{{action}}.</summary>
                        public Task<Action{{action}}Response> Action{{action}}(Action{{action}}Request req) => Task.FromResult(new Action{{action}}Response());

                        /// <summary>Calls Action{{action}}, synchronously.</summary>
                        public Action{{action}}Response Action{{action}}Sync(Action{{action}}Request req) => new Action{{action}}Response();

                """);
        }

        return sb.Append("    }\n}\n").ToString();
    }

    private static string Model(int product, int action, string kind, Random random)
    {
        var properties = 4 + random.Next(16);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $$"""
            namespace TencentCloud.P{{product}}.V20200101.Models
            {
                using CorpusSupport;

                /// <summary>The {{kind.ToLowerInvariant()}} of Action{{action}}.</summary>
                public class Action{{action}}{{kind}} : AbstractModel
                {

            """);
        for (var p = 0; p < properties; p++)
        {
            var type = (p % 4) switch { 0 => "string", 1 => "long?", 2 => "bool?", _ => "string[]" };
            sb.Append(CultureInfo.InvariantCulture, $"        /// <summary>Field {p} of the {kind.ToLowerInvariant()}.</summary>\n        public {type} Field{p} {{ get; set; }}\n\n");
        }

        if (kind == "Response")
        {
            sb.Append("        /// <summary>The unique ID of the request.</summary>\n        public string RequestId { get; set; }\n\n");
        }

        sb.Append("        public override void ToMap(Dictionary<string, string> map, string prefix)\n        {\n");
        for (var p = 0; p < properties; p++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"            Params.Set(map, prefix + \"Field{p}\", this.Field{p});\n");
        }

        return sb.Append("        }\n    }\n}\n").ToString();
    }
}
