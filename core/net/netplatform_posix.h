#pragma once

#include "core/common/error.h"

#include <QString>

// What Linux and macOS share below NetPlatform: errno in words and errno → error code. Internal to core/net.
namespace NetPlatformPosix {
QString errnoText(int error);
// bind() failed with `error`: PortInUse, PortNeedsPrivileges, AddressNotAvailable or SocketError.
ErrorCode bindErrorCode(int error);
} // namespace NetPlatformPosix
