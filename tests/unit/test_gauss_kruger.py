"""The vectorised inverse Gauss–Krüger projection against PROJ (pyproj)."""

from __future__ import annotations

import numpy as np
import pytest
from pyproj import CRS, Transformer

from land_balance.rules.gauss_kruger import TransverseMercator, from_proj
from land_balance.rules.survey import cgcs2000

# CGCS2000 zones as a county meets them: 3° with and without zone prefix, 6°, and a
# local grid with a scale factor and a false northing.
GRIDS = [
    "EPSG:4528",  # 3° zone 40, prefixed easting
    "EPSG:4549",  # 3° CM 120°E
    "EPSG:4502",  # 6° CM 75°E
    "+proj=tmerc +lat_0=0 +lon_0=114.5 +k=0.9996 +x_0=500000 +y_0=-100000 +ellps=GRS80 +units=m +no_defs",
]


@pytest.mark.filterwarnings("ignore:You will likely lose:UserWarning")
@pytest.mark.parametrize("grid", GRIDS)
def test_inverse_matches_proj_to_a_micrometre(grid):
    crs = CRS.from_user_input(grid)
    tm = from_proj(crs.to_proj4(), cgcs2000())
    assert tm is not None
    rng = np.random.default_rng(3)
    half_width = 3.5 if "4502" in grid else 2.0
    lon = tm.lon_0 + rng.uniform(-half_width, half_width, 20000)
    lat = rng.uniform(-10, 55, 20000)
    x, y = Transformer.from_crs("EPSG:4490", crs, always_xy=True).transform(lon, lat)
    got_lon, got_lat = tm.inverse(x, y)
    # 1e-11° is about a micrometre on the ground.
    assert np.abs(got_lon - lon).max() < 1e-11
    assert np.abs(got_lat - lat).max() < 1e-11


def test_a_grid_with_anything_else_attached_is_not_taken():
    ellipsoid = cgcs2000()
    base = "+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs"
    assert from_proj(base, ellipsoid) == TransverseMercator(ellipsoid, 120.0, 1.0, 500000.0, 0.0)
    for other in (base + " +approx", base.replace("+lat_0=0", "+lat_0=30"), base.replace("GRS80", "krass"),
                  base.replace("+units=m", "+units=us-ft"), base + " +towgs84=0,0,0",
                  base.replace("tmerc", "utm +zone=50"), "+proj=longlat +ellps=GRS80 +no_defs"):
        assert from_proj(other, ellipsoid) is None, other


def test_explicit_axes_equal_to_cgcs2000_are_taken():
    text = "+proj=tmerc +lat_0=0 +lon_0=117 +k=1 +x_0=500000 +y_0=0 +a=6378137 +rf=298.257222101 +units=m"
    assert from_proj(text, cgcs2000()).lon_0 == 117.0
