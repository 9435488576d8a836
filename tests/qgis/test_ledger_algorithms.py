"""The cultivated-land ledger algorithms as QGIS shows them: registered, every parameter explained,
help citing the policy document, nothing half-written on a cancelled run."""

from __future__ import annotations

import pytest

LEDGER = ("inoutbalance", "townshipprogress", "subsidyschedule", "indicatorregister", "indicatordraw",
          "indicatortrade", "indicatordeduct", "indicatorledger")


@pytest.mark.parametrize("name", LEDGER)
def test_every_parameter_has_help_and_the_help_cites_the_document(provider, name):
    algorithm = provider.algorithm(name)
    assert algorithm is not None, name
    missing = [p.name() for p in algorithm.parameterDefinitions() if not p.help()]
    assert not missing, f"{name}: parameters without help: {missing}"
    assert "《" in algorithm.shortHelpString() and "〔" not in algorithm.name()
    assert algorithm.group() and algorithm.groupId() == "croplandledgers"


def test_capabilities_are_registered():
    from land_balance.processing.registry import CAPABILITIES

    for module in ("inout_balance", "township_progress", "subsidy_schedule", "indicator_bank"):
        assert module in CAPABILITIES


def test_a_cancelled_run_writes_nothing(tmp_path, provider):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from ledger_data import X0, Y0, box, write

    path = tmp_path / "c.gpkg"
    out = write(path, "GDZC", [{"BSM": "O", "BGQDLBM": "0101", "GDDB": 6, "wkt": box(X0, Y0, 50, 50)}])
    inn = write(path, "GDZJ", [{"BSM": "I", "DLBM": "0101", "GDDB": 6, "wkt": box(X0, Y0, 50, 50)}])
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    report = tmp_path / "r.xlsx"
    with pytest.raises(QgsProcessingException):
        processing.run("landbalance:inoutbalance", {"PROGRAMME": "anhui_inout", "OUT": out, "IN": inn,
                                                    "OUT_CLASS_FIELD": "BGQDLBM", "YEAR": 2023,
                                                    "OUTPUT": str(tmp_path / "v.gpkg"), "REPORT": str(report)},
                       feedback=feedback)
    assert not report.exists() and not (tmp_path / "v.gpkg").exists()
