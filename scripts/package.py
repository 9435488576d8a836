"""`make package`: dist/land_balance.zip that QGIS's Plugin Manager installs ("Install from ZIP").

Only what the plugin runs: tracked files under the plugin's own folders, plus the built .qm
translations; no tests, benchmarks, scripts, docs or data.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOP_FILES = {"metadata.txt", "__init__.py", "plugin.py", "i18n.py", "settings.py", "missing.py",
             "resources_paths.py", "LICENSE", "README.md"}
PACKAGES = ("rules", "processing", "ui", "resources", "ext", "store", "exports")
BUILT = ("resources/i18n/land_balance_zh_CN.qm",)


def plugin_files() -> list:
    listing = ["git", "ls-files", "--cached", "--others", "--exclude-standard"]
    tracked = subprocess.run(listing, cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    keep = [f for f in tracked if f in TOP_FILES or f.split("/")[0] in PACKAGES]
    keep += [f for f in BUILT if (REPO / f).exists()]
    return sorted(set(f for f in keep if not f.endswith((".ts", ".pyc"))))


def build(out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    files = plugin_files()
    missing = [f for f in BUILT if f not in files]
    if missing:
        raise SystemExit(f"build these first (make i18n): {', '.join(missing)}")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in files:
            archive.write(REPO / name, f"land_balance/{name}")
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "dist" / "land_balance.zip")
    args = parser.parse_args(argv)
    path = build(args.out)
    with zipfile.ZipFile(path) as archive:
        print(f"{path}: {len(archive.namelist())} files, {path.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
