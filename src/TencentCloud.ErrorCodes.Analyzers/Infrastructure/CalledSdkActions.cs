using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>One API action a piece of code calls: <c>Sms</c>, <c>v20210111</c>, <c>SendSms</c>.</summary>
    internal readonly struct SdkAction : IEquatable<SdkAction>
    {
        public SdkAction(string product, string apiVersion, string action)
        {
            Product = product;
            ApiVersion = apiVersion;
            Action = action;
        }

        /// <summary>The SDK's product name, <c>Sms</c>.</summary>
        public string Product { get; }

        public string ApiVersion { get; }

        public string Action { get; }

        public bool Equals(SdkAction other) =>
            string.Equals(Product, other.Product, StringComparison.OrdinalIgnoreCase)
            && string.Equals(ApiVersion, other.ApiVersion, StringComparison.OrdinalIgnoreCase)
            && string.Equals(Action, other.Action, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is SdkAction other && Equals(other);

        public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Product) ^ StringComparer.Ordinal.GetHashCode(Action);
    }

    /// <summary>
    /// Every API action the code around an error-code check calls: the enclosing <c>try</c> of a handler, or outside a
    /// handler the enclosing member. Built only for a candidate of TCE008/TCE009, and only when the whole set is known:
    /// <see cref="Around"/> returns null when the code may reach a client it cannot see.
    /// </summary>
    internal sealed class CalledSdkActions
    {
        private CalledSdkActions(bool inTry, IReadOnlyList<SdkAction> actions)
        {
            InTry = inTry;
            Actions = actions;
            Products = new HashSet<string>(actions.Select(a => a.Product), StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>True when the scope is the <c>try</c> of a handler, false when it is a member.</summary>
        public bool InTry { get; }

        /// <summary>The distinct actions, in call order.</summary>
        public IReadOnlyList<SdkAction> Actions { get; }

        /// <summary>The products of <see cref="Actions"/> (SDK names, case-insensitive).</summary>
        public ISet<string> Products { get; }

        /// <summary>
        /// The candidate of TCE008 and TCE009: a product's code (known, not common) compared with an error code, with
        /// every action called around the comparison known. The action table is not touched here.
        /// </summary>
        internal static bool TryGetForProductCode(
            Microsoft.CodeAnalysis.IOperation constant,
            string code,
            TencentCloudContext tencentCloud,
            CancellationToken cancellationToken,
            out KnownErrorCode known,
            out CalledSdkActions called)
        {
            called = null!;
            if (!KnownErrorCodes.TryGet(code, out known) || known.IsCommon || constant.SemanticModel is null)
            {
                return false;
            }

            called = Around(constant.Syntax, constant.SemanticModel, tencentCloud, cancellationToken)!;
            return called is not null;
        }

        /// <summary><c>A</c>, <c>A and B</c>, <c>A, B and C</c>, <c>A, B, C and 4 other products</c>.</summary>
        internal static string List(IReadOnlyList<string> items, string conjunction, string others)
        {
            const int MaxNamed = 3;
            if (items.Count <= MaxNamed)
            {
                return items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " " + conjunction + " " + items[items.Count - 1];
            }

            return string.Join(", ", items.Take(MaxNamed)) + " " + conjunction + " "
                + (items.Count - MaxNamed).ToString(System.Globalization.CultureInfo.InvariantCulture) + " other " + others;
        }

        /// <summary>
        /// The actions called around <paramref name="location"/>, or null when they are not all known: the scope calls no
        /// client; calls a delegate or passes one on (other than a lambda written there); calls a method of this source
        /// that is virtual, declared in another file, or calls further methods of this source; calls a library that
        /// references the SDK; or calls a client whose product or API version its namespace does not give.
        /// </summary>
        internal static CalledSdkActions? Around(SyntaxNode location, SemanticModel semanticModel, TencentCloudContext tencentCloud, CancellationToken cancellationToken)
        {
            var handled = location.FirstAncestorOrSelf<CatchClauseSyntax>()?.Parent as TryStatementSyntax;
            var inTry = handled is not null;
            SyntaxNode? scope = handled is not null
                ? handled.Block
                : location.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax);
            if (scope is null)
            {
                return null;
            }

            var walker = new Walker(semanticModel, tencentCloud, cancellationToken);
            return walker.Visit(scope, depth: 0) && walker.Actions.Count > 0 ? new CalledSdkActions(inTry, walker.Actions) : null;
        }

        private sealed class Walker
        {
            // A method of this source is read once, one call deep: deeper, or elsewhere, the actions are not all seen.
            private const int MaxDepth = 1;

            private readonly SemanticModel semanticModel;
            private readonly TencentCloudContext tencentCloud;
            private readonly CancellationToken cancellationToken;

            public Walker(SemanticModel semanticModel, TencentCloudContext tencentCloud, CancellationToken cancellationToken)
            {
                this.semanticModel = semanticModel;
                this.tencentCloud = tencentCloud;
                this.cancellationToken = cancellationToken;
            }

            public List<SdkAction> Actions { get; } = new List<SdkAction>();

            /// <summary>False as soon as something in <paramref name="scope"/> may call a client that cannot be seen.</summary>
            public bool Visit(SyntaxNode scope, int depth)
            {
                foreach (var node in scope.DescendantNodes())
                {
                    var known = node switch
                    {
                        InvocationExpressionSyntax invocation => VisitInvocation(invocation, depth),
                        BaseObjectCreationExpressionSyntax creation => VisitCall(semanticModel.GetSymbolInfo(creation, cancellationToken).Symbol as IMethodSymbol, creation.ArgumentList, depth),
                        _ => true,
                    };
                    if (!known)
                    {
                        return false;
                    }
                }

                return true;
            }

            private bool VisitInvocation(InvocationExpressionSyntax invocation, int depth)
            {
                if (semanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method)
                {
                    return VisitCall(method, invocation.ArgumentList, depth);
                }

                // nameof binds to no method; anything else unbound (dynamic, an error) may be anything.
                return invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" };
            }

            private bool VisitCall(IMethodSymbol? method, ArgumentListSyntax? arguments, int depth)
            {
                if (method is null)
                {
                    return false;
                }

                if (method.MethodKind == MethodKind.DelegateInvoke || PassesDelegate(arguments))
                {
                    return false;
                }

                if (tencentCloud.IsSdkCall(method))
                {
                    if (method.MethodKind != MethodKind.Ordinary)
                    {
                        return true;
                    }

                    if (!ClientProducts.TryGetClient(method.ContainingType, out var product, out var apiVersion))
                    {
                        return false;
                    }

                    var action = new SdkAction(product, apiVersion, TencentCloudContext.ActionOf(method));
                    if (!Actions.Contains(action))
                    {
                        Actions.Add(action);
                    }

                    return true;
                }

                if (method.IsImplicitlyDeclared && method.MethodKind == MethodKind.Constructor)
                {
                    return true;
                }

                var definition = method.PartialImplementationPart ?? method.OriginalDefinition;
                if (!definition.DeclaringSyntaxReferences.IsEmpty)
                {
                    return VisitSourceMethod(definition, depth);
                }

                // A library of the solution that wraps the SDK may call any client; the SDK's own helpers call none.
                return IsInSdkNamespace(method.ContainingType) || !tencentCloud.ReferencesSdk(method.ContainingAssembly);
            }

            private bool VisitSourceMethod(IMethodSymbol method, int depth)
            {
                if (depth >= MaxDepth || method.IsAbstract || method.IsVirtual || method.IsOverride || method.IsExtern)
                {
                    return false;
                }

                foreach (var reference in method.DeclaringSyntaxReferences)
                {
                    // Another file needs another semantic model, which an analyzer should not create: stay silent instead.
                    if (reference.SyntaxTree != semanticModel.SyntaxTree || !Visit(reference.GetSyntax(cancellationToken), depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            }

            /// <summary>A delegate passed on (a method group, a field, a parameter) may call anything; a lambda written here is walked.</summary>
            private bool PassesDelegate(ArgumentListSyntax? arguments)
            {
                if (arguments is null)
                {
                    return false;
                }

                foreach (var argument in arguments.Arguments)
                {
                    if (argument.Expression is not AnonymousFunctionExpressionSyntax
                        && semanticModel.GetTypeInfo(argument.Expression, cancellationToken).ConvertedType is { TypeKind: TypeKind.Delegate })
                    {
                        return true;
                    }
                }

                return false;
            }

            private static bool IsInSdkNamespace(INamedTypeSymbol? type)
            {
                var root = type?.ContainingNamespace;
                while (root?.ContainingNamespace is { IsGlobalNamespace: false })
                {
                    root = root.ContainingNamespace;
                }

                return root?.Name == "TencentCloud";
            }
        }
    }
}
