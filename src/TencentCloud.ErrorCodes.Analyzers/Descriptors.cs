using Microsoft.CodeAnalysis;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>Every rule id of the package.</summary>
    internal static class RuleIds
    {
        public const string UseErrorCodeConstant = "TCE001";
        public const string UnknownErrorCode = "TCE002";
        public const string ErrorCodeInExceptionText = "TCE003";
        public const string LogRequestId = "TCE004";
        public const string RequestIdLost = "TCE005";
        public const string HandleRetryableErrorCodes = "TCE006";
        public const string BlockingWaitHidesSdkException = "TCE007";
        public const string CodeOfAnotherProduct = "TCE008";
        public const string CodeNotDocumentedForAction = "TCE009";
        public const string BaseHandlerLosesRequestId = "TCE010";
    }

    /// <summary>Every descriptor of the package, created through one factory so ids, categories and help links stay uniform.</summary>
    internal static class Descriptors
    {
        /// <summary>Rule pages live in the repository, <c>docs/rules/{id}.md</c>.</summary>
        public const string HelpLinkBase = "https://github.com/errorcodeanalyzers/ErrorCodeAnalyzers/blob/main/docs/rules/";

        internal const string UsageCategory = "Usage";
        internal const string ReliabilityCategory = "Reliability";
        internal const string DiagnosticsCategory = "Diagnostics";

        public static readonly DiagnosticDescriptor TCE001_UseErrorCodeConstant = Create(
            RuleIds.UseErrorCodeConstant,
            "Use the catalog constant for a Tencent Cloud error code",
            "Use '{0}' instead of the string literal \"{1}\"",
            UsageCategory,
            DiagnosticSeverity.Warning,
            "Error codes written as string literals hide typos that fail silently. The catalog has a constant for every documented code.");

        public static readonly DiagnosticDescriptor TCE002_UnknownErrorCode = Create(
            RuleIds.UnknownErrorCode,
            "Compared string is not a documented Tencent Cloud error code",
            "\"{0}\" is not a documented Tencent Cloud error code{1}",
            ReliabilityCategory,
            DiagnosticSeverity.Warning,
            "The API never returns a code that its documentation does not list, so this comparison is never true. It is usually a typo.");

        public static readonly DiagnosticDescriptor TCE003_ErrorCodeInExceptionText = Create(
            RuleIds.ErrorCodeInExceptionText,
            "Error code searched in the exception text",
            "'{0}' looks for \"{1}\" in the exception text, {2}",
            ReliabilityCategory,
            DiagnosticSeverity.Warning,
            "Since TencentCloudSDK 3.0.892 the exception's Message holds only the error message; the code is in ErrorCode. A search for a code in Message or ToString() never matches.");

        public static readonly DiagnosticDescriptor TCE004_LogRequestId = Create(
            RuleIds.LogRequestId,
            "Log the RequestId of a Tencent Cloud SDK exception",
            "This handler logs the Tencent Cloud failure without its RequestId; log {0}{1}",
            DiagnosticsCategory,
            DiagnosticSeverity.Warning,
            "The RequestId is what Tencent Cloud support needs to trace a failed call. A log entry without it cannot be matched with the server side, and once the handler returns it is gone.");

        public static readonly DiagnosticDescriptor TCE005_RequestIdLost = Create(
            RuleIds.RequestIdLost,
            "Tencent Cloud SDK exception handled without recording its RequestId",
            "{0}: the RequestId of the failed call is lost",
            DiagnosticsCategory,
            DiagnosticSeverity.Info,
            "A handler that swallows the SDK exception, or replaces it with a new exception that does not keep it as the inner exception, loses the RequestId that Tencent Cloud support needs to trace the call.");

        public static readonly DiagnosticDescriptor TCE006_HandleRetryableErrorCodes = Create(
            RuleIds.HandleRetryableErrorCodes,
            "Error-code dispatch does not handle the retryable codes",
            "This {0} handles specific error codes but not {1}; {2}",
            ReliabilityCategory,
            DiagnosticSeverity.Warning,
            "RequestLimitExceeded means the call was rate limited before it ran: retrying it with backoff is always safe. Code that branches on error codes but treats it like any other failure drops work under load.");

        public static readonly DiagnosticDescriptor TCE007_BlockingWaitHidesSdkException = Create(
            RuleIds.BlockingWaitHidesSdkException,
            "A blocking wait on a Tencent Cloud call hides the SDK exception from its handler",
            "'{0}' on the task of {1} throws AggregateException, so the catch ({2}) around it never runs",
            ReliabilityCategory,
            DiagnosticSeverity.Warning,
            "Task.Result and Task.Wait() wrap a failure in AggregateException. A catch of TencentCloudSDKException around them never sees the SDK exception: its error-code handling never executes. GetAwaiter().GetResult() and await rethrow the SDK exception itself.");

        public static readonly DiagnosticDescriptor TCE008_CodeOfAnotherProduct = Create(
            RuleIds.CodeOfAnotherProduct,
            "Error code of a product this code does not call",
            "'{0}' is {1}, but this {2} only calls {3}",
            ReliabilityCategory,
            DiagnosticSeverity.Warning,
            "A client returns only its own product's codes and the common ones. A comparison with a code that only other products document never matches: the branch is dead, usually copied from another product's handler.");

        public static readonly DiagnosticDescriptor TCE009_CodeNotDocumentedForAction = Create(
            RuleIds.CodeNotDocumentedForAction,
            "Error code not documented for the called action",
            "'{0}' is not documented for {1}",
            ReliabilityCategory,
            DiagnosticSeverity.Info,
            "The product documents this code, but not for the actions called here. Unless their documentation is incomplete, the comparison never matches: check that the branch handles a code these actions return.");

        public static readonly DiagnosticDescriptor TCE010_BaseHandlerLosesRequestId = Create(
            RuleIds.BaseHandlerLosesRequestId,
            "A catch of Exception around a Tencent Cloud call logs without the RequestId",
            "This handler also catches the TencentCloudSDKException of {0} but logs {1}: its RequestId is lost",
            DiagnosticsCategory,
            DiagnosticSeverity.Warning,
            "Since TencentCloudSDK 3.0.892 the SDK exception's Message is only the service's text. A catch (Exception) around an SDK call that logs ex.Message loses the RequestId of every SDK failure, the one thing Tencent Cloud support asks for.");

        public static string HelpLink(string id) => HelpLinkBase + id + ".md";

        // The factory is the one place that may call the constructor (BannedSymbols.txt).
#pragma warning disable RS0030
        private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description) =>
            new DiagnosticDescriptor(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id));
#pragma warning restore RS0030
    }
}
