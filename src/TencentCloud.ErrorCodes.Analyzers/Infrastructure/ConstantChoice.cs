using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TencentCloud.ErrorCodes.Internal;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// Which catalog class a code's constant should come from: <c>CommonErrorCodes</c> first, else the product the code
    /// works with (<see cref="ClientProducts"/>). When that leaves one class the choice is unambiguous and a batch fix may
    /// make it; otherwise the candidates are listed for the lightbulb and no batch picks one.
    /// </summary>
    internal readonly struct ConstantChoice
    {
        /// <summary>Diagnostic property: the code the literal holds (or the suggested code).</summary>
        internal const string CodeProperty = "ErrorCode";

        /// <summary>Diagnostic property: candidate classes, best first, separated by <see cref="Separator"/>.</summary>
        internal const string ClassesProperty = "ConstantClasses";

        /// <summary>Diagnostic property, present when the first class is the only sensible one.</summary>
        internal const string UnambiguousProperty = "Unambiguous";

        internal const char Separator = ',';

        internal const int MaxCandidates = 5;

        private ConstantChoice(ImmutableArray<string> classes, bool isUnambiguous)
        {
            Classes = classes;
            IsUnambiguous = isUnambiguous;
        }

        /// <summary>Candidate classes, best first.</summary>
        public ImmutableArray<string> Classes { get; }

        /// <summary>True when a batch may write <c>Classes[0]</c>: a common code, or the one product the code works with.</summary>
        public bool IsUnambiguous { get; }

        // A common code needs no product: the walk over the clients in scope is left out for it.
        internal static ConstantChoice For(KnownErrorCode code, SyntaxNode location, SemanticModel? semanticModel) =>
            For(code, code.IsCommon || semanticModel is null ? Array.Empty<ISet<string>>() : ClientProducts.InScope(location, semanticModel));

        /// <summary>As above, with the products in scope already read (<see cref="ClientProducts.InScope"/>).</summary>
        internal static ConstantChoice For(KnownErrorCode code, IReadOnlyList<ISet<string>> productsInScope)
        {
            if (code.IsCommon)
            {
                return new ConstantChoice(ImmutableArray.Create(CatalogNaming.CommonClassName), isUnambiguous: true);
            }

            var anyProductInScope = false;
            foreach (var products in productsInScope)
            {
                anyProductInScope |= products.Count > 0;
                var matches = ImmutableArray.CreateBuilder<string>();
                foreach (var documented in code.Products)
                {
                    if (products.Contains(documented))
                    {
                        matches.Add(CatalogNaming.ProductClassName(documented));
                    }
                }

                if (matches.Count > 0)
                {
                    return new ConstantChoice(matches.ToImmutable(), isUnambiguous: matches.Count == 1);
                }
            }

            // With no product in sight, a code that one product documents has one constant; where the code works with
            // other products, writing this one is a choice the user makes.
            var builder = ImmutableArray.CreateBuilder<string>();
            foreach (var product in code.Products)
            {
                if (builder.Count == MaxCandidates)
                {
                    break;
                }

                builder.Add(CatalogNaming.ProductClassName(product));
            }

            return new ConstantChoice(builder.ToImmutable(), isUnambiguous: builder.Count == 1 && !anyProductInScope);
        }

        internal ImmutableDictionary<string, string?> Properties(string code)
        {
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(CodeProperty, code)
                .Add(ClassesProperty, string.Join(Separator.ToString(), Classes));
            return IsUnambiguous ? properties.Add(UnambiguousProperty, "true") : properties;
        }

        /// <summary>Reads what <see cref="Properties"/> wrote.</summary>
        internal static bool TryRead(ImmutableDictionary<string, string?> properties, out string code, out string[] classes, out bool isUnambiguous)
        {
            code = string.Empty;
            classes = Array.Empty<string>();
            isUnambiguous = properties.ContainsKey(UnambiguousProperty);
            if (!properties.TryGetValue(CodeProperty, out var codeValue) || codeValue is null
                || !properties.TryGetValue(ClassesProperty, out var classValue) || string.IsNullOrEmpty(classValue))
            {
                return false;
            }

            code = codeValue;
            classes = classValue!.Split(Separator);
            return true;
        }

        /// <summary>The product a class stands for, as a lightbulb label: <c>Sms</c>, or <c>common</c>.</summary>
        internal static string Label(string className) =>
            className == CatalogNaming.CommonClassName ? "common" : className.EndsWith("ErrorCodes", StringComparison.Ordinal) ? className.Substring(0, className.Length - "ErrorCodes".Length) : className;
    }
}
