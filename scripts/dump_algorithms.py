"""Dump every algorithm of the plugin's Processing provider as JSON: ids, names, help, each
parameter definition (with its type-specific properties) and each output, in order.

A refactor that must not change what users and models see compares two dumps:

    PATH=/usr/bin:$PATH QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/dump_algorithms.py \
        --plugin /work/main --out /tmp/main.json
    ... --plugin . --out /tmp/branch.json && diff /tmp/main.json /tmp/branch.json

The plugin directory is imported as `land_balance` through a symlink in a temporary folder,
so the checkout it reads is never written to (run with PYTHONDONTWRITEBYTECODE=1).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path


def _plain(value):
    """A JSON-able form of a QVariant-ish value."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "isNull") and value.isNull():
        return None
    return repr(value)


def _parameter(definition) -> dict:
    entry = {
        "name": definition.name(),
        "type": definition.type(),
        "class": type(definition).__name__,
        "description": definition.description(),
        "help": definition.help(),
        "default": _plain(definition.defaultValue()),
        "flags": int(definition.flags()),
        "dynamic": definition.isDynamic(),
        "script": definition.asScriptCode(),
    }
    # Type-specific properties (parent layer, allow multiple, data type, bounds, layer types,
    # file filter, createByDefault, options …) as the definition serialises them.
    entry["map"] = _plain(dict(definition.toVariantMap()))
    return entry


def _algorithm(algorithm) -> dict:
    return {
        "id": algorithm.id(),
        "displayName": algorithm.displayName(),
        "group": algorithm.group(),
        "groupId": algorithm.groupId(),
        "shortHelpString": algorithm.shortHelpString(),
        "shortDescription": algorithm.shortDescription(),
        "tags": list(algorithm.tags()),
        "flags": int(algorithm.flags()),
        "parameters": [_parameter(d) for d in algorithm.parameterDefinitions()],
        "outputs": [{"name": o.name(), "type": o.type(), "description": o.description()}
                    for o in algorithm.outputDefinitions()],
    }


def dump(plugin: Path) -> list:
    folder = Path(tempfile.mkdtemp(prefix="lb_dump_"))
    (folder / "land_balance").symlink_to(plugin.resolve())
    sys.path[:] = [p for p in sys.path if p not in ("", ".")]
    sys.path.insert(0, str(folder))
    sys.path.insert(0, "/usr/share/qgis/python/plugins")

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from land_balance.processing.provider import LandBalanceProvider

    provider = LandBalanceProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    provider.refreshAlgorithms()
    return [_algorithm(a) for a in sorted(provider.algorithms(), key=lambda a: a.id())]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plugin", default=str(Path(__file__).resolve().parents[1]))
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = dump(Path(args.plugin))
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                              encoding="utf-8")
    print(f"{len(result)} algorithms, {sum(len(a['parameters']) for a in result)} parameters → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
