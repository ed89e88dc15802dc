using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TencentCloud.ErrorCodes.Internal;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// Which catalog class a code's constant should come from: <c>CommonErrorCodes</c> first, else the product of the
    /// SDK client called in the enclosing <c>try</c>, else every product that documents the code (a handful at most).
    /// </summary>
    internal static class ConstantChoice
    {
        /// <summary>Diagnostic property: the code the literal holds (or the suggested code).</summary>
        internal const string CodeProperty = "ErrorCode";

        /// <summary>Diagnostic property: candidate classes, best first, separated by <see cref="Separator"/>.</summary>
        internal const string ClassesProperty = "ConstantClasses";

        internal const char Separator = ',';

        internal const int MaxCandidates = 5;

        private static readonly Regex SdkNamespace = new Regex(@"^TencentCloud\.(?<product>[A-Za-z0-9]+)\.V\d{8}$", RegexOptions.CultureInvariant);

        internal static ImmutableArray<string> Classes(KnownErrorCode code, SyntaxNode location, SemanticModel? semanticModel)
        {
            if (code.IsCommon)
            {
                return ImmutableArray.Create(CatalogNaming.CommonClassName);
            }

            if (code.Products.Count > 1 && semanticModel is not null)
            {
                foreach (var product in ClientProductsInEnclosingTry(location, semanticModel))
                {
                    foreach (var documented in code.Products)
                    {
                        if (string.Equals(documented, product, StringComparison.Ordinal))
                        {
                            return ImmutableArray.Create(CatalogNaming.ProductClassName(documented));
                        }
                    }
                }
            }

            var builder = ImmutableArray.CreateBuilder<string>();
            foreach (var product in code.Products)
            {
                if (builder.Count == MaxCandidates)
                {
                    break;
                }

                builder.Add(CatalogNaming.ProductClassName(product));
            }

            return builder.ToImmutable();
        }

        internal static ImmutableDictionary<string, string?> Properties(string code, ImmutableArray<string> classes) =>
            ImmutableDictionary<string, string?>.Empty
                .Add(CodeProperty, code)
                .Add(ClassesProperty, string.Join(Separator.ToString(), classes));

        /// <summary>The SDK products (<c>Sms</c> of <c>TencentCloud.Sms.V20210111.SmsClient</c>) whose clients the enclosing try calls.</summary>
        private static IEnumerable<string> ClientProductsInEnclosingTry(SyntaxNode location, SemanticModel semanticModel)
        {
            var tryStatement = location.FirstAncestorOrSelf<TryStatementSyntax>();
            if (tryStatement is null)
            {
                yield break;
            }

            foreach (var node in tryStatement.Block.DescendantNodes())
            {
                ITypeSymbol? type = node switch
                {
                    ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax => semanticModel.GetTypeInfo(node).Type,
                    InvocationExpressionSyntax invocation => (semanticModel.GetSymbolInfo(invocation).Symbol as IMethodSymbol)?.ContainingType,
                    _ => null,
                };
                if (type is not null && type.Name.EndsWith("Client", StringComparison.Ordinal))
                {
                    var match = SdkNamespace.Match(type.ContainingNamespace?.ToDisplayString() ?? string.Empty);
                    if (match.Success)
                    {
                        yield return match.Groups["product"].Value;
                    }
                }
            }
        }
    }
}
