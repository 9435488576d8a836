"""Writes resources/models/forest_offset_change_package.model3: the forest-offset pipeline as one model.

Two-year overlay (landbalance:offsetoverlay_ganzhou_forest_offset: mining land restored to forest)
→ area statistics of the pieces → change package on the earlier year's DLTB (the base the year
began with) → the package checked. A shipped file; this script is how it was made (run it again
after changing the model):  python scripts/change_package_resources.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / ".build"), "/usr/share/qgis/python/plugins"]

from qgis.core import (  # noqa: E402
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

# The model-building helpers the reserve-bank model script already has (one way to build a model).
from reserve_bank_resources import child, output_of, parameter, save_model, source, static, write_files  # noqa: E402

MODEL = "forest_offset_change_package"
PACK = "ganzhou_forest_offset"
SURVEY_PACK = "county_survey"


def _parameter(model, definition, x, y, help_text):
    definition.setHelp(help_text)
    parameter(model, definition, x, y)


def write_model(path: Path) -> None:
    model = QgsProcessingModelAlgorithm(MODEL, "模型 Models")
    model.setGroup("模型 Models")
    _parameter(model, QgsProcessingParameterFeatureSource("later", "Parcels of the later year (DLTB)",
                                                          [QgsProcessing.TypeVectorPolygon]), 60, 80,
               "The year's DLTB in which restored mining land shows as forest.")
    _parameter(model, QgsProcessingParameterFeatureSource("earlier", "Parcels at the start of the year (DLTB)",
                                                          [QgsProcessing.TypeVectorPolygon]), 60, 160,
               "The earlier year's DLTB: the overlay's before-state and the change package's base.")
    _parameter(model, QgsProcessingParameterDateTime("update_date", "Update date (GXSJ)",
                                                     QgsProcessingParameterDateTime.Date), 60, 240,
               "更新时间 of the package's DLTBGXGC rows.")
    _parameter(model, QgsProcessingParameterString("filled_by", "Filled in by (入库填报人)", optional=True,
                                                   defaultValue=""), 60, 320, "Who filled in the reserve-bank rows.")
    child(model, f"landbalance:offsetoverlay_{PACK}", "offsetoverlay", "Two-year overlay 两期叠加", 330,
          {"INPUT": source("later"), "EARLIER": source("earlier"), "FILLED_BY": source("filled_by")},
          [("pieces", "OUTPUT", "Supplementary forest-land pieces 补充林地图斑")])
    child(model, "landbalance:areastatistics", "areastatistics", "Area statistics 面积统计", 560,
          {"INPUT": output_of("offsetoverlay", "OUTPUT"), "GROUP_FIELDS": static(["ZLDWMC"]),
           "CLASS_FIELD": static("BGH_DLBM"), "CLASS_LEVEL": static(0)},
          [("summary", "SUMMARY", "Pieces by township and class 分乡镇面积")])
    child(model, "landbalance:changepackage", "changepackage", "Change package 变更调查更新包", 790,
          {"PROGRAMME": static(SURVEY_PACK), "BASE": source("earlier"),
           "CHANGES": output_of("areastatistics", "OUTPUT"), "CLASS_FIELD": static("BGH_DLBM"),
           "UPDATE_DATE": source("update_date")},
          [("package", "OUTPUT", "Update package 更新包 (DLTBGX, DLTBGXGC)"),
           ("change_list", "LIST", "土地变更一览表")])
    child(model, "landbalance:validatechangepackage", "validate", "Package check 更新包质检", 1020,
          {"PROGRAMME": static(SURVEY_PACK), "PACKAGE": output_of("changepackage", "OUTPUT"),
           "BASE": source("earlier")},
          [("findings", "OUTPUT", "Package findings 质检问题"), ("check_report", "REPORT", "Check report 质检报告")])
    save_model(model, path, "林地占补平衡：两期叠加找出采矿用地修复为林地的图斑 → 面积统计 → "
               "生成年度变更调查更新包（以年初 DLTB 为基础） → 更新包质检。"
               "Forest-land offset, end to end: the two-year overlay finds mining land restored to forest "
               "(《赣州市林地占补平衡试点工作实施方案》赣市府办字〔2022〕49号), its pieces are measured by the "
               "survey formula, written as the annual change survey's update package on the DLTB the year "
               "began with, and the package is checked by the numbered rules.")


def main() -> int:
    return write_files((write_model, REPO / "resources" / "models" / f"{MODEL}.model3"))


if __name__ == "__main__":
    sys.exit(main())
