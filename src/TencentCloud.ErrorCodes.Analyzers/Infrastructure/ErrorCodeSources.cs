using Microsoft.CodeAnalysis;
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

        internal static IOperation? Unwrap(IOperation? operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation { IsImplicit: true } conversion:
                        operation = conversion.Operand;
                        break;
                    case IConversionOperation conversion when conversion.Type?.SpecialType is SpecialType.System_String or SpecialType.System_Object:
                        operation = conversion.Operand;
                        break;
                    case IConditionalAccessOperation conditional:
                        operation = conditional.WhenNotNull;
                        break;
                    default:
                        return operation;
                }
            }
        }

        /// <summary>A string literal written in the code (not a constant, not an interpolation).</summary>
        internal static bool IsStringLiteral(IOperation? operation, out ILiteralOperation literal)
        {
            if (Unwrap(operation) is ILiteralOperation { ConstantValue: { HasValue: true, Value: string } } found)
            {
                literal = found;
                return true;
            }

            literal = null!;
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
            switch (Unwrap(operation))
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

                return SymbolEqualityComparer.Default.Equals(property.OriginalDefinition, context.EnvelopeCode)
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

        private static bool IsCopyOfSource(ILocalReferenceOperation reference, TencentCloudContext context, ErrorCodeOptions options, SourceKind kind, int depth)
        {
            var root = (IOperation)reference;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            var local = reference.Local;
            var initializedFromSource = false;
            foreach (var descendant in root.Descendants())
            {
                switch (descendant)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
                        initializedFromSource = initializer is not null && IsSource(initializer.Value, context, options, kind, depth + 1);
                        if (!initializedFromSource)
                        {
                            return false;
                        }

                        break;
                    case IAssignmentOperation assignment when Writes(assignment.Target, local):
                    case IIncrementOrDecrementOperation increment when Writes(increment.Target, local):
                    case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument when Writes(argument.Value, local):
                        return false;
                }
            }

            return initializedFromSource;
        }

        private static bool Writes(IOperation target, ILocalSymbol local)
        {
            if (target is ILocalReferenceOperation reference)
            {
                return SymbolEqualityComparer.Default.Equals(reference.Local, local);
            }

            // Deconstruction: (code, x) = ...
            foreach (var descendant in target.Descendants())
            {
                if (descendant is ILocalReferenceOperation nested && SymbolEqualityComparer.Default.Equals(nested.Local, local))
                {
                    return true;
                }
            }

            return false;
        }

        private enum SourceKind
        {
            ErrorCode,
            RequestId,
        }
    }
}
