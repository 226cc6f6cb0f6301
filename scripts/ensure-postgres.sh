#!/usr/bin/env bash
# Makes sure PostgreSQL's server binaries are present for the PostgreSQL journal tests, installing
# Debian's `postgresql` when we are root and apt-get exists. The tests start their own server on a
# loopback port in a temporary directory (unless PORTALIS_TEST_POSTGRES_URL names one). Never
# fails: without PostgreSQL those tests skip and say why. Quiet when it is already there.
set -uo pipefail

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "portalis: no PostgreSQL found; the PostgreSQL journal tests will skip (install: apt-get install -y postgresql)" >&2
    exit 0
fi
echo "portalis: installing PostgreSQL for the journal tests: apt-get install -y postgresql" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get install -y -q postgresql >&2 || { apt-get update -q >&2 && apt-get install -y -q postgresql >&2; }; }; then
    echo "portalis: could not install PostgreSQL; the PostgreSQL journal tests will skip" >&2
fi
# The package starts a cluster on port 5432; the tests start their own, so this one may stay.
exit 0
