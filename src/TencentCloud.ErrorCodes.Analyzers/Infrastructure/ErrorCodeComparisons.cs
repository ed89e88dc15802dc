using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// Finds the string constants (literals, catalog or user constants) compared with an error-code source:
    /// <c>==</c>/<c>!=</c>, <c>Equals</c>, <c>switch</c> labels and arms, patterns, and <c>Contains</c> on a collection of
    /// constants. Shared by TCE001 and TCE002 (which look at literals) and TCE008 and TCE009 (which look at every constant).
    /// </summary>
    internal static class ErrorCodeComparisons
    {
        /// <summary>Calls <paramref name="onLiteral"/> for each string literal compared with an error-code source.</summary>
        internal static void RegisterLiterals(
            CompilationStartAnalysisContext context,
            TencentCloudContext tencentCloud,
            Func<TencentCloudContext, bool> applicable,
            Action<OperationContext, ErrorCodeOptions, ILiteralOperation, string> onLiteral) =>
            Register(context, tencentCloud, applicable, (c, options, constant, text) =>
            {
                if (constant is ILiteralOperation literal)
                {
                    onLiteral(c, options, literal, text);
                }
            });

        /// <summary>Calls <paramref name="onConstant"/> for each string constant compared with an error-code source.</summary>
        internal static void Register(
            CompilationStartAnalysisContext context,
            TencentCloudContext tencentCloud,
            Func<TencentCloudContext, bool> applicable,
            Action<OperationContext, ErrorCodeOptions, IOperation, string> onConstant)
        {
            GatedOperations.Register(
                context,
                tencentCloud,
                applicable,
                GatedOperations.Any(SyntaxSignals.ErrorCode),
                IsCandidate,
                c =>
                {
                    var constants = Find(c.Operation, tencentCloud, out var options);
                    if (constants is null)
                    {
                        return;
                    }

                    foreach (var constant in constants)
                    {
                        onConstant(c, options!, constant, (string)constant.ConstantValue.Value!);
                    }
                },
                OperationKind.Binary,
                OperationKind.Invocation,
                OperationKind.Switch,
                OperationKind.SwitchExpression,
                OperationKind.IsPattern);
        }

        /// <summary>
        /// What <see cref="Find"/> can use, told from syntax alone: <c>==</c>, <c>!=</c>, <c>is</c>, a call named Equals or
        /// Contains, a switch or a pattern. A comparison with a literal that is no string (<c>x == null</c>, <c>n != 0</c>)
        /// compares no code: the commonest <c>==</c> is never bound.
        /// </summary>
        internal static bool IsCandidate(SyntaxNode node) => node switch
        {
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression) =>
                !IsOtherThanStringLiteral(binary.Left) && !IsOtherThanStringLiteral(binary.Right),
            BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.IsExpression),
            InvocationExpressionSyntax invocation => InvokedName(invocation) is "Equals" or "Contains",
            _ => true,
        };

        private static bool IsOtherThanStringLiteral(ExpressionSyntax expression) =>
            expression is LiteralExpressionSyntax literal && !literal.IsKind(SyntaxKind.StringLiteralExpression);

        /// <summary>The simple name a call invokes (<c>Contains</c> of <c>codes.Contains(x)</c>), or null.</summary>
        internal static string? InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>The string constants compared with an error-code source by <paramref name="operation"/>, or null.</summary>
        internal static List<IOperation>? Find(IOperation operation, TencentCloudContext tencentCloud, out ErrorCodeOptions? options)
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
                    return StringConstants(@switch.LabelConstants());

                case ISwitchExpressionOperation switchExpression when IsSource(switchExpression.Value, tencentCloud, ref options):
                    return StringConstants(switchExpression.ArmConstants());

                case IIsPatternOperation isPattern when IsSource(isPattern.Value, tencentCloud, ref options):
                    return StringConstants(isPattern.Pattern.Constants());

                default:
                    return null;
            }
        }

        /// <summary>
        /// The other string constants a literal's <c>switch</c> (statement or expression) or pattern already tests: a fix
        /// that turns the literal into one of them would make a duplicate case, which does not compile.
        /// </summary>
        internal static HashSet<string> SiblingConstants(IOperation literal)
        {
            var siblings = new HashSet<string>(StringComparer.Ordinal);
            for (var parent = literal.Parent; parent is not null and not (IBlockOperation or IMethodBodyOperation); parent = parent.Parent)
            {
                var tested = parent switch
                {
                    ISwitchOperation @switch => @switch.LabelConstants(),
                    ISwitchExpressionOperation switchExpression => switchExpression.ArmConstants(),
                    IIsPatternOperation isPattern => isPattern.Pattern.Constants(),
                    _ => null,
                };
                if (tested is null)
                {
                    continue;
                }

                foreach (var (value, _) in tested)
                {
                    if (!ReferenceEquals(value.Unwrap(), literal) && value.ConstantValue is { HasValue: true, Value: string text })
                    {
                        siblings.Add(text);
                    }
                }

                break;
            }

            return siblings;
        }

        /// <summary>The string constants among a switch's or a pattern's values, as written (a literal, not its conversion).</summary>
        private static List<IOperation> StringConstants(IEnumerable<(IOperation Value, bool Negated)> values)
        {
            var constants = new List<IOperation>();
            foreach (var (value, _) in values)
            {
                if (ErrorCodeSources.IsStringConstant(value, out var constant))
                {
                    constants.Add(constant);
                }
            }

            return constants;
        }

        private static List<IOperation>? FromPair(IOperation left, IOperation right, TencentCloudContext tencentCloud, ref ErrorCodeOptions? options)
        {
            if (ErrorCodeSources.IsStringConstant(left, out var constant) && IsSource(right, tencentCloud, ref options))
            {
                return new List<IOperation> { constant };
            }

            if (ErrorCodeSources.IsStringConstant(right, out constant) && IsSource(left, tencentCloud, ref options))
            {
                return new List<IOperation> { constant };
            }

            return null;
        }

        /// <summary>
        /// The two sides an <c>Equals</c> call compares: <c>string.Equals(a, b[, comparison])</c>, <c>object.Equals(a, b)</c>,
        /// or <c>a.Equals(b[, comparison])</c> on a string or object.
        /// </summary>
        internal static bool TryGetEqualsOperands(IInvocationOperation invocation, out IOperation left, out IOperation right)
        {
            var method = invocation.TargetMethod;
            if (method.ContainingType?.SpecialType is SpecialType.System_String or SpecialType.System_Object
                && (method.IsStatic ? invocation.ArgumentFor(0) : invocation.Instance) is { } first
                && invocation.ArgumentFor(method.IsStatic ? 1 : 0) is { } second)
            {
                left = first;
                right = second;
                return true;
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
            var method = invocation.TargetMethod;
            if ((method.IsStatic ? invocation.ArgumentFor(0) : invocation.Instance) is { } found
                && (method.IsStatic || found.Type is { SpecialType: not SpecialType.System_String })
                && invocation.ArgumentFor(method.IsStatic ? 1 : 0) is { } searched)
            {
                collection = found;
                value = searched;
                return true;
            }

            collection = value = null!;
            return false;
        }

        private static List<IOperation>? FromEquals(IInvocationOperation invocation, TencentCloudContext tencentCloud, ref ErrorCodeOptions? options) =>
            TryGetEqualsOperands(invocation, out var left, out var right) ? FromPair(left, right, tencentCloud, ref options) : null;

        private static List<IOperation>? FromContains(IInvocationOperation invocation, TencentCloudContext tencentCloud, ref ErrorCodeOptions? options)
        {
            if (!TryGetContainsOperands(invocation, out var collection, out var value) || !IsSource(value, tencentCloud, ref options))
            {
                return null;
            }

            var literals = new List<IOperation>();
            while (collection is IConversionOperation conversion)
            {
                collection = conversion.Operand;
            }

            foreach (var element in CollectionElements(collection))
            {
                if (ErrorCodeSources.IsStringConstant(element, out var constant))
                {
                    literals.Add(constant);
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
            if (operation.Unwrap()?.Type?.SpecialType != SpecialType.System_String)
            {
                return false;
            }

            options ??= tencentCloud.GetOptions(operation.Syntax.SyntaxTree);
            return ErrorCodeSources.IsErrorCode(operation, tencentCloud, options);
        }
    }
}
