using System.Collections.Generic;

namespace TencentCloud.ErrorCodes
{
    /// <summary>What the catalog knows about one documented error code.</summary>
    public sealed class ErrorCodeInfo
    {
        internal ErrorCodeInfo(string code, bool isCommon, IReadOnlyList<string> products, string description)
        {
            Code = code;
            IsCommon = isCommon;
            Products = products;
            Description = description;
            var dot = code.IndexOf('.');
            Category = dot < 0 ? code : code.Substring(0, dot);
            RetryKind = (RetryKind)Internal.RetryClassifier.Classify(code);
        }

        /// <summary>The code, e.g. <c>AuthFailure.SignatureFailure</c>.</summary>
        public string Code { get; }

        /// <summary>The text before the first <c>.</c>, e.g. <c>AuthFailure</c>; the whole code when it has no dot.</summary>
        public string Category { get; }

        /// <summary>True for the common codes every API can return (<see cref="CommonErrorCodes"/>).</summary>
        public bool IsCommon { get; }

        /// <summary>The products (SDK namespace names, e.g. <c>Sms</c>) whose error tables document the code, in ordinal order.</summary>
        public IReadOnlyList<string> Products { get; }

        /// <summary>The documented description: English where there is one, else Chinese; empty when none is documented.</summary>
        public string Description { get; }

        /// <summary>Whether a call that failed with this code may be retried.</summary>
        public RetryKind RetryKind { get; }

        /// <inheritdoc />
        public override string ToString() => Code;
    }
}
