# Shared by scripts/windows. Sourced, not executed.
# shellcheck shell=bash
#
# Wine for the Windows stage: one 64-bit prefix in the cache folder, made once. Facts this relies on (measured
# with Wine 8.0 on Debian 12): Wine drops every environment variable whose name starts with QT_, so those go into
# the prefix's HKCU\Environment; Qt Test writes to OutputDebugString unless QT_FORCE_STDERR_LOGGING is set; the
# offscreen platform finds no fonts without QT_QPA_FONTDIR; and a wineserver left to start on demand keeps ctest's
# pipes open after the first test, so it is started (persistent) before the suites run.

wine_dll_dirs() { # the folders Windows programs of this build load their DLLs from, in Windows path form
    local stack=$1 build=$2
    printf '%s;' "$(winepath_of "$build/windows-runtime")" "$(winepath_of "$stack/qt6-win/bin")" \
        "$(winepath_of "$stack/prefix/bin")" "$(winepath_of /usr/lib/gcc/x86_64-w64-mingw32/12-posix)" \
        "$(winepath_of /usr/x86_64-w64-mingw32/lib)"
}

winepath_of() { # a Unix path as Wine's Z: drive sees it
    printf 'Z:%s' "$(printf '%s' "$1" | tr '/' '\\')"
}

wine_prefix_ready() { # wine_prefix_ready STACK BUILD — exports WINEPREFIX etc., makes the prefix once
    local stack=$1 build=$2
    export WINEPREFIX=${SCCP2SIP_WINEPREFIX:-$(windows_cache_dir)/wine64}
    # winemenubuilder off: programs run here must not add entries to this machine's desktop menus.
    export WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
    export WINEPATH
    WINEPATH=$(wine_dll_dirs "$stack" "$SCCP2SIP_ROOT/$build")
    if [ ! -f "$WINEPREFIX/system.reg" ]; then
        log "Making the Wine prefix $WINEPREFIX (once)"
        timeout 300 wineboot -i >/dev/null 2>&1 || die "wineboot could not make $WINEPREFIX"
    fi
    timeout 60 wineserver -p >/dev/null 2>&1 || true
    timeout 120 wineboot >/dev/null 2>&1 || true
    local font
    font=$(winepath_of /usr/share/fonts/truetype/dejavu)
    wine_setenv QT_QPA_PLATFORM offscreen
    wine_setenv QT_FORCE_STDERR_LOGGING 1
    wine_setenv QT_QPA_FONTDIR "$font"
    # The keychain suites may use this prefix's Credential Manager (tests/support/keyringenvironment.cpp).
    wine_setenv SCCP2SIP_KEYRING_HARNESS 1
    wine_setenv QT_PLUGIN_PATH "$(winepath_of "$SCCP2SIP_ROOT/$build/windows-runtime/plugins")"
}

wine_setenv() { # wine_setenv NAME VALUE — a user environment variable inside the prefix
    timeout 60 wine reg add 'HKCU\Environment' /v "$1" /d "$2" /f >/dev/null 2>&1 ||
        die "could not set $1 in the Wine prefix"
}

# The Windows suites under Wine. Labels say which suites cannot run there, and why (tests/CMakeLists.txt).
wine_ctest() {
    local build=$1
    # One at a time: two suites under one wineserver at once made passing suites time out at exit now and then.
    (cd "$build" && ctest --output-on-failure --timeout 300 -LE 'not-on-wine')
}
