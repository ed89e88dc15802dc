using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// The Tencent Cloud types of one compilation, resolved once and shared by every rule.
    /// <see cref="TryGet"/> returns null when the compilation has nothing the rules reason about, so no rule registers anything.
    /// </summary>
    internal sealed class TencentCloudContext
    {
        internal const string SdkExceptionMetadataName = "TencentCloud.Common.TencentCloudSDKException";

        /// <summary>The assembly of TencentCloudSDK.Common, which every product package references.</summary>
        internal const string SdkAssemblyName = "TencentCloudCommon";
        internal const string AbstractModelMetadataName = "TencentCloud.Common.AbstractModel";
        internal const string AbstractClientMetadataName = "TencentCloud.Common.AbstractClient";
        internal const string EnvelopeMetadataName = Internal.CatalogNaming.Namespace + "." + Internal.CatalogNaming.EnvelopeClassName;
        internal const string CatalogMetadataName = Internal.CatalogNaming.Namespace + "." + Internal.CatalogNaming.CatalogClassName;
        internal const string ErrorCodePropertyName = "ErrorCode";
        internal const string RequestIdPropertyName = "RequestId";

        private static readonly ConditionalWeakTable<Compilation, Holder> Cache = new ConditionalWeakTable<Compilation, Holder>();

        private readonly ConcurrentDictionary<AnalyzerConfigOptions, ErrorCodeOptions> optionsCache = new ConcurrentDictionary<AnalyzerConfigOptions, ErrorCodeOptions>();
        // Boxed signals: a concurrent dictionary of a value type is compiled anew in every compiler process (measured: a few
        // ms of the first rule's time), one of references is precompiled with the runtime.
        private readonly ConcurrentDictionary<SyntaxTree, object> treeSignals = new ConcurrentDictionary<SyntaxTree, object>();
        private readonly ConcurrentDictionary<SyntaxTree, TreeNodes> treeNodes = new ConcurrentDictionary<SyntaxTree, TreeNodes>();
        // Keyed by the text of the one option the words depend on, usually unset. Each file's options are an object of their
        // own, so a cache by options read every file's (about 4 ms of the first rule's time on 746 files).
        private readonly ConcurrentDictionary<string, SyntaxSignalScanner> scanners = new ConcurrentDictionary<string, SyntaxSignalScanner>(System.StringComparer.Ordinal);
        private readonly System.Lazy<bool> mentionsEnvelope;
        private readonly ConcurrentDictionary<IAssemblySymbol, bool> referencesSdk = new ConcurrentDictionary<IAssemblySymbol, bool>(SymbolEqualityComparer.Default);
        private readonly AnalyzerConfigOptionsProvider optionsProvider;
        private readonly System.Lazy<LogCalls> logCalls;

        private TencentCloudContext(Compilation compilation, AnalyzerConfigOptionsProvider optionsProvider)
        {
            this.optionsProvider = optionsProvider;
            Compilation = compilation;
            sdk = new System.Lazy<SdkTypes>(() => new SdkTypes(compilation), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            catalog = new System.Lazy<CatalogTypes>(() => new CatalogTypes(compilation), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            aggregateException = new System.Lazy<INamedTypeSymbol?>(() => Find(compilation, "System.Runtime", "System.AggregateException"));
            logCalls = new System.Lazy<LogCalls>(() => new LogCalls(compilation), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            // The probe first: where the sources name the envelope, a catalog under another file name is worth the bound names.
            mentionsEnvelope = new System.Lazy<bool>(
                () => AnyTreeHas(SyntaxSignals.Envelope) && References(compilation, Internal.CatalogNaming.Namespace, mayUse: () => true),
                System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public Compilation Compilation { get; }

        // The types are looked up when a rule first has a file to analyze, not at compilation start: by then the compiler
        // has built what the look-ups need (the declarations of the compilation's own sources, the references' metadata).
        private readonly System.Lazy<SdkTypes> sdk;
        private readonly System.Lazy<CatalogTypes> catalog;
        private readonly System.Lazy<INamedTypeSymbol?> aggregateException;

        /// <summary><c>TencentCloud.Common.TencentCloudSDKException</c>, when the SDK is referenced.</summary>
        public INamedTypeSymbol? SdkException => sdk.Value.SdkException;

        /// <summary>The exception's <c>ErrorCode</c>; null with SDKs older than the property (before 3.0.892).</summary>
        public IPropertySymbol? SdkErrorCode => sdk.Value.SdkErrorCode;

        public IPropertySymbol? SdkRequestId => sdk.Value.SdkRequestId;

        public INamedTypeSymbol? AbstractModel => sdk.Value.AbstractModel;

        /// <summary><c>TencentCloud.Common.AbstractClient</c>, the base of every product's client.</summary>
        public INamedTypeSymbol? AbstractClient => sdk.Value.AbstractClient;

        public INamedTypeSymbol? Envelope => catalog.Value.Envelope;

        public IPropertySymbol? EnvelopeCode => catalog.Value.EnvelopeCode;

        public IPropertySymbol? EnvelopeRequestId => catalog.Value.EnvelopeRequestId;

        public INamedTypeSymbol? Catalog => catalog.Value.Catalog;

        /// <summary><c>System.AggregateException</c>.</summary>
        public INamedTypeSymbol? AggregateException => aggregateException.Value;

        /// <summary>The logging libraries of the compilation, resolved on first use (only the RequestId rules need them).</summary>
        internal LogCalls LogCalls => logCalls.Value;

        /// <summary>The shared context of the compilation, or null when it has no error-code source at all.</summary>
        internal static TencentCloudContext? TryGet(Compilation compilation, AnalyzerOptions options)
        {
            var holder = Cache.GetValue(compilation, c => new Holder(Create(c, options.AnalyzerConfigOptionsProvider)));
            return holder.Context;
        }

        /// <summary>
        /// What <paramref name="tree"/>'s text holds of the words the rules need (<see cref="SyntaxSignals.All"/>), read once
        /// per file.
        /// </summary>
        internal SyntaxSignals SignalsOf(SyntaxTree tree) =>
            (SyntaxSignals)treeSignals.GetOrAdd(tree, t => ScannerFor(t).Scan(t.GetText(), SyntaxSignals.All));

        /// <summary>As <see cref="SignalsOf(SyntaxTree)"/>, for one member of the file (not cached: the file passed already).</summary>
        internal SyntaxSignals SignalsOf(SyntaxTree tree, Microsoft.CodeAnalysis.Text.TextSpan span) =>
            ScannerFor(tree).Scan(tree.GetText(), span, SyntaxSignals.All);

        /// <summary>The nodes of <paramref name="tree"/> the rules may look at, found once for every rule (only for files that pass a gate).</summary>
        internal TreeNodes NodesOf(SyntaxTree tree, System.Threading.CancellationToken cancellationToken) =>
            treeNodes.GetOrAdd(tree, t => new TreeNodes(t.GetRoot(cancellationToken), this));

        // The envelope's Code is an error-code word only where the compilation uses the envelope.
        private SyntaxSignalScanner ScannerFor(SyntaxTree tree)
        {
            var members = optionsProvider.GetOptions(tree).TryGetValue(ErrorCodeOptions.ErrorCodeMembersKey, out var text) ? text : string.Empty;
            return scanners.GetOrAdd(members, m => SyntaxSignalScanner.ForRules(
                (m.Length == 0 ? MemberNames.Empty : new MemberNames(ErrorCodeOptions.SplitList(m))).SimpleNames,
                mentionsEnvelope.Value));
        }

        /// <summary>
        /// Whether a file names <paramref name="probe"/>'s word (<see cref="SyntaxSignalScanner.Probe"/>): one search per file,
        /// stopping at the first, for the compilation-start gate (a project with nothing to analyze reads each file once, for
        /// these words only).
        /// </summary>
        private bool AnyTreeHas(SyntaxSignals probe)
        {
            var scanner = SyntaxSignalScanner.Probe(probe);
            foreach (var tree in Compilation.SyntaxTrees)
            {
                if (scanner.Scan(tree.GetText(), probe) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        internal ErrorCodeOptions GetOptions(SyntaxTree tree)
        {
            var options = optionsProvider.GetOptions(tree);
            return optionsCache.GetOrAdd(options, ErrorCodeOptions.Read);
        }

        internal bool IsSdkException(ITypeSymbol? type) => SdkException is not null && InheritsFrom(type, SdkException);

        /// <summary>True for a method of an SDK client (a type deriving from <c>AbstractClient</c>): a call to Tencent Cloud.</summary>
        internal bool IsSdkCall(IMethodSymbol method) => AbstractClient is not null && !method.IsStatic && InheritsFrom(method.ContainingType, AbstractClient);

        /// <summary>The API action a client method calls: <c>SendSms</c> for <c>SendSms</c> and <c>SendSmsSync</c>.</summary>
        internal static string ActionOf(IMethodSymbol method) =>
            method.Name.EndsWith("Sync", System.StringComparison.Ordinal) && method.Name.Length > 4 ? method.Name.Substring(0, method.Name.Length - 4) : method.Name;

        /// <summary>True when <paramref name="assembly"/> references the SDK's assembly: its code may call a client.</summary>
        internal bool ReferencesSdk(IAssemblySymbol? assembly)
        {
            var sdk = AbstractClient?.ContainingAssembly;
            if (assembly is null || sdk is null)
            {
                return false;
            }

            return referencesSdk.GetOrAdd(assembly, a =>
            {
                foreach (var module in a.Modules)
                {
                    foreach (var identity in module.ReferencedAssemblies)
                    {
                        if (identity.Name == sdk.Identity.Name)
                        {
                            return true;
                        }
                    }
                }

                return false;
            });
        }

        internal static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol baseType)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The catalog (and so the envelope type) is referenced by every project that installs the package; only a
        /// project whose code names the envelope has envelope codes to check. The text probe of <see cref="SignalsOf(SyntaxTree)"/>
        /// keeps every other project at zero analysis actions.
        /// </summary>
        private static TencentCloudContext? Create(Compilation compilation, AnalyzerConfigOptionsProvider optionsProvider)
        {
            // Cheapest first: reference file names, then options, then text probes of the files; the references' bound names
            // last, only where no file name says it (see References). The envelope's probe reads every file that does not name
            // it; where the SDK is declared in the sources it is left to the first rule that reads a file, which measured
            // cheaper than at compilation start (about 45 ms less on the SDK's own sources built with MSBuild).
            var context = new TencentCloudContext(compilation, optionsProvider);
            if (ReferencedByFileName(compilation, SdkAssemblyName) == true
                || HasConfiguredMembers(compilation, optionsProvider)
                || context.AnyTreeHas(SyntaxSignals.SdkDeclared)
                || context.mentionsEnvelope.Value
                || References(compilation, SdkAssemblyName, () => context.AnyTreeHas(SyntaxSignals.SdkNamespace)))
            {
                return context;
            }

            return null;
        }

        /// <summary>
        /// Whether the compilation references the assembly <paramref name="assemblyName"/>, told at compilation start without
        /// binding the references where that can be avoided. The bound names (<see cref="Compilation.ReferencedAssemblyNames"/>,
        /// and even <see cref="Compilation.References"/>, for the <c>#r</c> directives) make the compiler build the reference
        /// symbols, which it has not done yet when the analyzers start: on the SDK's own sources that charged 60-100 ms to the
        /// first rule. So the file names answer first (<see cref="ReferencedByFileName"/>), and the bound names only for
        /// references without a file, or when <paramref name="mayUse"/> (a text probe) says the sources may use an assembly
        /// shipped under another file name.
        /// </summary>
        private static bool References(Compilation compilation, string assemblyName, System.Func<bool> mayUse)
        {
            switch (ReferencedByFileName(compilation, assemblyName))
            {
                case true:
                    return true;
                case false when !mayUse():
                    return false;
            }

            foreach (var identity in compilation.ReferencedAssemblyNames)
            {
                if (identity.Name == assemblyName)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when a reference file is named after <paramref name="assemblyName"/> (as NuGet packages and project outputs
        /// are), false when none is, null when a reference has no file (an IDE's project reference, an in-memory image).
        /// </summary>
        private static bool? ReferencedByFileName(Compilation compilation, string assemblyName)
        {
            bool? found = false;
            foreach (var reference in compilation.ExternalReferences)
            {
                if (reference is not PortableExecutableReference { FilePath: { } path })
                {
                    found = null;
                }
                else if (string.Equals(System.IO.Path.GetFileNameWithoutExtension(path), assemblyName, System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return found;
        }

        private static bool HasConfiguredMembers(Compilation compilation, AnalyzerConfigOptionsProvider optionsProvider)
        {
            if (optionsProvider.GlobalOptions.TryGetValue(ErrorCodeOptions.ErrorCodeMembersKey, out _))
            {
                return true;
            }

            foreach (var tree in compilation.SyntaxTrees)
            {
                if (optionsProvider.GetOptions(tree).TryGetValue(ErrorCodeOptions.ErrorCodeMembersKey, out _))
                {
                    return true;
                }
            }

            return false;
        }

        private static IPropertySymbol? FindProperty(INamedTypeSymbol? type, string name)
        {
            if (type is null)
            {
                return null;
            }

            foreach (var member in type.GetMembers(name))
            {
                if (member is IPropertySymbol { IsStatic: false } property && property.Type.SpecialType == SpecialType.System_String)
                {
                    return property;
                }
            }

            return null;
        }

        /// <summary>
        /// The SDK's types, and below the catalog's, each looked up where it lives (<see cref="Find"/>): the compilation's
        /// own sources (the SDK's own build, a stand-in), else the assembly that ships it. A look-up across every reference
        /// would read the metadata of each (the catalog's alone is megabytes) and answers null when two define the type.
        /// </summary>
        private sealed class SdkTypes
        {
            public SdkTypes(Compilation compilation)
            {
                SdkException = Find(compilation, SdkAssemblyName, SdkExceptionMetadataName);
                SdkErrorCode = FindProperty(SdkException, ErrorCodePropertyName);
                SdkRequestId = FindProperty(SdkException, RequestIdPropertyName);
                AbstractModel = Find(compilation, SdkAssemblyName, AbstractModelMetadataName);
                AbstractClient = Find(compilation, SdkAssemblyName, AbstractClientMetadataName);
            }

            public INamedTypeSymbol? SdkException { get; }

            public IPropertySymbol? SdkErrorCode { get; }

            public IPropertySymbol? SdkRequestId { get; }

            public INamedTypeSymbol? AbstractModel { get; }

            public INamedTypeSymbol? AbstractClient { get; }
        }

        private sealed class CatalogTypes
        {
            public CatalogTypes(Compilation compilation)
            {
                Envelope = Find(compilation, Internal.CatalogNaming.Namespace, EnvelopeMetadataName);
                EnvelopeCode = FindProperty(Envelope, "Code");
                EnvelopeRequestId = FindProperty(Envelope, RequestIdPropertyName);
                Catalog = Find(compilation, Internal.CatalogNaming.Namespace, CatalogMetadataName);
            }

            public INamedTypeSymbol? Envelope { get; }

            public IPropertySymbol? EnvelopeCode { get; }

            public IPropertySymbol? EnvelopeRequestId { get; }

            public INamedTypeSymbol? Catalog { get; }
        }

        /// <summary>
        /// A type of the compilation's sources, else of the referenced assembly named <paramref name="assemblyName"/>, else
        /// the compilation's answer. Every look-up of a type by name goes through here (BannedSymbols.txt).
        /// </summary>
        internal static INamedTypeSymbol? Find(Compilation compilation, string assemblyName, string metadataName)
        {
            if (compilation.Assembly.GetTypeByMetadataName(metadataName) is { } declared)
            {
                return declared;
            }

            foreach (var reference in compilation.References)
            {
                if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly
                    && assembly.Identity.Name == assemblyName
                    && assembly.GetTypeByMetadataName(metadataName) is { } shipped)
                {
                    return shipped;
                }
            }

            // The one place that may ask the whole compilation: a type shipped elsewhere (a shim, a forwarded BCL type).
#pragma warning disable RS0030
            return compilation.GetTypeByMetadataName(metadataName);
#pragma warning restore RS0030
        }

        private sealed class Holder
        {
            public Holder(TencentCloudContext? context) => Context = context;

            public TencentCloudContext? Context { get; }
        }
    }
}
