using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// Finds the string literals compared with an error-code source: <c>==</c>/<c>!=</c>, <c>Equals</c>, <c>switch</c>
    /// labels and arms, patterns, and <c>Contains</c> on a collection of literals. Shared by TCE001 and TCE002.
    /// </summary>
    internal static class ErrorCodeComparisons
    {
        internal static void Register(
            CompilationStartAnalysisContext context,
            TencentCloudContext tencentCloud,
            Action<OperationAnalysisContext, ErrorCodeOptions, ILiteralOperation, string> onLiteral)
        {
            context.RegisterOperationAction(
                c =>
                {
                    var literals = Find(c.Operation, tencentCloud, out var options);
                    if (literals is null)
                    {
                        return;
                    }

                    foreach (var literal in literals)
                    {
                        onLiteral(c, options!, literal, (string)literal.ConstantValue.Value!);
                    }
                },
                OperationKind.Binary,
                OperationKind.Invocation,
                OperationKind.Switch,
                OperationKind.SwitchExpression,
                OperationKind.IsPattern);
        }

        /// <summary>The literals compared with an error-code source by <paramref name="operation"/>, or null.</summary>
        internal static List<ILiteralOperation>? Find(IOperation operation, TencentCloudContext tencentCloud, out ErrorCodeOptions? options)
        {
            options = null;
            switch (operation)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                    return FromPair(binary.LeftOperand, binary.RightOperand, tencentCloud, ref options);

                case IInvocationOperation invocation when invocation.TargetMethod.Name == "Equals":
                    return FromEquals(invocation, tencentCloud, ref options);

                case IInvocationOperation invocation when invocation.TargetMethod.Name == "Contains":
                    return FromContains(invocation, tencentCloud, ref options);

                case ISwitchOperation @switch when IsSource(@switch.Value, tencentCloud, ref options):
                    var fromCases = new List<ILiteralOperation>();
                    foreach (var section in @switch.Cases)
                    {
                        foreach (var clause in section.Clauses)
                        {
                            if (clause is ISingleValueCaseClauseOperation single && ErrorCodeSources.IsStringLiteral(single.Value, out var literal))
                            {
                                fromCases.Add(literal);
                            }
                            else if (clause is IPatternCaseClauseOperation patternClause)
                            {
                                CollectConstants(patternClause.Pattern, fromCases);
                            }
                        }
                    }

                    return fromCases;

                case ISwitchExpressionOperation switchExpression when IsSource(switchExpression.Value, tencentCloud, ref options):
                    var fromArms = new List<ILiteralOperation>();
                    foreach (var arm in switchExpression.Arms)
                    {
                        CollectConstants(arm.Pattern, fromArms);
                    }

                    return fromArms;

                case IIsPatternOperation isPattern when IsSource(isPattern.Value, tencentCloud, ref options):
                    var fromPattern = new List<ILiteralOperation>();
                    CollectConstants(isPattern.Pattern, fromPattern);
                    return fromPattern;

                default:
                    return null;
            }
        }

        /// <summary>
        /// The other string constants a literal's <c>switch</c> (statement or expression) or pattern already tests: a fix
        /// that turns the literal into one of them would make a duplicate case, which does not compile.
        /// </summary>
        internal static HashSet<string> SiblingConstants(ILiteralOperation literal)
        {
            var siblings = new HashSet<string>(StringComparer.Ordinal);
            for (var parent = literal.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is ISwitchOperation or ISwitchExpressionOperation or IIsPatternOperation)
                {
                    foreach (var operation in parent.Descendants())
                    {
                        var value = operation switch
                        {
                            IConstantPatternOperation constant => constant.Value,
                            ISingleValueCaseClauseOperation single => single.Value,
                            _ => null,
                        };
                        if (value is not null && !ReferenceEquals(ErrorCodeSources.Unwrap(value), literal) && value.ConstantValue is { HasValue: true, Value: string text })
                        {
                            siblings.Add(text);
                        }
                    }

                    break;
                }

                if (parent is IBlockOperation or IMethodBodyOperation)
                {
                    break;
                }
            }

            return siblings;
        }

        /// <summary>The constants of a pattern, through <c>or</c>, <c>and</c> and <c>not</c>.</summary>
        internal static void CollectConstants(IPatternOperation pattern, List<ILiteralOperation> literals)
        {
            switch (pattern)
            {
                case IConstantPatternOperation constant when ErrorCodeSources.IsStringLiteral(constant.Value, out var literal):
                    literals.Add(literal);
                    break;
                case IBinaryPatternOperation binary:
                    CollectConstants(binary.LeftPattern, literals);
                    CollectConstants(binary.RightPattern, literals);
                    break;
                case INegatedPatternOperation negated:
                    CollectConstants(negated.Pattern, literals);
                    break;
            }
        }

        private static List<ILiteralOperation>? FromPair(IOperation left, IOperation right, TencentCloudContext tencentCloud, ref ErrorCodeOptions? options)
        {
            if (ErrorCodeSources.IsStringLiteral(left, out var literal) && IsSource(right, tencentCloud, ref options))
            {
                return new List<ILiteralOperation> { literal };
            }

            if (ErrorCodeSources.IsStringLiteral(right, out literal) && IsSource(left, tencentCloud, ref options))
            {
                return new List<ILiteralOperation> { literal };
            }

            return null;
        }

        /// <summary>
        /// The two sides an <c>Equals</c> call compares: <c>string.Equals(a, b[, comparison])</c>, <c>object.Equals(a, b)</c>,
        /// or <c>a.Equals(b[, comparison])</c> on a string or object.
        /// </summary>
        internal static bool TryGetEqualsOperands(IInvocationOperation invocation, out IOperation left, out IOperation right)
        {
            var arguments = invocation.Arguments;
            if (invocation.TargetMethod.ContainingType?.SpecialType is SpecialType.System_String or SpecialType.System_Object)
            {
                if (invocation.TargetMethod.IsStatic && arguments.Length >= 2)
                {
                    left = arguments[0].Value;
                    right = arguments[1].Value;
                    return true;
                }

                if (!invocation.TargetMethod.IsStatic && invocation.Instance is not null && arguments.Length >= 1)
                {
                    left = invocation.Instance;
                    right = arguments[0].Value;
                    return true;
                }
            }

            left = right = null!;
            return false;
        }

        /// <summary>
        /// The collection and the value of a <c>Contains</c> call: <c>collection.Contains(value)</c> or
        /// <c>Enumerable.Contains(collection, value[, comparer])</c>; not <c>string.Contains</c>, which searches text.
        /// </summary>
        internal static bool TryGetContainsOperands(IInvocationOperation invocation, out IOperation collection, out IOperation value)
        {
            var arguments = invocation.Arguments;
            if (invocation.TargetMethod.IsStatic ? arguments.Length >= 2 : arguments.Length >= 1 && invocation.Instance is { Type.SpecialType: not SpecialType.System_String })
            {
                collection = invocation.TargetMethod.IsStatic ? arguments[0].Value : invocation.Instance!;
                value = invocation.TargetMethod.IsStatic ? arguments[1].Value : arguments[0].Value;
                return true;
            }

            collection = value = null!;
            return false;
        }

        private static List<ILiteralOperation>? FromEquals(IInvocationOperation invocation, TencentCloudContext tencentCloud, ref ErrorCodeOptions? options) =>
            TryGetEqualsOperands(invocation, out var left, out var right) ? FromPair(left, right, tencentCloud, ref options) : null;

        private static List<ILiteralOperation>? FromContains(IInvocationOperation invocation, TencentCloudContext tencentCloud, ref ErrorCodeOptions? options)
        {
            if (!TryGetContainsOperands(invocation, out var collection, out var value) || !IsSource(value, tencentCloud, ref options))
            {
                return null;
            }

            var literals = new List<ILiteralOperation>();
            while (collection is IConversionOperation conversion)
            {
                collection = conversion.Operand;
            }

            foreach (var element in CollectionElements(collection))
            {
                if (ErrorCodeSources.IsStringLiteral(element, out var literal))
                {
                    literals.Add(literal);
                }
            }

            return literals;
        }

        private static IEnumerable<IOperation> CollectionElements(IOperation? collection)
        {
            switch (collection)
            {
                case IArrayCreationOperation { Initializer: { } initializer }:
                    return initializer.ElementValues;
                case IObjectCreationOperation { Initializer: { } initializer }:
                    var added = new List<IOperation>();
                    foreach (var item in initializer.Initializers)
                    {
                        if (item is IInvocationOperation { Arguments.Length: 1 } add)
                        {
                            added.Add(add.Arguments[0].Value);
                        }
                    }

                    return added;
                case null:
                    return Array.Empty<IOperation>();
                default:
                    // Collection expressions ([..]) have no dedicated operation in the Roslyn version we build against.
                    return collection.Syntax.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.CollectionExpression)
                        ? collection.ChildOperations
                        : Array.Empty<IOperation>();
            }
        }

        private static bool IsSource(IOperation operation, TencentCloudContext tencentCloud, ref ErrorCodeOptions? options)
        {
            if (ErrorCodeSources.Unwrap(operation)?.Type?.SpecialType != SpecialType.System_String)
            {
                return false;
            }

            options ??= tencentCloud.GetOptions(operation.Syntax.SyntaxTree);
            return ErrorCodeSources.IsErrorCode(operation, tencentCloud, options);
        }
    }
}
