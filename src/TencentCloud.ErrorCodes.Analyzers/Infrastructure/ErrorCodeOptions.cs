using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// The <c>.editorconfig</c> options of every rule, read per syntax tree. Keys are
    /// <c>tencentcloud_error_codes.{snake_case}</c>; lists are separated by commas (or semicolons).
    /// docs/configuration.md documents each key; a test keeps the two in step.
    /// </summary>
    internal sealed class ErrorCodeOptions
    {
        internal const string Prefix = "tencentcloud_error_codes.";

        /// <summary>Members (<c>Namespace.Type.Member</c>) that hold a Tencent Cloud error code, besides the SDK's and the envelope's.</summary>
        internal const string ErrorCodeMembersKey = Prefix + "error_code_members";

        /// <summary>Members (<c>Namespace.Type.Member</c>) that hold a RequestId, besides the SDK's and the envelope's.</summary>
        internal const string RequestIdMembersKey = Prefix + "request_id_members";

        /// <summary>Methods (<c>Namespace.Type.Method</c>) that log, besides the known logging libraries.</summary>
        internal const string LoggingMethodsKey = Prefix + "logging_methods";

        /// <summary>The retry kinds a dispatch must handle (<c>throttled</c>, <c>server_error</c>); default <c>throttled</c>.</summary>
        internal const string RequiredRetryKindsKey = Prefix + "required_retry_kinds";

        /// <summary>Codes treated as known although the catalog does not document them.</summary>
        internal const string AdditionalKnownCodesKey = Prefix + "additional_known_codes";

        /// <summary>When true only a RequestId value counts as logging it, not the exception object; default false.</summary>
        internal const string StructuredRequestIdKey = Prefix + "structured_request_id";

        internal static readonly ImmutableArray<string> AllKeys = ImmutableArray.Create(
            ErrorCodeMembersKey, RequestIdMembersKey, LoggingMethodsKey, RequiredRetryKindsKey, AdditionalKnownCodesKey, StructuredRequestIdKey);

        internal static readonly ErrorCodeOptions Default = new ErrorCodeOptions(
            MemberNames.Empty, MemberNames.Empty, MemberNames.Empty, ImmutableArray.Create(Internal.RetryClassifier.Throttled), ImmutableHashSet<string>.Empty, structuredRequestId: false);

        private ErrorCodeOptions(
            MemberNames errorCodeMembers,
            MemberNames requestIdMembers,
            MemberNames loggingMethods,
            ImmutableArray<int> requiredRetryKinds,
            ImmutableHashSet<string> additionalKnownCodes,
            bool structuredRequestId)
        {
            ErrorCodeMembers = errorCodeMembers;
            RequestIdMembers = requestIdMembers;
            LoggingMethods = loggingMethods;
            RequiredRetryKinds = requiredRetryKinds;
            AdditionalKnownCodes = additionalKnownCodes;
            StructuredRequestId = structuredRequestId;
        }

        public MemberNames ErrorCodeMembers { get; }

        public MemberNames RequestIdMembers { get; }

        public MemberNames LoggingMethods { get; }

        public ImmutableArray<int> RequiredRetryKinds { get; }

        public ImmutableHashSet<string> AdditionalKnownCodes { get; }

        public bool StructuredRequestId { get; }

        internal static ErrorCodeOptions Read(AnalyzerConfigOptions options)
        {
            var anySet = false;
            foreach (var key in AllKeys)
            {
                if (options.TryGetValue(key, out _))
                {
                    anySet = true;
                    break;
                }
            }

            if (!anySet)
            {
                return Default;
            }

            return new ErrorCodeOptions(
                new MemberNames(ReadList(options, ErrorCodeMembersKey)),
                new MemberNames(ReadList(options, RequestIdMembersKey)),
                new MemberNames(ReadList(options, LoggingMethodsKey)),
                ReadRetryKinds(options),
                ImmutableHashSet.CreateRange(StringComparer.Ordinal, ReadList(options, AdditionalKnownCodesKey)),
                options.TryGetValue(StructuredRequestIdKey, out var structured) && bool.TryParse(structured.Trim(), out var value) && value);
        }

        internal static IEnumerable<string> ReadList(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var text) ? SplitList(text) : Array.Empty<string>();

        /// <summary>The items of a list value: separated by commas or semicolons, trimmed, none empty.</summary>
        internal static IEnumerable<string> SplitList(string text)
        {
            foreach (var part in text.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var item = part.Trim();
                if (item.Length > 0)
                {
                    yield return item;
                }
            }
        }

        private static ImmutableArray<int> ReadRetryKinds(AnalyzerConfigOptions options)
        {
            var kinds = ImmutableArray.CreateBuilder<int>();
            foreach (var item in ReadList(options, RequiredRetryKindsKey))
            {
                var normalized = item.Replace("_", string.Empty).ToLowerInvariant();
                var kind = normalized switch
                {
                    "throttled" => Internal.RetryClassifier.Throttled,
                    "servererror" => Internal.RetryClassifier.ServerError,
                    _ => -1,
                };
                if (kind >= 0 && !kinds.Contains(kind))
                {
                    kinds.Add(kind);
                }
            }

            return kinds.Count == 0 ? Default.RequiredRetryKinds : kinds.ToImmutable();
        }
    }

    /// <summary>A set of configured members, <c>Namespace.Type.Member</c>, matched without allocating for the common miss.</summary>
    internal sealed class MemberNames
    {
        internal static readonly MemberNames Empty = new MemberNames(Array.Empty<string>());

        private readonly HashSet<string> simpleNames = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> fullNames = new HashSet<string>(StringComparer.Ordinal);

        public MemberNames(IEnumerable<string> names)
        {
            foreach (var name in names)
            {
                var dot = name.LastIndexOf('.');
                if (dot <= 0 || dot == name.Length - 1)
                {
                    continue;
                }

                simpleNames.Add(name.Substring(dot + 1));
                fullNames.Add(name);
            }
        }

        private static readonly Microsoft.CodeAnalysis.SymbolDisplayFormat TypeNameFormat = new Microsoft.CodeAnalysis.SymbolDisplayFormat(
            typeQualificationStyle: Microsoft.CodeAnalysis.SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces);

        public bool IsEmpty => fullNames.Count == 0;

        /// <summary>The members' own names (<c>Code</c> of <c>Acme.ApiFailure.Code</c>).</summary>
        public IEnumerable<string> SimpleNames => simpleNames;

        public bool Contains(Microsoft.CodeAnalysis.ISymbol member)
        {
            if (!simpleNames.Contains(member.Name) || member.ContainingType is null)
            {
                return false;
            }

            // The declaring type's name: configuring a member means naming where it is declared.
            return fullNames.Contains(member.ContainingType.OriginalDefinition.ToDisplayString(TypeNameFormat) + "." + member.Name);
        }
    }
}
