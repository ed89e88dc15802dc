using Microsoft.CodeAnalysis.Diagnostics;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// The base of every rule: skips generated code, runs concurrently, and registers the rule's actions only when
    /// the compilation has something Tencent Cloud to analyze.
    /// </summary>
    public abstract class TencentCloudAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public sealed override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var tencentCloud = TencentCloudContext.TryGet(start.Compilation, start.Options);
                if (tencentCloud is not null)
                {
                    Register(start, tencentCloud);
                }
            });
        }

        /// <summary>
        /// Whether the rule has anything to look for in this compilation (e.g. the SDK exception type). Asked when a file
        /// first passes the rule's text gate, so that a compilation with nothing to analyze resolves no type.
        /// </summary>
        internal abstract bool IsApplicable(TencentCloudContext tencentCloud);

        internal abstract void Register(CompilationStartAnalysisContext context, TencentCloudContext tencentCloud);

        /// <summary>The <c>.editorconfig</c> keys the rule reads (<see cref="ErrorCodeOptions"/>); its page and docs/configuration.md list the same.</summary>
        internal virtual System.Collections.Immutable.ImmutableArray<string> OptionKeys => System.Collections.Immutable.ImmutableArray<string>.Empty;
    }
}
