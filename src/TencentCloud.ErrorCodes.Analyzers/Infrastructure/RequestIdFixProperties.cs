using System.Collections.Immutable;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>The diagnostic properties the RequestId fixes read: which variable holds the SDK exception, or that the catch needs one.</summary>
    internal static class RequestIdFixProperties
    {
        /// <summary>The name of the local whose <c>RequestId</c> the fix reads.</summary>
        internal const string Variable = "Variable";

        /// <summary>Present when the catch declares no variable: the fix names one.</summary>
        internal const string NameVariable = "NameVariable";

        /// <summary>How the fix edits the node at the first additional location (per rule).</summary>
        internal const string Shape = "Shape";

        /// <summary>The properties that let a fix reach the exception, or null when no fix can (a type test without a name).</summary>
        internal static ImmutableDictionary<string, string?>.Builder? Create(SdkHandler handler)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>();
            if (handler.SdkLocal is { } local)
            {
                builder.Add(Variable, local.Name);
                return builder;
            }

            if (handler.NeedsVariable)
            {
                builder.Add(NameVariable, "true");
                return builder;
            }

            return null;
        }
    }
}
