#!/usr/bin/env bash
# Retakes the pictures of the user guides (docs/guide/*.md) into docs/images.
#
#   scripts/update-guide-screenshots.sh BUILD_DIR
#
# BUILD_DIR is a build of the console (-DSYNCLINE_BUILD_UI=ON). The GUI test tst_guidescreenshots
# opens the real main window on a store filled with the demo events and grabs every view.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
images_dir="$source_dir/docs/images"

cmake --build "$build_dir" --target tst_guidescreenshots -j2
mkdir -p "$images_dir"
SYNCLINE_GUIDE_SCREENSHOTS="$images_dir" QT_QPA_PLATFORM=offscreen \
    "$build_dir/tests/gui/tst_guidescreenshots"
echo "Screenshots written to $images_dir:"
ls -l "$images_dir"/*.png
