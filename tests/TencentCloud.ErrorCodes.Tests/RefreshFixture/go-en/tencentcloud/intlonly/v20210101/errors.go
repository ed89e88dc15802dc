// A product only the English edition has, and the .NET SDK does not.

package v20210101

const (
	// Invalid.
	INVALIDPARAMETER = "InvalidParameter"
)
