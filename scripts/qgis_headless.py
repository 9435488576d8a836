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


def run_session(env: dict, steps) -> list:
    """Run ``steps`` — (label, algorithm, parameters) — one after the other in ONE QGIS process,
    so that a ledger kept in memory (STORE=memory:<name>) lasts from one to the next; returns
    per step {"label", "result"} or {"label", "refused": the message}. (qgis_process.bin starts
    a process per algorithm; the journal's GeoPackage back end will make this unnecessary.)"""
    payload = json.dumps([{"label": label, "algorithm": algorithm, "parameters": parameters}
                          for label, algorithm, parameters in steps], ensure_ascii=False)
    done = subprocess.run(["/usr/bin/python3", __file__, "--session"], input=payload, env=env, capture_output=True,
                          text=True)
    if done.returncode != 0:
        raise RuntimeError(f"the QGIS session failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def _session() -> None:
    """The child of run_session: QGIS with the plugin's provider, the steps from stdin."""
    import sys

    sys.path[:0] = [str(REPO / ".build"), "/usr/share/qgis/python/plugins"]
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    from land_balance.processing.provider import LandBalanceProvider

    Processing.initialize()
    provider = LandBalanceProvider()  # kept: the registry does not own a provider made in Python
    QgsApplication.processingRegistry().addProvider(provider)
    for step in json.loads(sys.stdin.read()):
        try:
            result = processing.run(step["algorithm"], step["parameters"])
            values = {k: v for k, v in result.items() if isinstance(v, (int, float, str))}
            print(json.dumps({"label": step["label"], "result": values}, ensure_ascii=False), flush=True)
        except Exception as err:  # noqa: BLE001 — a refusal is an answer here
            message = str(err).strip().splitlines()[-1] if str(err).strip() else type(err).__name__
            print(json.dumps({"label": step["label"], "refused": message}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--session"]:
        _session()
