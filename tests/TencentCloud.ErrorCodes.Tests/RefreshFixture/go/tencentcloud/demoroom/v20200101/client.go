// A fixture in the shape of tencentcloud-sdk-go's client.go, written for the refresh command's tests.

package v20200101

// DescribeRooms
// 查询房间。
//
// 可能返回的错误码:
//  FAILEDOPERATION_ROOMNOTEXIST = "FailedOperation.RoomNotExist"
//  INTERNALERROR = "InternalError"
func (c *Client) DescribeRooms(request *DescribeRoomsRequest) (response *DescribeRoomsResponse, err error) {
    return c.DescribeRoomsWithContext(context.Background(), request)
}

// DescribeRooms
// 可能返回的错误码:
//  FAILEDOPERATION_ROOMNOTEXIST = "FailedOperation.RoomNotExist"
func (c *Client) DescribeRoomsWithContext(ctx context.Context, request *DescribeRoomsRequest) (response *DescribeRoomsResponse, err error) {
    return
}

// CreateRoom
// 可能返回的错误码:
//  INVALIDPARAMETER_NAME = "InvalidParameter.Name"
//  INVALIDPARAMETER_NAME = "InvalidParameter.Name"
func (c *Client) CreateRoom(request *CreateRoomRequest) (response *CreateRoomResponse, err error) {
    return
}
