namespace TencentCloud.ErrorCodes.Tests;

public class ResponseEnvelopeTests
{
    private static string Seed(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", name));

    [Fact]
    public void Parses_the_documented_success_response()
    {
        var envelope = ResponseEnvelope.Parse(Seed("success.json"));

        Assert.False(envelope.IsError);
        Assert.Null(envelope.Code);
        Assert.Null(envelope.Message);
        Assert.Equal("b5b41468-520d-4192-b42f-595cc34b6c1c", envelope.RequestId);
    }

    [Fact]
    public void Parses_the_documented_error_response()
    {
        var envelope = ResponseEnvelope.Parse(Seed("error.json"));

        Assert.True(envelope.IsError);
        Assert.Equal(CommonErrorCodes.AuthFailure_SignatureFailure, envelope.Code);
        Assert.Equal("The provided credentials could not be validated. Please ensure your signature is correct.", envelope.Message);
        Assert.Equal("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6", envelope.RequestId);
    }

    [Fact]
    public void TryParse_accepts_the_documented_responses()
    {
        Assert.True(ResponseEnvelope.TryParse(Seed("error.json"), out var error));
        Assert.True(error!.IsError);
        Assert.True(ResponseEnvelope.TryParse(Seed("success.json"), out var success));
        Assert.False(success!.IsError);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("\"Response\"")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"Response\": 1}")]
    [InlineData("{\"Response\": [ ]}")]
    [InlineData("{\"response\": {}}")]
    [InlineData("{\"Response\": {\"RequestId\": \"x\"}")]
    [InlineData("{\"Response\":{\"Error\":\"boom\"}}")]
    [InlineData("{\"Response\":{\"Error\":null,\"RequestId\":\"x\"}}")]
    [InlineData("{\"Response\":{\"Error\":[],\"RequestId\":\"x\"}}")]
    [InlineData("{\"Response\":{\"Error\":42,\"RequestId\":\"x\"}}")]
    [InlineData("{\"Response\":{\"Error\":{\"Message\":\"no code\"},\"RequestId\":\"x\"}}")]
    [InlineData("{\"Response\":{\"Error\":{\"Code\":42,\"Message\":\"m\"},\"RequestId\":\"x\"}}")]
    [InlineData("{\"Response\":{\"Error\":{\"Code\":\"\",\"Message\":\"m\"},\"RequestId\":\"x\"}}")]
    public void Malformed_or_non_envelope_input_is_a_clear_format_error(string json)
    {
        var error = Assert.Throws<FormatException>(() => ResponseEnvelope.Parse(json));
        Assert.StartsWith("Not a Tencent Cloud API 3.0 response", error.Message);
        Assert.False(ResponseEnvelope.TryParse(json, out var envelope));
        Assert.Null(envelope);
    }

    [Fact]
    public void Null_input()
    {
        Assert.Throws<ArgumentNullException>(() => ResponseEnvelope.Parse(null!));
        Assert.False(ResponseEnvelope.TryParse(null, out _));
    }

    [Fact]
    public void Message_and_RequestId_of_the_wrong_type_are_read_as_absent()
    {
        var envelope = ResponseEnvelope.Parse("{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":null},\"RequestId\":true}}");

        Assert.True(envelope.IsError);
        Assert.Equal("InternalError", envelope.Code);
        Assert.Null(envelope.Message);
        Assert.Null(envelope.RequestId);
    }

    // The catalog reads JSON itself (it takes no package dependency); it must accept exactly what System.Text.Json's
    // document does with its defaults, and read the same strings.
    [Theory]
    [InlineData("{\"Response\":{\"RequestId\":\"x\"}}")]
    [InlineData(" \t\r\n{ \"Response\" : { \"RequestId\" : \"x\" } } \n")]
    [InlineData("{\"Response\":{\"RequestId\":\"x\",}}")]
    [InlineData("{\"Response\":{\"RequestId\":\"x\"}} // done")]
    [InlineData("{\"Response\":{/* c */\"RequestId\":\"x\"}}")]
    [InlineData("{'Response':{}}")]
    [InlineData("{Response:{}}")]
    [InlineData("{\"Response\":{\"N\":01}}")]
    [InlineData("{\"Response\":{\"N\":-0.5e+10,\"M\":1E3,\"O\":0,\"P\":-0}}")]
    [InlineData("{\"Response\":{\"N\":1.}}")]
    [InlineData("{\"Response\":{\"N\":.5}}")]
    [InlineData("{\"Response\":{\"N\":+1}}")]
    [InlineData("{\"Response\":{\"N\":1e}}")]
    [InlineData("{\"Response\":{\"N\":NaN}}")]
    [InlineData("{\"Response\":{\"T\":true,\"F\":false,\"Z\":null,\"A\":[1,[2,{\"b\":[]}],\"s\"]}}")]
    [InlineData("{\"Response\":{\"T\":tru}}")]
    [InlineData("{\"Response\":{\"T\":True}}")]
    [InlineData("{\"Response\":{\"A\":[1,]}}")]
    [InlineData("{\"Response\":{\"A\":[,1]}}")]
    [InlineData("{\"Response\":{\"RequestId\":\"a\\u0041\\n\\t\\\"\\\\\\/b\"}}")]
    [InlineData("{\"Response\":{\"RequestId\":\"\\x41\"}}")]
    [InlineData("{\"Response\":{\"RequestId\":\"\\u00G1\"}}")]
    [InlineData("{\"Response\":{\"RequestId\":\"tab\there\"}}")]
    [InlineData("{\"Response\":{\"RequestId\":\"unterminated}}")]
    [InlineData("{\"Response\":{\"RequestId\":\"x\"}}{}")]
    [InlineData("{\"Response\":{\"RequestId\":\"first\",\"RequestId\":\"last\"}}")]
    [InlineData("{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"\\u4f60\\u597d\"},\"RequestId\":\"x\"}}")]
    [InlineData("{\"Response\":{\"Error\":{\"Code\":\"A\"},\"Error\":{\"Code\":\"B\"}}}")]
    [InlineData("\uFEFF{\"Response\":{}}")]
    public void Reads_json_as_System_Text_Json_does(string json)
    {
        var expected = Reference(json);

        Assert.Equal(expected is not null, ResponseEnvelope.TryParse(json, out var envelope));
        Assert.Equal(expected?.RequestId, envelope?.RequestId);
        Assert.Equal(expected?.Code, envelope?.Code);
        Assert.Equal(expected?.Message, envelope?.Message);
    }

    [Theory]
    [InlineData(62, true)]
    [InlineData(63, false)]
    public void Accepts_the_nesting_System_Text_Json_accepts(int arrays, bool valid)
    {
        // The envelope's object and Response are two levels: 62 arrays make the 64 System.Text.Json allows by default.
        var json = "{\"Response\":{\"A\":" + new string('[', arrays) + new string(']', arrays) + "}}";

        Assert.Equal(valid, Reference(json) is not null);
        Assert.Equal(valid, ResponseEnvelope.TryParse(json, out _));
    }

    /// <summary>What System.Text.Json's document reads from <paramref name="json"/>: null when it is not valid JSON.</summary>
    private static (string? RequestId, string? Code, string? Message)? Reference(string json)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("Response", out var response))
            {
                return null;
            }

            var code = response.TryGetProperty("Error", out var error) && error.TryGetProperty("Code", out var c) ? c.GetString() : null;
            var message = code is not null && error.TryGetProperty("Message", out var m) && m.ValueKind == System.Text.Json.JsonValueKind.String ? m.GetString() : null;
            var requestId = response.TryGetProperty("RequestId", out var r) && r.ValueKind == System.Text.Json.JsonValueKind.String ? r.GetString() : null;
            return (requestId, code, message);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
