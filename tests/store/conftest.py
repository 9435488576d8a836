"""One office, two back ends: every test in tests/store runs against a GeoPackage store and a
PostgreSQL store, from the same test function (the store contract). The offices: tests/offices.py.
The ledger journal's contract runs on the reference (memory) too: tests/journal_offices.py.
"""

from __future__ import annotations

import pytest
from offices import GeoPackageOffice, PostgisOffice


@pytest.fixture(params=["geopackage", "postgis"])
def office(request, tmp_path):
    if request.param == "geopackage":
        return GeoPackageOffice(tmp_path / "office.gpkg")
    return PostgisOffice(request.getfixturevalue("pg_database"))


@pytest.fixture(params=["memory", "geopackage", "postgis"])
def ledger(request, tmp_path):
    """A ledger journal office: the reference (memory) and both back ends (tests/journal_offices.py)."""
    from journal_offices import GeoPackageJournalOffice, MemoryJournalOffice, PostgisJournalOffice

    if request.param == "memory":
        return MemoryJournalOffice()
    if request.param == "geopackage":
        return GeoPackageJournalOffice(tmp_path / "office.gpkg")
    return PostgisJournalOffice(request.getfixturevalue("pg_database"))

