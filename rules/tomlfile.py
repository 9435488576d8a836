"""Read TOML on every Python QGIS ships: tomllib from 3.11, the vendored tomli before."""

from __future__ import annotations

from pathlib import Path

try:  # Python 3.11+
    import tomllib as _toml
except ImportError:  # Python 3.9–3.10 (QGIS installers on Windows)
    from ..ext import tomli as _toml

TOMLDecodeError = _toml.TOMLDecodeError


def read_toml(path: Path) -> dict:
    with open(path, "rb") as handle:
        return _toml.load(handle)
