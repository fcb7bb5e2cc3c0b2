#!/bin/bash
# bench/deps.sh — the Debian packages `make bench` needs beyond those of
# scripts/deps.sh: /usr/bin/time (peak memory), xmllint (the IATI
# reference), sqlite3 (the load reference), wrk and nginx (the server's
# reference), perf/valgrind are optional; and DuckDB from npm (the analyses'
# peer). Installs the missing ones when
# run as root, else prints the apt-get command.
need=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
for p in time libxml2-utils sqlite3 wrk nginx curl; do
    have_pkg "$p" || need+=("$p")
done
# DuckDB, the peer for the analyses (bench/duckdb): pinned by its lock
# file, installed from npm beside it; without node the comparison is skipped
if command -v npm >/dev/null && [ ! -d "$(dirname "$0")/duckdb/node_modules/@duckdb/node-api" ]; then
    (cd "$(dirname "$0")/duckdb" && npm ci --no-audit --no-fund >/dev/null) ||
        echo "bench/deps.sh: npm ci in bench/duckdb failed; the DuckDB comparison will be skipped" >&2
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
    echo "bench/deps.sh: installing ${need[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends "${need[@]}" >/dev/null ||
        { apt-get update >/dev/null && apt-get install -y --no-install-recommends "${need[@]}" >/dev/null; } ||
        { echo "bench/deps.sh: apt-get install ${need[*]} failed" >&2; exit 1; }
    # the benchmark starts its own nginx on 127.0.0.1; the packaged service stays off
    command -v systemctl >/dev/null && systemctl disable --now nginx >/dev/null 2>&1
    exit 0
fi
echo "bench/deps.sh: missing packages; run: sudo apt-get install ${need[*]}" >&2
exit 1
