using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using TencentCloud.ErrorCodes.Analyzers;
using TencentCloud.ErrorCodes.Internal;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>
    /// TCE006: a switch statement in a catch gets <c>case CommonErrorCodes.RequestLimitExceeded: throw;</c>; a boolean
    /// predicate gets the code (<c>|| code == …</c>, <c>or …</c>, or a <c>true</c> arm).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TCE006HandleRetryableErrorCodesCodeFix))]
    public sealed class TCE006HandleRetryableErrorCodesCodeFix : TencentCloudCodeFix
    {
        /// <summary>The equivalence key of the fix a batch applies (Fix All, <c>dotnet format</c>): the rule id.</summary>
        public const string EquivalenceKey = RuleIds.HandleRetryableErrorCodes;

        /// <summary>Creates the provider; the IDE and <c>dotnet format</c> find it through its export.</summary>
        public TCE006HandleRetryableErrorCodesCodeFix()
            : base(RuleIds.HandleRetryableErrorCodes)
        {
        }

        private protected override IEnumerable<FixOffer> GetOffers(FixContext context, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(TCE006HandleRetryableErrorCodesAnalyzer.ShapeProperty, out var shape) || shape is null
                || !diagnostic.Properties.TryGetValue(TCE006HandleRetryableErrorCodesAnalyzer.CodesProperty, out var codeList) || string.IsNullOrEmpty(codeList)
                || diagnostic.AdditionalLocations.Count < 1)
            {
                yield break;
            }

            var codes = codeList!.Split(TCE006HandleRetryableErrorCodesAnalyzer.Separator);
            var commonClass = CatalogConstants.Class(context.Compilation, CatalogNaming.CommonClassName);
            if (codes.Any(code => CatalogConstants.Constant(commonClass, code) is null))
            {
                yield break;
            }

            var target = context.Find(diagnostic.AdditionalLocations[0]);
            var source = diagnostic.AdditionalLocations.Count > 1 ? context.Find(diagnostic.AdditionalLocations[1]) as ExpressionSyntax : null;
            var replacement = shape switch
            {
                TCE006HandleRetryableErrorCodesAnalyzer.CaseShape => AddRethrowingCase(target.FirstAncestorOrSelf<SwitchStatementSyntax>(), codes),
                TCE006HandleRetryableErrorCodesAnalyzer.TrueArmShape => AddTrueArm(target.FirstAncestorOrSelf<SwitchExpressionSyntax>(), codes),
                TCE006HandleRetryableErrorCodesAnalyzer.OrPatternShape => AddOrPattern(target.FirstAncestorOrSelf<PatternSyntax>(), codes),
                TCE006HandleRetryableErrorCodesAnalyzer.OrComparisonShape => AddOrComparison(target as ExpressionSyntax, source, codes),
                _ => null,
            };
            if (shape == TCE006HandleRetryableErrorCodesAnalyzer.GuardShape && target is StatementSyntax statement && source is not null)
            {
                yield return FixOffer.Batch("Rethrow " + string.Join(" and ", codes), editor => editor.InsertBefore(statement, RethrowingGuard(statement, source, codes)));
            }
            else if (replacement is { } edit)
            {
                var title = shape == TCE006HandleRetryableErrorCodesAnalyzer.CaseShape
                    ? "Rethrow " + string.Join(" and ", codes)
                    : "Retry " + string.Join(" and ", codes);
                yield return FixOffer.Batch(title, editor => editor.ReplaceNode(edit.Item1, edit.Item2.WithTriviaFrom(edit.Item1)));
            }
        }

        /// <summary><c>if (source == CommonErrorCodes.RequestLimitExceeded) throw;</c>, indented as the statement it precedes.</summary>
        private static StatementSyntax RethrowingGuard(StatementSyntax before, ExpressionSyntax source, string[] codes)
        {
            ExpressionSyntax? condition = null;
            foreach (var code in codes)
            {
                var comparison = SyntaxFactory.BinaryExpression(SyntaxKind.EqualsExpression, source.WithoutTrivia(), CatalogConstants.Reference(CatalogNaming.CommonClassName, code));
                condition = condition is null ? comparison : SyntaxFactory.BinaryExpression(SyntaxKind.LogicalOrExpression, condition, comparison);
            }

            return SyntaxFactory.IfStatement(condition!, SyntaxFactory.ThrowStatement())
                .WithLeadingTrivia(before.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)))
                .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed)
                .WithAdditionalAnnotations(Formatter.Annotation);
        }

        private static (SyntaxNode, SyntaxNode)? AddRethrowingCase(SwitchStatementSyntax? @switch, string[] codes)
        {
            if (@switch is null)
            {
                return null;
            }

            var labels = codes.Select(code => (SwitchLabelSyntax)SyntaxFactory.CaseSwitchLabel(CatalogConstants.Reference(CatalogNaming.CommonClassName, code)));
            var section = SyntaxFactory.SwitchSection(SyntaxFactory.List(labels), SyntaxFactory.SingletonList<StatementSyntax>(SyntaxFactory.ThrowStatement()))
                .WithAdditionalAnnotations(Formatter.Annotation);

            // Before 'default', so the sections read: specific codes, the retryable ones, everything else.
            var sections = @switch.Sections;
            var defaultIndex = sections.IndexOf(s => s.Labels.Any(label => label is DefaultSwitchLabelSyntax));
            sections = defaultIndex >= 0 ? sections.Insert(defaultIndex, section) : sections.Add(section);
            return (@switch, @switch.WithSections(sections));
        }

        private static (SyntaxNode, SyntaxNode)? AddTrueArm(SwitchExpressionSyntax? switchExpression, string[] codes)
        {
            if (switchExpression is null)
            {
                return null;
            }

            PatternSyntax pattern = SyntaxFactory.ConstantPattern(CatalogConstants.Reference(CatalogNaming.CommonClassName, codes[0]));
            foreach (var code in codes.Skip(1))
            {
                pattern = SyntaxFactory.BinaryPattern(SyntaxKind.OrPattern, pattern, SyntaxFactory.ConstantPattern(CatalogConstants.Reference(CatalogNaming.CommonClassName, code)));
            }

            var arm = SyntaxFactory.SwitchExpressionArm(pattern, SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression));
            var arms = switchExpression.Arms;
            var discard = arms.IndexOf(a => a.Pattern is DiscardPatternSyntax || a.Pattern is VarPatternSyntax);
            var nodesAndTokens = new List<SyntaxNodeOrToken>();
            var insertAt = discard >= 0 ? discard : arms.Count;
            for (var i = 0; i <= arms.Count; i++)
            {
                if (i == insertAt)
                {
                    nodesAndTokens.Add(arm);
                    nodesAndTokens.Add(SyntaxFactory.Token(SyntaxKind.CommaToken));
                }

                if (i < arms.Count)
                {
                    nodesAndTokens.Add(arms[i]);
                    nodesAndTokens.Add(i < arms.SeparatorCount ? arms.GetSeparator(i) : SyntaxFactory.Token(SyntaxKind.CommaToken));
                }
            }

            // The last comma was added only as a separator: keep the trailing comma as the user had it.
            if (arms.SeparatorCount < arms.Count)
            {
                nodesAndTokens.RemoveAt(nodesAndTokens.Count - 1);
            }

            var newArms = SyntaxFactory.SeparatedList<SwitchExpressionArmSyntax>(nodesAndTokens);
            return (switchExpression, switchExpression.WithArms(newArms).WithAdditionalAnnotations(Formatter.Annotation));
        }

        private static (SyntaxNode, SyntaxNode)? AddOrPattern(PatternSyntax? pattern, string[] codes)
        {
            if (pattern is null)
            {
                return null;
            }

            var result = pattern.WithoutTrivia();
            foreach (var code in codes)
            {
                result = SyntaxFactory.BinaryPattern(SyntaxKind.OrPattern, result, SyntaxFactory.ConstantPattern(CatalogConstants.Reference(CatalogNaming.CommonClassName, code)));
            }

            return (pattern, result.WithAdditionalAnnotations(Formatter.Annotation));
        }

        private static (SyntaxNode, SyntaxNode)? AddOrComparison(ExpressionSyntax? expression, ExpressionSyntax? source, string[] codes)
        {
            if (expression is null || source is null)
            {
                return null;
            }

            var result = (ExpressionSyntax)SyntaxFactory.ParenthesizedExpression(expression.WithoutTrivia()).WithAdditionalAnnotations(Simplifier.Annotation);
            foreach (var code in codes)
            {
                var comparison = SyntaxFactory.BinaryExpression(
                    SyntaxKind.EqualsExpression,
                    source.WithoutTrivia(),
                    CatalogConstants.Reference(CatalogNaming.CommonClassName, code));
                result = SyntaxFactory.BinaryExpression(SyntaxKind.LogicalOrExpression, result, comparison);
            }

            return (expression, result.WithAdditionalAnnotations(Formatter.Annotation));
        }
    }
}
