namespace TencentCloud.ErrorCodes.Tests;

public class ErrorCodeCatalogTests
{
    [Theory]
    [InlineData("RequestLimitExceeded", RetryKind.Throttled)]
    [InlineData("RequestLimitExceeded.UinLimitExceeded", RetryKind.Throttled)]
    [InlineData("RequestLimitExceeded.NotYetDocumented", RetryKind.Throttled)]
    [InlineData("InternalError", RetryKind.ServerError)]
    [InlineData("InternalError.Timeout", RetryKind.ServerError)]
    [InlineData("LimitExceeded", RetryKind.None)]
    [InlineData("LimitExceeded.PhoneNumberDailyLimit", RetryKind.None)]
    [InlineData("RequestLimitExceededX", RetryKind.None)]
    [InlineData("InternalErrorish", RetryKind.None)]
    [InlineData("requestlimitexceeded", RetryKind.None)]
    [InlineData("AuthFailure.SignatureFailure", RetryKind.None)]
    [InlineData("", RetryKind.None)]
    [InlineData(null, RetryKind.None)]
    public void Retry_kinds(string? code, RetryKind expected)
    {
        Assert.Equal(expected, ErrorCodeCatalog.GetRetryKind(code));
        Assert.Equal(expected == RetryKind.Throttled, ErrorCodeCatalog.IsRetryable(code));
        Assert.Equal(expected != RetryKind.None, ErrorCodeCatalog.IsRetryable(code, idempotent: true));
        Assert.Equal(expected == RetryKind.Throttled, ErrorCodeCatalog.IsRetryable(code, idempotent: false));
    }

    [Fact]
    public void TryGet_returns_code_category_products_description_and_retry_kind()
    {
        Assert.True(ErrorCodeCatalog.TryGet("RequestLimitExceeded.UinLimitExceeded", out var info));

        Assert.Equal("RequestLimitExceeded.UinLimitExceeded", info.Code);
        Assert.Equal("RequestLimitExceeded", info.Category);
        Assert.Equal(RetryKind.Throttled, info.RetryKind);
        Assert.False(info.IsCommon);
        Assert.Equal(new[] { "Asr", "Cam", "Nlp", "Tmt", "Vtc" }, info.Products);
        Assert.False(string.IsNullOrWhiteSpace(info.Description));
    }

    [Fact]
    public void TryGet_category_of_a_code_without_dot_is_the_code()
    {
        Assert.True(ErrorCodeCatalog.TryGet(CommonErrorCodes.InternalError, out var info));

        Assert.Equal("InternalError", info.Category);
        Assert.Equal(RetryKind.ServerError, info.RetryKind);
        Assert.True(info.IsCommon);
        Assert.Contains("Aai", info.Products);
    }

    [Fact]
    public void Product_code_lookup_knows_its_product()
    {
        Assert.True(ErrorCodeCatalog.TryGet(SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage, out var info));

        Assert.Equal(new[] { "Sms" }, info.Products);
        Assert.Equal("FailedOperation", info.Category);
        Assert.Equal(RetryKind.None, info.RetryKind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("RequestLimitExceed")]
    [InlineData("requestlimitexceeded")]
    [InlineData("RequestLimitExceeded ")]
    public void Null_empty_unknown_and_wrong_case_are_not_found_and_never_throw(string? code)
    {
        Assert.False(ErrorCodeCatalog.TryGet(code, out var info));
        Assert.Null(info);
        Assert.False(ErrorCodeCatalog.IsKnown(code));
    }

    [Fact]
    public void Lookups_return_the_same_instance_every_time()
    {
        ErrorCodeCatalog.TryGet("InternalError", out var first);
        ErrorCodeCatalog.TryGet("InternalError", out var second);

        Assert.Same(first, second);
    }

    [Fact]
    public void All_lists_every_code_once_in_ordinal_order()
    {
        var all = ErrorCodeCatalog.All.Select(i => i.Code).ToList();

        Assert.Equal(ErrorCodeCatalog.Count, all.Count);
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
        Assert.Equal(all.Count, all.Distinct().Count());
    }
}

public class ActionErrorCodesTests
{
    [Fact]
    public void SendSms_documents_the_codes_of_its_error_table()
    {
        Assert.True(ErrorCodeCatalog.TryGetActionErrorCodes("Sms", "v20210111", "SendSms", out var codes));

        Assert.Contains(SmsErrorCodes.FailedOperation_InsufficientBalanceInSmsPackage, codes);
        Assert.Contains(SmsErrorCodes.LimitExceeded_PhoneNumberDailyLimit, codes);
        Assert.DoesNotContain(TrtcErrorCodes.FailedOperation_RoomNotExist, codes);
        Assert.Equal(codes.OrderBy(c => c, StringComparer.Ordinal), codes);
    }

    [Theory]
    [InlineData("sms", "v20210111", "SendSms")]
    [InlineData("SMS", "V20210111", "sendsms")]
    public void Product_version_and_action_are_case_insensitive(string product, string version, string action)
    {
        Assert.True(ErrorCodeCatalog.TryGetActionErrorCodes(product, version, action, out var codes));
        Assert.True(ErrorCodeCatalog.TryGetActionErrorCodes("Sms", "v20210111", "SendSms", out var expected));
        Assert.Equal(expected, codes);
    }

    [Theory]
    [InlineData("Sms", "v20210111", "NoSuchAction")]
    [InlineData("Sms", "v19990101", "SendSms")]
    [InlineData("NoSuchProduct", "v20210111", "SendSms")]
    [InlineData("Sms", "v20210111", "")]
    [InlineData(null, "v20210111", "SendSms")]
    [InlineData("Sms", null, "SendSms")]
    [InlineData("Sms", "v20210111", null)]
    public void Unknown_or_empty_arguments_return_false(string? product, string? version, string? action)
    {
        Assert.False(ErrorCodeCatalog.TryGetActionErrorCodes(product, version, action, out var codes));
        Assert.Null(codes);
    }

    [Fact]
    public void Every_action_of_the_data_answers_exactly_its_documented_codes()
    {
        var expected = CatalogData.ActionRows
            .GroupBy(r => (Product: r[0], Version: r[1], Action: r[2]))
            .ToList();
        // The data counts 14,714 actions across versions; some actions exist in two API versions.
        Assert.Equal(14714, expected.Select(a => (a.Key.Product, a.Key.Action)).Distinct().Count());
        Assert.Equal(15056, expected.Count);

        foreach (var action in expected)
        {
            Assert.True(ErrorCodeCatalog.TryGetActionErrorCodes(action.Key.Product, action.Key.Version, action.Key.Action, out var codes), action.Key.ToString());
            Assert.Equal(action.Select(r => r[3]).Distinct().OrderBy(c => c, StringComparer.Ordinal), codes);
        }
    }
}
