#!/usr/bin/env bash
# packaging/windows/stack/build-stack.sh OUT SOURCES — cross-builds the third-party stack sccp2sip needs on
# Windows (x86_64, MinGW-w64) from source into OUT/qt6-win (Qt base + svg) and OUT/prefix (pugixml, libarchive
# with zlib, QtKeychain with the Windows credential store).
#
# This file is the recipe: scripts/lib/windows-stack.sh hashes it, the patches beside it and the pinned source
# checksums into the cache key, so any change here builds a new stack. SOURCES holds the tarballs Debian's mirror
# does not serve (Qt SVG, QtKeychain), checked against packaging/windows/stack/sources.sha256 by the caller.
#
# Flags, and why:
# - Qt host tools (moc, rcc, uic, syncqt) come from Debian's Qt 6.4.2 (QT_HOST_PATH=/usr): same version, no host
#   build of Qt needed.
# - OpenGL is off entirely (INPUT_opengl=no; FEATURE_opengl=OFF alone still builds dynamic GL and fails in
#   qwindowswindow.cpp). Debian's trimmed source lacks the Windows tablet files (tabletevent off). Direct2D off
#   needs DirectWrite 3 off too, or qwindows.dll does not link.
# - Modules and features sccp2sip does not use are off (sql, dbus, printsupport, concurrent, xml, openssl: Windows'
#   own TLS backend stays), which also keeps the build near 17 minutes on two cores.
# - zlib is Debian's libz-mingw-w64-dev for Qt and libarchive alike; libarchive needs POSIX_REGEX_LIB=NONE and
#   builds without bzip2/xz/zstd/lz4 (firmware bundles are zip, tar, gzip). Its configure runs a test program
#   (try_run, whether zlib needs ZLIB_WINAPI): under Wine, as CMake's cross-compiling emulator; without one,
#   CMake 3.25 crashes there.
#
# Each finished component leaves OUT/.built-<name>: a run that was stopped resumes after the last one (Qt base
# alone takes about 17 minutes), and OUT is only used once all of them are there.
set -euo pipefail

out=$1
sources=$2
here=$(cd "$(dirname "$0")" && pwd)
patches="$here/../patches"
toolchain="$here/../../../cmake/toolchains/mingw-w64-x86_64.cmake"
jobs=${SCCP2SIP_JOBS:-$(nproc)}

QT_VERSION=6.4.2
PUGIXML_VERSION=1.13
LIBARCHIVE_VERSION=3.6.2
QTKEYCHAIN_VERSION=0.15.0

work=$(mktemp -d "${TMPDIR:-/tmp}/sccp2sip-stack.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
stage() { printf '==> stack: %s (%s)\n' "$1" "$(date +%H:%M:%S)" >&2; }
built() { [ -f "$out/.built-$1" ]; }
done_with() { touch "$out/.built-$1"; }
export WINEDEBUG=-all WINEPATH=/usr/x86_64-w64-mingw32/lib

# Debian's source packages of the exact upstream versions above (the Debian revision may move with security
# updates; the upstream version may not).
stage "Debian sources"
(cd "$work" && apt-get source --download-only -qq "qt6-base" "pugixml" "libarchive" >/dev/null)
extract() { # extract GLOB — unpacks the one tarball matching GLOB into a folder of its own, prints its top folder
    local tarball dest
    tarball=$(compgen -G "$1") || { echo "no source tarball matches $1" >&2; return 1; }
    tarball=${tarball%%$'\n'*}
    dest=$(mktemp -d "$work/src.XXXXXX")
    tar -xf "$tarball" -C "$dest"
    printf '%s\n' "$dest"/*/
}
qtbase=$(extract "$work/qt6-base_${QT_VERSION}*.orig.tar.*")
pugixml=$(extract "$work/pugixml_${PUGIXML_VERSION}.orig.tar.*")
libarchive=$(extract "$work/libarchive_${LIBARCHIVE_VERSION}.orig.tar.*")
qtsvg=$(extract "$sources/qtsvg-everywhere-src-${QT_VERSION}.tar.xz")
qtkeychain=$(extract "$sources/qtkeychain_${QTKEYCHAIN_VERSION}.orig.tar.gz")

patch -d "$qtbase" -p1 -s <"$patches/qtbase-adopted-socket-wsamsg.patch"
patch -d "$qtkeychain" -p1 -s <"$patches/qtkeychain-mingw-utf8-flag.patch"

cross=(-G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_TOOLCHAIN_FILE="$toolchain")

if ! built qtbase; then
stage "Qt base $QT_VERSION (the long one: about 17 minutes on two cores)"
rm -rf "$out/qt6-win"
cmake -S "$qtbase" -B "$work/build-qtbase" "${cross[@]}" -Wno-dev \
    -DCMAKE_INSTALL_PREFIX="$out/qt6-win" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
    -DBUILD_SHARED_LIBS=ON -DFEATURE_pkg_config=OFF \
    -DINPUT_opengl=no -DFEATURE_opengl=OFF -DFEATURE_dynamicgl=OFF -DFEATURE_opengl_dynamic=OFF \
    -DFEATURE_tabletevent=OFF -DFEATURE_direct2d=OFF -DFEATURE_directwrite3=OFF \
    -DFEATURE_sql=OFF -DFEATURE_dbus=OFF -DFEATURE_printsupport=OFF -DFEATURE_concurrent=OFF \
    -DFEATURE_xml=OFF -DFEATURE_openssl=OFF -DFEATURE_system_zlib=ON >"$work/qtbase-configure.log" 2>&1 ||
    { tail -n 60 "$work/qtbase-configure.log" >&2; exit 1; }
cmake --build "$work/build-qtbase" --parallel "$jobs" >"$work/qtbase-build.log" 2>&1 ||
    { tail -n 60 "$work/qtbase-build.log" >&2; exit 1; }
cmake --install "$work/build-qtbase" >/dev/null
done_with qtbase
fi

if ! built qtsvg; then
stage "Qt SVG $QT_VERSION"
"$out/qt6-win/bin/qt-cmake" -S "$qtsvg" -B "$work/build-qtsvg" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF >"$work/qtsvg.log" 2>&1 ||
    { tail -n 60 "$work/qtsvg.log" >&2; exit 1; }
cmake --build "$work/build-qtsvg" --parallel "$jobs" >>"$work/qtsvg.log" 2>&1 ||
    { tail -n 60 "$work/qtsvg.log" >&2; exit 1; }
cmake --install "$work/build-qtsvg" >/dev/null
done_with qtsvg
fi

lib() { # lib NAME SOURCE [cmake args...] — a plain CMake library into $out/prefix
    local name=$1 src=$2
    shift 2
    built "$name" && return 0
    stage "$name"
    cmake -S "$src" -B "$work/build-$name" "${cross[@]}" -DCMAKE_INSTALL_PREFIX="$out/prefix" \
        -DCMAKE_PREFIX_PATH="$out/qt6-win;$out/prefix" "$@" >"$work/$name.log" 2>&1 ||
        { tail -n 60 "$work/$name.log" >&2; exit 1; }
    cmake --build "$work/build-$name" --parallel "$jobs" >>"$work/$name.log" 2>&1 ||
        { tail -n 60 "$work/$name.log" >&2; exit 1; }
    cmake --install "$work/build-$name" >/dev/null
    done_with "$name"
}

lib pugixml "$pugixml" -DBUILD_SHARED_LIBS=OFF -DPUGIXML_BUILD_TESTS=OFF
lib libarchive "$libarchive" -DENABLE_TEST=OFF -DENABLE_TAR=OFF -DENABLE_CPIO=OFF -DENABLE_CAT=OFF \
    -DENABLE_BZip2=OFF -DENABLE_LZMA=OFF -DENABLE_ZSTD=OFF -DENABLE_LZ4=OFF -DENABLE_LZO=OFF -DENABLE_LIBB2=OFF \
    -DENABLE_OPENSSL=OFF -DENABLE_MBEDTLS=OFF -DENABLE_NETTLE=OFF -DENABLE_LIBXML2=OFF -DENABLE_EXPAT=OFF \
    -DENABLE_ICONV=OFF -DENABLE_ACL=OFF -DENABLE_XATTR=OFF -DENABLE_ZLIB=ON -DPOSIX_REGEX_LIB=NONE \
    -DCMAKE_CROSSCOMPILING_EMULATOR=wine
lib qtkeychain "$qtkeychain" -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF \
    -DUSE_CREDENTIAL_STORE=ON -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake

stage "done"
