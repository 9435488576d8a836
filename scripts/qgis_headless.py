"""Run Debian's qgis_process.bin with the plugin installed in a throw-away profile.

Used by `make demo`, the benchmarks and the tests (never by the plugin itself).
"""

from __future__ import annotations

import configparser
import json
import os
import sqlite3
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def make_home(root: Path, locale: str = "") -> dict:
    """A HOME whose default profile has the plugin (symlinked) and enabled; returns the env.
    ``locale`` (e.g. "zh_CN") is the language the profile's QGIS is set to, as a county's
    would be through QGIS's options; empty: the system's."""
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
    _set_ini(env, "locale", {"overrideFlag": "true" if locale else "false", "userLocale": locale})
    return env


def _set_ini(env: dict, section: str, values: dict) -> None:
    """Set keys of the headless profile's QGIS3.ini (QSettings' own file)."""
    settings = Path(env["HOME"]) / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    settings.parent.mkdir(parents=True, exist_ok=True)
    ini = configparser.RawConfigParser()
    ini.optionxform = str  # QSettings keys are case-sensitive
    ini.read(settings, encoding="utf-8")
    if not ini.has_section(section):
        ini.add_section(section)
    for key, value in values.items():
        ini.set(section, key, str(value))
    with open(settings, "w", encoding="utf-8") as handle:
        ini.write(handle, space_around_delimiters=False)


def add_postgres_connection(env: dict, name: str, params: dict) -> str:
    """Save a QGIS PostgreSQL connection `name` (host, port, database, user; no password — the
    throw-away test clusters trust local logins) in the headless profile; returns the STORE
    location "postgres:<name>" the algorithms take."""
    _set_ini(env, "PostgreSQL", {f"connections\\{name}\\{key}": value for key, value in (
        ("host", params["host"]), ("port", params["port"]), ("database", params["dbname"]),
        ("username", params["user"]), ("saveUsername", "true"))})
    return f"postgres:{name}"


def layer_rows(gpkg: Path, query: str) -> list:
    """The rows of ``query`` on a GeoPackage output, ``{table}`` standing for its (first) layer."""
    with sqlite3.connect(gpkg) as db:
        table = db.execute("select table_name from gpkg_contents").fetchone()[0]
        return db.execute(query.replace("{table}", f'"{table}"')).fetchall()


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


def refusal_of(err: RuntimeError) -> str:
    """An algorithm's own message in qgis_process's failure output (the ERROR line QGIS prints)."""
    lines = [line.strip() for line in str(err).splitlines() if line.strip()]
    said = [line[len("ERROR:"):].strip() for line in lines if line.startswith("ERROR:")]
    return (said or lines or ["?"])[-1]
