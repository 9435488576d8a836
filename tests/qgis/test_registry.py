"""The algorithm registry (processing/registry.py): one error trap per (capability, pack)."""

from __future__ import annotations

import sys
import types

from land_balance.processing import registry
from land_balance.rules.packs import load_packs


def _module(name, **attributes):
    module = types.ModuleType(f"land_balance.processing.{name}")
    module.__dict__.update(attributes)
    sys.modules[module.__name__] = module
    return module


def test_a_broken_capability_costs_only_its_own_algorithms(qgis_app, monkeypatch):
    def broken(packs):
        raise RuntimeError("boom")

    _module("lb_test_broken", CAPABILITY="broken", algorithms=broken)
    try:
        found = registry.algorithms_for(load_packs(), ("lb_test_broken", "areastatistics", "eligibility"))
    finally:
        sys.modules.pop("land_balance.processing.lb_test_broken")
    names = {a.name() for a in found}
    assert "areastatistics" in names and "eligibility_anhui_inout" in names


def test_a_pack_a_capability_cannot_use_costs_only_that_pair(qgis_app):
    class Algorithm:
        def __init__(self, pack):
            self.pack = pack

        def name(self):
            return f"probe_{self.pack.id}"

    def applies(pack):
        if pack.id == "anhui_inout":
            raise ValueError("this pack is broken for the probe")
        return True

    _module("lb_test_probe", CAPABILITY="probe", applies=applies, Algorithm=Algorithm)
    try:
        found = registry.algorithms_for(load_packs(), ("lb_test_probe",))
    finally:
        sys.modules.pop("land_balance.processing.lb_test_probe")
    names = {a.name() for a in found}
    assert "probe_anhui_inout" not in names and "probe_ganzhou_forest_offset" in names


def test_a_pack_with_eligibility_and_offset_rule_sets_gets_both(qgis_app, tmp_path):
    """Before the registry, a pack with both kinds silently got no offset algorithm."""
    source = load_packs().get("ganzhou_forest_offset").path.read_text(encoding="utf-8")
    anhui = load_packs().get("anhui_inout")
    both = source.replace('id = "ganzhou_forest_offset"', 'id = "ganzhou_both"')
    # add an eligibility rule set borrowed in spirit from Anhui's: forest land in, slope only
    both += '\n[[rule_sets]]\nid = "in"\nkind = "in"\nname_zh = "转进"\nname_en = "In"\ncandidate_classes = ["林地"]\n'
    (tmp_path / "both.toml").write_text(both, encoding="utf-8")
    packs = load_packs([tmp_path])
    assert not packs.errors, packs.errors
    names = {a.name() for a in registry.algorithms_for(packs, ("eligibility", "offset_overlay"))}
    assert {"eligibility_ganzhou_both", "offsetoverlay_ganzhou_both", "offsetoverlay_ganzhou_forest_offset",
            "eligibility_" + anhui.id} <= names
