# Shared by scripts/run and scripts/test. Sourced, not executed.
# shellcheck shell=bash

SCCP2SIP_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export DEBIAN_FRONTEND=noninteractive

# What building and running the app needs (Debian 12 / Ubuntu 24.04 names).
BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev libqt6svg6 qt6-qpa-plugins
    libpugixml-dev qtkeychain-qt6-dev libarchive-dev
    fonts-dejavu-core libsecret-1-0
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "'$*' needs root and sudo is not installed; run this script as root"
    fi
}

# install_packages PKG... — installs only what is missing, says what, retries, and is bounded in time.
install_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "All ${#} required packages are installed"
        return 0
    fi
    command -v apt-get >/dev/null 2>&1 || die "apt-get not found: install by hand: ${missing[*]}"
    log "Installing ${#missing[@]} missing package(s): ${missing[*]}"
    local attempt
    for attempt in 1 2 3; do
        if as_root timeout 600 apt-get update -q -o Acquire::Retries=3 >/dev/null &&
            as_root timeout 1200 apt-get install -y -q --no-install-recommends \
                -o Acquire::Retries=3 -o Dpkg::Use-Pty=0 "${missing[@]}"; then
            return 0
        fi
        log "apt-get failed (attempt $attempt of 3); retrying in $((attempt * 10)) s"
        sleep $((attempt * 10))
    done
    die "could not install: ${missing[*]} (check the network or the apt sources)"
}

# configure_and_build PRESET [cmake -D options...] — returns non-zero (with a message) if either step fails.
configure_and_build() {
    local preset=$1
    shift
    log "Configuring (preset $preset)"
    if ! cmake --preset "$preset" -S "$SCCP2SIP_ROOT" "$@" >/dev/null; then
        printf 'error: CMake configuration failed (preset %s)\n' "$preset" >&2
        return 1
    fi
    log "Building (preset $preset)"
    if ! cmake --build --preset "$preset" --parallel "$(nproc)"; then
        printf 'error: build failed (preset %s)\n' "$preset" >&2
        return 1
    fi
}

have_display() {
    [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ -n "${QT_QPA_PLATFORM:-}" ]
}
