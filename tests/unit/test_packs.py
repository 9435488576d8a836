"""Rule packs: every seed number is in a pack, broken packs are refused by file and key,
and a county's edited copy changes what the rules compute."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from land_balance.rules import ledger
from land_balance.rules.packs import BUILTIN_DIR, PackError, flatten, load_pack, load_packs

PACK_IDS = {"ganzhou_forest_offset", "anhui_inout", "huaxi_forest_plan", "lianshui_requisition", "shaanxi_measures",
            "county_survey"}


def value_at(pack, path):
    return dict(flatten(pack.data))[path]


def test_builtin_packs_load():
    packs = load_packs()
    assert not packs.errors
    assert {p.id for p in packs} == PACK_IDS
    for pack in packs:
        assert pack.version and pack.label == f"{pack.id}@{pack.version}"
        assert pack.document_zh.startswith("《")
        if pack.programme != "land_survey":  # county survey parameters come from no seed
            assert pack.data["pack"]["seed"].endswith(".txt")


# (pack, key, value, seed) — every number DOMAIN.md restates from the five seeds.
SEED_NUMBERS = [
    ("ganzhou_forest_offset", "workflow.steps[2].duration_working_days", 5, "000_9e49406886a189a5.txt"),
    ("ganzhou_forest_offset", "deadlines[0].month", 9, "000_9e49406886a189a5.txt"),
    ("ganzhou_forest_offset", "deadlines[0].day", 15, "000_9e49406886a189a5.txt"),
    ("ganzhou_forest_offset", "deadlines[0].year_offset", 1, "000_9e49406886a189a5.txt"),
    ("ganzhou_forest_offset", "sampling[0].share", 0.30, "000_9e49406886a189a5.txt"),
    ("ganzhou_forest_offset", "sampling[0].basis", "area", "000_9e49406886a189a5.txt"),
    ("ganzhou_forest_offset", "sampling[1].share", 0.15, "000_9e49406886a189a5.txt"),
    ("ganzhou_forest_offset", "quota.county_cap_mu", 500, "000_9e49406886a189a5.txt"),
    ("ganzhou_forest_offset", "pack.valid_years", [2022, 2024], "000_9e49406886a189a5.txt"),
    ("ganzhou_forest_offset", "form.area_decimals", 2, "000_9e49406886a189a5.txt"),
    ("ganzhou_forest_offset", "deadlines[1].month", 1, "000_9e49406886a189a5.txt"),
    ("anhui_inout", "thresholds.max_slope_deg.value", 25.0, "001_c8e0ce7e1182633b.txt"),
    ("anhui_inout", "thresholds.contiguous_forest_mu.value", 1.0, "001_c8e0ce7e1182633b.txt"),
    ("anhui_inout", "thresholds.new_cropland_protection_years.value", 5, "001_c8e0ce7e1182633b.txt"),
    ("anhui_inout", "deadlines[2].month", 4, "001_c8e0ce7e1182633b.txt"),
    ("anhui_inout", "deadlines[2].day", 30, "001_c8e0ce7e1182633b.txt"),
    ("anhui_inout", "deadlines[4].year_offset", 1, "001_c8e0ce7e1182633b.txt"),
    ("anhui_inout", "deadlines[5].month", 3, "001_c8e0ce7e1182633b.txt"),
    ("anhui_inout", "deadlines[6].month", 6, "001_c8e0ce7e1182633b.txt"),
    ("anhui_inout", "deadlines[7].date", dt.date(2022, 10, 31), "001_c8e0ce7e1182633b.txt"),
    ("anhui_inout", "deadlines[8].date", dt.date(2022, 11, 15), "001_c8e0ce7e1182633b.txt"),
    ("huaxi_forest_plan", "plan.baseline_year", 2020, "002_7fa010fb8a7487cc.txt"),
    ("huaxi_forest_plan", "plan.period", [2021, 2035], "002_7fa010fb8a7487cc.txt"),
    ("huaxi_forest_plan", "plan.near_term_year", 2025, "002_7fa010fb8a7487cc.txt"),
    ("lianshui_requisition", "targets.total", 3000, "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "targets.totals", [600, 1500, 900], "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "targets.townships.高沟", [120, 180, 150], "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "thresholds.max_slope_deg.value", 25.0, "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "thresholds.maintenance_years.value", 5, "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "money.subsidy.dry", 50000, "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "money.subsidy.paddy", 100000, "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "money.stages[0].dry", 10000, "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "money.stages[0].paddy", 20000, "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "money.stages[1].dry", 20000, "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "money.stages[1].paddy", 60000, "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "money.clawback.dry", 10000, "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "money.clawback.paddy", 20000, "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "money.reward.top", 3, "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "money.reward.min_yuan", 100000, "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "money.reward.max_yuan", 200000, "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "deadlines[0].month", 11, "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "deadlines[0].day", 20, "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "deadlines[1].day", 30, "003_33b11e000febcf0b.txt"),
    ("lianshui_requisition", "deadlines[2].month", 10, "003_33b11e000febcf0b.txt"),
    ("shaanxi_measures", "sampling[2].share", 0.30, "004_7872a60e71286313.txt"),
    ("shaanxi_measures", "sampling[2].at_least", True, "004_7872a60e71286313.txt"),
    ("shaanxi_measures", "pool.share_to_province", 0.20, "004_7872a60e71286313.txt"),
    ("shaanxi_measures", "trading.price_float_max", 0.15, "004_7872a60e71286313.txt"),
    ("shaanxi_measures", "trading.price_revision_years", 3, "004_7872a60e71286313.txt"),
]


@pytest.mark.parametrize("pack_id, key, value, seed", SEED_NUMBERS)
def test_seed_number_is_in_its_pack(pack_id, key, value, seed):
    pack = load_packs().get(pack_id)
    assert pack.data["pack"]["seed"] == seed
    assert value_at(pack, key) == value


def test_seed_files_contain_the_numbers_quoted():
    """Spot-check against the originals, when ../shared/seeds is beside the repo."""
    seeds = Path(__file__).resolve().parents[3] / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("shared/seeds not beside the repository")
    assert "5个工作日" in (seeds / "000_9e49406886a189a5.txt").read_text()
    assert "500亩" in (seeds / "000_9e49406886a189a5.txt").read_text()
    assert "25度以上陡坡地" in (seeds / "001_c8e0ce7e1182633b.txt").read_text()
    assert "不低于30%" in (seeds / "004_7872a60e71286313.txt").read_text()


def test_lists_and_roles_of_domain_are_in_packs():
    packs = load_packs()
    anhui = packs.get("anhui_inout")
    in_roles = {r["id"] for r in anhui.roles if "in" in r["rule_sets"]}
    assert {"nature_reserve_core", "water_source_l1", "eco_redline", "polluted_soil", "public_welfare_forest",
            "returned_farmland_forest", "expropriation_zone", "approved_unused", "river_lake"} <= in_roles
    out_roles = {r["id"] for r in anhui.roles if "out" in r["rule_sets"]}
    assert {"urban_dev_boundary", "key_project", "expropriation_zone", "new_cropland_project"} <= out_roles
    assert len(anhui.section("lists")["allowed_out"]) == 6
    assert [s["name_zh"] for s in packs.get("ganzhou_forest_offset").steps] == [
        "申请", "核实", "公示", "确认", "造林", "验收", "变更", "入库"]
    assert [s["name_zh"] for s in packs.get("lianshui_requisition").steps][:6] == [
        "选址立项", "项目实施", "耕地评定", "县级初验", "市级验收", "录入监管系统"]
    shaanxi = {r["id"] for r in packs.get("shaanxi_measures").roles}
    assert "river_reservoir_protection" in shaanxi
    assert set(packs.get("shaanxi_measures").rule_sets[0]["forbidden_classes"]) == {"林地", "草地", "湿地"}


def write_pack(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def edited_copy(folder: Path, pack_file: str, old: str, new: str) -> Path:
    text = (BUILTIN_DIR / pack_file).read_text(encoding="utf-8")
    assert old in text
    return write_pack(folder, pack_file, text.replace(old, new, 1))


@pytest.mark.parametrize(
    "old, new, key, reason",
    [
        ('version = "1.0.0"', 'version = "one"', "pack.version", "does not match"),
        ("blocking = true", 'blocking = "yes"', "roles[0].blocking", "true or false"),
        ("value = 25.0", "value = '25'", "thresholds.max_slope_deg.value", "expected a number"),
        ('rule_sets = ["in"]', 'rule_sets = ["inn"]', "roles[0].rule_sets[0]", "no rule set"),
        ('"1104", "1202"', '"9999", "1202"', "rule_sets[0].candidate_classes[3]", "not a land class"),
        ("month = 4", "month = 13", "deadlines[2].month", "above the maximum"),
        ("[balance]", "[balance]\nbogus = 1", "balance.bogus", "not a known key"),
        # a county renaming a preference would silently score 0: refused by name
        ('id = "flat"', 'id = "level_ground"', "rule_sets[0].preferences[3].id", "is not one of"),
        # a role named like a fixed parameter would collide with it
        ('id = "eco_redline"', 'id = "dem"', "roles[2].id", "reserved"),
        # every threshold has a range by its unit
        ("value = 25.0", "value = 250", "thresholds.max_slope_deg.value", "above the maximum 90"),
        ("value = 25.0", 'value = "25度"', "thresholds.max_slope_deg.value", "expected a number"),
        ("value = 25.0", "value = ２5", "", "not valid TOML"),
        ("value = 1.0\nunit = \"mu\"", "value = -1.0\nunit = \"mu\"", "thresholds.contiguous_forest_mu.value",
         "below the minimum"),
    ],
)
def test_broken_pack_names_file_key_and_reason(tmp_path, old, new, key, reason):
    path = edited_copy(tmp_path, "anhui_inout.toml", old, new)
    with pytest.raises(PackError) as err:
        load_pack(path)
    assert err.value.key == key
    assert reason in err.value.reason
    assert "anhui_inout.toml" in str(err.value) and key in str(err.value)
    assert err.value.pack_id == "anhui_inout"  # which pack the file meant to replace


def test_a_refused_copy_leaves_the_builtin_in_effect_and_says_so(tmp_path):
    edited_copy(tmp_path, "anhui_inout.toml", "value = 25.0", "value = 250")
    packs = load_packs([tmp_path])
    pack = packs.get("anhui_inout")
    assert pack.builtin and pack.refused_copy is not None
    assert pack.refused_copy.key == "thresholds.max_slope_deg.value" and packs.user_count == 0


def test_targets_that_do_not_foot_are_refused(tmp_path):
    path = edited_copy(tmp_path, "lianshui_requisition.toml", '"高沟" = [120, 180, 150]', '"高沟" = [121, 180, 150]')
    with pytest.raises(PackError) as err:
        load_pack(path)
    assert err.value.key == "targets.totals[0]" and "601" in err.value.reason


def test_invalid_toml_is_refused_and_others_still_load(tmp_path):
    write_pack(tmp_path, "broken.toml", "[pack\nid = 'x'")
    edited_copy(tmp_path, "huaxi_forest_plan.toml", 'id = "huaxi_forest_plan"', 'id = "Huaxi Plan"')
    packs = load_packs([tmp_path])
    assert {p.id for p in packs} == PACK_IDS
    messages = sorted(str(e) for e in packs.errors)
    assert any("broken.toml" in m and "not valid TOML" in m for m in messages)
    assert any("huaxi_forest_plan.toml" in m and "pack.id" in m for m in messages)


def test_missing_user_folder_is_reported_not_fatal(tmp_path):
    packs = load_packs([tmp_path / "nowhere"])
    assert len(packs.packs) == len(PACK_IDS) and "does not exist" in str(packs.errors[0])


def test_user_pack_overrides_builtin_and_changes_the_result(tmp_path):
    """A county lowers the Ganzhou cap from 500 to 300 mu: its quota split changes."""
    builtin = load_packs().get("ganzhou_forest_offset")
    assert ledger.forest_quota(builtin, 450, 2023).to_county_mu == 450
    edited_copy(tmp_path, "ganzhou_forest_offset.toml", "county_cap_mu = 500", "county_cap_mu = 300")
    packs = load_packs([tmp_path])
    county = packs.get("ganzhou_forest_offset")
    assert not county.builtin and packs.overridden[0][0].builtin
    split = ledger.forest_quota(county, 450, 2023)
    assert (split.to_county_mu, split.to_province_pool_mu) == (300, 150)


def test_user_pack_with_new_id_adds_a_programme(tmp_path):
    edited_copy(tmp_path, "lianshui_requisition.toml", 'id = "lianshui_requisition"', 'id = "lianshui_2026"')
    packs = load_packs([tmp_path])
    assert {"lianshui_requisition", "lianshui_2026"} <= {p.id for p in packs}


def test_threshold_missing_is_a_pack_error():
    pack = load_packs().get("huaxi_forest_plan")
    with pytest.raises(PackError, match="thresholds.max_slope_deg"):
        pack.threshold("max_slope_deg")


def test_copy_of_builtin_folder_loads_as_user_packs(tmp_path):
    shutil.copytree(BUILTIN_DIR, tmp_path / "packs")
    packs = load_packs([tmp_path / "packs"])
    assert len(packs.overridden) == len(PACK_IDS) and not packs.errors


@pytest.mark.parametrize(
    "old, new, key, reason",
    [
        ("paddy_share_min = 0.0", "paddy_share_min = 1.5", "site_selection.paddy_share_min", "above the maximum 1"),
        ("dry = 18000", "dry = -18000", "site_selection.costs[0].dry", "below the minimum"),
        ('source_classes = ["1202", "1006"]', 'source_classes = ["1202", "1104"]',
         "site_selection.costs[1].source_classes", "class 1104 is already priced by 'pond'"),
        ("dry = 32000                       # no paddy price: cannot become paddy", "",
         "site_selection.costs[3]", "prices neither dry nor paddy"),
        ('id = "unused"\nname_zh = "未利用地开发"', 'id = "pond"\nname_zh = "未利用地开发"', "site_selection.costs",
         "used twice"),
    ],
)
def test_site_selection_costs_are_checked(tmp_path, old, new, key, reason):
    path = edited_copy(tmp_path, "lianshui_requisition.toml", old, new)
    with pytest.raises(PackError) as err:
        load_pack(path)
    assert key in err.value.key and reason in err.value.reason


def test_a_county_edits_its_costs_without_code(tmp_path):
    from land_balance.rules import siteselection

    builtin = siteselection.cost_table(load_packs().get("lianshui_requisition"))
    edited_copy(tmp_path, "lianshui_requisition.toml", "dry = 18000\npaddy = 24000", "dry = 12000\npaddy = 30000")
    own = siteselection.cost_table(load_packs([tmp_path]).get("lianshui_requisition"))
    assert builtin.price("1104") == (18000, 24000) and own.price("1104") == (12000, 30000)
    assert own.price("1205") == (32000, None)  # sand: no paddy price, cannot become paddy
