using System;

namespace TencentCloud.ErrorCodes
{
    /// <summary>
    /// The fixed part of a Tencent Cloud API 3.0 response:
    /// <c>{"Response":{"Error":{"Code":"…","Message":"…"},"RequestId":"…"}}</c>.
    /// A response is an error when it has an <c>Error</c> object.
    /// </summary>
    public sealed class ResponseEnvelope
    {
        private ResponseEnvelope(string? code, string? message, string? requestId, bool isError)
        {
            Code = code;
            Message = message;
            RequestId = requestId;
            IsError = isError;
        }

        /// <summary>The error code (<c>Response.Error.Code</c>); null for a successful response.</summary>
        public string? Code { get; }

        /// <summary>The error message (<c>Response.Error.Message</c>); null for a successful response.</summary>
        public string? Message { get; }

        /// <summary>The request id (<c>Response.RequestId</c>): what Tencent Cloud support asks for.</summary>
        public string? RequestId { get; }

        /// <summary>True when the response carries an <c>Error</c> object.</summary>
        public bool IsError { get; }

        /// <summary>Parses a response body.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
        /// <exception cref="FormatException">
        /// The text is not JSON, not an object with a <c>Response</c> object, or has an <c>Error</c> that is not an object
        /// with a non-empty string <c>Code</c>.
        /// </exception>
        public static ResponseEnvelope Parse(string json)
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            var envelope = Read(json, out var error);
            return envelope ?? throw new FormatException("Not a Tencent Cloud API 3.0 response: " + error);
        }

        /// <summary>Parses a response body; false (and null) for null, malformed or non-envelope input.</summary>
        public static bool TryParse(string? json, out ResponseEnvelope? envelope)
        {
            envelope = json is null ? null : Read(json, out _);
            return envelope is not null;
        }

        private static ResponseEnvelope? Read(string json, out string? error)
        {
            var root = EnvelopeJson.Read(json, out var invalid);
            if (root is null)
            {
                error = "it is not valid JSON (" + invalid + ").";
                return null;
            }

            if (root.ValueKind != EnvelopeJson.Kind.Object)
            {
                error = "the top level is " + root.ValueKind + ", not an object.";
                return null;
            }

            if (!root.TryGetProperty("Response", out var response) || response.ValueKind != EnvelopeJson.Kind.Object)
            {
                error = "it has no \"Response\" object.";
                return null;
            }

            var requestId = GetString(response, "RequestId");
            if (response.TryGetProperty("Error", out var errorObject))
            {
                // An Error that is there but is not an object with a code is a broken response, not a success.
                var code = GetString(errorObject, "Code");
                if (string.IsNullOrEmpty(code))
                {
                    error = errorObject.ValueKind == EnvelopeJson.Kind.Object
                        ? "its \"Error\" has no \"Code\" string."
                        : "its \"Error\" is " + errorObject.ValueKind + ", not an object.";
                    return null;
                }

                error = null;
                return new ResponseEnvelope(code, GetString(errorObject, "Message"), requestId, isError: true);
            }

            error = null;
            return new ResponseEnvelope(null, null, requestId, isError: false);
        }

        private static string? GetString(EnvelopeJson.Value element, string name) =>
            element.TryGetProperty(name, out var value) ? value.Text : null;
    }
}
