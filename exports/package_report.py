"""更新包质检报告: the validator's verdict as a workbook (a summary by rule, then every finding)."""

from __future__ import annotations

from ..rules.package_rules.base import ERROR
from .tables import TOTAL
from .xlsx import INTEGER, TEXT, Column, Sheet


def report_sheets(rules, findings, package_name: str, checked_on: str) -> list:
    """Two sheets: 质检汇总 (each rule with its error and warning counts, a 合计 row) and 问题清单
    (one row per finding, in rule order)."""
    counts = {rule.id: [0, 0] for rule in rules}
    for f in findings:
        counts[f.rule.id][0 if f.level == ERROR else 1] += 1
    summary_rows = [[rule.id, rule.name_zh, rule.severity, *counts[rule.id]] for rule in rules]
    errors = sum(c[0] for c in counts.values())
    warnings = sum(c[1] for c in counts.values())
    verdict = "通过" if errors == 0 else "不通过"
    summary = Sheet("质检汇总", "更新包质检汇总表", [
        Column("规则编号", 10), Column("规则名称", 36), Column("严重程度", 10),
        Column("错误数", 10, INTEGER), Column("警告数", 10, INTEGER)],
        summary_rows, [TOTAL, f"质检结论：{verdict}", "", errors, warnings],
        unit_left=f"更新包：{package_name}", unit_right=f"质检日期：{checked_on}", landscape=False)
    detail_rows = [[n + 1, f.rule.id, f.rule.name_zh, f.level, f.layer, f.bsm, f.message]
                   for n, f in enumerate(findings)]
    detail = Sheet("问题清单", "更新包质检问题清单", [
        Column("序号", 6, INTEGER), Column("规则编号", 9), Column("规则名称", 26), Column("严重程度", 8),
        Column("图层", 10), Column("标识码", 20), Column("问题描述", 70, TEXT)],
        detail_rows, [TOTAL, "", "", "", "", "", f"错误 {errors} 个，警告 {warnings} 个"],
        unit_left=f"更新包：{package_name}", unit_right=f"质检日期：{checked_on}", landscape=True)
    return [summary, detail]
