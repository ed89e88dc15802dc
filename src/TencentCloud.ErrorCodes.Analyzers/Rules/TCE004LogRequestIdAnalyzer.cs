using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>TCE004: a handler of an SDK exception that logs it, does not rethrow, and never logs its RequestId.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TCE004LogRequestIdAnalyzer : TencentCloudAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TCE004_LogRequestId);

        internal override ImmutableArray<string> OptionKeys { get; } = ImmutableArray.Create(ErrorCodeOptions.RequestIdMembersKey, ErrorCodeOptions.LoggingMethodsKey, ErrorCodeOptions.StructuredRequestIdKey);

        internal override bool IsApplicable(TencentCloudContext tencentCloud) => tencentCloud.SdkException is not null;

        internal override void Register(CompilationStartAnalysisContext context, TencentCloudContext tencentCloud) =>
            GatedOperations.Register(context, tencentCloud, IsApplicable, GatedOperations.Any(SyntaxSignals.Catch), c => Analyze(c, tencentCloud), OperationKind.CatchClause);

        private static void Analyze(OperationContext context, TencentCloudContext tencentCloud)
        {
            var handler = SdkHandler.TryCreate((ICatchClauseOperation)context.Operation, tencentCloud);
            if (handler is null)
            {
                return;
            }

            if (handler.FirstLogCallLosingRequestId(handler.Options.StructuredRequestId) is not var (first, kind))
            {
                return;
            }

            var properties = RequestIdFixProperties.Create(handler);
            var target = LogMessageShape.FixTarget(first, kind, out var shape);
            Location[]? additional = null;
            if (properties is not null && target is not null)
            {
                properties.Add(RequestIdFixProperties.Shape, shape);
                additional = new[] { target.Syntax.GetLocation() };
            }

            var variable = handler.SdkLocal?.Name ?? (handler.Catch.ExceptionDeclarationOrExpression as IVariableDeclaratorOperation)?.Symbol.Name;
            var name = variable is null ? "its RequestId" : variable + ".RequestId";
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.TCE004_LogRequestId,
                first.Syntax.GetLocation(),
                additional,
                additional is null ? null : properties!.ToImmutable(),
                name,
                handler.Options.StructuredRequestId ? " as a value of its own (structured_request_id is on: the exception alone does not count)" : " or the exception itself"));
        }
    }
}
