"""The ledger journal's PostgreSQL schema (DDL only, installed with the status store by an
administrator: PostgisStore.install / PostgisJournal.install).

Tables in schema `landbalance`: `journal_entry` and `journal_posting` (identity ids, append-only
even for their owner), and the books' rules an administrator registers (`journal_book`: known
kinds and kinds whose reference is unique; `journal_guard`: (account, indicator) pairs, or
account patterns ending in `*`, that may never go below zero; `journal_level`: the level that
records each kind). Technicians (lb_county ⊂ lb_city ⊂ lb_province) may only read them, and
record through ONE function, `landbalance.journal_record(book, entries)`, SECURITY DEFINER,
granted to lb_county only. It takes a transaction-level advisory lock on the book and checks
every rule of rules/journal.py in the same order with the same codes (book, kind, ref, empty,
amount, level, duplicate_ref, then the running balances posting by posting: insufficient),
against the registered rules and under that lock — so two technicians drawing the last 10 mu
are served one after the other and the second is refused. It sets who (session_user), the
level (the caller's highest role), when (now()) and the batch itself. Refusals raise with a
SQLSTATE and a JSON DETAIL the client turns back into a JournalError (pg_security.py).
The journal has its own version in meta (`journal_schema_version`).
"""

from __future__ import annotations

from .base import StoreError
from .pg_security import revoke_functions_sql, visible_sql
from .postgis_schema import LEVEL_ROLES, TECHNICIAN_ROLES, UTC_TEXT

JOURNAL_SCHEMA_VERSION = 1
VERSION_KEY = "journal_schema_version"
BOOK_LOCK = 0x4C424A4E  # advisory lock class 'LBJN'; the second key is the book's hash
RECORD_FUNCTION = "landbalance.journal_record(text,jsonb)"
VISIBLE_REF = visible_sql("e ->> 'ref'")
TABLES = ("journal_book", "journal_guard", "journal_level", "journal_entry", "journal_posting")

JOURNAL_TABLES = f"""
CREATE TABLE landbalance.journal_book (
    book text PRIMARY KEY, kinds text[] NOT NULL DEFAULT '{{}}', unique_refs text[] NOT NULL DEFAULT '{{}}',
    registered_by text NOT NULL DEFAULT session_user, registered_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE landbalance.journal_guard (
    book text NOT NULL REFERENCES landbalance.journal_book (book) ON DELETE CASCADE, account text NOT NULL,
    indicator text NOT NULL, PRIMARY KEY (book, account, indicator));
CREATE TABLE landbalance.journal_level (
    book text NOT NULL REFERENCES landbalance.journal_book (book) ON DELETE CASCADE, kind text NOT NULL,
    level text NOT NULL CHECK (level IN ('county', 'city', 'province')), PRIMARY KEY (book, kind));
CREATE TABLE landbalance.journal_entry (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, book text NOT NULL, kind text NOT NULL,
    year integer NOT NULL, ref text NOT NULL CHECK {visible_sql('ref')}, note text NOT NULL DEFAULT '',
    attributes jsonb NOT NULL DEFAULT '{{}}' CHECK (jsonb_typeof(attributes) = 'object'), actor text NOT NULL,
    level text NOT NULL CHECK (level IN ('county', 'city', 'province')), at timestamptz NOT NULL,
    batch text NOT NULL, pack text NOT NULL DEFAULT '');
CREATE INDEX journal_entry_book ON landbalance.journal_entry (book, kind, ref);
CREATE TABLE landbalance.journal_posting (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_id bigint NOT NULL REFERENCES landbalance.journal_entry (id), account text NOT NULL,
    indicator text NOT NULL, amount bigint NOT NULL);
CREATE INDEX journal_posting_entry ON landbalance.journal_posting (entry_id);
CREATE INDEX journal_posting_account ON landbalance.journal_posting (account, indicator);
CREATE TRIGGER journal_entry_append_only BEFORE UPDATE OR DELETE ON landbalance.journal_entry
    FOR EACH ROW EXECUTE FUNCTION landbalance.append_only();
CREATE TRIGGER journal_posting_append_only BEFORE UPDATE OR DELETE ON landbalance.journal_posting
    FOR EACH ROW EXECUTE FUNCTION landbalance.append_only();
CREATE TRIGGER journal_entry_no_truncate BEFORE TRUNCATE ON landbalance.journal_entry
    FOR EACH STATEMENT EXECUTE FUNCTION landbalance.append_only();
CREATE TRIGGER journal_posting_no_truncate BEFORE TRUNCATE ON landbalance.journal_posting
    FOR EACH STATEMENT EXECUTE FUNCTION landbalance.append_only();
"""

# rules/journal.py check(), in the database: the same checks in the same order with the same codes.
JOURNAL_RECORD = f"""
CREATE FUNCTION landbalance.journal_record(p_book text, p_entries jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = landbalance, pg_temp AS $$
DECLARE
    rules journal_book;
    ranks constant text[] := ARRAY['county', 'city', 'province'];
    own_level text;
    needed text;
    e jsonb;
    p jsonb;
    i integer;
    seen jsonb := '{{}}';
    dup text;
    earlier journal_entry;
    running jsonb := '{{}}';
    pair text;
    balance numeric;
    amount bigint;
    entry_id bigint;
    ids bigint[] := '{{}}';
    batch_id text := md5(pg_current_xact_id()::text || '/' || now()::text);
BEGIN
    -- A snapshot older than the lock could miss what the writer before us recorded.
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        PERFORM refuse('isolation', 'object_not_in_prerequisite_state',
                       'the ledger journal records only in READ COMMITTED transactions',
                       jsonb_build_object('isolation', current_setting('transaction_isolation')));
    END IF;
    SELECT * INTO rules FROM journal_book b WHERE b.book = p_book;
    IF NOT FOUND THEN
        PERFORM refuse('book_not_registered', 'object_not_in_prerequisite_state',
                       format('book %s: its rules are not registered; an administrator registers them '
                              '(register_book)', p_book), jsonb_build_object('book', p_book));
    END IF;
    IF jsonb_typeof(p_entries) IS DISTINCT FROM 'array' THEN
        PERFORM refuse('malformed', 'check_violation', 'entries are a JSON array of objects',
                       jsonb_build_object('book', p_book));
    END IF;
    PERFORM pg_advisory_xact_lock({BOOK_LOCK}, hashtext(p_book));
    SELECT u.r INTO own_level FROM unnest(ranks) WITH ORDINALITY u (r, k)
        WHERE pg_has_role(session_user, 'lb_' || u.r, 'USAGE') ORDER BY u.k DESC LIMIT 1;
    IF own_level IS NULL THEN
        PERFORM refuse('level', 'insufficient_privilege', format('%s has none of the roles lb_county, lb_city, '
                       'lb_province', session_user), jsonb_build_object('level', 'county', 'actor_level', NULL));
    END IF;
    -- First every entry's own rules, in order (rules/journal.py _check_entry, then unique refs) …
    FOR i IN 0 .. jsonb_array_length(p_entries) - 1 LOOP
        e := p_entries -> i;
        IF jsonb_typeof(e) IS DISTINCT FROM 'object' OR jsonb_typeof(e -> 'kind') IS DISTINCT FROM 'string'
                OR coalesce(e ->> 'year', '') !~ '^-?[0-9]{{1,9}}$' THEN
            PERFORM refuse('malformed', 'check_violation',
                           format('entry %s: an object with a kind (text) and a year (whole number)', i + 1),
                           jsonb_build_object('book', p_book, 'entry', i + 1));
        END IF;
        IF coalesce(e ->> 'book', p_book) <> p_book THEN
            PERFORM refuse('book', 'check_violation', format('entry for book %s recorded in %s', e ->> 'book',
                           p_book), jsonb_build_object('book', e -> 'book', 'expected', p_book));
        END IF;
        IF cardinality(rules.kinds) > 0 AND NOT (e ->> 'kind') = ANY (rules.kinds) THEN
            PERFORM refuse('kind', 'check_violation', format('%s: no entry kind %s', p_book, e ->> 'kind'),
                           jsonb_build_object('kind', e -> 'kind', 'known',
                                              (SELECT jsonb_agg(k ORDER BY k COLLATE "C") FROM unnest(rules.kinds) k)));
        END IF;
        IF jsonb_typeof(e -> 'ref') IS DISTINCT FROM 'string' OR NOT coalesce({VISIBLE_REF}, false) THEN
            PERFORM refuse('ref', 'check_violation',
                           format('%s: a %s entry needs a reference with a visible character', p_book, e ->> 'kind'),
                           jsonb_build_object('kind', e -> 'kind', 'ref', e -> 'ref'));
        END IF;
        IF jsonb_typeof(e -> 'postings') IS DISTINCT FROM 'array' OR jsonb_array_length(e -> 'postings') = 0 THEN
            PERFORM refuse('empty', 'check_violation', format('%s: an entry without postings', e ->> 'ref'),
                           jsonb_build_object('ref', e -> 'ref'));
        END IF;
        FOR p IN SELECT j.value FROM jsonb_array_elements(e -> 'postings') j LOOP
            IF jsonb_typeof(p -> 'amount') IS DISTINCT FROM 'number' OR (p ->> 'amount') !~ '^-?[0-9]{{1,15}}$' THEN
                PERFORM refuse('amount', 'check_violation',
                               format('%s: amounts are whole units up to 999999999999999, got %s', e ->> 'ref',
                                      coalesce(p -> 'amount', 'null'::jsonb)),
                               jsonb_build_object('ref', e -> 'ref', 'amount', p -> 'amount'));
            END IF;
            IF jsonb_typeof(p -> 'account') IS DISTINCT FROM 'string'
                    OR jsonb_typeof(p -> 'indicator') IS DISTINCT FROM 'string' THEN
                PERFORM refuse('malformed', 'check_violation', format('%s: a posting names its account and '
                               'indicator (text)', e ->> 'ref'), jsonb_build_object('book', p_book, 'entry', i + 1));
            END IF;
        END LOOP;
        needed := coalesce((SELECT l.level FROM journal_level l WHERE l.book = p_book AND l.kind = e ->> 'kind'),
                           'county');
        IF array_position(ranks, own_level) < array_position(ranks, needed) THEN
            PERFORM refuse('level', 'insufficient_privilege',
                           format('%s is recorded by the %s level, not the %s', e ->> 'kind', needed, own_level),
                           jsonb_build_object('kind', e -> 'kind', 'level', needed, 'actor_level', own_level));
        END IF;
        IF (e ->> 'kind') = ANY (rules.unique_refs) THEN
            dup := jsonb_build_array(e ->> 'kind', e ->> 'ref')::text;
            SELECT * INTO earlier FROM journal_entry x WHERE x.book = p_book AND x.kind = e ->> 'kind'
                AND x.ref = e ->> 'ref' ORDER BY x.id DESC LIMIT 1;
            IF FOUND THEN
                PERFORM refuse('duplicate_ref', 'check_violation',
                               format('%s: already %s in %s (%s)', earlier.ref, earlier.kind, earlier.year, earlier.at),
                               jsonb_build_object('ref', earlier.ref, 'kind', earlier.kind, 'year', earlier.year,
                                                  'at', {UTC_TEXT.format('earlier.at')}, 'actor', earlier.actor));
            ELSIF seen ? dup THEN
                PERFORM refuse('duplicate_ref', 'check_violation',
                               format('%s: already %s in %s (this batch)', e ->> 'ref', e ->> 'kind', seen ->> dup),
                               jsonb_build_object('ref', e -> 'ref', 'kind', e -> 'kind', 'year', seen -> dup,
                                                  'at', '', 'actor', ''));
            END IF;
            seen := seen || jsonb_build_object(dup, (e ->> 'year')::integer);
        END IF;
    END LOOP;
    -- … then append, every guarded balance checked after each posting, in order (_check_balances).
    FOR i IN 0 .. jsonb_array_length(p_entries) - 1 LOOP
        e := p_entries -> i;
        INSERT INTO journal_entry (book, kind, year, ref, note, attributes, actor, level, at, batch, pack)
            VALUES (p_book, e ->> 'kind', (e ->> 'year')::integer, e ->> 'ref', coalesce(e ->> 'note', ''),
                    CASE WHEN jsonb_typeof(e -> 'attributes') = 'object' THEN e -> 'attributes' ELSE '{{}}' END,
                    session_user, own_level, now(), batch_id, coalesce(e ->> 'pack', ''))
            RETURNING id INTO entry_id;
        ids := ids || entry_id;
        FOR p IN SELECT j.value FROM jsonb_array_elements(e -> 'postings') WITH ORDINALITY j ORDER BY j.ordinality LOOP
            amount := (p ->> 'amount')::bigint;
            IF EXISTS (SELECT 1 FROM journal_guard g WHERE g.book = p_book AND g.indicator = p ->> 'indicator'
                       AND (g.account = p ->> 'account' OR (right(g.account, 1) = '*'
                            AND starts_with(p ->> 'account', left(g.account, -1))))) THEN
                pair := jsonb_build_array(p ->> 'account', p ->> 'indicator')::text;
                IF NOT running ? pair THEN
                    SELECT coalesce(sum(q.amount), 0) INTO balance FROM journal_posting q
                        JOIN journal_entry x ON x.id = q.entry_id
                        WHERE x.book = p_book AND q.account = p ->> 'account' AND q.indicator = p ->> 'indicator';
                    running := running || jsonb_build_object(pair, balance);
                END IF;
                balance := (running ->> pair)::numeric + amount;
                IF balance < 0 THEN
                    PERFORM refuse('insufficient', 'check_violation',
                                   format('%s: %s %s would be %s, short by %s', e ->> 'ref', p ->> 'account',
                                          p ->> 'indicator', balance, -balance),
                                   jsonb_build_object('ref', e -> 'ref', 'account', p -> 'account', 'indicator',
                                                      p -> 'indicator', 'missing', -balance, 'balance',
                                                      balance - amount, 'kind', e -> 'kind'));
                END IF;
                running := running || jsonb_build_object(pair, balance);
            END IF;
            INSERT INTO journal_posting (entry_id, account, indicator, amount)
                VALUES (entry_id, p ->> 'account', p ->> 'indicator', amount);
        END LOOP;
    END LOOP;
    RETURN jsonb_build_object('ids', to_jsonb(ids), 'at', {UTC_TEXT.format('now()')}, 'actor', session_user,
                              'level', own_level, 'batch', batch_id);
END $$;
"""

GRANTS = ("REVOKE ALL ON " + ", ".join(f"landbalance.{t}" for t in TABLES) + " FROM PUBLIC;\n"
          "GRANT SELECT ON " + ", ".join(f"landbalance.{t}" for t in TABLES) + f" TO {LEVEL_ROLES['county']};\n"
          + revoke_functions_sql("landbalance", TECHNICIAN_ROLES)
          + f"GRANT EXECUTE ON FUNCTION {RECORD_FUNCTION} TO {LEVEL_ROLES['county']};\n")

# Each migration takes the journal from version n-1 to n (the first needs the status store's
# schema: meta, refuse(), append_only()); never edit one that has shipped.
JOURNAL_MIGRATIONS = {1: JOURNAL_TABLES + JOURNAL_RECORD + GRANTS}


def journal_version(cur) -> int:
    cur.execute("SELECT value FROM landbalance.meta WHERE key = %s", (VERSION_KEY,))
    row = cur.fetchone()
    return int(row[0]) if row else 0


def refuse_newer_journal(version: int, where: str) -> None:
    if version > JOURNAL_SCHEMA_VERSION:
        raise StoreError(f"ledger journal {where} has {VERSION_KEY} {version}; this plugin knows up to "
                         f"{JOURNAL_SCHEMA_VERSION}: update the plugin", "newer_schema", path=where, version=version,
                         known=JOURNAL_SCHEMA_VERSION, key=VERSION_KEY)


def migrate_journal(cur, version: int) -> None:
    """Bring the journal from `version` to this plugin's (inside the installer's transaction and lock)."""
    for target in range(version + 1, JOURNAL_SCHEMA_VERSION + 1):
        cur.execute(JOURNAL_MIGRATIONS[target])
        cur.execute("INSERT INTO landbalance.meta VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = "
                    "excluded.value", (VERSION_KEY, str(target)))
