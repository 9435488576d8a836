"""The forest one map (森林资源管理一张图), or DLTB, as the forest-land plan algorithms read it.

Shared by landbalance:forestplanstats and landbalance:forestplanatlas so that both count the
same parcels the same way: fields chosen by parameters, parcels read by the one parcel reader
(processing/parcels.py, official areas), coded values checked against the pack's lists by
rules/forest_plan.py, and its refusals worded here for the technician.
"""

from __future__ import annotations

from dataclasses import dataclass


from ..i18n import tr
from ..rules import forest_plan
from ..rules.tables import cents_of
from .base import ProgrammeAlgorithm, fail
from .parcels import check_polygon_source, read_parcels, report_reading
from .source_encoding import fix_source_encoding

INPUT = "INPUT"
BASE_YEAR = "BASE_YEAR"
STOCK_PER_HECTARE = "STOCK_PER_HECTARE"


NATIONAL_DOCUMENT = "《新一轮林地保护利用规划编制技术方案》（林资发〔2020〕95号）"


class ForestPlanAlgorithm(ProgrammeAlgorithm):
    """What the plan's algorithms share: their group, the plan packs they run on, the
    PROGRAMME and BASE_YEAR parameters and the documents their help cites."""

    def group(self):
        return tr("Forest-land protection plan")

    def groupId(self):
        return "forestplan"

    def uses(self, pack) -> bool:
        return forest_plan.is_forest_plan(pack.data)

    def documents(self) -> str:
        """The packs' policy documents and the national technical scheme the seed names."""
        return "；".join([p.document_zh for p in self.programmes()] + [NATIONAL_DOCUMENT])

    def add_plan_parameters(self) -> None:
        self.add_programme_parameter(tr("Plan"), "huaxi_forest_plan")
        programmes = self.programmes()
        add_base_year_parameter(self, programmes[0].data["plan"]["baseline_year"] if programmes else 2020)


@dataclass(frozen=True)
class FieldRole:
    """A field parameter: its key, the one map's usual field name, and what it holds
    (a rules/forest_plan.py dimension, or land_class / township / stock)."""

    key: str
    default: str
    role: str
    numeric: bool = False
    required: bool = False


ROLES = (
    FieldRole("CLASS_FIELD", "DLBM", forest_plan.LAND_CLASS, required=True),
    FieldRole("TOWNSHIP_FIELD", "ZLDWMC", "township", required=True),
    FieldRole("GRADE_FIELD", "BH_DJ", "protection_grades"),
    FieldRole("CATEGORY_FIELD", "SEN_LIN_LB", "forest_categories"),
    FieldRole("ORIGIN_FIELD", "QI_YUAN", "forest_origins"),
    FieldRole("STOCK_FIELD", "XU_JI", "stock", numeric=True),
    FieldRole("CHANGE_FIELD", "BCLD", "forest_changes"),
)


def role_names() -> dict:
    """What each field holds, in the user's language."""
    return {
        forest_plan.LAND_CLASS: tr("land class"),
        "township": tr("township"),
        "protection_grades": tr("protection grade"),
        "forest_categories": tr("forest category"),
        "forest_origins": tr("origin (natural forest)"),
        "stock": tr("stock volume"),
        "forest_changes": tr("forest-land change type (BCLD)"),
    }


def role_helps() -> dict:
    return {
        forest_plan.LAND_CLASS: tr("Field holding the 三调 land-class code (DLBM); the pack says which codes are "
                                   "forest land (林地) and which are forest (森林)."),
        "township": tr("Field naming each parcel's township (乡镇); the tables have one row per township, the atlas "
                       "one page. Empty values are refused."),
        "protection_grades": tr("Field holding the forest-land protection grade (林地保护等级 BH_DJ, Ⅰ–Ⅳ); the "
                                "pack's list says which values mean which grade. Leave empty if the layer has none: "
                                "the grade table is then left out."),
        "forest_categories": tr("Field holding the forest category (森林类别: 11 重点公益林, 12 一般公益林, "
                                "21 重点商品林, 22 一般商品林). Leave empty if the layer has none."),
        "forest_origins": tr("Field holding the origin (起源) that says whether a forest is natural (天然林); the "
                             "pack lists its codes. Leave empty if the layer has none."),
        "stock": tr("Numeric field holding each parcel's stock volume (蓄积量), for the forest-land productivity "
                    "(林地生产率, m³/ha). Leave empty if the layer has none."),
        "forest_changes": tr("Field holding the forest-land change type (林地范围变化类型 BCLD: 1 existing, "
                             "2 supplementary, 3 reduced forest land). Leave empty if the layer has none."),
    }


def add_input_parameters(algorithm, roles=ROLES) -> None:
    algorithm.add_parcels(INPUT, tr("Forest one map (or DLTB)"), tr(
        "The forest resource one map (森林资源管理一张图, e.g. LDBHYZT) or DLTB with its fields, in any CRS that "
        "reaches CGCS2000; areas are the land survey's official ellipsoidal areas."))
    names, helps = role_names(), role_helps()
    for role in roles:
        # No default value: Processing would put it back for an empty parameter, and a layer
        # without the field could then never leave it out. An empty parameter takes the one
        # map's usual field name when the layer has it.
        algorithm.add_field(role.key, tr("Field: {} (empty: {} if present)").format(names[role.role], role.default),
                            helps[role.role], parent=INPUT, numeric=role.numeric)


def add_base_year_parameter(algorithm, default: int) -> None:
    algorithm.add_year(BASE_YEAR, tr("Baseline year"), tr(
        "The year the one map describes (规划基期); default: the pack's baseline year (花溪区: 2020). It must be "
        "before the near-term target year."), default, optional=True)


def add_stock_unit_parameter(algorithm) -> None:
    algorithm.add_flag(STOCK_PER_HECTARE, tr("The stock field is per hectare (m³/ha)"), tr(
        "Off: the stock field holds each parcel's whole stock volume (m³). On: it holds the stock per hectare "
        "(每公顷蓄积), which is multiplied by the parcel's official area."), advanced=True, optional=True)


def base_year(algorithm, parameters, context, spec) -> int:
    given = parameters.get(BASE_YEAR)
    year = spec.baseline_year if given in (None, "") else algorithm.parameterAsInt(parameters, BASE_YEAR, context)
    if year >= spec.near_term_year:
        raise fail(tr("The baseline year {} must be before the plan's near-term target year {}.").format(
            year, spec.near_term_year))
    return year


@dataclass
class ReadMap:
    """What an algorithm gets back: the classified parcels, the parcels as read, the layer's
    name and the field chosen per role."""

    fmap: forest_plan.ForestMap
    parcels: object
    name: str
    fields: dict


def read_forest_map(algorithm, parameters, context, feedback, spec, roles=ROLES,
                    keep_geometries: bool = False) -> ReadMap:
    fix_source_encoding(algorithm, parameters, INPUT, context, feedback)
    source = algorithm.parameterAsSource(parameters, INPUT, context)
    name = algorithm.input_name(parameters, INPUT, context)
    check_polygon_source(source, name)
    fields = _chosen_fields(algorithm, parameters, context, source, name, roles)
    parcels = read_parcels(source, context, feedback, name, sorted(set(fields.values())),
                           keep_geometries=keep_geometries)
    if not parcels.fids:
        raise fail(tr("Layer “{}” has no features: nothing to count.").format(name))
    report_reading(parcels, name, feedback)
    cents = cents_of(parcels.official_m2(context, name))
    values = {d: (parcels.column(fields[d]) if d in fields else None) for d in forest_plan.DIMENSIONS}
    stock = parcels.column(fields["stock"]) if "stock" in fields else None
    per_hectare = STOCK_PER_HECTARE in parameters and algorithm.parameterAsBoolean(
        parameters, STOCK_PER_HECTARE, context)
    try:
        fmap = forest_plan.forest_map(spec, parcels.column(fields["township"]),
                                      parcels.column(fields[forest_plan.LAND_CLASS]), cents, values, stock,
                                      per_hectare)
    except forest_plan.ForestMapError as err:
        raise fail(refusal(err, parcels, name, fields, spec)) from None
    for code, details in fmap.warnings:
        feedback.pushWarning(warning_text(code, details, parcels, fields))
    return ReadMap(fmap, parcels, name, fields)


def _chosen_fields(algorithm, parameters, context, source, name, roles) -> dict:
    """role → field name, for the fields given; a named field the layer lacks is an error."""
    out, names = {}, role_names()
    for role in roles:
        chosen = algorithm.parameterAsFields(parameters, role.key, context)
        field_name = chosen[0] if chosen else ""
        if not field_name and source.fields().lookupField(role.default) >= 0:
            field_name = role.default
        if not field_name:
            if role.required:
                raise fail(tr("Layer “{}” has no field “{}”: choose the field holding the {}.").format(
                    name, role.default, names[role.role]))
            continue
        if source.fields().lookupField(field_name) < 0:
            raise fail(tr("Layer “{}” has no field “{}” (the {}): choose the field that holds it, or leave the "
                          "parameter empty if the layer has none.").format(name, field_name, names[role.role]))
        out[role.role] = field_name
    return out


def _parcel_list(parcels, rows, limit: int = 20) -> str:
    shown = "、".join(parcels.labels([parcels.fids[r] for r in rows[:limit]]))
    return shown + (" …" if len(rows) > limit else "")


def refusal(err: forest_plan.ForestMapError, parcels, name: str, fields: dict, spec) -> str:
    """The technician's message for a ForestMapError."""
    details, names = err.details, role_names()
    if err.code == forest_plan.NO_FOREST_LAND:
        found = "、".join(f"{code or tr('(empty)')} ×{n}" for code, n in details["found"])
        return tr("Layer “{}” has no forest land: no parcel's land class (field “{}”) is one of the plan's "
                  "forest-land classes ({}). Most frequent classes: {}.").format(
            name, fields[forest_plan.LAND_CLASS], "、".join(details["classes"]), found)
    if err.code == forest_plan.EMPTY_TOWNSHIP:
        rows = details["rows"]
        return tr("Layer “{}”: {} parcels have no township in field “{}”: {}. Fill in the township so that every "
                  "parcel is counted in a row of the tables.").format(
            name, len(rows), fields["township"], _parcel_list(parcels, rows))
    if err.code == forest_plan.UNKNOWN_VALUES:
        parts = []
        for dimension, bad in details.items():
            listing = spec.lists[dimension]
            values = "、".join(tr("“{}” in {} parcels").format(v if v else tr("(empty)"), n) for v, n in bad)
            known = "、".join(f"{e.name_zh}（{'/'.join(e.codes)}）" for e in listing.entries)
            parts.append(tr("field “{}” ({}) holds values the rule pack does not list: {}. The pack knows: {}.").format(
                fields[dimension], names[dimension], values, known))
        return tr("Layer “{}”: {} Correct the data, or add the codes to the pack's [lists] if they are right; "
                  "nothing was written.").format(name, " ".join(parts))
    if err.code == forest_plan.BAD_STOCK:
        rows = details["rows"]
        return tr("Layer “{}”: field “{}” (stock volume) holds {} values that are not a number ≥ 0, e.g. {}: "
                  "parcels {}.").format(name, fields["stock"], len(rows), "、".join(map(str, details["values"][:3])),
                                        _parcel_list(parcels, rows))
    return str(err)


def warning_text(code: str, details: dict, parcels, fields: dict) -> str:
    if code == "change_vs_class":
        if details["forest_land"]:
            text = tr("{} parcels have {} {} ({}) but their land class is not forest land: {}.")
        else:
            text = tr("{} parcels have {} {} ({}) but their land class is forest land: {}.")
        rows = details["rows"]
        return text.format(len(rows), fields["forest_changes"], details["entry"], details["name"],
                           _parcel_list(parcels, rows))
    return str(details)
