#!/usr/bin/env bash
# `make screenshot`: start the real QGIS desktop under Xvfb with the plugin installed and
# enabled in a throw-away profile, fail if the plugin logged a Python error, and save a
# screenshot of the Processing toolbox showing our provider.
set -euo pipefail
out_dir=${1:-docs/screenshots}
repo=$(cd "$(dirname "$0")/.." && pwd)
profiles=$(mktemp -d)
trap 'rm -rf "$profiles"' EXIT
plugins="$profiles/profiles/default/python/plugins"
mkdir -p "$plugins" "$profiles/profiles/default/QGIS" "$repo/$out_dir"
ln -s "$repo" "$plugins/land_balance"
cat > "$profiles/profiles/default/QGIS/QGIS3.ini" <<'INI'
[PythonPlugins]
land_balance=true
[qgis]
showTips322=false
checkVersion=false
allowVersionCheck=false
[migration]
fileVersion=2
settings=true
[core]
NewsFeed\httpsfeedqgisorg\disabled=true
[locale]
overrideFlag=true
userLocale=LOCALE
INI
locale=${LB_LOCALE:-zh_CN}
sed -i "s/LOCALE/$locale/" "$profiles/profiles/default/QGIS/QGIS3.ini"
export LB_LOCALE="$locale"
export LB_SCREENSHOT_DIR="$repo/$out_dir"
export LB_DEMO_GPKG="${LB_DEMO_GPKG:-$repo/data/demo/county.gpkg}"
export LB_STATUS_FILE="$profiles/status.txt"
export LB_SCRIPTS="$repo/scripts"
export PATH=/usr/bin:$PATH
timeout 180 xvfb-run -a -s '-screen 0 1600x1000x24' \
  qgis --nologo --noversioncheck --profiles-path "$profiles" --code "${LB_STARTUP:-$repo/scripts/screenshot_startup.py}" \
  > "$profiles/qgis.log" 2>&1 || true
if [ ! -f "$LB_STATUS_FILE" ] || ! grep -q '^ok' "$LB_STATUS_FILE"; then
  # Keep QGIS's whole log (a crash's backtrace is in it) before the profile is deleted.
  mkdir -p "$repo/out"
  cp "$profiles/qgis.log" "$repo/out/screenshot_qgis.log"
  [ -f "$LB_STATUS_FILE" ] && cat "$LB_STATUS_FILE" >&2
  echo "QGIS did not finish the screenshot script cleanly; the end of its log (all of it in out/screenshot_qgis.log):" >&2
  tail -40 "$profiles/qgis.log" >&2
  exit 1
fi
cat "$LB_STATUS_FILE"
