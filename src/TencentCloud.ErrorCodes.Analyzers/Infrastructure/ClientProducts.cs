using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// The Tencent Cloud products a piece of code works with, read from the SDK clients it uses, nearest evidence first:
    /// the clients called in the enclosing <c>try</c> (outside a handler, in the enclosing member); then the clients the
    /// member and its type can reach (fields, properties, constructor and method parameters, locals); then the file's
    /// <c>using TencentCloud.{Product}.V…</c> directives. Computed only when a diagnostic needs a product.
    /// </summary>
    internal static class ClientProducts
    {
        private static readonly Regex SdkNamespace = new Regex(@"^TencentCloud\.(?<product>[A-Za-z0-9]+)\.(?<version>V\d{8})(\.|$)", RegexOptions.CultureInvariant);

        /// <summary>The product of an SDK client type (<c>Sms</c> of <c>TencentCloud.Sms.V20210111.SmsClient</c>), else null.</summary>
        internal static string? Of(ITypeSymbol? type) => TryGetClient(type, out var product, out _) ? product : null;

        /// <summary>
        /// The product and API version of an SDK client type: <c>Sms</c> and <c>v20210111</c> for
        /// <c>TencentCloud.Sms.V20210111.SmsClient</c>.
        /// </summary>
        internal static bool TryGetClient(ITypeSymbol? type, out string product, out string apiVersion)
        {
            product = apiVersion = string.Empty;
            if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class } named || !named.Name.EndsWith("Client", StringComparison.Ordinal))
            {
                return false;
            }

            var match = SdkNamespace.Match(named.ContainingNamespace?.ToDisplayString() ?? string.Empty);
            if (!match.Success)
            {
                return false;
            }

            product = match.Groups["product"].Value;
            apiVersion = match.Groups["version"].Value.ToLowerInvariant();
            return true;
        }

        /// <summary>The products in play at <paramref name="location"/>, one set per kind of evidence, nearest first.</summary>
        internal static IReadOnlyList<ISet<string>> InScope(SyntaxNode location, SemanticModel semanticModel)
        {
            var member = location.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax);
            return new ISet<string>[] { Called(location, member, semanticModel), Reachable(member, semanticModel), Imported(location) };
        }

        private static ISet<string> NewSet() => new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        private static ISet<string> Called(SyntaxNode location, MemberDeclarationSyntax? member, SemanticModel semanticModel)
        {
            var products = NewSet();
            var scope = location.FirstAncestorOrSelf<TryStatementSyntax>()?.Block ?? (SyntaxNode?)member;
            if (scope is null)
            {
                return products;
            }

            foreach (var node in scope.DescendantNodes())
            {
                var type = node switch
                {
                    BaseObjectCreationExpressionSyntax => semanticModel.GetTypeInfo(node).Type,
                    InvocationExpressionSyntax invocation => (semanticModel.GetSymbolInfo(invocation).Symbol as IMethodSymbol)?.ContainingType,
                    _ => null,
                };
                Add(products, Of(type));
            }

            return products;
        }

        private static ISet<string> Reachable(MemberDeclarationSyntax? member, SemanticModel semanticModel)
        {
            var products = NewSet();
            if (member is null)
            {
                return products;
            }

            if (semanticModel.GetDeclaredSymbol(member) is IMethodSymbol method)
            {
                foreach (var parameter in method.Parameters)
                {
                    Add(products, Of(parameter.Type));
                }
            }

            foreach (var declarator in member.DescendantNodes())
            {
                if (declarator is VariableDeclaratorSyntax && semanticModel.GetDeclaredSymbol(declarator) is ILocalSymbol local)
                {
                    Add(products, Of(local.Type));
                }
            }

            var type = member.Parent is TypeDeclarationSyntax typeDeclaration ? semanticModel.GetDeclaredSymbol(typeDeclaration) as INamedTypeSymbol : null;
            if (type is null)
            {
                return products;
            }

            foreach (var typeMember in type.GetMembers())
            {
                switch (typeMember)
                {
                    case IFieldSymbol field:
                        Add(products, Of(field.Type));
                        break;
                    case IPropertySymbol property:
                        Add(products, Of(property.Type));
                        break;
                    case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor:
                        foreach (var parameter in constructor.Parameters)
                        {
                            Add(products, Of(parameter.Type));
                        }

                        break;
                }
            }

            return products;
        }

        private static ISet<string> Imported(SyntaxNode location)
        {
            var products = NewSet();
            foreach (var ancestor in location.Ancestors())
            {
                var usings = ancestor switch
                {
                    CompilationUnitSyntax unit => unit.Usings,
                    BaseNamespaceDeclarationSyntax @namespace => @namespace.Usings,
                    _ => default,
                };
                foreach (var directive in usings)
                {
                    var match = SdkNamespace.Match(directive.Name?.ToString() ?? string.Empty);
                    if (match.Success && directive.Alias is null && directive.StaticKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None))
                    {
                        products.Add(match.Groups["product"].Value);
                    }
                }
            }

            return products;
        }

        private static void Add(ISet<string> products, string? product)
        {
            if (product is not null)
            {
                products.Add(product);
            }
        }
    }
}
