// The public surface of TencentCloudSDK.Common and three product packages, as far as the analyzers look at it.
// Every public member here has the real SDK's signature; PublicSurface.txt lists them and a test holds the two together.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace TencentCloud.Common
{
    using TencentCloud.Common.Profile;

    /// <summary>Thrown by every SDK call that fails (TencentCloudSDK.Common 3.0.892 and later carry ErrorCode).</summary>
    public class TencentCloudSDKException : Exception
    {
        public TencentCloudSDKException(string message)
            : this(message, "")
        {
        }

        public TencentCloudSDKException(string message, string requestId)
            : base(message)
        {
            this.RequestId = requestId;
        }

        public TencentCloudSDKException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        public TencentCloudSDKException(string message, string errorCode, string requestId)
            : base(message)
        {
            RequestId = requestId;
            ErrorCode = errorCode;
        }

        /// <summary>UUID of a request.</summary>
        public string RequestId { get; private set; }

        /// <summary>The API's error code, e.g. RequestLimitExceeded.</summary>
        public string ErrorCode { get; private set; }

        public override string ToString()
        {
            var msg = "";
            if (!string.IsNullOrEmpty(RequestId))
            {
                msg += $"requestId: {RequestId} ";
            }

            return msg + base.ToString();
        }
    }

    public abstract class AbstractModel
    {
        public abstract void ToMap(Dictionary<string, string> map, string prefix);
    }

    public class Credential
    {
        public string SecretId { get; set; }

        public string SecretKey { get; set; }

        public string Token { get; set; }
    }

    public class AbstractClient
    {
        public AbstractClient(string endpoint, string version, Credential credential, string region, ClientProfile profile)
        {
        }
    }

    /// <summary>Calls any action of any product by name; the response is the API's JSON (or a model read from it).</summary>
    public class CommonClient : AbstractClient
    {
        public CommonClient(string module, string version, Credential credential, string region, ClientProfile profile)
            : base(module + ".tencentcloudapi.com", version, credential, region, profile)
        {
        }

        public Task<string> CallAsync(CommonRequest req, string action) => Task.FromResult("{}");

        public Task<TRep> CallAsync<TRep>(CommonRequest req, string action) => Task.FromResult(default(TRep));

        public string Call(CommonRequest req, string action) => "{}";

        public TRep Call<TRep>(CommonRequest req, string action) => default(TRep);
    }

    public sealed class CommonRequest : AbstractModel
    {
        public CommonRequest(string jsonStr)
        {
        }

        public CommonRequest(object serializable)
        {
        }

        public override void ToMap(Dictionary<string, string> map, string prefix)
        {
        }
    }
}

namespace TencentCloud.Common.Profile
{
    public class ClientProfile
    {
        public ClientProfile()
        {
        }
    }
}

namespace TencentCloud.Sms.V20210111
{
    using TencentCloud.Common;
    using TencentCloud.Common.Profile;
    using TencentCloud.Sms.V20210111.Models;

    public class SmsClient : AbstractClient
    {
        public SmsClient(Credential credential, string region)
            : this(credential, region, new ClientProfile())
        {
        }

        public SmsClient(Credential credential, string region, ClientProfile profile)
            : base("sms.tencentcloudapi.com", "2021-01-11", credential, region, profile)
        {
        }

        public Task<SendSmsResponse> SendSms(SendSmsRequest req) => Task.FromResult(new SendSmsResponse());

        public SendSmsResponse SendSmsSync(SendSmsRequest req) => new SendSmsResponse();

        public Task<DescribeSmsSignListResponse> DescribeSmsSignList(DescribeSmsSignListRequest req) => Task.FromResult(new DescribeSmsSignListResponse());

        public DescribeSmsSignListResponse DescribeSmsSignListSync(DescribeSmsSignListRequest req) => new DescribeSmsSignListResponse();
    }
}

namespace TencentCloud.Sms.V20210111.Models
{
    using TencentCloud.Common;

    public class SendSmsRequest : AbstractModel
    {
        public string[] PhoneNumberSet { get; set; }

        public override void ToMap(Dictionary<string, string> map, string prefix)
        {
        }
    }

    public class SendSmsResponse : AbstractModel
    {
        public SendStatus[] SendStatusSet { get; set; }

        public string RequestId { get; set; }

        public override void ToMap(Dictionary<string, string> map, string prefix)
        {
        }
    }

    /// <summary>The result for one phone number: <c>Code</c> is "Ok" or an SMS error code.</summary>
    public class SendStatus : AbstractModel
    {
        public string SerialNo { get; set; }

        public string PhoneNumber { get; set; }

        public ulong? Fee { get; set; }

        public string SessionContext { get; set; }

        public string Code { get; set; }

        public string Message { get; set; }

        public string IsoCode { get; set; }

        public override void ToMap(Dictionary<string, string> map, string prefix)
        {
        }
    }

    public class DescribeSmsSignListRequest : AbstractModel
    {
        public ulong?[] SignIdSet { get; set; }

        public ulong? International { get; set; }

        public override void ToMap(Dictionary<string, string> map, string prefix)
        {
        }
    }

    public class DescribeSmsSignListResponse : AbstractModel
    {
        public string RequestId { get; set; }

        public override void ToMap(Dictionary<string, string> map, string prefix)
        {
        }
    }
}

namespace TencentCloud.Trtc.V20190722
{
    using TencentCloud.Common;
    using TencentCloud.Common.Profile;
    using TencentCloud.Trtc.V20190722.Models;

    public class TrtcClient : AbstractClient
    {
        public TrtcClient(Credential credential, string region)
            : this(credential, region, new ClientProfile())
        {
        }

        public TrtcClient(Credential credential, string region, ClientProfile profile)
            : base("trtc.tencentcloudapi.com", "2019-07-22", credential, region, profile)
        {
        }

        public Task<DismissRoomResponse> DismissRoom(DismissRoomRequest req) => Task.FromResult(new DismissRoomResponse());

        public DismissRoomResponse DismissRoomSync(DismissRoomRequest req) => new DismissRoomResponse();
    }
}

namespace TencentCloud.Trtc.V20190722.Models
{
    using TencentCloud.Common;

    public class DismissRoomRequest : AbstractModel
    {
        public ulong? SdkAppId { get; set; }

        public ulong? RoomId { get; set; }

        public override void ToMap(Dictionary<string, string> map, string prefix)
        {
        }
    }

    public class DismissRoomResponse : AbstractModel
    {
        public string RequestId { get; set; }

        public override void ToMap(Dictionary<string, string> map, string prefix)
        {
        }
    }
}

namespace TencentCloud.Cvm.V20170312
{
    using TencentCloud.Common;
    using TencentCloud.Common.Profile;
    using TencentCloud.Cvm.V20170312.Models;

    public class CvmClient : AbstractClient
    {
        public CvmClient(Credential credential, string region)
            : this(credential, region, new ClientProfile())
        {
        }

        public CvmClient(Credential credential, string region, ClientProfile profile)
            : base("cvm.tencentcloudapi.com", "2017-03-12", credential, region, profile)
        {
        }

        public Task<DescribeInstancesResponse> DescribeInstances(DescribeInstancesRequest req) => Task.FromResult(new DescribeInstancesResponse());
    }
}

namespace TencentCloud.Cvm.V20170312.Models
{
    using TencentCloud.Common;

    public class DescribeInstancesRequest : AbstractModel
    {
        public override void ToMap(Dictionary<string, string> map, string prefix)
        {
        }
    }

    public class DescribeInstancesResponse : AbstractModel
    {
        public long? TotalCount { get; set; }

        public string RequestId { get; set; }

        public override void ToMap(Dictionary<string, string> map, string prefix)
        {
        }
    }
}
