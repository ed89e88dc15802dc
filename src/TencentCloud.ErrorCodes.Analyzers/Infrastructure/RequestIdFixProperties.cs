using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>The diagnostic properties the RequestId fixes read: which variable holds the SDK exception, or that the catch needs one.</summary>
    internal static class RequestIdFixProperties
    {
        /// <summary>The name of the local whose <c>RequestId</c> the fix reads.</summary>
        internal const string Variable = "Variable";

        /// <summary>Present when the catch declares no variable: the fix names one.</summary>
        internal const string NameVariable = "NameVariable";

        /// <summary>
        /// How the fix edits the node at the first additional location. The values belong to the rule that reports: the log
        /// call shapes of <see cref="LogMessageShape"/> (TCE004, TCE010), or a rule's own (TCE005's <c>AddInner</c>).
        /// </summary>
        internal const string Shape = "Shape";

        /// <summary>The properties that let a fix reach the exception, or null when no fix can (a type test without a name).</summary>
        internal static ImmutableDictionary<string, string?>.Builder? Create(SdkHandler handler) =>
            Create(handler.SdkLocal, handler.NeedsVariable);

        /// <summary>
        /// The properties that let a fix read <paramref name="local"/>, or name the catch variable when
        /// <paramref name="canNameVariable"/>; null when neither is possible.
        /// </summary>
        internal static ImmutableDictionary<string, string?>.Builder? Create(ILocalSymbol? local, bool canNameVariable)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>();
            if (local is not null)
            {
                builder.Add(Variable, local.Name);
                return builder;
            }

            if (canNameVariable)
            {
                builder.Add(NameVariable, "true");
                return builder;
            }

            return null;
        }
    }
}
