#!/usr/bin/env bash
# Prepares a Tryton 6.0 database for one integration test run and prints the config file path.
#
#   tryton-test-db.sh <cache-dir> <run-dir> <port>
#
# Installs tryton-server and tryton-modules-sale with apt when /usr/bin/trytond is missing.
# The first run initialises a database (base modules, then sale and its dependencies, about
# 25 s) and keeps a pristine copy in <cache-dir>; later runs copy that file (well under 1 s).
# The Debian scripts are called by their full path: they run on /usr/bin/python3, whatever
# python3 comes first on PATH.
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 <cache-dir> <run-dir> <port>" >&2
    exit 2
fi
cache_dir=$1
run_dir=$2
port=$3
database=erp
admin_password=admin-secret-pw

if [ ! -x /usr/bin/trytond ] || [ ! -x /usr/bin/trytond-admin ]; then
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo_cmd=(sudo)
    fi
    echo "Installing tryton-server and tryton-modules-sale" >&2
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends \
        tryton-server tryton-modules-sale >&2
fi

write_config() { # <dir> <listen port>
    mkdir -p "$1/db"
    cat > "$1/trytond.conf" <<CONF
[database]
uri = sqlite://
path = $1/db
language = en

[web]
listen = 127.0.0.1:$2
root = /nonexistent

[session]
max_age = 86400
timeout = 86400
CONF
    printf '%s\n' "$admin_password" > "$1/admin.pass"
}

mkdir -p "$cache_dir"
cache_dir=$(cd "$cache_dir" && pwd)
pristine="$cache_dir/$database-pristine.sqlite"
if [ ! -s "$pristine" ]; then
    init_dir="$cache_dir/init"
    rm -rf "$init_dir"
    write_config "$init_dir" 0
    # The sqlite backend refuses to initialise a database file that does not exist.
    touch "$init_dir/db/$database.sqlite"
    export TRYTOND_CONFIG="$init_dir/trytond.conf" TRYTONPASSFILE="$init_dir/admin.pass"
    /usr/bin/trytond-admin -d "$database" --all --email admin@example.com >&2
    /usr/bin/trytond-admin -d "$database" -u sale --activate-dependencies >&2
    cp "$init_dir/db/$database.sqlite" "$pristine.tmp"
    mv "$pristine.tmp" "$pristine"
    rm -rf "$init_dir"
fi

mkdir -p "$run_dir"
run_dir=$(cd "$run_dir" && pwd)
write_config "$run_dir" "$port"
cp "$pristine" "$run_dir/db/$database.sqlite"
echo "$run_dir/trytond.conf"
