using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>How a log call takes its text, which decides how the RequestId can be added to it.</summary>
    internal enum LogCallKind
    {
        /// <summary>A configured method: only its message text is known.</summary>
        Text,

        /// <summary>A message template with named holes (Microsoft.Extensions.Logging, Serilog, NLog).</summary>
        Template,

        /// <summary>A composite format string, <c>{0}</c> holes (log4net <c>*Format</c>, <c>Console.Write*</c> with arguments).</summary>
        Format,

        /// <summary>A <c>[LoggerMessage]</c> method: its template is fixed at its declaration.</summary>
        Generated,
    }

    /// <summary>
    /// Recognises log calls and logging scopes by symbol: the logging libraries' types are resolved once per compilation,
    /// so a method called <c>LogError</c> on an unrelated type is not a log call.
    /// </summary>
    internal sealed class LogCalls
    {
        private static readonly ImmutableHashSet<string> SerilogLevels = ImmutableHashSet.Create("Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal");
        private static readonly ImmutableHashSet<string> NLogLevels = ImmutableHashSet.Create("Log", "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "ConditionalDebug", "ConditionalTrace");
        private static readonly ImmutableHashSet<string> Log4NetLevels = ImmutableHashSet.Create("Debug", "Info", "Warn", "Error", "Fatal");
        private static readonly ImmutableHashSet<string> DiagnosticsMethods = ImmutableHashSet.Create(
            "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Fail", "TraceError", "TraceWarning", "TraceInformation");

        private readonly INamedTypeSymbol? melExtensions;
        private readonly INamedTypeSymbol? melLogger;
        private readonly INamedTypeSymbol? loggerMessageAttribute;
        private readonly ImmutableArray<INamedTypeSymbol> serilogTypes;
        private readonly INamedTypeSymbol? serilogLogContext;
        private readonly ImmutableArray<INamedTypeSymbol> nlogTypes;
        private readonly INamedTypeSymbol? nlogScopeContext;
        private readonly INamedTypeSymbol? log4netLog;
        private readonly INamedTypeSymbol? console;
        private readonly INamedTypeSymbol? textWriter;
        private readonly INamedTypeSymbol? debug;
        private readonly INamedTypeSymbol? trace;

        private const string MelAssembly = "Microsoft.Extensions.Logging.Abstractions";

        internal LogCalls(Compilation compilation)
        {
            melExtensions = TencentCloudContext.Find(compilation, MelAssembly, "Microsoft.Extensions.Logging.LoggerExtensions");
            melLogger = TencentCloudContext.Find(compilation, MelAssembly, "Microsoft.Extensions.Logging.ILogger");
            loggerMessageAttribute = TencentCloudContext.Find(compilation, MelAssembly, "Microsoft.Extensions.Logging.LoggerMessageAttribute");
            serilogTypes = Resolve(compilation, "Serilog", "Serilog.ILogger", "Serilog.Log", "Serilog.Core.Logger");
            serilogLogContext = TencentCloudContext.Find(compilation, "Serilog", "Serilog.Context.LogContext");
            nlogTypes = Resolve(compilation, "NLog", "NLog.ILogger", "NLog.ILoggerBase", "NLog.Logger", "NLog.ILoggerExtensions");
            nlogScopeContext = TencentCloudContext.Find(compilation, "NLog", "NLog.ScopeContext");
            log4netLog = TencentCloudContext.Find(compilation, "log4net", "log4net.ILog");
            console = TencentCloudContext.Find(compilation, "System.Console", "System.Console");
            textWriter = TencentCloudContext.Find(compilation, "System.Runtime", "System.IO.TextWriter");
            debug = TencentCloudContext.Find(compilation, "System.Runtime", "System.Diagnostics.Debug");
            trace = TencentCloudContext.Find(compilation, "System.Diagnostics.TraceSource", "System.Diagnostics.Trace");
        }

        /// <summary>True when <paramref name="invocation"/> writes a log entry; <paramref name="kind"/> says how it takes its text.</summary>
        internal bool IsLogCall(IInvocationOperation invocation, ErrorCodeOptions options, out LogCallKind kind)
        {
            var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
            var type = method.ContainingType?.OriginalDefinition;
            kind = LogCallKind.Template;
            if (type is null)
            {
                return false;
            }

            if (IsTemplateLevel(type, method.Name) is { } isLevel)
            {
                return isLevel;
            }

            if (Is(type, log4netLog))
            {
                return IsLog4NetLevel(method.Name, out kind);
            }

            if (IsConsoleOrDiagnostics(invocation, type, method.Name, out kind))
            {
                return true;
            }

            if (loggerMessageAttribute is not null && HasAttribute(method, loggerMessageAttribute))
            {
                kind = LogCallKind.Generated;
                return true;
            }

            kind = LogCallKind.Text;
            return options.LoggingMethods.Contains(method);
        }

        /// <summary>
        /// For a method of a template logger (Microsoft.Extensions.Logging, Serilog, NLog): whether it writes an entry at
        /// some level. Null when <paramref name="type"/> is none of their logger types.
        /// </summary>
        private bool? IsTemplateLevel(INamedTypeSymbol type, string name)
        {
            if (Is(type, melExtensions))
            {
                return name.StartsWith("Log", System.StringComparison.Ordinal);
            }

            if (Is(type, melLogger))
            {
                return name == "Log";
            }

            if (Contains(serilogTypes, type))
            {
                return SerilogLevels.Contains(name);
            }

            return Contains(nlogTypes, type) ? NLogLevels.Contains(name) : null;
        }

        /// <summary>log4net's <c>ILog</c>: <c>Error(object)</c> takes a text, <c>ErrorFormat(string, …)</c> a composite format.</summary>
        private static bool IsLog4NetLevel(string name, out LogCallKind kind)
        {
            if (name.EndsWith("Format", System.StringComparison.Ordinal))
            {
                kind = LogCallKind.Format;
                return Log4NetLevels.Contains(name.Substring(0, name.Length - "Format".Length));
            }

            kind = LogCallKind.Text;
            return Log4NetLevels.Contains(name);
        }

        /// <summary><c>Console.Write*</c>, <c>Console.Error.Write*</c>, and the writing methods of <c>Debug</c> and <c>Trace</c>.</summary>
        private bool IsConsoleOrDiagnostics(IInvocationOperation invocation, INamedTypeSymbol type, string name, out LogCallKind kind)
        {
            kind = LogCallKind.Text;
            if (name is "Write" or "WriteLine" && (Is(type, console) || (Is(type, textWriter) && IsConsoleWriter(invocation.Instance))))
            {
                kind = invocation.Arguments.Length > 1 ? LogCallKind.Format : LogCallKind.Text;
                return true;
            }

            // Debug.WriteLine(string, string) takes a category, not a format argument: only the text is edited.
            return (Is(type, debug) || Is(type, trace)) && DiagnosticsMethods.Contains(name);
        }

        /// <summary>True for a call that opens a logging scope whose properties apply to the log calls inside it.</summary>
        internal bool IsScope(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
            var type = method.ContainingType?.OriginalDefinition;
            return method.Name switch
            {
                "BeginScope" => Is(type, melExtensions) || Is(type, melLogger),
                "PushProperty" => Is(type, serilogLogContext) || Is(type, nlogScopeContext),
                "PushScopeProperty" or "PushScopeNested" => Contains(nlogTypes, type),
                "PushProperties" => Is(type, nlogScopeContext),
                _ => false,
            };
        }

        private bool IsConsoleWriter(IOperation? instance) =>
            instance.Unwrap() is IPropertyReferenceOperation { Property: { Name: "Out" or "Error", IsStatic: true } property }
            && Is(property.ContainingType, console);

        private static bool HasAttribute(IMethodSymbol method, INamedTypeSymbol attribute)
        {
            foreach (var data in method.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
            expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);

        private static bool Contains(ImmutableArray<INamedTypeSymbol> types, ITypeSymbol? type)
        {
            foreach (var candidate in types)
            {
                if (SymbolEqualityComparer.Default.Equals(candidate, type))
                {
                    return true;
                }
            }

            return false;
        }

        private static ImmutableArray<INamedTypeSymbol> Resolve(Compilation compilation, string assemblyName, params string[] names)
        {
            var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var name in names)
            {
                if (TencentCloudContext.Find(compilation, assemblyName, name) is { } type)
                {
                    builder.Add(type);
                }
            }

            return builder.ToImmutable();
        }
    }
}
