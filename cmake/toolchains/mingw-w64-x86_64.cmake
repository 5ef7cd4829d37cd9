# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (GCC, posix threads). Used by scripts/windows for
# the third-party stack and for sccp2sip itself. SCCP2SIP_WINDOWS_STACK (a folder holding qt6-win/ and prefix/)
# adds the cross-built Qt and libraries to the search path.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(MINGW_TRIPLE x86_64-w64-mingw32)
# The -posix variants: std::thread, std::mutex and Qt's threads need the winpthreads model.
set(CMAKE_C_COMPILER ${MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${MINGW_TRIPLE}-windres)
set(CMAKE_OBJDUMP ${MINGW_TRIPLE}-objdump)

set(CMAKE_FIND_ROOT_PATH /usr/${MINGW_TRIPLE})
if(DEFINED ENV{SCCP2SIP_WINDOWS_STACK})
    set(SCCP2SIP_WINDOWS_STACK "$ENV{SCCP2SIP_WINDOWS_STACK}")
endif()
if(SCCP2SIP_WINDOWS_STACK)
    list(APPEND CMAKE_FIND_ROOT_PATH "${SCCP2SIP_WINDOWS_STACK}/qt6-win" "${SCCP2SIP_WINDOWS_STACK}/prefix")
    list(APPEND CMAKE_PREFIX_PATH "${SCCP2SIP_WINDOWS_STACK}/qt6-win" "${SCCP2SIP_WINDOWS_STACK}/prefix")
endif()
# Programs (moc, rcc, lrelease) come from the build machine; headers, libraries and packages from the target.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
