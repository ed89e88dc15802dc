using System.Reflection;
using System.Text;

namespace ErrorCodeAnalyzers.Package.Tests;

/// <summary>
/// The SDK stand-in the tests and the sample compile against declares only members the real TencentCloudSDK has, with
/// the real signatures: tests/TencentCloudSDK.Shape/PublicSurface.txt lists them as the SDK's sources declare them
/// (checked against TencentCloud/tencentcloud-sdk-dotnet), and this test holds the assembly to that listing.
/// </summary>
public sealed class SdkShapeTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void The_shape_declares_the_listed_members_and_no_others()
    {
        var listing = File.ReadAllLines(PackedPackage.RepoPath("tests", "TencentCloudSDK.Shape", "PublicSurface.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();

        var declared = Surface(typeof(TencentCloud.Common.TencentCloudSDKException).Assembly).ToList();

        Assert.True(listing.SequenceEqual(declared), "the shape's public surface, to compare with PublicSurface.txt:\n" + string.Join('\n', declared));
    }

    [Fact]
    public void The_exception_takes_its_error_code_before_its_request_id_as_the_SDK_does()
    {
        var exception = new TencentCloud.Common.TencentCloudSDKException("rate limited", "RequestLimitExceeded", "req-1");

        Assert.Equal("RequestLimitExceeded", exception.ErrorCode);
        Assert.Equal("req-1", exception.RequestId);
        Assert.StartsWith("requestId: req-1 ", exception.ToString(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Surface(Assembly assembly)
    {
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var header = new StringBuilder(type.FullName);
            if (type.BaseType is { } baseType && baseType != typeof(object))
            {
                header.Append(" : ").Append(Name(baseType));
            }

            yield return header.ToString();
            var members = new List<string>();
            foreach (var constructor in type.GetConstructors(Declared))
            {
                members.Add($"  .ctor({Parameters(constructor)})");
            }

            foreach (var property in type.GetProperties(Declared))
            {
                var setter = property.SetMethod is { IsPublic: true } ? " set;" : property.SetMethod is not null ? " private set;" : string.Empty;
                members.Add($"  {Name(property.PropertyType)} {property.Name} {{ get;{setter} }}");
            }

            foreach (var method in type.GetMethods(Declared).Where(m => !m.IsSpecialName))
            {
                var generic = method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;
                var modifier = method.IsAbstract ? "abstract " : method.GetBaseDefinition() != method ? "override " : string.Empty;
                members.Add($"  {modifier}{Name(method.ReturnType)} {method.Name}{generic}({Parameters(method)})");
            }

            foreach (var member in members.Order(StringComparer.Ordinal))
            {
                yield return member;
            }
        }
    }

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => Name(p.ParameterType) + " " + p.Name));

    private static string Name(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        var keyword = Type.GetTypeCode(type) switch
        {
            TypeCode.String => "string",
            TypeCode.Boolean => "bool",
            TypeCode.Int32 => "int",
            TypeCode.Int64 => "long",
            TypeCode.UInt64 => "ulong",
            _ => type == typeof(void) ? "void" : type == typeof(object) ? "object" : null,
        };
        if (keyword is not null)
        {
            return keyword;
        }

        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`')];
            return name + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }

        return type.Name;
    }
}
