"""`make package`: the zip holds the plugin and nothing else, and works once installed."""

from __future__ import annotations

import os
import subprocess
import zipfile

import package  # scripts/package.py
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return package.build(tmp_path_factory.mktemp("dist") / "land_balance.zip")


def test_zip_has_plugin_files_only(archive):
    names = zipfile.ZipFile(archive).namelist()
    assert all(n.startswith("land_balance/") for n in names)
    for needed in ("metadata.txt", "__init__.py", "plugin.py", "rules/area.py", "rules/packs/anhui_inout.toml",
                   "rules/landclass.csv", "processing/provider.py", "ext/tomli/LICENSE", "LICENSE",
                   "resources/i18n/land_balance_zh_CN.qm", "resources/icons/land_balance.svg"):
        assert f"land_balance/{needed}" in names
    for banned in ("tests/", "bench/", "scripts/", "data/", ".ci/", "docs/", ".venv/", "Makefile"):
        assert not any(n.startswith(f"land_balance/{banned}") for n in names), banned


def test_installed_zip_runs_headless(archive, tmp_path):
    """Unzipped into a fresh profile as Plugin Manager does: qgis_process finds and runs it."""
    plugins = tmp_path / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(archive).extractall(plugins)
    env = {k: v for k, v in os.environ.items() if not k.startswith("QGIS") and k != "PYTHONPATH"}
    env.update(HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen", PATH="/usr/bin:" + os.environ.get("PATH", ""))
    subprocess.run(["qgis_process.bin", "plugins", "enable", "land_balance"], env=env, check=True, capture_output=True)
    listed = subprocess.run(["qgis_process.bin", "list"], env=env, capture_output=True, text=True).stdout
    assert "landbalance:areastatistics" in listed and "landbalance:rulepacks" in listed
