"""Writes resources/models/reserve_bank_annual.model3: one year of the reserve bank in one run.

The two-year overlay → the 附件2 form (and its row layer) → the quota split → the city's field
check (30 % of the area) → the province's re-check drawn from the city's sample (15 %), as
Ganzhou's plan asks (seeds/000_9e49406886a189a5.txt). A shipped file; this script is how it
was made (run it again after changing the model):  python scripts/reserve_bank_resources.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / ".build"), "/usr/share/qgis/python/plugins"]

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF  # noqa: E402

PACK = "ganzhou_forest_offset"
NAME = "reserve_bank_annual"


def parameter(model, definition, x, y):
    component = QgsProcessingModelParameter(definition.name())
    component.setPosition(QPointF(x, y))
    model.addModelParameter(definition, component)


def source(name):
    return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]


def output_of(child, name):
    return [QgsProcessingModelChildParameterSource.fromChildOutput(child, name)]


def static(value):
    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def child(model, algorithm, child_id, description, x, sources, outputs=(), y=220):
    step = QgsProcessingModelChildAlgorithm(algorithm)
    step.setChildId(child_id)
    step.setDescription(description)
    step.setPosition(QPointF(x, y))
    for key, value in sources.items():
        step.addParameterSources(key, value)
    model_outputs = {}
    for output_name, child_output, text in outputs:
        out = QgsProcessingModelOutput(output_name, text)
        out.setChildOutputName(child_output)
        out.setChildId(child_id)
        model_outputs[output_name] = out
    step.setModelOutputs(model_outputs)
    model.addChildAlgorithm(step)


def save_model(model, path: Path, description: str) -> None:
    """The model with its help (what it does, in Chinese then English) to ``path``."""
    model.setHelpContent({"ALG_DESC": description, "ALG_CREATOR": "Land Balance"})
    if not model.toFile(str(path)):
        raise SystemExit(f"could not write {path}")


def write_files(*writes) -> int:
    """In a QGIS without its interface, each (write, path): write(path), and say so."""
    app = QgsApplication([], False)
    app.initQgis()
    for write, path in writes:
        write(path)
        print(f"written {path.relative_to(REPO)}")
    return 0


def write_model(path: Path) -> None:
    model = QgsProcessingModelAlgorithm(NAME, "模型 Models")
    parameter(model, QgsProcessingParameterFeatureSource("later", "后一年度图斑 DLTB（Later year's parcels）",
                                                         [QgsProcessing.TypeVectorPolygon]), 60, 40)
    parameter(model, QgsProcessingParameterFeatureSource("earlier", "前一年度图斑（Earlier year's parcels）",
                                                         [QgsProcessing.TypeVectorPolygon]), 60, 90)
    parameter(model, QgsProcessingParameterNumber("year", "年度（Year）", QgsProcessingParameterNumber.Integer, 2023,
                                                  minValue=1949, maxValue=2200), 60, 140)
    parameter(model, QgsProcessingParameterString("unit", "单位：县（市、区）（Unit: the county）", "崇义县"), 60, 190)
    parameter(model, QgsProcessingParameterString("reporter", "入库填报人（Reporter）"), 60, 240)
    seed = QgsProcessingParameterNumber("seed", "随机种子（Random seed）", QgsProcessingParameterNumber.Integer, 1,
                                        minValue=0)
    parameter(model, seed, 60, 290)
    child(model, f"landbalance:offsetoverlay_{PACK}", "overlay", "两期叠加（Two-year overlay）", 300,
          {"INPUT": source("later"), "EARLIER": source("earlier"), "FILLED_BY": source("reporter"),
           "OUTPUT": static("TEMPORARY_OUTPUT")})
    child(model, "landbalance:reservebankform", "form", "补充林地储备库表（附件2）", 520,
          {"INPUT": output_of("overlay", "OUTPUT"), "PROGRAMME": static(PACK), "YEAR": source("year"),
           "UNIT": source("unit"), "REPORTER": source("reporter")},
          [("form", "OUTPUT", "储备库表 .xlsx（Reserve-bank form）"), ("rows", "TABLE", "储备库表的行（Form rows）")])
    child(model, "landbalance:forestquota", "quota", "新增林地定额测算（Quota）", 740,
          {"INPUT": output_of("form", "TABLE"), "PROGRAMME": static(PACK), "YEAR": source("year")}, y=380)
    child(model, "landbalance:verificationsample", "city", "市级现场核查抽样（City check, 30 %）", 740,
          {"INPUT": output_of("form", "TABLE"), "PROGRAMME": static(PACK), "SAMPLING": static("city_check"),
           "SEED": source("seed")},
          [("city_sample", "OUTPUT", "市级核查样本（City sample）"),
           ("city_checklist", "CHECKLIST", "市级现场核查清单 .xlsx（City checklist）")])
    child(model, "landbalance:verificationsample", "province", "省级现场复查抽样（Province re-check, 15 %）", 960,
          {"INPUT": output_of("city", "OUTPUT"), "PROGRAMME": static(PACK),
           "SAMPLING": static("province_recheck"), "SEED": source("seed"), "POPULATION_FIELD": static("SAMPLE")},
          [("province_sample", "OUTPUT", "省级复查样本（Province sample）"),
           ("province_checklist", "CHECKLIST", "省级现场复查清单 .xlsx（Province checklist）")])
    save_model(model, path,
               "补充林地储备库一个年度的成果（《赣州市林地占补平衡试点工作实施方案》赣市府办字〔2022〕49号）："
               "两期叠加找出采矿用地修复为林地的图斑 → 填写补充林地储备库表（附件2）→ 测算新增林地定额 → "
               "市级按总面积30%现场核查抽样 → 省级从市级样本中按总面积15%复查抽样。"
               "One year of the reserve bank: overlay → the 附件2 form → the quota split → the city's 30 % "
               "field check → the province's 15 % re-check drawn from the city's sample.")


def main() -> int:
    return write_files((write_model, REPO / "resources" / "models" / f"{NAME}.model3"))


if __name__ == "__main__":
    sys.exit(main())
