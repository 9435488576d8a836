"""Headless: the indicator bank's algorithms through qgis_process.bin — every run a separate
process, as a county's scripts and `make demo` run them — with the ledger journal in a GeoPackage
(the workflow store's sidecar) and in PostgreSQL (postgres:<QGIS connection>, a county login).

Rules: ../shared/seeds/004_7872a60e71286313.txt (Shaanxi: 20 % to the provincial pool; county bank
before city bank; a draw-down larger than what is left is refused; trade price within ±15 %).
"""

from __future__ import annotations

import pytest
import qgis_headless as qgis_process
from osgeo import ogr
from pg_cluster import create_database, make_login

from land_balance.rules import indicator_bank as bank
from land_balance.store.journal_geopackage import GeoPackageJournal
from land_balance.store.journal_postgis import PostgisJournal
from land_balance.store.postgis import PostgisStore

pytestmark = pytest.mark.slow
SHAANXI = "shaanxi_measures"


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    return qgis_process.make_home(tmp_path_factory.mktemp("home"))


def run(env, name, store, **parameters):
    return qgis_process.run(env, f"landbalance:{name}", PROGRAMME=SHAANXI, STORE=store, **parameters)["results"]


def sequence(env, store, out) -> dict:
    """Registrations, draw-downs (one refused), a trade and a deduction, then the ledger report."""
    r = run(env, "indicatorregister", store, YEAR=2023, PROJECT="610000-2023-001", NAME="某镇土地整治项目",
            AREA_MU=100, PADDY_MU=40, GRADE=5, CERTIFICATE="验〔2023〕1号", ACCEPTED="2023-06-30")
    assert (r["COUNTY_AREA_MU"], r["PROVINCE_POOL_AREA_MU"], r["COUNTY_GRAIN_KG"]) == (80, 20, 84_000)
    run(env, "indicatorregister", store, YEAR=2023, PROJECT="610000-2023-002", AREA_MU=50, GRAIN_KG=37_500,
        BANK="city")
    with pytest.raises(RuntimeError, match="610000-2023-001.*already registered"):
        run(env, "indicatorregister", store, YEAR=2024, PROJECT="610000-2023-001", AREA_MU=1, GRADE=5)
    r = run(env, "indicatordraw", store, YEAR=2024, PROJECT="工业园区", AREA_MU=90, PADDY_MU=10, GRAIN_KG=90_000)
    assert (r["COUNTY_AREA_MU"], r["CITY_AREA_MU"]) == (0, 30)
    with pytest.raises(RuntimeError, match=r"道路.*10\.00 mu.*8\.00 mu"):  # 30 area and 22 paddy left
        run(env, "indicatordraw", store, YEAR=2024, PROJECT="道路", AREA_MU=40, PADDY_MU=30)
    r = run(env, "indicatortrade", store, YEAR=2024, REF="JY-1", DIRECTION="sell", COUNTERPARTY="西安市",
            AREA_MU=10, BANK="city", PRICE=115_000, GUIDE_PRICE=100_000)
    assert r["CITY_AREA_MU"] == 20
    r = run(env, "indicatordeduct", store, YEAR=2024, PROJECT="610000-2023-001", PADDY_MU=5,
            REASON="新增耕地被占用无法整改")
    assert r["COUNTY_PADDY_MU"] == 17  # 32 − 10 drawn − 5 deducted
    return run(env, "indicatorledger", store, OUTPUT=str(out / "ledger.gpkg"), XLSX=str(out / "台账.xlsx"),
               REPORT_DATE="2025-01-01")


def check_book(journal, actor=None) -> None:
    entries = journal.entries(bank.BOOK)
    assert [e.kind for e in entries] == ["register", "register", "draw", "trade_out", "deduct"]
    balances = bank.bank_balances(entries)
    assert (balances["county"][bank.PADDY], balances["city"][bank.AREA], balances[bank.POOL][bank.AREA]) == (
        1700, 2000, 3000)
    if actor is not None:
        assert {e.actor for e in entries} == {actor} and {e.level for e in entries} == {"county"}


def test_the_bank_in_the_workflow_stores_geopackage(env, tmp_path):
    store = tmp_path / "县_workflow.gpkg"
    sequence(env, str(store), tmp_path)
    with GeoPackageJournal(store, create=False) as journal:
        check_book(journal)
    source = ogr.Open(str(store))
    assert source.GetLayerByName("lb_journal_entry").GetFeatureCount() == 5
    assert (tmp_path / "台账.xlsx").is_file()


def test_the_bank_in_postgresql_with_a_county_login(env, tmp_path, pg_database):
    with PostgisJournal(pg_database) as admin:
        admin.register_book(bank.book_rules())
    login = make_login(pg_database, "ledger_tech", "county")
    store = qgis_process.add_postgres_connection(env, "county_ledger", login)
    sequence(env, store, tmp_path)
    with PostgisJournal(pg_database) as journal:
        check_book(journal, actor="ledger_tech")


def test_postgresql_without_the_books_rules_says_who_registers_them(env, pg_cluster):
    params = create_database(pg_cluster, "lb_unregistered_book")
    PostgisStore.install(params)
    store = qgis_process.add_postgres_connection(env, "unregistered", make_login(params, "ledger_tech2", "county"))
    with pytest.raises(RuntimeError, match="register_book"):
        run(env, "indicatorregister", store, YEAR=2024, PROJECT="P1", AREA_MU=1, GRAIN_KG=1)
