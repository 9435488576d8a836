"""Writes resources/styles/eligibility.qml and resources/models/eligibility_by_township.model3.

Both are shipped files; this script is how they were made (run it again after changing the
colours or the model):  python scripts/eligibility_resources.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / ".build"), "/usr/share/qgis/python/plugins"]

from qgis.core import (  # noqa: E402
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessing,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QPointF  # noqa: E402
from reserve_bank_resources import save_model, write_files  # noqa: E402

COLOURS = (("是", "#4caf50", "是 eligible"), ("部分", "#ffb300", "部分 partly"), ("否", "#e53935", "否 not eligible"))
PACK = "anhui_inout"
ROLES = ("nature_reserve_core", "water_source_l1", "eco_redline", "polluted_soil", "public_welfare_forest",
         "returned_farmland_forest", "expropriation_zone", "approved_unused", "river_lake")


def write_categorized_style(path: Path, field: str, categories, outline: dict) -> None:
    """A .qml colouring polygons by the text ``field``: (value, colour, label) per category."""
    layer = QgsVectorLayer(f"MultiPolygon?field={field}:string", field, "memory")
    renderer_categories = []
    for value, colour, label in categories:
        symbol = QgsFillSymbol.createSimple({"color": colour, **outline})
        renderer_categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, renderer_categories))
    message, ok = layer.saveNamedStyle(str(path))
    if not ok:
        raise SystemExit(message)


def write_style(path: Path) -> None:
    write_categorized_style(path, "ELIGIBLE", COLOURS, {"outline_color": "#424242", "outline_width": "0.1"})


def write_model(path: Path) -> None:
    from land_balance.rules.packs import load_packs

    names = {role["id"]: f"{role['name_zh']}（{role['name_en']}）" for role in load_packs().get(PACK).roles}
    model = QgsProcessingModelAlgorithm("eligibility_by_township", "模型 Models")
    model.setGroup("模型 Models")
    model.setHelpContent({"ALG_DESC": "适宜性叠加（安徽耕地转进）→ 按乡镇和适宜性统计椭球面积。"
                                      "Eligibility (Anhui cultivated land in) → official area by township "
                                      "and verdict.",
                          "ALG_CREATOR": "Land Balance"})
    y = 40.0
    parcels = QgsProcessingParameterFeatureSource("parcels", "候选图斑 DLTB（Candidate parcels）",
                                                  [QgsProcessing.TypeVectorPolygon])
    model.addModelParameter(parcels, _component("parcels", 60, y))
    for role in ROLES:
        y += 50
        definition = QgsProcessingParameterFeatureSource(role, names[role], [QgsProcessing.TypeVectorPolygon],
                                                         optional=True)
        model.addModelParameter(definition, _component(role, 60, y))
    dem = QgsProcessingParameterRasterLayer("dem", "数字高程模型（DEM）", optional=True)
    model.addModelParameter(dem, _component("dem", 60, y + 50))
    year = QgsProcessingParameterNumber("plan_year", "规划年度（Plan year）", QgsProcessingParameterNumber.Integer,
                                        2024)
    model.addModelParameter(year, _component("plan_year", 60, y + 100))

    check = QgsProcessingModelChildAlgorithm(f"landbalance:eligibility_{PACK}")
    check.setChildId("eligibility")
    check.setDescription("选址适宜性：耕地转进（Eligibility）")
    check.setPosition(QPointF(400, 200))
    check.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("parcels")])
    check.addParameterSources("RULE_SET", [QgsProcessingModelChildParameterSource.fromStaticValue("in")])
    for role in ROLES:
        check.addParameterSources(role.upper(), [QgsProcessingModelChildParameterSource.fromModelParameter(role)])
    check.addParameterSources("DEM", [QgsProcessingModelChildParameterSource.fromModelParameter("dem")])
    check.addParameterSources("PLAN_YEAR", [QgsProcessingModelChildParameterSource.fromModelParameter("plan_year")])
    out = QgsProcessingModelOutput("eligibility", "图斑适宜性（Eligibility of parcels）")
    out.setChildOutputName("OUTPUT")
    out.setChildId("eligibility")
    check.setModelOutputs({"eligibility": out})
    model.addChildAlgorithm(check)

    stats = QgsProcessingModelChildAlgorithm("landbalance:areastatistics")
    stats.setChildId("areastatistics")
    stats.setDescription("分乡镇、适宜性面积统计（Area by township and verdict）")
    stats.setPosition(QPointF(700, 200))
    stats.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("eligibility",
                                                                                             "OUTPUT")])
    stats.addParameterSources("GROUP_FIELDS", [QgsProcessingModelChildParameterSource.fromStaticValue(
        ["ZLDWMC", "ELIGIBLE"])])
    stats.addParameterSources("OUTPUT", [QgsProcessingModelChildParameterSource.fromStaticValue(None)])
    summary = QgsProcessingModelOutput("summary", "分乡镇面积（Area by township）")
    summary.setChildOutputName("SUMMARY")
    summary.setChildId("areastatistics")
    stats.setModelOutputs({"summary": summary})
    model.addChildAlgorithm(stats)
    save_model(model, path, "对候选图斑进行耕地转进适宜性叠加分析（landbalance:eligibility_anhui_inout），"
                            "再按乡镇（ZLDWMC）和适宜性（ELIGIBLE）统计图斑椭球面积"
                            "（landbalance:areastatistics）。Runs the Anhui 耕地转进 eligibility on the "
                            "candidate parcels and sums their official areas by township and verdict.")


def _component(name, x, y):
    component = QgsProcessingModelParameter(name)
    component.setPosition(QPointF(x, y))
    return component


def main() -> int:
    return write_files((write_style, REPO / "resources" / "styles" / "eligibility.qml"),
                       (write_model, REPO / "resources" / "models" / "eligibility_by_township.model3"))


if __name__ == "__main__":
    sys.exit(main())
