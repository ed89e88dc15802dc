using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>TCE005: a handler of an SDK exception that records no RequestId at all: it swallows the exception or replaces it without keeping it.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TCE005RequestIdLostAnalyzer : TencentCloudAnalyzer
    {
        /// <summary>Shape: pass the caught exception as the new exception's inner exception.</summary>
        internal const string AddInnerShape = "AddInner";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TCE005_RequestIdLost);

        internal override ImmutableArray<string> OptionKeys { get; } = ImmutableArray.Create(ErrorCodeOptions.RequestIdMembersKey, ErrorCodeOptions.LoggingMethodsKey);

        internal override bool IsApplicable(TencentCloudContext tencentCloud) => tencentCloud.SdkException is not null;

        internal override void Register(CompilationStartAnalysisContext context, TencentCloudContext tencentCloud) =>
            GatedOperations.Register(context, tencentCloud, IsApplicable, GatedOperations.Any(SyntaxSignals.Catch), c => Analyze(c, tencentCloud), OperationKind.CatchClause);

        private static void Analyze(OperationContext context, TencentCloudContext tencentCloud)
        {
            var handler = SdkHandler.TryCreate((ICatchClauseOperation)context.Operation, tencentCloud);

            // A handler that logs is TCE004's concern; one that records the RequestId anywhere keeps it.
            if (handler is null || handler.RecordsRequestIdOutsideThrows() || handler.FindLogCalls().Count > 0)
            {
                return;
            }

            // Each new exception that drops the caught one loses the RequestId on its own path: each is reported and fixed.
            var lossyThrows = handler.LossyThrows();
            foreach (var lossyThrow in lossyThrows)
            {
                var creation = (IObjectCreationOperation)lossyThrow.Exception.Unwrap()!;
                var properties = RequestIdFixProperties.Create(handler);
                var fixable = properties is not null && HasInnerExceptionConstructor(creation, handler, context.Compilation);
                if (fixable)
                {
                    properties!.Add(RequestIdFixProperties.Shape, AddInnerShape);
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.TCE005_RequestIdLost,
                    lossyThrow.Syntax.GetLocation(),
                    fixable ? new[] { creation.Syntax.GetLocation() } : null,
                    fixable ? properties!.ToImmutable() : null,
                    "The new exception does not keep the caught one as its inner exception"));
            }

            // A rethrow on every path keeps the exception; one on some paths only (a 'case … throw;') still swallows the rest.
            if (lossyThrows.Count > 0 || handler.AlwaysPropagates() || handler.RecordsRequestId())
            {
                return;
            }

            // catch (TencentCloudSDKException ex) when (ex.ErrorCode == …) { return null; } handles an expected outcome.
            if (handler.FilterSelectsErrorCodes())
            {
                return;
            }

            var location = handler.Catch.Syntax is CatchClauseSyntax clause ? clause.CatchKeyword.GetLocation() : handler.Catch.Syntax.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TCE005_RequestIdLost, location, "The handler swallows the SDK exception"));
        }

        /// <summary><c>new X("message")</c> where X also has an accessible <c>(string, Exception)</c> constructor.</summary>
        private static bool HasInnerExceptionConstructor(IObjectCreationOperation creation, SdkHandler handler, Compilation compilation)
        {
            if (creation.Constructor is not { Parameters.Length: 1 } constructor
                || constructor.Parameters[0].Type.SpecialType != SpecialType.System_String
                || creation.Initializer is not null
                || creation.Syntax is not BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 1 }
                || handler.Catch.ExceptionType is not INamedTypeSymbol caught)
            {
                return false;
            }

            var within = handler.Catch.SemanticModel?.GetEnclosingSymbol(creation.Syntax.SpanStart)?.ContainingType;
            foreach (var candidate in constructor.ContainingType.InstanceConstructors)
            {
                if (candidate.Parameters.Length == 2
                    && candidate.Parameters[0].Type.SpecialType == SpecialType.System_String
                    && candidate.Parameters[1].Type is INamedTypeSymbol inner
                    && compilation.HasImplicitConversion(handler.SdkLocal?.Type ?? caught, inner)
                    && (within is null || compilation.IsSymbolAccessibleWithin(candidate, within)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
