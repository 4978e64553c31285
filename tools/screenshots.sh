#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png from the real app on a virtual display.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
checkout=$(cd "$here/.." && pwd)
build_dir=${SANDBOX_STUDIO_BUILD_DIR:-$checkout/build}
if ! "$here/devroot" native; then
    exec "$here/devroot" run "$here/screenshots.sh" "$@"
fi
"$here/build"
cd "$checkout"
exec xvfb-run -a -s "-screen 0 1280x1024x24" "$build_dir/tools/screenshots/sandbox-studio-screenshots" docs/screenshots
