#!/bin/sh
# Firmware import speed against unzip, on a 6 MB synthetic bundle. Usage: benchmarks/firmware/run.sh [runs]
# Needs a configured build dir (cmake --preset default) and `unzip`.
set -eu
cd "$(dirname "$0")/../.."
cmake --build build --target firmwareimportbench >/dev/null
QT_LOGGING_RULES="sccp2sip.*.info=false" exec build/benchmarks/firmware/firmwareimportbench "${1:-7}"
