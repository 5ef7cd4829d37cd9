#pragma once

#include "core/common/error.h"
#include "core/net/netplatform.h"

// How a failed bind() reads on every OS: the code, a detail naming address, port and card ("bind 0.0.0.0:67 on
// eth0: Address already in use"), and the port and the process holding it (where the OS tells) as typed fields.
Error netBindFailure(ErrorCode code, const NetPlatform::UdpBindRequest &request, const QString &osText,
                     const QString &holder = {});
