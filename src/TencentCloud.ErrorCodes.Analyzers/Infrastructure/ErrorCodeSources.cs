using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>Recognises the values the rules reason about: error codes and RequestIds.</summary>
    internal static class ErrorCodeSources
    {
        // A local copied from a local copied from ErrorCode is still the code; deeper chains are not worth the walk.
        private const int MaxLocalDepth = 3;

        /// <summary>
        /// True for <c>TencentCloudSDKException.ErrorCode</c> (on that type or a derived one), the envelope's <c>Code</c>,
        /// configured members, and locals initialised from one of those and never written again.
        /// </summary>
        internal static bool IsErrorCode(IOperation? operation, TencentCloudContext context, ErrorCodeOptions options) =>
            IsSource(operation, context, options, SourceKind.ErrorCode, 0);

        /// <summary>True for the SDK exception's and the envelope's <c>RequestId</c>, <c>RequestId</c> of an SDK model, and configured members.</summary>
        internal static bool IsRequestId(IOperation? operation, TencentCloudContext context, ErrorCodeOptions options) =>
            IsSource(operation, context, options, SourceKind.RequestId, 0);

        /// <summary>A string literal written in the code (not a constant, not an interpolation).</summary>
        internal static bool IsStringLiteral(IOperation? operation, out ILiteralOperation literal)
        {
            if (operation.Unwrap() is ILiteralOperation { ConstantValue: { HasValue: true, Value: string } } found)
            {
                literal = found;
                return true;
            }

            literal = null!;
            return false;
        }

        /// <summary>A string constant: a literal, a <c>const</c> (the catalog's or the code's own), or a constant expression.</summary>
        internal static bool IsStringConstant(IOperation? operation, out IOperation constant)
        {
            if (operation.Unwrap() is { ConstantValue: { HasValue: true, Value: string } } found)
            {
                constant = found;
                return true;
            }

            constant = null!;
            return false;
        }

        internal static bool IsIntegerConstant(IOperation operation, out long value)
        {
            var constant = operation.ConstantValue;
            if (constant.HasValue && constant.Value is int or long or short or sbyte)
            {
                value = System.Convert.ToInt64(constant.Value, System.Globalization.CultureInfo.InvariantCulture);
                return true;
            }

            value = 0;
            return false;
        }

        private static bool IsSource(IOperation? operation, TencentCloudContext context, ErrorCodeOptions options, SourceKind kind, int depth)
        {
            switch (operation.Unwrap())
            {
                case IPropertyReferenceOperation property:
                    return IsSourceMember(property.Property, property.Instance, context, options, kind);
                case IFieldReferenceOperation field:
                    return (kind == SourceKind.ErrorCode ? options.ErrorCodeMembers : options.RequestIdMembers).Contains(field.Field);
                case ILocalReferenceOperation local when depth < MaxLocalDepth && local.Local.Type?.SpecialType == SpecialType.System_String:
                    return IsCopyOfSource(local, context, options, kind, depth);
                default:
                    return false;
            }
        }

        private static bool IsSourceMember(IPropertySymbol property, IOperation? instance, TencentCloudContext context, ErrorCodeOptions options, SourceKind kind)
        {
            if (kind == SourceKind.ErrorCode)
            {
                if (property.Name == TencentCloudContext.ErrorCodePropertyName)
                {
                    // A derived exception may hide ErrorCode with 'new'; it is still the SDK's code.
                    return SymbolEqualityComparer.Default.Equals(property.OriginalDefinition, context.SdkErrorCode)
                        || (context.SdkErrorCode is not null && context.IsSdkException(instance?.Type))
                        || options.ErrorCodeMembers.Contains(property);
                }

                return (property.Name == "Code" && SymbolEqualityComparer.Default.Equals(property.OriginalDefinition, context.EnvelopeCode))
                    || options.ErrorCodeMembers.Contains(property);
            }

            if (property.Name == TencentCloudContext.RequestIdPropertyName)
            {
                if (SymbolEqualityComparer.Default.Equals(property.OriginalDefinition, context.SdkRequestId)
                    || SymbolEqualityComparer.Default.Equals(property.OriginalDefinition, context.EnvelopeRequestId)
                    || context.IsSdkException(instance?.Type)
                    || (context.AbstractModel is not null && TencentCloudContext.InheritsFrom(property.ContainingType, context.AbstractModel)))
                {
                    return true;
                }
            }

            return options.RequestIdMembers.Contains(property);
        }

        /// <summary>
        /// A local declared with an initializer that is a source, and never written again. Read from syntax: the
        /// declaring block is scanned for writes by name (a same-named local elsewhere in it only makes the answer
        /// "no", never a wrong "yes"), which costs far less than building the method's operation tree.
        /// </summary>
        private static bool IsCopyOfSource(ILocalReferenceOperation reference, TencentCloudContext context, ErrorCodeOptions options, SourceKind kind, int depth)
        {
            var local = reference.Local;
            var semanticModel = reference.SemanticModel;
            if (semanticModel is null
                || local.DeclaringSyntaxReferences.Length != 1
                || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
                || declarator.SyntaxTree != semanticModel.SyntaxTree)
            {
                return false;
            }

            var scope = declarator.FirstAncestorOrSelf<BlockSyntax>() ?? (SyntaxNode?)declarator.FirstAncestorOrSelf<SwitchSectionSyntax>() ?? declarator.Parent;
            if (scope is null || IsWrittenIn(scope, local.Name))
            {
                return false;
            }

            return IsSource(semanticModel.GetOperation(initializer), context, options, kind, depth + 1);
        }

        private static bool IsWrittenIn(SyntaxNode scope, string name)
        {
            foreach (var node in scope.DescendantNodes())
            {
                switch (node)
                {
                    case AssignmentExpressionSyntax assignment when Names(assignment.Left, name):
                    case PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression) ? Names(prefix.Operand, name) : false:
                    case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.PostIncrementExpression) || postfix.IsKind(SyntaxKind.PostDecrementExpression) ? Names(postfix.Operand, name) : false:
                    case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) && !argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword) && Names(argument.Expression, name):
                        return true;
                }
            }

            return false;
        }

        /// <summary>The target names the local: <c>code</c>, or <c>code</c> inside a deconstruction <c>(code, x)</c>.</summary>
        private static bool Names(ExpressionSyntax target, string name)
        {
            switch (target)
            {
                case IdentifierNameSyntax identifier:
                    return identifier.Identifier.ValueText == name;
                case TupleExpressionSyntax tuple:
                    foreach (var argument in tuple.Arguments)
                    {
                        if (Names(argument.Expression, name))
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        private enum SourceKind
        {
            ErrorCode,
            RequestId,
        }
    }
}
