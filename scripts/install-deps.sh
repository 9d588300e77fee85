#!/usr/bin/env bash
# Installs, by Debian package name, whatever the build, the console and the tests need and is
# not there yet. Does nothing (and asks for nothing) when everything is installed already.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
    libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
    libboost1.81-dev libboost-json1.81-dev
    libsqlite3-dev sqlite3 libssl-dev libtomlplusplus-dev
    wrk
    # Fuzzing (libFuzzer and the sanitizer runtimes) and static checks: scripts/ci-*.sh.
    clang-14 clang-tidy-14 libclang-rt-14-dev clang clang-tidy
)
packages+=("$@")
# Node.js and npm run the Vendure storefront of the integration tests and the demo. Machines
# that already have them (from elsewhere than Debian's packages) keep theirs.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    packages+=(nodejs npm)
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
