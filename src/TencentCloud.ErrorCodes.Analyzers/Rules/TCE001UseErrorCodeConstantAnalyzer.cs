using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TencentCloud.ErrorCodes.Internal;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>TCE001: a documented error code written as a string literal and compared with an error-code source.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TCE001UseErrorCodeConstantAnalyzer : TencentCloudAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TCE001_UseErrorCodeConstant);

        internal override ImmutableArray<string> OptionKeys { get; } = ImmutableArray.Create(ErrorCodeOptions.ErrorCodeMembersKey);

        internal override bool IsApplicable(TencentCloudContext tencentCloud) => true;

        internal override void Register(CompilationStartAnalysisContext context, TencentCloudContext tencentCloud) =>
            ErrorCodeComparisons.RegisterLiterals(context, tencentCloud, IsApplicable, static (c, _, literal, code) =>
            {
                if (!KnownErrorCodes.TryGet(code, out var known))
                {
                    return;
                }

                var choice = ConstantChoice.For(known, literal.Syntax, literal.SemanticModel);

                // Where the product is not clear, the message names the candidates rather than the first of them.
                var constant = CatalogNaming.ConstantName(code);
                var named = choice.IsUnambiguous
                    ? choice.Classes[0] + "." + constant
                    : string.Join("' or '", choice.Classes.Select(className => className + "." + constant));
                c.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.TCE001_UseErrorCodeConstant,
                    literal.Syntax.GetLocation(),
                    choice.Properties(code),
                    named,
                    code));
            });
    }
}
