// Compiled into the generator, the catalog and the analyzers (linked, internal in each),
// so that the retry rule is written exactly once.
namespace TencentCloud.ErrorCodes.Internal
{
    internal static class RetryClassifier
    {
        internal const string ThrottledRoot = "RequestLimitExceeded";
        internal const string ServerErrorRoot = "InternalError";

        // Values mirror the public TencentCloud.ErrorCodes.RetryKind enum.
        internal const int None = 0;
        internal const int Throttled = 1;
        internal const int ServerError = 2;

        /// <summary>Classifies a code by its root: the code itself or any code below it (<c>Root.*</c>).</summary>
        internal static int Classify(string? code)
        {
            if (IsRootOrChild(code, ThrottledRoot))
            {
                return Throttled;
            }

            return IsRootOrChild(code, ServerErrorRoot) ? ServerError : None;
        }

        internal static bool IsRootOrChild(string? code, string root)
        {
            if (code is null || !code.StartsWith(root, System.StringComparison.Ordinal))
            {
                return false;
            }

            return code.Length == root.Length || code[root.Length] == '.';
        }

        internal static string Name(int kind) => kind switch
        {
            Throttled => "Throttled",
            ServerError => "ServerError",
            _ => "None",
        };
    }
}
