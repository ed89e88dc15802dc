namespace ErrorCodeAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Writes a realistic corpus of C# files: services that call the Tencent Cloud SDK, catch
/// <c>TencentCloudSDKException</c>, switch on codes, log with ILogger or Serilog and retry with Polly, mixed with
/// ordinary code that never touches the SDK. Codes are string literals, as in code written before the catalog,
/// so the corpus compiles with or without the package. Deterministic for a given seed.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Codes =
    {
        "RequestLimitExceeded", "InternalError", "ResourceNotFound", "InvalidParameter", "AuthFailure.SignatureExpire",
        "FailedOperation.InsufficientBalanceInSmsPackage", "FailedOperation.PhoneNumberInBlacklist", "LimitExceeded",
        "UnauthorizedOperation", "InvalidParameterValue", "ResourceUnavailable", "FailedOperation", "LimitExceed",
    };

    /// <summary>The files of a corpus: <paramref name="files"/> of them, roughly 55 lines each.</summary>
    /// <param name="files">How many files to write.</param>
    /// <param name="seed">The seed of every random choice: one seed, one corpus.</param>
    /// <param name="withTencent">False writes only ordinary code, which references no Tencent Cloud type.</param>
    public static IEnumerable<(string Name, string Text)> Generate(int files, int seed, bool withTencent)
    {
        var random = new Random(seed);
        for (var i = 0; i < files; i++)
        {
            // Three files in five call the SDK; the rest are ordinary code.
            var kind = withTencent ? i % 5 : 3 + (i % 2);
            var text = kind switch
            {
                0 => SmsService(i, random),
                1 => CvmService(i, random),
                2 => RetryPolicies(i, random),
                3 => OrdinaryRecords(i, random),
                _ => OrdinaryAlgorithms(i, random),
            };
            yield return ($"File{i:D5}.cs", text);
        }
    }

    /// <summary>The usings every file needs, once per project (C# 10 global usings keep the files small).</summary>
    public static string GlobalUsings(bool withTencent) => withTencent
        ? "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\nglobal using System.Threading.Tasks;\n"
            + "global using Microsoft.Extensions.Logging;\nglobal using Polly;\nglobal using TencentCloud.Common;\n"
            + "global using TencentCloud.Sms.V20210111;\nglobal using TencentCloud.Sms.V20210111.Models;\n"
            + "global using TencentCloud.Cvm.V20170312;\nglobal using TencentCloud.Cvm.V20170312.Models;\n"
        : "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\nglobal using System.Threading.Tasks;\n";

    private static string Code(Random random) => Codes[random.Next(Codes.Length)];

    /// <summary>Two different codes, for the labels of one switch (a duplicate label would not compile).</summary>
    private static (string First, string Second) TwoCodes(Random random)
    {
        var first = random.Next(Codes.Length);
        var second = (first + 1 + random.Next(Codes.Length - 1)) % Codes.Length;
        return (Codes[first], Codes[second]);
    }

    /// <summary>A service that calls SmsClient and handles its failures, as a file of the corpus.</summary>
    internal static string SmsService(int i, Random random) => SmsService(i, random, TwoCodes(random));

    private static string SmsService(int i, Random random, (string First, string Second) cases) => $$"""
        namespace Corpus.Sms{{i % 40}};

        public sealed class SmsService{{i}}(SmsClient client, ILogger<SmsService{{i}}> logger)
        {
            public async Task<bool> SendAsync(string phone)
            {
                try
                {
                    var response = await client.SendSms(new SendSmsRequest { PhoneNumberSet = new[] { phone } });
                    logger.LogInformation("Sent to {Phone}, RequestId {RequestId}", phone, response.RequestId);
                    return true;
                }
                catch (TencentCloudSDKException ex) when (ex.ErrorCode == "{{Code(random)}}")
                {
                    logger.LogWarning(ex, "Throttled sending to {Phone}", phone);
                    return false;
                }
                catch (TencentCloudSDKException ex)
                {
                    logger.LogError("Sending to {Phone} failed: {Code}", phone, ex.ErrorCode);
                    return false;
                }
            }

            public string Classify(string phone)
            {
                try
                {
                    client.SendSmsSync(new SendSmsRequest { PhoneNumberSet = new[] { phone } });
                    return "sent";
                }
                catch (TencentCloudSDKException ex)
                {
                    switch (ex.ErrorCode)
                    {
                        case "{{cases.First}}":
                            return "blocked";
                        case "{{cases.Second}}":
                            return "invalid";
                        default:
                            if (ex.Message.Contains("{{Code(random)}}"))
                            {
                                return "unknown";
                            }

                            throw;
                    }
                }
            }

            public int Count(IEnumerable<string> phones) => phones.Count(p => p.StartsWith("+86", StringComparison.Ordinal));
        }
        """;

    private static string CvmService(int i, Random random) => $$"""
        namespace Corpus.Cvm{{i % 40}};

        public sealed class CvmService{{i}}(CvmClient client, Serilog.ILogger log)
        {
            private readonly Dictionary<string, long> counts = new();

            public async Task<long> CountAsync(string zone)
            {
                try
                {
                    var response = await client.DescribeInstances(new DescribeInstancesRequest());
                    counts[zone] = response.TotalCount ?? 0;
                    return counts[zone];
                }
                catch (TencentCloudSDKException ex)
                {
                    var code = ex.ErrorCode;
                    if (code == "{{Code(random)}}" || code == "{{Code(random)}}")
                    {
                        log.Warning("Describe failed in {Zone}: {Code} ({RequestId})", zone, code, ex.RequestId);
                        return -1;
                    }
                    else if (string.Equals(code, "{{Code(random)}}", StringComparison.Ordinal))
                    {
                        return 0;
                    }

                    log.Error(ex, "Describe failed in {Zone}", zone);
                    throw;
                }
            }

            public long Total() => counts.Values.Sum();

            public IReadOnlyList<string> Zones() => counts.Keys.OrderBy(z => z, StringComparer.Ordinal).ToList();

            public string Describe()
            {
                var builder = new System.Text.StringBuilder();
                foreach (var (zone, count) in counts)
                {
                    builder.Append(zone).Append('=').Append(count).Append(';');
                }

                return builder.ToString();
            }
        }
        """;

    private static string RetryPolicies(int i, Random random) => RetryPolicies(i, random, TwoCodes(random));

    private static string RetryPolicies(int i, Random random, (string First, string Second) arms) => $$"""
        namespace Corpus.Retry{{i % 40}};

        public static class RetryPolicies{{i}}
        {
            private static readonly string[] Transient = { "{{Code(random)}}", "{{Code(random)}}" };

            public static IAsyncPolicy Create() =>
                Policy.Handle<TencentCloudSDKException>(ex => ex.ErrorCode == "{{Code(random)}}" || Transient.Contains(ex.ErrorCode))
                    .WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(100 * attempt));

            public static bool IsTransient(TencentCloudSDKException ex) => ex.ErrorCode is "{{arms.Second}}" or "{{arms.First}}";

            public static string Describe(TencentCloudSDKException ex) => ex.ErrorCode switch
            {
                "{{arms.First}}" => "retry",
                "{{arms.Second}}" => "fix the request",
                _ => "give up",
            };

            public static void Swallow(Action action)
            {
                try
                {
                    action();
                }
                catch (TencentCloudSDKException)
                {
                }
            }

            public static void Wrap(Action action)
            {
                try
                {
                    action();
                }
                catch (TencentCloudSDKException ex)
                {
                    Console.WriteLine("Call failed: " + ex.Message);
                    throw new InvalidOperationException("Call failed");
                }
            }
        }
        """;

    private static string OrdinaryRecords(int i, Random random) => $$"""
        namespace Corpus.Orders{{i % 40}};

        public sealed record Order{{i}}(string Id, decimal Amount, string Status);

        public sealed class OrderBook{{i}}
        {
            private readonly List<Order{{i}}> orders = new();

            public void Add(Order{{i}} order)
            {
                if (order.Status == "Cancelled" || order.Amount <= {{random.Next(1, 100)}})
                {
                    return;
                }

                orders.Add(order);
            }

            public decimal Total(string status) => orders.Where(o => o.Status == status).Sum(o => o.Amount);

            public string Summary()
            {
                switch (orders.Count)
                {
                    case 0:
                        return "empty";
                    case 1:
                        return "one order";
                    default:
                        return $"{orders.Count} orders, {Total("Paid")} paid";
                }
            }

            public IEnumerable<string> Ids() => orders.Select(o => o.Id.ToUpperInvariant()).Distinct();

            public bool TryFind(string id, out Order{{i}}? order)
            {
                try
                {
                    order = orders.Single(o => o.Id == id);
                    return true;
                }
                catch (InvalidOperationException ex)
                {
                    Console.WriteLine("Not found: " + ex.Message);
                    order = null;
                    return false;
                }
            }
        }
        """;

    private static string OrdinaryAlgorithms(int i, Random random) => $$"""
        namespace Corpus.Math{{i % 40}};

        public static class Algorithms{{i}}
        {
            public static int Gcd(int a, int b)
            {
                while (b != 0)
                {
                    (a, b) = (b, a % b);
                }

                return a;
            }

            public static IEnumerable<int> Primes(int limit)
            {
                var sieve = new bool[limit + 1];
                for (var n = 2; n <= limit; n++)
                {
                    if (sieve[n])
                    {
                        continue;
                    }

                    yield return n;
                    for (var m = n * n; m <= limit; m += n)
                    {
                        sieve[m] = true;
                    }
                }
            }

            public static string Classify(string input) => input switch
            {
                "alpha" => "first",
                "omega" => "last",
                _ when input.Length > {{random.Next(3, 30)}} => "long",
                _ => "other",
            };

            public static double Mean(IReadOnlyList<double> values) => values.Count == 0 ? 0 : values.Sum() / values.Count;

            public static string Join(IEnumerable<int> values)
            {
                var builder = new System.Text.StringBuilder();
                foreach (var value in values)
                {
                    builder.Append(value).Append(',');
                }

                return builder.ToString().TrimEnd(',');
            }
        }
        """;
}
