using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// The operation shapes several rules walk, each walked in one place: the labels of a switch, the constants of a
    /// pattern, the statements around a statement, a value without its conversions.
    /// </summary>
    internal static class OperationExtensions
    {
        /// <summary>
        /// The value without what does not change which value it is: implicit conversions, conversions to <c>string</c>
        /// or <c>object</c>, and the <c>?.</c> of a conditional access (<c>ex?.ErrorCode</c> is read as <c>ErrorCode</c>).
        /// </summary>
        internal static IOperation? Unwrap(this IOperation? operation)
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

        /// <summary>True when <paramref name="operation"/>, unwrapped, reads <paramref name="local"/>.</summary>
        internal static bool IsReferenceTo(this IOperation? operation, ILocalSymbol local) =>
            operation.Unwrap() is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);

        /// <summary>
        /// The value passed for the parameter at <paramref name="ordinal"/>, or null. Arguments come in the order written, so
        /// <c>Regex.IsMatch(pattern: "…", input: text)</c> has its pattern first; this reads them by parameter.
        /// </summary>
        internal static IOperation? ArgumentFor(this IInvocationOperation invocation, int ordinal)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        /// <summary>Each label of a switch statement (<c>case "A":</c>, <c>case var c when …:</c>, <c>default:</c>) with the section it opens.</summary>
        internal static IEnumerable<(ISwitchCaseOperation Section, ICaseClauseOperation Label)> Labels(this ISwitchOperation @switch)
        {
            foreach (var section in @switch.Cases)
            {
                foreach (var clause in section.Clauses)
                {
                    yield return (section, clause);
                }
            }
        }

        /// <summary>True for the section that holds <c>default:</c>.</summary>
        internal static bool IsDefault(this ISwitchCaseOperation section)
        {
            foreach (var clause in section.Clauses)
            {
                if (clause is IDefaultCaseClauseOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The values a switch statement's labels compare with: the value of <c>case "A":</c> and the constants of
        /// <c>case "A" or "B":</c> (see <see cref="Constants(IPatternOperation)"/>).
        /// </summary>
        internal static IEnumerable<(IOperation Value, bool Negated)> LabelConstants(this ISwitchOperation @switch)
        {
            foreach (var (_, label) in @switch.Labels())
            {
                switch (label)
                {
                    case ISingleValueCaseClauseOperation single:
                        yield return (single.Value, false);
                        break;
                    case IPatternCaseClauseOperation patternLabel:
                        foreach (var constant in patternLabel.Pattern.Constants())
                        {
                            yield return constant;
                        }

                        break;
                }
            }
        }

        /// <summary>The constants of a switch expression's arm patterns.</summary>
        internal static IEnumerable<(IOperation Value, bool Negated)> ArmConstants(this ISwitchExpressionOperation switchExpression)
        {
            foreach (var arm in switchExpression.Arms)
            {
                foreach (var constant in arm.Pattern.Constants())
                {
                    yield return constant;
                }
            }
        }

        /// <summary>
        /// The values a pattern compares with, through <c>or</c>, <c>and</c> and <c>not</c>, in source order;
        /// <c>Negated</c> when an odd number of <c>not</c> surrounds the value (<c>not ("A" or "B")</c>).
        /// </summary>
        internal static IEnumerable<(IOperation Value, bool Negated)> Constants(this IPatternOperation pattern)
        {
            // Patterns nest shallowly; a stack keeps this one iterator however deep they go.
            var pending = new Stack<(IPatternOperation Pattern, bool Negated)>();
            pending.Push((pattern, false));
            while (pending.Count > 0)
            {
                var (current, negated) = pending.Pop();
                switch (current)
                {
                    case IConstantPatternOperation constant:
                        yield return (constant.Value, negated);
                        break;
                    case IBinaryPatternOperation binary:
                        pending.Push((binary.RightPattern, negated));
                        pending.Push((binary.LeftPattern, negated));
                        break;
                    case INegatedPatternOperation not:
                        pending.Push((not.Pattern, !negated));
                        break;
                }
            }
        }

        /// <summary>True when <paramref name="root"/> or any operation under it satisfies <paramref name="predicate"/>.</summary>
        internal static bool ContainsAny(this IOperation root, Func<IOperation, bool> predicate)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                if (predicate(operation))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The statements after <paramref name="statement"/> in its block, nearest first; none when it is not a statement of a block.</summary>
        internal static IEnumerable<IOperation> FollowingStatements(this IOperation statement)
        {
            if (statement.Parent is IBlockOperation block)
            {
                for (var i = block.Operations.IndexOf(statement) + 1; i < block.Operations.Length; i++)
                {
                    yield return block.Operations[i];
                }
            }
        }

        /// <summary>The statements before <paramref name="statement"/> in its block, nearest first; none when it is not a statement of a block.</summary>
        internal static IEnumerable<IOperation> PrecedingStatements(this IOperation statement)
        {
            if (statement.Parent is IBlockOperation block)
            {
                for (var i = block.Operations.IndexOf(statement) - 1; i >= 0; i--)
                {
                    yield return block.Operations[i];
                }
            }
        }

        /// <summary>The statement of a block that holds <paramref name="operation"/> (itself when it is one), or null outside any block.</summary>
        internal static IOperation? EnclosingStatement(this IOperation operation)
        {
            var statement = operation;
            while (statement.Parent is { } parent and not IBlockOperation)
            {
                statement = parent;
            }

            return statement.Parent is IBlockOperation ? statement : null;
        }
    }
}
