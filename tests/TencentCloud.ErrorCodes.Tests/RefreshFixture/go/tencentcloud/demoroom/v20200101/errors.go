// A fixture in the shape of tencentcloud-sdk-go's errors.go, written for the refresh command's tests.

package v20200101

const (
	// 此产品的特有错误码

	// 房间不存在。
	FAILEDOPERATION_ROOMNOTEXIST = "FailedOperation.RoomNotExist"

	// 第一行。
	// 第二行。
	INVALIDPARAMETER_NAME = "InvalidParameter.Name"

	UNSUPPORTEDOPERATION = "UnsupportedOperation"
)
