namespace TencentCloud.ErrorCodes
{
    /// <summary>Whether a failed call may be retried, judged from its error code.</summary>
    public enum RetryKind
    {
        /// <summary>Not a transient failure: retrying sends the same request into the same error.</summary>
        None = 0,

        /// <summary>
        /// <c>RequestLimitExceeded</c> and <c>RequestLimitExceeded.*</c>: the request was rate limited before it ran,
        /// so retrying with backoff is always safe.
        /// </summary>
        Throttled = 1,

        /// <summary>
        /// <c>InternalError</c> and <c>InternalError.*</c>: the service failed, possibly after acting;
        /// retry only idempotent calls.
        /// </summary>
        ServerError = 2,
    }
}
