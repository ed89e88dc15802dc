using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using TencentCloud.ErrorCodes.Analyzers;
using TencentCloud.ErrorCodes.Internal;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>Writes references to catalog constants: fully qualified, then simplified with a <c>using</c> where that is unambiguous.</summary>
    internal static class CatalogConstants
    {
        /// <summary>True when the compilation references the catalog class and it declares the code's constant.</summary>
        internal static bool Exists(Compilation compilation, string className, string code) => Constant(Class(compilation, className), code) is not null;

        /// <summary>The catalog class (<c>SmsErrorCodes</c>) when the compilation references it.</summary>
        internal static INamedTypeSymbol? Class(Compilation compilation, string className) =>
            TencentCloudContext.Find(compilation, CatalogNaming.Namespace, CatalogNaming.Namespace + "." + className);

        /// <summary>The code's constant in <paramref name="type"/>, when it declares one.</summary>
        internal static IFieldSymbol? Constant(INamedTypeSymbol? type, string code)
        {
            foreach (var member in type?.GetMembers(CatalogNaming.ConstantName(code)) ?? ImmutableArray<ISymbol>.Empty)
            {
                if (member is IFieldSymbol { IsConst: true, ConstantValue: string value } field && value == code)
                {
                    return field;
                }
            }

            return null;
        }

        /// <summary>Replaces <paramref name="node"/> (a literal, usually) with the constant, keeping its trivia.</summary>
        internal static void Replace(DocumentEditor editor, SyntaxNode node, string className, string code) =>
            editor.ReplaceNode(node, Reference(className, code).WithTriviaFrom(node));

        /// <summary><c>global::TencentCloud.ErrorCodes.{Class}.{Constant}</c>, annotated so the fix adds the using and shortens it.</summary>
        internal static ExpressionSyntax Reference(string className, string code) =>
            SyntaxFactory.ParseExpression("global::" + CatalogNaming.Namespace + "." + className + "." + CatalogNaming.ConstantName(code))
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
    }
}
