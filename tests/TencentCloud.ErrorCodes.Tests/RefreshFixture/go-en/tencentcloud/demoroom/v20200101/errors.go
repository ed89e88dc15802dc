// A fixture in the shape of tencentcloud-sdk-go-intl-en's errors.go, written for the refresh command's tests.

package v20200101

const (
	// error codes for specific actions

	// The room does not exist.
	FAILEDOPERATION_ROOMNOTEXIST = "FailedOperation.RoomNotExist"
)
