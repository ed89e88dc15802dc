using TencentCloud.ErrorCodes;

namespace BatchFix;

/// <summary>Raw HTTP: no SDK client names a product, so a code several products document is the author's choice.</summary>
public static class RawHttp
{
    public static bool IsTimeout(string json) =>
        ResponseEnvelope.Parse(json).Code == "InternalError.Timeout";                               // unfixed: TCE001 (five products document it; none is called here)

    public static bool IsThrottled(string json) =>
        ResponseEnvelope.Parse(json).Code is "RequestLimitExceeded"
            or "RequestLimitExceeded.UinLimitExceeded";                                             // unfixed: TCE001 (ASR, CAM, NLP, TMT and VTC document it)

    // One product documents this code: its constant is the only one there is.
    public static bool IsOutOfCredit(string json) =>
        ResponseEnvelope.Parse(json).Code == "FailedOperation.InsufficientBalanceInSmsPackage";
}
