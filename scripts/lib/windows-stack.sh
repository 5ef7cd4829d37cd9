# Shared by scripts/windows. Sourced, not executed.
# shellcheck shell=bash
#
# The cross-built Windows stack (Qt + pugixml + libarchive + QtKeychain) takes about 20 minutes to build, so it
# is cached outside the clone, keyed by everything that decides its bytes: the recipe
# (packaging/windows/stack/build-stack.sh), its patches, the pinned source checksums and the compiler. In order:
#   1. the unpacked cache folder of this key, when complete;
#   2. the cache's archive of this key, when its SHA-256 matches the one written beside it;
#   3. a seed archive whose SHA-256 packaging/windows/stack/seeds.sha256 lists for this key (a stack built
#      elsewhere from the same recipe), found in the source folders below;
#   4. a build from source (Debian's source packages plus the two tarballs of sources.sha256), after which the
#      archive and its checksum are written to the cache for next time.
#
# SCCP2SIP_WINDOWS_CACHE   cache folder (default ~/.cache/sccp2sip/windows)
# SCCP2SIP_WINDOWS_SOURCES folders searched for the source tarballs and seeds, ':'-separated (default: the
#                          cache's sources/ and ../shared/windows next to the clone)

windows_stack_key() {
    local root=$SCCP2SIP_ROOT
    {
        cat "$root/packaging/windows/stack/build-stack.sh"
        # Checksums and names decide the bytes; the download addresses in the third column do not.
        awk '{ print $1 "  " $2 }' "$root/packaging/windows/stack/sources.sha256"
        cat "$root"/packaging/windows/patches/*.patch "$root/cmake/toolchains/mingw-w64-x86_64.cmake"
        x86_64-w64-mingw32-g++-posix --version | head -n 1
    } | sha256sum | cut -c1-16
}

windows_cache_dir() {
    printf '%s\n' "${SCCP2SIP_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sccp2sip/windows}"
}

windows_source_dirs() {
    local default
    default="$(windows_cache_dir)/sources:$(cd "$SCCP2SIP_ROOT/.." && pwd)/shared/windows"
    printf '%s\n' "${SCCP2SIP_WINDOWS_SOURCES:-$default}" | tr ':' '\n'
}

# find_verified NAME SHA256 — prints the path of a file NAME with that checksum in one of the source folders.
find_verified() {
    local dir
    while IFS= read -r dir; do
        [ -f "$dir/$1" ] || continue
        if [ "$(sha256sum "$dir/$1" | cut -d' ' -f1)" = "$2" ]; then
            printf '%s\n' "$dir/$1"
            return 0
        fi
        log "Ignoring $dir/$1: its SHA-256 is not the pinned one"
    done < <(windows_source_dirs)
    return 1
}

# download_verified NAME SHA256 URL — downloads NAME into the cache's sources/ and prints its path, when its
# checksum is the pinned one; a file with another checksum is deleted, never used.
download_verified() {
    [ -n "$3" ] || return 1
    local dir
    dir="$(windows_cache_dir)/sources"
    mkdir -p "$dir"
    log "Downloading $1 from $3"
    curl -fsSL --retry 3 --max-time 600 -o "$dir/$1.partial" "$3" || { rm -f "$dir/$1.partial"; return 1; }
    if [ "$(sha256sum "$dir/$1.partial" | cut -d' ' -f1)" != "$2" ]; then
        log "$3 did not have the pinned SHA-256 $2; not used"
        rm -f "$dir/$1.partial"
        return 1
    fi
    mv "$dir/$1.partial" "$dir/$1"
    printf '%s\n' "$dir/$1"
}

# unpack_stack ARCHIVE DEST — unpacks into DEST atomically (a half-unpacked stack never looks complete).
unpack_stack() {
    local tmp="$2.partial"
    rm -rf "$tmp" && mkdir -p "$tmp"
    tar -xJf "$1" -C "$tmp" || return 1
    [ -d "$tmp/qt6-win" ] && [ -d "$tmp/prefix" ] || { log "$1 holds no qt6-win/ and prefix/"; return 1; }
    touch "$tmp/.complete"
    rm -rf "$2" && mv "$tmp" "$2"
}

# windows_stack — sets WINDOWS_STACK to the folder of a complete stack for the current key, restoring or
# building it.
windows_stack() {
    local key cache dest archive
    key=$(windows_stack_key)
    cache=$(windows_cache_dir)
    dest="$cache/stack-$key"
    archive="$cache/stack-$key.tar.xz"
    mkdir -p "$cache"
    if [ -f "$dest/.complete" ]; then
        log "Windows stack $key: cached in $dest"
        WINDOWS_STACK=$dest
        return 0
    fi
    if [ -f "$archive" ] && [ -f "$archive.sha256" ] &&
        [ "$(sha256sum "$archive" | cut -d' ' -f1)" = "$(cut -d' ' -f1 "$archive.sha256")" ]; then
        log "Windows stack $key: restoring the verified archive $archive"
        unpack_stack "$archive" "$dest" && { WINDOWS_STACK=$dest; return 0; }
    fi
    local seed_sha seed_name seed
    while read -r seed_key seed_sha seed_name; do
        [ "$seed_key" = "$key" ] || continue
        if seed=$(find_verified "$seed_name" "$seed_sha"); then
            log "Windows stack $key: restoring the verified seed $seed"
            unpack_stack "$seed" "$dest" && { WINDOWS_STACK=$dest; return 0; }
        fi
    done < <(grep -v '^#' "$SCCP2SIP_ROOT/packaging/windows/stack/seeds.sha256" 2>/dev/null || true)

    log "Windows stack $key: building from source (about 20 minutes on two cores)"
    local sources name sha found
    sources=$(mktemp -d)
    while read -r sha name url; do
        found=$(find_verified "$name" "$sha") || found=$(download_verified "$name" "$sha" "$url") ||
            die "$name (SHA-256 $sha) is needed to build the Windows stack: download it from $url into one of: $(windows_source_dirs | tr '\n' ' ')"
        ln -s "$found" "$sources/$name"
    done <"$SCCP2SIP_ROOT/packaging/windows/stack/sources.sha256"
    ensure_deb_src
    # A stopped build resumes: the recipe skips the components it finished (.built-* stamps).
    "$SCCP2SIP_ROOT/packaging/windows/stack/build-stack.sh" "$dest.build" "$sources" ||
        { rm -rf "$sources"; die "the Windows stack did not build"; }
    rm -rf "$sources"
    tar -cJf "$archive.partial" -C "$dest.build" qt6-win prefix
    mv "$archive.partial" "$archive"
    sha256sum "$archive" | sed "s#  .*#  $(basename "$archive")#" >"$archive.sha256"
    touch "$dest.build/.complete"
    rm -rf "$dest" && mv "$dest.build" "$dest"
    log "Windows stack $key: built; archive $archive ($(du -h "$archive" | cut -f1))"
    WINDOWS_STACK=$dest
}

# Debian's source packages need a deb-src entry for the mirror the machine already uses.
ensure_deb_src() {
    if apt-get source --print-uris -qq qt6-base >/dev/null 2>&1; then
        return 0
    fi
    local list=/etc/apt/sources.list.d/sccp2sip-deb-src.sources uris suites
    uris=$(grep -h '^URIs:' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1 | cut -d' ' -f2-)
    suites=$(grep -h '^Suites:' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1 | cut -d' ' -f2-)
    log "Adding a deb-src entry for ${uris:-http://deb.debian.org/debian} (${suites:-bookworm})"
    as_root tee "$list" >/dev/null <<EOF
Types: deb-src
URIs: ${uris:-http://deb.debian.org/debian}
Suites: ${suites:-bookworm}
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    as_root apt-get update -q >/dev/null
}
