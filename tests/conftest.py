"""Test set-up: import the repo as the `land_balance` package, register our provider, and a
throw-away PostgreSQL cluster for the tests that ask for one (tests/store, tests/pg)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BUILD = REPO / ".build"
SEEDS = REPO.parent / "shared" / "seeds"

# The repo root is the plugin package: on sys.path itself, its processing/ would shadow
# QGIS's `processing` module (python -m pytest puts the working directory there).
sys.path[:] = [p for p in sys.path if p not in ("", ".") and Path(p).resolve() != REPO]
BUILD.mkdir(exist_ok=True)
if not (BUILD / "land_balance").exists():
    (BUILD / "land_balance").symlink_to("..")
for path in (str(BUILD), str(REPO / "scripts"), str(REPO / "tests"), "/usr/share/qgis/python/plugins"):
    if path in sys.path:
        sys.path.remove(path)
    sys.path.insert(0, path)


def pytest_configure(config):
    """With QGIS (pytest-qgis active): bind `processing` to QGIS's module now — should the repo
    root reach sys.path again later (pytest's own path handling can put it there), its
    processing/ cannot shadow QGIS's. The rules/ tests run without QGIS (`-p no:pytest_qgis`)."""
    if config.pluginmanager.has_plugin("pytest_qgis"):
        import processing  # noqa: F401


@pytest.fixture(scope="session")
def provider(qgis_processing):
    """Our provider in the processing registry, as the plugin registers it."""
    from qgis.core import QgsApplication

    from land_balance.processing.provider import LandBalanceProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("landbalance")
    if existing is None:
        existing = LandBalanceProvider()
        registry.addProvider(existing)
        existing.refreshAlgorithms()
    from land_balance.processing import expressions

    expressions.register()
    return existing


@pytest.fixture(scope="session")
def demo_county(tmp_path_factory):
    """A small deterministic demo county (scripts/demo_county.py), built once per session."""
    from demo_county import build_county

    out = tmp_path_factory.mktemp("county")
    manifest = build_county(out, parcels=int(os.environ.get("LB_TEST_PARCELS", "300")), seed=20231231)
    return out, manifest


@pytest.fixture(scope="session")
def pg_cluster():
    """The superuser's keywords of a cluster started for this session (pg_cluster.py)."""
    from pg_cluster import Cluster, server_bin

    bin_dir = server_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql postgresql-15-postgis-3)")
    cluster = Cluster(bin_dir)
    try:
        yield cluster.start()
    finally:
        cluster.stop()


@pytest.fixture()
def pg_database(pg_cluster, request):
    """A fresh database with PostGIS and the installed status store; yields admin keywords."""
    from pg_cluster import create_database

    from land_balance.store.postgis import PostgisStore

    name = "lb_" + request.node.name.lower().replace("[", "_").replace("]", "").replace("-", "_")[:40]
    params = create_database(pg_cluster, name)
    if params is None:
        pytest.skip("PostGIS extension not installed (apt-get install postgresql-15-postgis-3)")
    PostgisStore.install(params)
    return params
