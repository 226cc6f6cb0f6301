#!/usr/bin/env bash
# Makes sure a headless Chromium is present for the report-rendering tests, installing Debian's
# `chromium` when we are root and apt-get exists. Never fails: without Chromium those tests skip
# and say why. Quiet when Chromium is already there.
set -uo pipefail

for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    [ -x "$candidate" ] && exit 0
done
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "portalis: no Chromium found; the report-rendering tests will skip (install: apt-get install -y chromium)" >&2
    exit 0
fi
echo "portalis: installing Chromium for the report-rendering tests: apt-get install -y chromium" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get install -y -q chromium >&2 || { apt-get update -q >&2 && apt-get install -y -q chromium >&2; }; }; then
    echo "portalis: could not install Chromium; the report-rendering tests will skip" >&2
fi
exit 0
