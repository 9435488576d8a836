"""The domain (rules/) and the writers (exports/) run without QGIS or Qt: plain Python + numpy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_rules_and_exports_import_without_qgis_or_qt():
    """Every module of rules/ and exports/ imports in a Python where qgis and PyQt cannot load."""
    modules = [f"land_balance.{p.parent.name}.{p.stem}" for folder in ("rules", "exports")
               for p in sorted((REPO / folder).glob("*.py")) if p.stem != "__init__"]
    code = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6', 'sip'):\n"
        "            raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"sys.path.insert(0, {str(REPO / '.build')!r})\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "print(len(sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
