"""Run Debian's qgis_process.bin with the plugin installed in a throw-away profile.

Used by `make demo`, the benchmarks and the tests (never by the plugin itself).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def make_home(root: Path) -> dict:
    """A HOME whose default profile has the plugin (symlinked) and enabled; returns the env."""
    plugins = root / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    link = plugins / "land_balance"
    if not link.exists():
        link.symlink_to(REPO)
    env = dict(os.environ, HOME=str(root), QT_QPA_PLATFORM="offscreen", PATH="/usr/bin:" + os.environ.get("PATH", ""))
    for key in [k for k in env if k.startswith("QGIS") or k == "PYTHONPATH"]:
        env.pop(key)  # pytest-qgis points QGIS at its own settings folder
    done = subprocess.run(["qgis_process.bin", "plugins", "enable", "land_balance"], env=env,
                          capture_output=True, text=True)
    if done.returncode != 0 and "already enabled" not in done.stdout + done.stderr:
        raise RuntimeError(f"qgis_process could not enable the plugin:\n{done.stdout}\n{done.stderr}")
    return env


def run(env: dict, algorithm: str, **parameters) -> dict:
    """qgis_process.bin --json run ALG -- KEY=VALUE …; returns the parsed JSON document."""
    args = ["qgis_process.bin", "--json", "run", algorithm, "--"]
    for key, value in parameters.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            args.append(f"{key}={item}")
    done = subprocess.run(args, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"qgis_process failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    start = done.stdout.index("{")
    return json.loads(done.stdout[start:])
