using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TencentCloud.ErrorCodes.Internal;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// The error codes a dispatch names, by constant value (literals, catalog constants and user constants alike), and
    /// whether it defers to the catalog's retry classification. Used by TCE006.
    /// </summary>
    internal sealed class DispatchCodes
    {
        private readonly TencentCloudContext context;
        private readonly ErrorCodeOptions options;
        // Most ifs and switches the rule looks at test no error code: the sets are made on first use.
        private HashSet<string>? codes;
        private HashSet<ISymbol>? aliases;

        internal DispatchCodes(TencentCloudContext context, ErrorCodeOptions options)
        {
            this.context = context;
            this.options = options;
        }

        public int Count => codes?.Count ?? 0;

        /// <summary>True when a code is tested with <c>!=</c> or <c>is not</c>: the dispatch covers "everything else", which this rule cannot judge.</summary>
        public bool HasNegatedTest { get; private set; }

        /// <summary>True when the dispatch asks <c>ErrorCodeCatalog.IsRetryable</c> or <c>GetRetryKind</c>.</summary>
        public bool UsesCatalogRetry { get; private set; }

        /// <summary>The first error-code source tested, for a fix that adds a comparison with it.</summary>
        public IOperation? FirstSource { get; private set; }

        /// <summary>The required retry kinds (by <see cref="RetryClassifier"/>) that no named code falls into, in option order.</summary>
        public List<int> MissingKinds()
        {
            var missing = new List<int>();
            foreach (var kind in options.RequiredRetryKinds)
            {
                var found = false;
                foreach (var code in codes ?? (IEnumerable<string>)System.Array.Empty<string>())
                {
                    if (RetryClassifier.Classify(code) == kind)
                    {
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    missing.Add(kind);
                }
            }

            return missing;
        }

        /// <summary>Adds the codes compared with <paramref name="source"/> (or with any source, when null) in <paramref name="root"/>.</summary>
        public void Collect(IOperation root, string? source)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                        if (AddPair(binary.LeftOperand, binary.RightOperand, source) && binary.OperatorKind == BinaryOperatorKind.NotEquals)
                        {
                            HasNegatedTest = true;
                        }

                        break;

                    case IIsPatternOperation isPattern when IsSource(isPattern.Value, source):
                        AddConstants(isPattern.Pattern.Constants());
                        break;

                    case IInvocationOperation invocation:
                        CollectInvocation(invocation, source);
                        break;

                    case ISwitchExpressionOperation switchExpression when IsSource(switchExpression.Value, source):
                        AddConstants(switchExpression.ArmConstants());
                        break;

                    case ISwitchOperation @switch when IsSource(@switch.Value, source):
                        AddConstants(@switch.LabelConstants());
                        break;
                }
            }
        }

        /// <summary>Adds the values a pattern or a switch compares with; a negated one (<c>is not "A"</c>) marks the dispatch as negated.</summary>
        public void AddConstants(IEnumerable<(IOperation Value, bool Negated)> values)
        {
            foreach (var (value, negated) in values)
            {
                if (AddConstant(value))
                {
                    HasNegatedTest |= negated;
                }
            }
        }

        /// <summary>Adds a <c>case</c> value or any other constant known to be compared with the source; false when it is no string constant.</summary>
        public bool AddConstant(IOperation value)
        {
            if (value.ConstantValue is { HasValue: true, Value: string code })
            {
                (codes ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(code);
                return true;
            }

            return false;
        }

        /// <summary>
        /// Treats a string parameter or local as the code: the parameter of <c>IsTransient(string code)</c>, or the
        /// <c>c</c> of <c>case var c when c.StartsWith(…)</c>.
        /// </summary>
        public void AddAlias(ISymbol symbol)
        {
            if (symbol is IParameterSymbol { Type.SpecialType: SpecialType.System_String } or ILocalSymbol { Type.SpecialType: SpecialType.System_String })
            {
                (aliases ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(symbol);
            }
        }

        /// <summary>A stable key for "the same source": <c>ex.ErrorCode</c> tested in two <c>if</c>s is one dispatch.</summary>
        internal static string SourceKey(IOperation source) => source.Unwrap()!.Syntax.ToString();

        /// <summary>The key of the first error-code source compared in <paramref name="condition"/>, or null.</summary>
        internal string? FindSource(IOperation condition)
        {
            foreach (var operation in condition.DescendantsAndSelf())
            {
                if (operation is IPropertyReferenceOperation or IFieldReferenceOperation or ILocalReferenceOperation
                    && operation.Unwrap()?.Type?.SpecialType == SpecialType.System_String
                    && ErrorCodeSources.IsErrorCode(operation, context, options))
                {
                    return SourceKey(operation);
                }
            }

            return null;
        }

        internal bool IsSource(IOperation? operation, string? source)
        {
            var unwrapped = operation.Unwrap();
            if (aliases is not null && unwrapped is IParameterReferenceOperation or ILocalReferenceOperation
                && aliases.Contains(unwrapped is IParameterReferenceOperation parameter ? parameter.Parameter : ((ILocalReferenceOperation)unwrapped).Local))
            {
                FirstSource ??= unwrapped;
                return true;
            }

            if (unwrapped?.Type?.SpecialType != SpecialType.System_String
                || !ErrorCodeSources.IsErrorCode(unwrapped, context, options)
                || (source is not null && SourceKey(unwrapped) != source))
            {
                return false;
            }

            FirstSource ??= unwrapped;
            return true;
        }

        private void CollectInvocation(IInvocationOperation invocation, string? source)
        {
            var method = invocation.TargetMethod;
            if (method.Name is "IsRetryable" or "GetRetryKind" && SymbolEqualityComparer.Default.Equals(method.ContainingType, context.Catalog))
            {
                UsesCatalogRetry = true;
                return;
            }

            switch (method.Name)
            {
                // code.StartsWith("RequestLimitExceeded") names the whole family.
                case "StartsWith" when method.ContainingType.SpecialType == SpecialType.System_String && invocation.ArgumentFor(0) is { } prefix && IsSource(invocation.Instance, source):
                    AddConstant(prefix);
                    break;
                case "Equals" when ErrorCodeComparisons.TryGetEqualsOperands(invocation, out var left, out var right):
                    AddPair(left, right, source);
                    break;
                case "Contains" when ErrorCodeComparisons.TryGetContainsOperands(invocation, out var collection, out var value) && IsSource(value, source):
                    foreach (var element in collection.DescendantsAndSelf())
                    {
                        if (element is ILiteralOperation or IFieldReferenceOperation or ILocalReferenceOperation)
                        {
                            AddConstant(element);
                        }
                    }

                    break;
            }
        }

        private bool AddPair(IOperation left, IOperation right, string? source)
        {
            if (IsSource(left, source) && right.ConstantValue is { HasValue: true, Value: string })
            {
                AddConstant(right);
                return true;
            }

            if (IsSource(right, source) && left.ConstantValue is { HasValue: true, Value: string })
            {
                AddConstant(left);
                return true;
            }

            return false;
        }
    }
}
