"""One office, two back ends: every test in tests/store runs against a GeoPackage store and a
PostgreSQL store, from the same test function (the store contract). The offices: tests/offices.py.
"""

from __future__ import annotations

import pytest
from offices import GeoPackageOffice, PostgisOffice


@pytest.fixture(params=["geopackage", "postgis"])
def office(request, tmp_path):
    if request.param == "geopackage":
        return GeoPackageOffice(tmp_path / "office.gpkg")
    return PostgisOffice(request.getfixturevalue("pg_database"))
