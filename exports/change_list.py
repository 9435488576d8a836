"""土地变更一览表 as a formatted sheet (one sheet, Chinese headers, m² and ha totals that foot).

Rows from rules/change_list.py; before (变更前) and after (变更后) codes under merged group
headers, BGMJ in m² and in hectares (footed: the rows add up to the 合计 row in both units).
A3 landscape: thirty-odd columns.
"""

from __future__ import annotations

from ..rules.change_list import CODES, hectares
from ..rules.tables import as_value
from .tables import TOTAL
from .xlsx import INTEGER, NUMBER, TEXT, Column, Sheet

TITLE = "土地变更一览表"
#: Column titles and widths (characters; a Chinese character takes two): headers wrap to two lines.
HEADERS = {"TBBSM": ("图斑标识码", 17), "TBBH": ("图斑编号", 5), "ZLDWDM": ("坐落单位代码", 17),
           "ZLDWMC": ("坐落单位名称", 8), "QSDWDM": ("权属单位代码", 17), "QSDWMC": ("权属单位名称", 8),
           "QSXZ": ("权属性质", 5), "DLBM": ("地类编码", 5), "GDLX": ("耕地类型", 5), "GDPDJB": ("坡度级别", 5),
           "CZCSXM": ("城镇村属性码", 6), "TBXHDM": ("图斑细化代码", 6), "ZZSXDM": ("种植属性代码", 6),
           "MSSM": ("描述说明", 5), "GDDB": ("耕地等别", 5)}
NOTES = ("每个变更图斑（变更前图斑与变更后图斑的交集）一行；仅图形分割、属性不变的记录不列出。",
         "地类行面积取变更前、变更后图斑地类面积（TBDLMJ）的较小值；田坎面积的变化另列一行（地类编码 1203）。",
         "面积按图斑椭球面积计算，单位平方米（两位小数）；公顷栏按最大余数法取舍，各行之和等于合计。")


def change_list_sheet(rows: list, ha_decimals: int, unit_left: str, unit_right: str) -> Sheet:
    """The sheet for ``rows`` (ListRow)."""
    columns = [Column("序号", 6, INTEGER)]
    for group in ("变更前", "变更后"):
        columns += [Column(HEADERS[n][0], HEADERS[n][1], TEXT, group=group) for n in CODES]
    columns += [Column("平方米", 14, NUMBER, 2, group="变更面积"),
                Column("公顷", 10, NUMBER, ha_decimals, group="变更面积")]
    hectare_units = hectares(rows, ha_decimals)
    body = [[n + 1, *r.before, *r.after, as_value(r.cents, 2), as_value(u, ha_decimals)]
            for n, (r, u) in enumerate(zip(rows, hectare_units))]
    total_cents = sum(r.cents for r in rows)
    total = [TOTAL] + [""] * (2 * len(CODES)) + [as_value(total_cents, 2), as_value(sum(hectare_units), ha_decimals)]
    return Sheet(TITLE, TITLE, columns, body, total, unit_left=unit_left, unit_right=unit_right,
                 notes=list(NOTES), notes_title="填表说明：", landscape=True, paper="A3")
