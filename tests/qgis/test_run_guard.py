"""A failed or cancelled run leaves no output file behind (processing/run_guard.py): the files
QGIS creates for an algorithm's sinks before the work are removed when the run fails or is
cancelled, a file that was there before the run is never removed, and the user reads the
message, not a Python traceback."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer


class CancelAtFirstProgress(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.progressChanged.connect(lambda _: self.cancel())


@pytest.fixture()
def parcels(demo_county):
    """The demo county's parcels as a memory layer: read and written feature by feature (QGIS's sink)."""
    folder, _ = demo_county
    layer = QgsVectorLayer(f"{folder / 'county.gpkg'}|layername=DLTB", "DLTB", "ogr")
    return layer.materialize(QgsFeatureRequest().setLimit(400))


def run_area(parameters, feedback):
    import processing

    return processing.run("landbalance:areastatistics", {"GROUP_FIELDS": ["ZLDWMC"], **parameters}, feedback=feedback)


def files(folder):
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("suffix", [".gpkg", ".shp"])
def test_a_cancelled_run_removes_the_outputs_it_created(provider, tmp_path, parcels, suffix):
    with pytest.raises(QgsProcessingException) as raised:
        run_area({"INPUT": parcels, "OUTPUT": str(tmp_path / f"areas{suffix}"),
                  "SUMMARY": str(tmp_path / f"summary{suffix}")}, CancelAtFirstProgress())
    assert "Traceback" not in str(raised.value)
    assert files(tmp_path) == []


def test_a_failed_run_removes_the_outputs_it_created(provider, tmp_path, parcels):
    empty = parcels.materialize(QgsFeatureRequest().setFilterExpression("FALSE"))
    with pytest.raises(QgsProcessingException, match="no features") as raised:
        run_area({"INPUT": empty, "OUTPUT": str(tmp_path / "areas.gpkg"), "SUMMARY": str(tmp_path / "summary.gpkg")},
                 QgsProcessingFeedback())
    assert "Traceback" not in str(raised.value)
    assert files(tmp_path) == []


def test_a_file_that_was_there_before_the_run_is_not_removed(provider, tmp_path, parcels):
    keep = tmp_path / "areas.gpkg"
    run_area({"INPUT": parcels, "OUTPUT": str(keep), "SUMMARY": "memory:"}, QgsProcessingFeedback())
    with pytest.raises(QgsProcessingException):
        run_area({"INPUT": parcels, "OUTPUT": str(keep), "SUMMARY": str(tmp_path / "summary.gpkg")},
                 CancelAtFirstProgress())
    assert files(tmp_path) == ["areas.gpkg"]


def test_a_completed_run_keeps_its_outputs(provider, tmp_path, parcels):
    result = run_area({"INPUT": parcels, "OUTPUT": str(tmp_path / "areas.gpkg"),
                       "SUMMARY": str(tmp_path / "summary.gpkg")}, QgsProcessingFeedback())
    assert result["PARCELS"] == parcels.featureCount() > 0
    assert files(tmp_path) == ["areas.gpkg", "summary.gpkg"]
