#!/bin/sh
# Installs the Debian packages Amur needs to build and test, when missing.
# As root it runs apt-get; otherwise it prints the exact command to run.
set -e

PACKAGES="gcc make libc6-dev libsqlite3-dev libjansson-dev libcmocka-dev sqlite3 libpq-dev postgresql libxml2-dev libxml2-utils libmicrohttpd-dev nettle-dev zlib1g-dev libicu-dev curl jq"
# extra tools for some make targets: scripts/deps.sh fuzz | valgrind
case "${1:-}" in
fuzz) PACKAGES="$PACKAGES clang libclang-rt-14-dev" ;;
valgrind) PACKAGES="$PACKAGES valgrind" ;;
esac

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
    echo "deps.sh: installing$missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null || true
    apt-get install -y -q --no-install-recommends $missing >/dev/null
else
    echo "deps.sh: missing Debian packages:$missing" >&2
    echo "deps.sh: install them with:" >&2
    echo "    sudo apt-get install -y$missing" >&2
    exit 1
fi
