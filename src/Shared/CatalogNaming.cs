// Compiled into the generator and the analyzers (linked, internal in each): the generator names the
// constants with it and the code fixes find them with it, so the two can never disagree.
namespace TencentCloud.ErrorCodes.Internal
{
    internal static class CatalogNaming
    {
        internal const string Namespace = "TencentCloud.ErrorCodes";
        internal const string CommonClassName = "CommonErrorCodes";
        internal const string CatalogClassName = "ErrorCodeCatalog";
        internal const string EnvelopeClassName = "ResponseEnvelope";

        /// <summary><c>AuthFailure.SignatureFailure</c> becomes <c>AuthFailure_SignatureFailure</c>.</summary>
        internal static string ConstantName(string code) => code.Replace('.', '_');

        /// <summary>The SDK namespace segment (<c>Sms</c> of <c>TencentCloud.Sms.V20210111</c>) becomes <c>SmsErrorCodes</c>.</summary>
        internal static string ProductClassName(string productName) => productName + "ErrorCodes";
    }
}
