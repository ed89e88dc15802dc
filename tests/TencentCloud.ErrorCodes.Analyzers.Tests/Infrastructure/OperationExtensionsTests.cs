using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TencentCloud.ErrorCodes.Analyzers.Tests.Infrastructure;

/// <summary>The shared walks every rule reads switches, patterns and statements through.</summary>
public class OperationExtensionsTests
{
    [Fact]
    public void A_pattern_gives_its_constants_in_source_order_with_their_negation()
    {
        var isPattern = First<IIsPatternOperation>("""bool M(string c) => c is "A" or not ("B" or not "C") and not "D";""");

        Assert.Equal(["A", "!B", "C", "!D"], Texts(isPattern.Pattern.Constants()));
    }

    [Fact]
    public void A_switch_gives_each_label_value_and_the_constants_of_its_patterns()
    {
        var @switch = First<ISwitchOperation>("""
            void M(string c)
            {
                switch (c)
                {
                    case "A":
                    case "B" or "C":
                        break;
                    case var other when other.Length > 3:
                        if (c == "Z") { }
                        break;
                    case not "D":
                        break;
                    default:
                        break;
                }
            }
            """);

        Assert.Equal(["A", "B", "C", "!D"], Texts(@switch.LabelConstants()));
        Assert.Equal(5, @switch.Labels().Count());
        Assert.Equal([false, false, false, true], @switch.Cases.Select(section => section.IsDefault()));
    }

    [Fact]
    public void A_switch_expression_gives_the_constants_of_its_arms()
    {
        var switchExpression = First<ISwitchExpressionOperation>("""int M(string c) => c switch { "A" or "B" => 1, not "C" => 2, _ => 3 };""");

        Assert.Equal(["A", "B", "!C"], Texts(switchExpression.ArmConstants()));
    }

    [Fact]
    public void Statements_around_a_statement_are_read_outward_from_it()
    {
        var block = First<IBlockOperation>("void M() { int a = 1; a++; a--; a = 4; }");
        var middle = block.Operations[2];

        Assert.Equal(["a++;", "int a = 1;"], middle.PrecedingStatements().Select(s => s.Syntax.ToString()));
        Assert.Equal(["a = 4;"], middle.FollowingStatements().Select(s => s.Syntax.ToString()));
        Assert.Same(middle, ((IExpressionStatementOperation)middle).Operation.EnclosingStatement());
    }

    [Fact]
    public void An_expression_body_is_one_statement_with_no_neighbours()
    {
        var binary = First<IBinaryOperation>("bool M(string c) => c == \"A\";");

        Assert.True(binary.EnclosingStatement() is IReturnOperation { IsImplicit: true });
        Assert.Empty(binary.EnclosingStatement()!.FollowingStatements());
        Assert.Empty(binary.EnclosingStatement()!.PrecedingStatements());
        Assert.Empty(binary.FollowingStatements());
    }

    [Fact]
    public void Unwrap_sees_through_conversions_and_conditional_access()
    {
        var returned = First<IReturnOperation>("object M(System.Exception e) { return e?.Message; }");

        var unwrapped = returned.ReturnedValue.Unwrap();

        Assert.True(unwrapped is IPropertyReferenceOperation { Property.Name: "Message" }, unwrapped?.Kind.ToString());
    }

    private static string[] Texts(IEnumerable<(IOperation Value, bool Negated)> constants) =>
        constants.Select(constant => (constant.Negated ? "!" : string.Empty) + (string)constant.Value.ConstantValue.Value!).ToArray();

    private static T First<T>(string member)
        where T : IOperation
    {
        var tree = CSharpSyntaxTree.ParseText("class C { " + member + " }", new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            "Walks",
            [tree],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var model = compilation.GetSemanticModel(tree);
        var body = tree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>().Last();
        return model.GetOperation(body)!.DescendantsAndSelf().OfType<T>().First();
    }
}
