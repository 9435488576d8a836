"""landbalance:subsidyschedule — 补助资金拨付: each project's subsidy stages, paid, due and claw-back.

A thin adapter over rules/ledger.py (seed 003 五(三)(四); DOMAIN.md section 4): a project's new
parcels are measured by the survey's formula and split into dry land and paddy by class; the
workflow step the project reached (from the workflow store, or a step field) says which stages
are paid. Amounts are whole fen from exact areas, shown in yuan.
"""

from __future__ import annotations

from ..exports.tables import SUBTOTAL, TOTAL
from ..exports.xlsx import NUMBER, Column, Sheet
from ..i18n import pick
from ..rules import landclass
from ..rules.ledger import money_section, project_subsidy
from ..rules.survey import official_m2
from ..rules.tables import FootedTable, Quantity, cents_of, unit_per_m2
from .base import fail
from .ledger_common import LedgerAlgorithm, naming_fields, programme_statuses, step_id, truthy
from .ledger_output import REAL, TEXT, hundredths, save_workbook, write_table, yuan
from .parcels import read_parcels, report_reading

CAPABILITY = "subsidyschedule"
AREAS = ("dry", "paddy", "occupied_dry", "occupied_paddy")
QUANTITIES = {a: Quantity(a, "mu", 2, source=a) for a in AREAS}
MU_PER_CENT = unit_per_m2("mu") / 100


class SubsidySchedule(LedgerAlgorithm):
    INPUT = "INPUT"
    PROJECT_FIELD = "PROJECT_FIELD"
    NAME_FIELD = "NAME_FIELD"
    TOWNSHIP_FIELD = "TOWNSHIP_FIELD"
    CLASS_FIELD = "CLASS_FIELD"
    STEP_FIELD = "STEP_FIELD"
    OCCUPIED_FIELD = "OCCUPIED_FIELD"
    OUTPUT = "OUTPUT"
    XLSX = "XLSX"

    def uses(self, pack) -> bool:
        return bool((pack.section("money") or {}).get("stages")) and bool(pack.steps)

    def name(self):
        return "subsidyschedule"

    def displayName(self):
        return self.tr("Subsidy payment schedule")

    def shortHelpString(self):
        return self.tr(
            "Per project, from its new parcels (dry land and paddy by class, official ellipsoidal areas) and the "
            "workflow step it reached: each payment stage of the rule pack with its amount (Lianshui: at city "
            "approval 1万/2万 yuan per mu of dry land/paddy, at city acceptance 2万/6万, the remainder after entry "
            "into the national supervision system; 5万/10万 in all), what is paid by now, what is still due, and the "
            "claw-back for new land later occupied and not restored (1万/2万 per mu). Amounts are exact to the fen: "
            "the remainder stage pays exactly what the earlier stages left. Rule source: {}").format(self.documents())

    def initAlgorithm(self, config=None):
        self.add_programme_parameter(default="lianshui_requisition")
        self.add_parcels(self.INPUT, self.tr("Parcels of new cultivated land"),
                         self.tr("The projects' new cultivated-land parcels, each with its project and class."))
        self.add_field(self.PROJECT_FIELD, self.tr("Project field (备案号)"),
                       self.tr("The project each parcel belongs to (its supervision-system record number)."), "XMBH")
        self.add_field(self.NAME_FIELD, self.tr("Project name field"), self.tr("Optional: the project's name."))
        self.add_field(self.TOWNSHIP_FIELD, self.tr("Township field"),
                       self.tr("Optional: the township the money goes to; adds a subtotal per township."))
        self.add_field(self.CLASS_FIELD, self.tr("Land-class field (after the works)"),
                       self.tr("Dry land or paddy as the rule pack's money classes say (0102/0103 dry, 0101 paddy)."),
                       "DLBM")
        self.add_field(self.STEP_FIELD, self.tr("Workflow step field"),
                       self.tr("Optional: the step the project reached (id or Chinese name); else the workflow store."))
        self.add_field(self.OCCUPIED_FIELD, self.tr("Occupied and not restored field"),
                       self.tr("Optional: 是/1/yes on parcels later occupied and not restored (the claw-back)."))
        self.add_id_field()
        self.add_store_parameters(help_text=self.tr("Where the projects' workflow is recorded; used when there is no "
                                                    "step field."))
        self.add_sink(self.OUTPUT, self.tr("Subsidy schedule"), self.tr(
            "One row per project: dry land and paddy, each stage's amount, subsidy, paid, due, claw-back (yuan)."))
        self.add_xlsx(self.XLSX, self.tr("Subsidy schedule (.xlsx)"), self.tr(
            "The schedule as the finance bureau files it: per township and project, in yuan."))
        self.add_outputs(("PROJECTS", self.tr("Projects")), ("TOTAL_YUAN", self.tr("Subsidy (yuan)")),
                         ("PAID_YUAN", self.tr("Paid by now (yuan)")), ("DUE_YUAN", self.tr("Still due (yuan)")),
                         ("CLAWBACK_YUAN", self.tr("Claw-back (yuan)")))
        self.add_rules_output()

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        money = money_section(pack)
        source, name = self.polygon_source(parameters, self.INPUT, context, feedback)
        f = {k: self.parameterAsString(parameters, k, context) for k in (
            self.PROJECT_FIELD, self.NAME_FIELD, self.TOWNSHIP_FIELD, self.CLASS_FIELD, self.STEP_FIELD,
            self.OCCUPIED_FIELD, self.ID_FIELD)}
        f[self.PROJECT_FIELD] = f[self.PROJECT_FIELD] or "XMBH"
        f[self.CLASS_FIELD] = f[self.CLASS_FIELD] or "DLBM"
        location = self.parameterAsString(parameters, "STORE", context)
        if not f[self.STEP_FIELD] and not location:
            raise fail(self.tr("Give the workflow step field or the workflow store: the stages paid depend on the "
                               "step each project reached."))
        wanted = [f[k] for k in (self.PROJECT_FIELD, self.NAME_FIELD, self.TOWNSHIP_FIELD, self.CLASS_FIELD,
                                 self.STEP_FIELD, self.OCCUPIED_FIELD) if f[k]]
        key_field = "" if f[self.STEP_FIELD] else (f[self.ID_FIELD] or "BSM")
        parcels = read_parcels(source, context, feedback, name, wanted + naming_fields(source), key_field=key_field,
                               keep_geometries=False)
        report_reading(parcels, name, feedback)
        cents = cents_of(official_m2(parcels.official_m2(context, name))).tolist() if len(parcels) else []
        labels = parcels.labels(parcels.fids)
        steps = self._steps(parameters, context, pack, parcels, f, labels, name)
        projects = self._projects(pack, money, parcels, f, labels, cents, steps, name, feedback)
        if feedback.isCanceled():
            return {}
        table = self._table(projects)
        rows = self._rows(pack, table, projects)
        spec, aliases = self._spec(pack)
        result = {self.OUTPUT: write_table(self, parameters, self.OUTPUT, context, spec,
                                           [r[0] for r in rows if r[1] == "detail"], aliases)}
        xlsx = self.parameterAsFileOutput(parameters, self.XLSX, context)
        if xlsx:
            save_workbook(xlsx, [self._sheet(pack, rows, name, bool(f[self.TOWNSHIP_FIELD]))])
            result[self.XLSX] = xlsx
        plans = [p["plan"] for p in projects.values()]
        result.update(PROJECTS=len(projects), TOTAL_YUAN=yuan(sum(p.total for p in plans)),
                      PAID_YUAN=yuan(sum(p.paid for p in plans)), DUE_YUAN=yuan(sum(p.due for p in plans)),
                      CLAWBACK_YUAN=yuan(sum(p.clawback for p in plans)), RULES=pack.label)
        feedback.pushInfo(self.tr("{} projects: subsidy {} yuan, paid {}, due {}, claw-back {}.").format(
            len(projects), *(f"{result[k]:,.2f}" for k in ("TOTAL_YUAN", "PAID_YUAN", "DUE_YUAN", "CLAWBACK_YUAN"))))
        return result

    def _steps(self, parameters, context, pack, parcels, f, labels, layer) -> list:
        """The workflow step of each parcel (None: not yet approved)."""
        if f[self.STEP_FIELD]:
            out = []
            for row, value in enumerate(parcels.column(f[self.STEP_FIELD])):
                try:
                    out.append(step_id(pack, value))
                except KeyError:
                    raise fail(self.tr("Layer “{}”, parcel {}: “{}” in field {} is not a step of {} ({}).").format(
                        layer, labels[row], value, f[self.STEP_FIELD], pack.label,
                        "、".join(s["name_zh"] for s in pack.steps))) from None
            return out
        statuses, _ = programme_statuses(self.parameterAsString(parameters, "STORE", context),
                                         self.parameterAsString(parameters, "AUTHCFG", context), pack.id)
        return [statuses[k].step if k in statuses else None for k in parcels.keys]

    def _projects(self, pack, money, parcels, f, labels, cents, steps, layer, feedback) -> dict:
        dry, paddy = landclass.expand(money["dry_classes"]), landclass.expand(money["paddy_classes"])
        order = [s["id"] for s in pack.steps]
        column = {k: parcels.column(f[k]) if f[k] else None for k in (
            self.PROJECT_FIELD, self.NAME_FIELD, self.TOWNSHIP_FIELD, self.CLASS_FIELD, self.OCCUPIED_FIELD)}
        projects = {}
        for row, label in enumerate(labels):
            ref = str(column[self.PROJECT_FIELD][row] or "").strip()
            if not ref:
                raise fail(self.tr("Layer “{}”, parcel {}: no project in field {}.").format(
                    layer, label, f[self.PROJECT_FIELD]))
            code = landclass.normalise_code(column[self.CLASS_FIELD][row])
            if code not in dry | paddy:
                raise fail(self.tr("Layer “{}”, parcel {}: class {} “{}” is neither dry land ({}) nor paddy ({}); "
                                   "only new cultivated land is subsidised.").format(
                    layer, label, f[self.CLASS_FIELD], code or "—", "、".join(sorted(dry)), "、".join(sorted(paddy))))
            project = projects.setdefault(ref, {"name": "", "township": "", "steps": [], "cents": dict.fromkeys(
                AREAS, 0), "parcels": 0})
            kind = "paddy" if code in paddy else "dry"
            project["cents"][kind] += cents[row]
            if column[self.OCCUPIED_FIELD] is not None and truthy(column[self.OCCUPIED_FIELD][row]):
                project["cents"]["occupied_" + kind] += cents[row]
            project["steps"].append(steps[row])
            project["parcels"] += 1
            for key, attribute in ((self.NAME_FIELD, "name"), (self.TOWNSHIP_FIELD, "township")):
                if column[key] is not None and not project[attribute]:
                    project[attribute] = str(column[key][row] or "")
        for ref, project in projects.items():
            ranks = [order.index(s) if s is not None else -1 for s in project["steps"]]
            if len(set(ranks)) > 1:
                feedback.pushWarning(self.tr("Project {}: its parcels are at different steps; the least advanced "
                                             "decides what is paid.").format(ref))
            project["step"] = order[min(ranks)] if min(ranks) >= 0 else None
            c = project["cents"]
            project["plan"] = project_subsidy(pack, c["dry"] * MU_PER_CENT, c["paddy"] * MU_PER_CENT, project["step"],
                                              c["occupied_dry"] * MU_PER_CENT, c["occupied_paddy"] * MU_PER_CENT)
        return projects

    @staticmethod
    def _table(projects) -> FootedTable:
        table = FootedTable(("township", "project"), list(QUANTITIES.values()), subtotals=(1,))
        for ref, project in projects.items():
            table.add((project["township"], ref), dict(project["cents"]))
        return table

    def _rows(self, pack, table, projects) -> list:
        """(values, kind) per township subtotal and project, then the total (amounts in fen summed)."""
        steps = {s["id"]: s for s in pack.steps}
        out = []
        for row in table.rows():
            if row.kind == "subtotal":
                members = [p for p in projects.values() if p["township"] == row.key[0]]
                out.append((self._values(pack, row.key[0], SUBTOTAL, "", "", row, members), "subtotal"))
            else:
                project = projects[row.key[1]]
                step = steps.get(project["step"])
                out.append((self._values(pack, row.key[0], row.key[1], project["name"],
                                         pick(step["name_zh"], step["name_en"]) if step else self.tr("not approved"),
                                         row, [project]), "detail"))
        out.append((self._values(pack, "", TOTAL, "", "", table.total(), list(projects.values())), "total"))
        return out

    @staticmethod
    def _values(pack, township, ref, name, step, row, members) -> list:
        plans = [m["plan"] for m in members]
        stages = [sum(p.stages[k][1] for p in plans) for k in range(len(money_section(pack)["stages"]))]
        mu = {a: hundredths(row.units[a]) for a in AREAS}
        return ([township, ref, name, step, mu["dry"], mu["paddy"]] + [yuan(s) for s in stages]
                + [yuan(sum(getattr(p, k) for p in plans)) for k in ("total", "paid", "due")]
                + [mu["occupied_dry"], mu["occupied_paddy"]]
                + [yuan(sum(getattr(p, k) for p in plans)) for k in ("clawback", "net_due", "refund")]
                + [pack.label])

    def _stage_names(self, pack) -> list:
        steps = {s["id"]: s for s in pack.steps}
        return [pick(steps[s["step"]]["name_zh"], steps[s["step"]]["name_en"]) for s in money_section(pack)["stages"]]

    def _spec(self, pack):
        stages = self._stage_names(pack)
        spec = [("TOWNSHIP", TEXT, 60, 0), ("PROJECT", TEXT, 40, 0), ("NAME", TEXT, 120, 0), ("STEP", TEXT, 80, 0),
                ("DRY_MU", REAL, 15, 2), ("PADDY_MU", REAL, 15, 2)]
        spec += [(f"STAGE{k + 1}_YUAN", REAL, 18, 2) for k in range(len(stages))]
        spec += [("TOTAL_YUAN", REAL, 18, 2), ("PAID_YUAN", REAL, 18, 2), ("DUE_YUAN", REAL, 18, 2),
                 ("OCC_DRY_MU", REAL, 15, 2), ("OCC_PADDY_MU", REAL, 15, 2), ("CLAWBACK_YUAN", REAL, 18, 2),
                 ("NET_DUE_YUAN", REAL, 18, 2), ("REFUND_YUAN", REAL, 18, 2), ("RULES", TEXT, 80, 0)]
        aliases = {"TOWNSHIP": self.tr("Township"), "PROJECT": self.tr("Project (备案号)"),
                   "NAME": self.tr("Project name"), "STEP": self.tr("Step reached"),
                   "DRY_MU": self.tr("Dry land (mu)"), "PADDY_MU": self.tr("Paddy (mu)"),
                   "TOTAL_YUAN": self.tr("Subsidy (yuan)"), "PAID_YUAN": self.tr("Paid by now (yuan)"),
                   "DUE_YUAN": self.tr("Still due (yuan)"), "OCC_DRY_MU": self.tr("Dry land occupied (mu)"),
                   "OCC_PADDY_MU": self.tr("Paddy occupied (mu)"), "CLAWBACK_YUAN": self.tr("Claw-back (yuan)"),
                   "NET_DUE_YUAN": self.tr("Due after claw-back (yuan)"), "REFUND_YUAN": self.tr("To refund (yuan)"),
                   "RULES": self.tr("Rules applied (id@version)")}
        aliases.update({f"STAGE{k + 1}_YUAN": self.tr("{} (yuan)").format(n) for k, n in enumerate(stages)})
        return spec, aliases

    def _sheet(self, pack, rows, layer, by_township) -> Sheet:
        money = money_section(pack)
        area, stages, occupied = self.tr("New cultivated land (mu)"), self.tr("Paid in stages"), \
            self.tr("Occupied, not restored (mu)")
        columns = [Column(self.tr("Township"), 10), Column(self.tr("Project (备案号)"), 16),
                   Column(self.tr("Project name"), 24), Column(self.tr("Step reached"), 13),
                   Column(self.tr("Dry land"), 9, NUMBER, 2, area), Column(self.tr("Paddy"), 9, NUMBER, 2, area)]
        columns += [Column(n, 13, NUMBER, 2, stages) for n in self._stage_names(pack)]
        columns += [Column(self.tr("Subsidy"), 14, NUMBER, 2), Column(self.tr("Paid by now"), 14, NUMBER, 2),
                    Column(self.tr("Still due"), 14, NUMBER, 2), Column(self.tr("Dry land"), 8, NUMBER, 2, occupied),
                    Column(self.tr("Paddy"), 8, NUMBER, 2, occupied), Column(self.tr("Claw-back"), 12, NUMBER, 2),
                    Column(self.tr("Due after claw-back"), 14, NUMBER, 2), Column(self.tr("To refund"), 12, NUMBER, 2)]
        body, bold = [], set()
        for values, kind in rows[:-1]:
            if kind == "subtotal" and not by_township:
                continue
            if kind == "subtotal":
                bold.add(len(body))
            body.append(values[:-1])
        total = [TOTAL, ""] + rows[-1][0][2:-1]
        rates = money["subsidy"]
        notes = [self.tr("Subsidy per mu: dry land {} yuan, paddy {} yuan; stages: {}; the last stage pays the "
                         "remainder.").format(f"{rates['dry']:,}", f"{rates['paddy']:,}", "；".join(
                             self._stage_rule(s, n) for s, n in zip(money["stages"], self._stage_names(pack)))),
                 self.tr("Claw-back per mu of new land later occupied and not restored: dry land {} yuan, paddy {} "
                         "yuan.").format(f"{money.get('clawback', {}).get('dry', 0):,}",
                                         f"{money.get('clawback', {}).get('paddy', 0):,}"),
                 self.tr("Areas are official ellipsoidal areas; amounts are computed on the exact areas and rounded "
                         "to the fen once per project and stage."),
                 self.tr("Rules: {} — {}").format(pack.label, pack.document_zh)]
        return Sheet(self.tr("Subsidy schedule"), self.tr("Subsidy payment schedule of the projects"), columns, body,
                     total, unit_left=self.tr("Layer: {}").format(layer), unit_right=self.tr("Units: mu, yuan"),
                     notes=notes, notes_title=self.tr("Notes:"), paper="A3", bold_rows=frozenset(bold))

    def _stage_rule(self, stage, name) -> str:
        if stage.get("remainder"):
            return self.tr("{}: the remainder").format(name)
        return self.tr("{}: dry {} / paddy {} yuan per mu").format(name, f"{stage.get('dry', 0):,}",
                                                                 f"{stage.get('paddy', 0):,}")


def algorithms(packs) -> list:
    return [SubsidySchedule(packs)]

