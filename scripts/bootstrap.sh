#!/usr/bin/env bash
# Installs the system libraries thanhtra builds against, when they are missing.
# Called by scripts/demo.sh and scripts/test.sh; safe to run again (it only installs what is absent).
set -euo pipefail

# postgresql (the server) and postgresql-common (pg_virtualenv): the PostgresStore tests' private server
# (scripts/with-postgres.sh).
#
#   scripts/bootstrap.sh           what building and running thanhtra needs
#   scripts/bootstrap.sh --test    and what the tests need besides: Chromium (headless, for `case print -o FILE.pdf`
#                                  and the browser tests, with chromium-driver for WebDriver), fonts-liberation (a
#                                  Times-compatible serif with Vietnamese letters for printed documents), poppler-utils
#                                  (pdftotext, to read a printed PDF back), curl (the `serve` end-to-end test's client),
#                                  procps (pgrep, pkill and ps for scripts/watchdog.sh, which ends a hung test run)
packages=(liblua5.4-dev libsqlite3-dev libxlsxwriter-dev pkg-config sqlite3 unzip postgresql postgresql-common)
if [ "${1:-}" = "--test" ]; then
    packages+=(chromium chromium-driver fonts-liberation poppler-utils curl procps)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "bootstrap: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "bootstrap: need root (or sudo) to install ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
