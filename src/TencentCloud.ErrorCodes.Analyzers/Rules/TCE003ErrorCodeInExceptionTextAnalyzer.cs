using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TencentCloud.ErrorCodes.Analyzers
{
    /// <summary>
    /// TCE003: a documented error code searched for in an SDK exception's Message or ToString(); in a project that uses the
    /// SDK, also a distinctive code searched for in any exception's text (<c>catch (Exception e)</c>, inner exceptions).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TCE003ErrorCodeInExceptionTextAnalyzer : TencentCloudAnalyzer
    {
        /// <summary>Diagnostic property: the operator of the replacement comparison (<c>==</c> or <c>!=</c>); absent when no fix applies.</summary>
        internal const string OperatorProperty = "Operator";

        /// <summary>Diagnostic property, present when the value is typed as a base of the SDK exception: the fix tests its type.</summary>
        internal const string MaybeSdkProperty = "MaybeSdk";

        private static readonly Regex CodeToken = new Regex(@"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*", RegexOptions.CultureInvariant);

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TCE003_ErrorCodeInExceptionText);

        internal override bool IsApplicable(TencentCloudContext tencentCloud) => tencentCloud.SdkException is not null;

        internal override void Register(CompilationStartAnalysisContext context, TencentCloudContext tencentCloud) =>
            GatedOperations.Register(
                context,
                tencentCloud,
                IsApplicable,
                GatedOperations.All(SyntaxSignals.ExceptionText | SyntaxSignals.TextSearch),
                IsCandidate,
                c => Analyze(c, tencentCloud),
                OperationKind.Invocation);

        /// <summary>
        /// A search by name with a string literal among its arguments, told from syntax: the rule reads only a literal, so
        /// <c>line.IndexOf(':')</c> or <c>name.Contains(other)</c> is never bound.
        /// </summary>
        internal static bool IsCandidate(SyntaxNode node)
        {
            if (node is not InvocationExpressionSyntax invocation
                || System.Array.IndexOf(SyntaxSignalScanner.TextSearchNames, ErrorCodeComparisons.InvokedName(invocation)) < 0)
            {
                return false;
            }

            foreach (var argument in invocation.ArgumentList.Arguments)
            {
                var expression = argument.Expression;
                while (expression is ParenthesizedExpressionSyntax or CastExpressionSyntax)
                {
                    expression = expression is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ((CastExpressionSyntax)expression).Expression;
                }

                if (expression.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    return true;
                }
            }

            return false;
        }

        private static void Analyze(OperationContext context, TencentCloudContext tencentCloud)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!IsTextSearch(invocation, out var text, out var searched, out var isRegex)
                || !ErrorCodeSources.IsStringLiteral(searched, out var literal)
                || !IsExceptionText(text, tencentCloud, out var exception, out var member, out var maybeSdk))
            {
                return;
            }

            var value = (string)literal.ConstantValue.Value!;
            var exact = true;
            var code = isRegex ? CodeInPattern(value, out exact) : value;
            if (code is null || !KnownErrorCodes.TryGet(code, out var known) || (maybeSdk && !IsDistinctive(code)))
            {
                return;
            }

            var replaced = (IOperation)invocation;
            // ex?.Message.Contains(..) has no ErrorCode rewrite that keeps its nullable result; it gets no fix.
            var fixable = exact && tencentCloud.SdkErrorCode is not null && exception is not IConditionalAccessInstanceOperation;
            var @operator = fixable ? ReplacementOperator(invocation, invocation.TargetMethod.Name, ref replaced) : null;

            // A search whose result is thrown away (a statement of its own) has no comparison to become.
            if (replaced.Parent is IExpressionStatementOperation)
            {
                @operator = null;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.TCE003_ErrorCodeInExceptionText,
                invocation.Syntax.GetLocation(),
                additionalLocations: new[] { exception.Syntax.GetLocation(), replaced.Syntax.GetLocation() },
                FixProperties(ConstantChoice.For(known, invocation.Syntax, invocation.SemanticModel).Properties(code), @operator, maybeSdk),
                member + "." + invocation.TargetMethod.Name,
                code,
                Advice(tencentCloud)));
        }

        private static ImmutableDictionary<string, string?> FixProperties(ImmutableDictionary<string, string?> constant, string? @operator, bool maybeSdk)
        {
            var properties = @operator is null ? constant : constant.Add(OperatorProperty, @operator);
            return maybeSdk ? properties.Add(MaybeSdkProperty, "true") : properties;
        }

        /// <summary>
        /// A search of a text for a value: <c>text.Contains(value)</c> (or <c>StartsWith</c>, <c>EndsWith</c>, <c>IndexOf</c>),
        /// or <c>Regex.IsMatch(text, pattern)</c> / <c>Regex.Match</c>, then <paramref name="isRegex"/>.
        /// </summary>
        private static bool IsTextSearch(IInvocationOperation invocation, out IOperation? text, out IOperation? searched, out bool isRegex)
        {
            var method = invocation.TargetMethod;
            isRegex = false;
            text = searched = null;
            switch (method.Name)
            {
                case "Contains" or "StartsWith" or "EndsWith" or "IndexOf"
                    when invocation.Instance?.Type?.SpecialType == SpecialType.System_String && invocation.Arguments.Length >= 1:
                    text = invocation.Instance;
                    searched = invocation.ArgumentFor(0);
                    return true;
                case "IsMatch" or "Match"
                    when method.IsStatic && invocation.Arguments.Length >= 2
                        && method.ContainingType.ToDisplayString() == "System.Text.RegularExpressions.Regex":
                    text = invocation.ArgumentFor(0);
                    searched = invocation.ArgumentFor(1);
                    isRegex = true;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Before 3.0.892 (no ErrorCode property) the text was "code:X message:Y": the search works until the upgrade.</summary>
        private static string Advice(TencentCloudContext tencentCloud) => tencentCloud.SdkErrorCode is null
            ? "which holds the code (\"code:… message:…\") only before TencentCloudSDK 3.0.892: the search stops matching when you upgrade; upgrade and compare ErrorCode instead"
            : "since TencentCloudSDK 3.0.892 that text is only the service's message and never holds the code: compare ErrorCode instead";

        /// <summary>
        /// <c>ex.Message</c> or <c>ex.ToString()</c> of an SDK exception, or of a value typed as one of its base types
        /// (<c>catch (Exception e)</c>, <c>e.InnerException</c>, an item of <c>AggregateException.InnerExceptions</c>):
        /// then <paramref name="maybeSdk"/> is true.
        /// </summary>
        private static bool IsExceptionText(IOperation? text, TencentCloudContext tencentCloud, out IOperation exception, out string member, out bool maybeSdk)
        {
            var (instance, found) = text.Unwrap() switch
            {
                IPropertyReferenceOperation { Property.Name: "Message", Instance: { } target } => (target, "Message"),
                IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance: { } target } => (target, "ToString()"),
                _ => (null, string.Empty),
            };
            exception = instance!;
            member = found;
            maybeSdk = instance is not null && !tencentCloud.IsSdkException(instance.Type) && IsBaseExceptionOfSdk(instance.Type, tencentCloud);
            return instance is not null && (maybeSdk || tencentCloud.IsSdkException(instance.Type));
        }

        /// <summary><c>System.Exception</c>, or a type between it and the SDK exception.</summary>
        private static bool IsBaseExceptionOfSdk(ITypeSymbol? type, TencentCloudContext tencentCloud) =>
            type is INamedTypeSymbol named && tencentCloud.SdkException is { } sdk && TencentCloudContext.InheritsFrom(sdk, named)
            && named.SpecialType != SpecialType.System_Object && named.BaseType is not null;

        /// <summary>
        /// Codes no other text is likely to contain: the dotted ones (<c>AuthFailure.SignatureFailure</c>) and the throttling
        /// family. A search for <c>InternalError</c> in any exception's text may be about something else entirely.
        /// </summary>
        private static bool IsDistinctive(string code) =>
            code.IndexOf('.') >= 0 || code.StartsWith(Internal.RetryClassifier.ThrottledRoot, System.StringComparison.Ordinal);

        /// <summary>The first known code in a regular expression; <paramref name="exact"/> when the pattern is only that code.</summary>
        private static string? CodeInPattern(string pattern, out bool exact)
        {
            var unescaped = pattern.Replace(@"\.", ".");
            var anchored = unescaped.TrimStart('^').TrimEnd('$');
            foreach (Match match in CodeToken.Matches(unescaped))
            {
                if (KnownErrorCodes.IsKnown(match.Value))
                {
                    exact = match.Value == anchored;
                    return match.Value;
                }
            }

            exact = false;
            return null;
        }

        /// <summary>
        /// The operator that keeps the test's sense once it reads ErrorCode: <c>==</c> for a search, <c>!=</c> for a negated
        /// one; <c>IndexOf</c> only inside a found/not-found comparison. Null when the shape has no faithful rewrite.
        /// </summary>
        private static string? ReplacementOperator(IInvocationOperation invocation, string name, ref IOperation replaced)
        {
            var parent = invocation.Parent;
            if (name == "IndexOf")
            {
                if (parent is not IBinaryOperation binary || !ErrorCodeSources.IsIntegerConstant(binary.LeftOperand == invocation ? binary.RightOperand : binary.LeftOperand, out var bound))
                {
                    return null;
                }

                var found = IndexOfMeansFound(binary.OperatorKind, bound, invocationOnLeft: binary.LeftOperand == invocation);
                if (found is null)
                {
                    return null;
                }

                replaced = binary;
                return found.Value ? "==" : "!=";
            }

            if (parent is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
            {
                replaced = not;
                return "!=";
            }

            return "==";
        }

        private static bool? IndexOfMeansFound(BinaryOperatorKind kind, long bound, bool invocationOnLeft)
        {
            if (!invocationOnLeft)
            {
                kind = kind switch
                {
                    BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
                    BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
                    BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
                    BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
                    _ => kind,
                };
            }

            return (kind, bound) switch
            {
                (BinaryOperatorKind.GreaterThanOrEqual, 0) => true,
                (BinaryOperatorKind.GreaterThan, -1) => true,
                (BinaryOperatorKind.NotEquals, -1) => true,
                (BinaryOperatorKind.LessThan, 0) => false,
                (BinaryOperatorKind.Equals, -1) => false,
                (BinaryOperatorKind.LessThanOrEqual, -1) => false,
                _ => null,
            };
        }
    }
}
