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
}
