"""The PostGIS store opened as the dock and the algorithms open it: a QGIS PostgreSQL connection
whose credentials live in QGIS's authentication database, never in the location string."""

from __future__ import annotations

from store_helpers import advance, forest_workflow

from land_balance.store.location import POSTGRES, connection_params, open_store


def test_store_through_a_qgis_connection_and_auth_config(auth_connection):
    name, authcfg = auth_connection
    params = connection_params(name)
    assert params["user"] == "tech_auth"  # from the auth database, not from the connection's settings
    location = POSTGRES + name
    assert "tech_auth" not in location and "password" not in location
    with open_store(location) as store:
        store.apply(forest_workflow(), [advance("A1", "apply")])
        assert store.events("A1")[0].actor == "tech_auth"


def test_journal_through_a_qgis_connection_and_auth_config(auth_connection, pg_database):
    from journal_offices import BOOK, RULES, SETUP

    from land_balance.store.journal_postgis import PostgisJournal
    from land_balance.store.location import open_journal

    with PostgisJournal(pg_database) as admin:
        admin.register_book(RULES)
    name, _ = auth_connection
    with open_journal(POSTGRES + name) as journal:
        assert journal.backend == "postgis"
        journal.record(RULES, SETUP)
        assert {e.actor for e in journal.entries(BOOK)} == {"tech_auth"}
