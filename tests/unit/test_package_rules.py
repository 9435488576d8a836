"""Package checks on plain records (rules/package_rules): the structural rules the Processing
tests cannot plant in a package the writer made (a CRS, a field definition)."""

from __future__ import annotations

from collections import Counter

from land_balance.rules import package_rules
from land_balance.rules.package_rules import r101_crs, r103_fields, r104_lengths, r702_xzqtzlx
from land_balance.rules.package_rules.base import GC, GX, LayerInfo, Limits, PackageData
from land_balance.rules.survey_schema import layer_fields


def standard_fields(layer: str) -> dict:
    return {f.name: (f.type, f.length, f.precision) for f in layer_fields(layer)}


def package(gx_info=None, gc_info=None, gc=()) -> PackageData:
    layers = {GX: gx_info or LayerInfo(True, True, 4528, False, standard_fields(GX)),
              GC: gc_info or LayerInfo(True, True, 4528, False, standard_fields(GC))}
    return PackageData(layers, [], list(gc), {}, Counter(), [], "320826", Limits(0.1, 0.5, 0.1))


def test_an_empty_standard_package_passes_every_rule():
    assert package_rules.run(package()) == []


def test_crs_gauss_kruger_is_right_geographic_a_warning_others_an_error():
    assert list(r101_crs.check(package())) == []
    geographic = package(LayerInfo(True, True, 4490, True, standard_fields(GX)))
    assert [(f.layer, f.level) for f in r101_crs.check(geographic)] == [(GX, "警告")]
    mercator = package(gc_info=LayerInfo(True, True, 3857, False, standard_fields(GC)))
    (finding,) = r101_crs.check(mercator)
    assert (finding.layer, finding.level) == (GC, "错误") and "EPSG:3857" in finding.message


def test_a_field_of_the_wrong_type_and_a_fixed_length_changed():
    fields = standard_fields(GX)
    fields["TBMJ"] = ("text", 20, 0)
    fields["BSM"] = ("text", 20, 0)
    faulty = package(LayerInfo(True, True, 4528, False, fields))
    assert [f.message for f in r103_fields.check(faulty)] == ["字段 TBMJ 为字符型，标准为浮点型"]
    assert [f.message for f in r104_lengths.check(faulty)] == ["字段 BSM 长度为 20，标准为 18"]


def test_xzqtzlx_from_the_two_counties():
    row = {"BGQTBBSM": "x", "BGHTBBSM": "y", "BGQZLDWDM": "3208270010000000000", "BGHZLDWDM": "3208260010000000000"}
    assert r702_xzqtzlx.expected(row, "320826") == "1"
    assert r702_xzqtzlx.expected(dict(row, BGQTBBSM=""), "320826") == "3"
    (finding,) = r702_xzqtzlx.check(package(gc=[dict(row, BSM="k", XZQTZLX="0")]))
    assert (finding.rule.id, finding.bsm, finding.layer) == ("R702", "k", GC)
