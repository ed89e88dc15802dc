using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TencentCloud.ErrorCodes.Analyzers;

namespace TencentCloud.ErrorCodes.CodeFixes
{
    /// <summary>TCE005: <c>throw new X("message")</c> becomes <c>throw new X("message", ex)</c>, keeping the SDK exception and its RequestId.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TCE005RequestIdLostCodeFix))]
    public sealed class TCE005RequestIdLostCodeFix : TencentCloudCodeFix
    {
        /// <summary>The equivalence key of the fix a batch applies (Fix All, <c>dotnet format</c>): the rule id.</summary>
        public const string EquivalenceKey = RuleIds.RequestIdLost;

        /// <summary>Creates the provider; the IDE and <c>dotnet format</c> find it through its export.</summary>
        public TCE005RequestIdLostCodeFix()
            : base(RuleIds.RequestIdLost)
        {
        }

        private protected override IEnumerable<FixOffer> GetOffers(FixContext context, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(RequestIdFixProperties.Shape, out var shape) || shape != TCE005RequestIdLostAnalyzer.AddInnerShape
                || !CaughtException.CanReach(diagnostic.Properties) || diagnostic.AdditionalLocations.Count < 1
                || context.Find(diagnostic.AdditionalLocations[0]) is not BaseObjectCreationExpressionSyntax { ArgumentList: { } arguments } creation)
            {
                yield break;
            }

            yield return FixOffer.Batch("Keep the SDK exception as the inner exception", editor =>
            {
                if (CaughtException.Name(editor, creation, diagnostic.Properties) is { } name)
                {
                    editor.ReplaceNode(arguments, CaughtException.Append(arguments, SyntaxFactory.Argument(SyntaxFactory.IdentifierName(name))));
                }
            });
        }
    }
}
