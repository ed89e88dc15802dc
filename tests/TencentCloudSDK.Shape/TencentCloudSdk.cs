// The public surface of TencentCloudSDK.Common and three product packages, as far as the analyzers look at it.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace TencentCloud.Common
{
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

        public TencentCloudSDKException(string message, string requestId, string errorCode)
            : base(message)
        {
            this.RequestId = requestId;
            this.ErrorCode = errorCode;
        }

        public TencentCloudSDKException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        /// <summary>UUID of a request.</summary>
        public string RequestId { get; private set; }

        /// <summary>The API's error code, e.g. RequestLimitExceeded.</summary>
        public string ErrorCode { get; private set; }

        public override string ToString()
        {
            return $"requestId: {RequestId} errorCode: {ErrorCode} message: {Message}";
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
    }

    public abstract class AbstractClient
    {
        protected AbstractClient(string endpoint, string version, Credential credential, string region)
        {
        }
    }
}

namespace TencentCloud.Sms.V20210111
{
    using TencentCloud.Common;
    using TencentCloud.Sms.V20210111.Models;

    public class SmsClient : AbstractClient
    {
        public SmsClient(Credential credential, string region)
            : base("sms.tencentcloudapi.com", "2021-01-11", credential, region)
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
        public string RequestId { get; set; }

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
    using TencentCloud.Trtc.V20190722.Models;

    public class TrtcClient : AbstractClient
    {
        public TrtcClient(Credential credential, string region)
            : base("trtc.tencentcloudapi.com", "2019-07-22", credential, region)
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
    using TencentCloud.Cvm.V20170312.Models;

    public class CvmClient : AbstractClient
    {
        public CvmClient(Credential credential, string region)
            : base("cvm.tencentcloudapi.com", "2017-03-12", credential, region)
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
