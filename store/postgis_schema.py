"""The PostgreSQL/PostGIS status store's schema, roles and checks (DDL only, run by an administrator).

Roles: lb_county ⊂ lb_city ⊂ lb_province (a city user may record county steps, a county
user may not record city or province steps). Technicians' login roles are granted one of
them. They may only SELECT, and INSERT the columns of an event a user chooses (parcel,
programme, the step they saw, the step they ask for, advance or send back, note, batch,
pack, assignee) and attachments to their own event: the status table is written by a
SECURITY DEFINER trigger that checks, inside the database, that the parcel is still at the
step the user saw, that the move is the next step or an allowed step back with a visible
reason, and that the user's role may record it. The database decides the rest: who, when,
`since` (its own clock, in the county's time zone kept in meta — Asia/Shanghai, China
Standard Time, unless the installer says otherwise), `due` (from the step's rule and the
working calendar registered with the programme) and the event ids (identity columns).
The event and attachment tables refuse UPDATE, DELETE and TRUNCATE, even for the owner.

A new store is built as version 2 plus the migrations, so it is the same as a migrated one.
"""

from __future__ import annotations

from .pg_security import (
    refuse_function_sql, revoke_functions_sql, serial_to_identity_sql, trigger_guard_sql, visible_sql,
)

LEVEL_ROLES = {"county": "lb_county", "city": "lb_city", "province": "lb_province"}

ROLES = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lb_county') THEN CREATE ROLE lb_county NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lb_city') THEN CREATE ROLE lb_city NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lb_province') THEN
        CREATE ROLE lb_province NOLOGIN;
    END IF;
END $$;
GRANT lb_county TO lb_city;
GRANT lb_city TO lb_province;
"""

SCHEMA_V2 = """
CREATE SCHEMA IF NOT EXISTS landbalance;
CREATE TABLE landbalance.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE landbalance.step (
    programme text NOT NULL, step text NOT NULL, position integer NOT NULL,
    level text NOT NULL CHECK (level IN ('county', 'city', 'province')),
    back_to text[] NOT NULL DEFAULT '{}', PRIMARY KEY (programme, step), UNIQUE (programme, position));
CREATE TABLE landbalance.status (
    parcel_id text NOT NULL, programme text NOT NULL, step text NOT NULL, since date NOT NULL, due date,
    due_provisional boolean NOT NULL DEFAULT false, assignee text, last_event bigint NOT NULL,
    PRIMARY KEY (parcel_id, programme));
CREATE TABLE landbalance.event (
    id bigserial PRIMARY KEY, parcel_id text NOT NULL, programme text NOT NULL, from_step text,
    to_step text NOT NULL, kind text NOT NULL DEFAULT '', actor text NOT NULL DEFAULT session_user,
    level text NOT NULL DEFAULT '', at timestamptz NOT NULL DEFAULT now(), note text NOT NULL DEFAULT '',
    batch text NOT NULL, pack text, since date NOT NULL, due date, due_provisional boolean NOT NULL DEFAULT false,
    assignee text);
CREATE INDEX event_parcel ON landbalance.event (parcel_id, programme);
CREATE TABLE landbalance.attachment (
    id bigserial PRIMARY KEY, event_id bigint NOT NULL REFERENCES landbalance.event (id),
    name text NOT NULL, path text NOT NULL, sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'));

CREATE FUNCTION landbalance.append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER event_append_only BEFORE UPDATE OR DELETE ON landbalance.event
    FOR EACH ROW EXECUTE FUNCTION landbalance.append_only();
CREATE TRIGGER attachment_append_only BEFORE UPDATE OR DELETE ON landbalance.attachment
    FOR EACH ROW EXECUTE FUNCTION landbalance.append_only();

-- Every event is checked against the programme's steps and the user's role, then the status
-- follows it. SECURITY DEFINER: technicians cannot write the status table themselves.
CREATE FUNCTION landbalance.record_event() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = landbalance, pg_temp AS $$
DECLARE
    current_step text;
    cur landbalance.step;
    target landbalance.step;
    needed text;
    ranks constant text[] := ARRAY['county', 'city', 'province'];
BEGIN
    NEW.actor := session_user;
    NEW.at := now();
    SELECT * INTO target FROM step WHERE programme = NEW.programme AND step = NEW.to_step;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'parcel %: programme % has no step %', NEW.parcel_id, NEW.programme, NEW.to_step
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT s.step INTO current_step FROM status s
        WHERE s.parcel_id = NEW.parcel_id AND s.programme = NEW.programme FOR UPDATE;
    IF current_step IS DISTINCT FROM NEW.from_step THEN
        RAISE EXCEPTION 'parcel %: it is at %, not % (changed by someone else)', NEW.parcel_id,
            coalesce(current_step, 'no step'), coalesce(NEW.from_step, 'no step')
            USING ERRCODE = 'serialization_failure';
    END IF;
    IF current_step IS NULL THEN
        IF target.position <> 0 THEN
            RAISE EXCEPTION 'parcel %: not in % yet; it starts at its first step', NEW.parcel_id, NEW.programme
                USING ERRCODE = 'check_violation';
        END IF;
        NEW.kind := 'start';
        needed := target.level;
    ELSE
        SELECT * INTO cur FROM step WHERE programme = NEW.programme AND step = current_step;
        IF target.position = cur.position + 1 THEN
            NEW.kind := 'next';
            needed := target.level;
        ELSIF target.step = ANY (cur.back_to) AND btrim(NEW.note) <> '' THEN
            NEW.kind := 'back';
            needed := ranks[greatest(array_position(ranks, target.level), array_position(ranks, cur.level))];
        ELSE
            RAISE EXCEPTION 'parcel %: % -> % is not allowed (next step only; back to a listed step with a reason)',
                NEW.parcel_id, current_step, NEW.to_step USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF NOT pg_has_role(session_user, 'lb_' || needed, 'USAGE') THEN
        RAISE EXCEPTION 'parcel %: step % is recorded by the %, and % has no % role', NEW.parcel_id, NEW.to_step,
            needed, session_user, needed USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.level := needed;
    RETURN NEW;
END $$;
CREATE TRIGGER event_check BEFORE INSERT ON landbalance.event
    FOR EACH ROW EXECUTE FUNCTION landbalance.record_event();

CREATE FUNCTION landbalance.follow_event() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = landbalance, pg_temp AS $$
BEGIN
    INSERT INTO status AS s (parcel_id, programme, step, since, due, due_provisional, assignee, last_event)
        VALUES (NEW.parcel_id, NEW.programme, NEW.to_step, NEW.since, NEW.due, NEW.due_provisional, NEW.assignee,
                NEW.id)
        ON CONFLICT (parcel_id, programme) DO UPDATE SET step = excluded.step, since = excluded.since,
            due = excluded.due, due_provisional = excluded.due_provisional,
            assignee = coalesce(excluded.assignee, s.assignee), last_event = excluded.last_event;
    RETURN NULL;
END $$;
CREATE TRIGGER event_follow AFTER INSERT ON landbalance.event
    FOR EACH ROW EXECUTE FUNCTION landbalance.follow_event();

REVOKE ALL ON ALL TABLES IN SCHEMA landbalance FROM PUBLIC;
GRANT USAGE ON SCHEMA landbalance TO lb_county;
GRANT SELECT ON landbalance.meta, landbalance.step, landbalance.status, landbalance.event, landbalance.attachment
    TO lb_county;
GRANT INSERT ON landbalance.event, landbalance.attachment TO lb_county;
GRANT USAGE ON SEQUENCE landbalance.event_id_seq, landbalance.attachment_id_seq TO lb_county;
INSERT INTO landbalance.meta VALUES ('schema_version', '2');
"""

TECHNICIAN_ROLES = tuple(LEVEL_ROLES.values())
DEFAULT_TIME_ZONE = "Asia/Shanghai"  # China Standard Time (UTC+8), the counties' civil time
EVENT_COLUMNS_A_USER_CHOOSES = ("parcel_id", "programme", "from_step", "to_step", "request", "note", "batch",
                                "pack", "assignee")
UTC_TEXT = "to_char({} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"+00:00\"')"

DUE_FOR = """
-- A parcel's due date in a step entered on p_since, by the step's rule (rules/workflow.py Workflow.due)
-- and the programme's working calendar (rules/calendar.py, registered by register_workflow).
CREATE FUNCTION landbalance.due_for(p_programme text, p_step text, p_since date, OUT due date,
                                    OUT provisional boolean)
LANGUAGE plpgsql STABLE SET search_path = landbalance, pg_temp AS $$
DECLARE
    s step;
    remaining integer;
    y integer;
BEGIN
    provisional := false;
    SELECT * INTO s FROM step WHERE programme = p_programme AND step = p_step;
    IF s.duration_working_days IS NOT NULL THEN
        due := p_since;
        remaining := s.duration_working_days;
        WHILE remaining > 0 LOOP
            due := due + 1;
            IF coalesce((SELECT c.working FROM calendar_day c WHERE c.programme = p_programme AND c.day = due),
                        extract(isodow FROM due) < 6) THEN
                remaining := remaining - 1;
            END IF;
        END LOOP;
        -- provisional when a day counted lies in a year whose holidays the calendar does not know
        provisional := EXISTS (
            SELECT 1 FROM generate_series(extract(year FROM p_since + 1)::int, extract(year FROM due)::int) g (year)
            WHERE NOT EXISTS (SELECT 1 FROM calendar_year k WHERE k.programme = p_programme AND k.year = g.year));
    ELSIF s.duration_days IS NOT NULL THEN
        due := p_since + s.duration_days;
    ELSIF s.duration_years IS NOT NULL THEN
        due := (p_since + make_interval(years => s.duration_years))::date;  -- 29 Feb -> 28 Feb
    ELSIF s.deadline_date IS NOT NULL THEN
        due := s.deadline_date;
    ELSIF s.deadline_month IS NOT NULL THEN  -- the first such day on or after p_since
        FOR y IN extract(year FROM p_since)::int .. extract(year FROM p_since)::int + 4 LOOP
            IF s.deadline_day <= extract(day FROM make_date(y, s.deadline_month, 1) + interval '1 month - 1 day') THEN
                IF make_date(y, s.deadline_month, s.deadline_day) >= p_since THEN
                    due := make_date(y, s.deadline_month, s.deadline_day);
                    EXIT;
                END IF;
            END IF;
        END LOOP;
    END IF;
END $$;
"""

# Every event is checked against the step the user saw, the programme's steps and the user's
# role; the database stamps who, when, since and due; then the status follows it.
RECORD_EVENT = """
CREATE OR REPLACE FUNCTION landbalance.record_event() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = landbalance, pg_temp AS $$
DECLARE
    target step;
    cur step;
    current_step text;
    last_id bigint;
    mover text;
    moved_at timestamptz;
    needed text;
    own_level text;
    claimed boolean := false;
    ranks constant text[] := ARRAY['county', 'city', 'province'];
BEGIN""" + trigger_guard_sql("landbalance", "event") + f"""
    NEW.actor := session_user;
    NEW.at := now();
    SELECT (now() AT TIME ZONE m.value)::date INTO NEW.since FROM meta m WHERE m.key = 'time_zone';
    IF NOT coalesce({visible_sql('NEW.parcel_id')}, false) THEN
        PERFORM refuse('no_parcel_id', 'check_violation', 'an event needs a parcel id with a visible character',
                       jsonb_build_object('parcel', NEW.parcel_id));
    END IF;
    IF NEW.request IS NULL OR NEW.request NOT IN ('advance', 'send_back') THEN
        PERFORM refuse('kind', 'check_violation',
                       format('parcel %s: a request advances or sends back (request = advance or send_back)',
                              NEW.parcel_id), jsonb_build_object('parcel', NEW.parcel_id));
    END IF;
    SELECT * INTO target FROM step WHERE programme = NEW.programme AND step = NEW.to_step;
    IF NOT FOUND THEN
        PERFORM refuse('unknown_step', 'check_violation',
                       format('parcel %s: programme %s has no step %s', NEW.parcel_id, NEW.programme, NEW.to_step),
                       jsonb_build_object('parcel', NEW.parcel_id, 'target', NEW.to_step));
    END IF;
    SELECT d.due, d.provisional INTO NEW.due, NEW.due_provisional
        FROM due_for(NEW.programme, NEW.to_step, NEW.since) d;
    -- The parcel's status row is its lock. A first step claims the parcel by inserting the row
    -- (a racing first step waits for that insert to commit, then finds the row); a later step
    -- locks the row. Either way the step is read after the lock, so exactly one writer wins.
    IF NEW.from_step IS NULL THEN
        INSERT INTO status (parcel_id, programme, step, since, due, due_provisional, assignee, last_event)
            VALUES (NEW.parcel_id, NEW.programme, NEW.to_step, NEW.since, NEW.due, NEW.due_provisional,
                    NEW.assignee, NEW.id)
            ON CONFLICT (parcel_id, programme) DO NOTHING;
        claimed := FOUND;
    END IF;
    IF NOT claimed THEN
        SELECT s.step, s.last_event INTO current_step, last_id FROM status s
            WHERE s.parcel_id = NEW.parcel_id AND s.programme = NEW.programme FOR UPDATE;
    END IF;
    IF current_step IS DISTINCT FROM NEW.from_step THEN
        SELECT e.actor, e.at INTO mover, moved_at FROM event e WHERE e.id = last_id;
        PERFORM refuse('moved', 'check_violation',
                       format('parcel %s: it is at %s (moved by %s at %s), not at %s as seen', NEW.parcel_id,
                              coalesce(current_step, 'no step'), coalesce(mover, '-'), coalesce(moved_at::text, '-'),
                              coalesce(NEW.from_step, 'no step')),
                       jsonb_build_object('parcel', NEW.parcel_id, 'seen', NEW.from_step, 'current', current_step,
                                          'by', mover, 'at', {UTC_TEXT.format('moved_at')}));
    END IF;
    IF current_step IS NOT NULL THEN
        SELECT * INTO cur FROM step WHERE programme = NEW.programme AND step = current_step;
    END IF;
    IF NEW.request = 'advance' AND current_step IS NULL AND target.position = 0 THEN
        NEW.kind := 'start';
        needed := target.level;
    ELSIF NEW.request = 'advance' AND target.position = cur.position + 1 THEN
        NEW.kind := 'next';
        needed := target.level;
    ELSIF NEW.request = 'send_back' AND target.step = ANY (cur.back_to) THEN
        IF NOT coalesce({visible_sql('NEW.note')}, false) THEN
            PERFORM refuse('reason_required', 'check_violation',
                           format('parcel %s: going back from %s to %s needs a reason', NEW.parcel_id,
                                  current_step, NEW.to_step),
                           jsonb_build_object('parcel', NEW.parcel_id, 'current', current_step,
                                              'target', NEW.to_step));
        END IF;
        NEW.kind := 'back';
        needed := ranks[greatest(array_position(ranks, target.level), array_position(ranks, cur.level))];
    ELSIF current_step IS NULL THEN
        PERFORM refuse('not_started', 'check_violation',
                       format('parcel %s: not in %s yet; it starts at its first step', NEW.parcel_id, NEW.programme),
                       jsonb_build_object('parcel', NEW.parcel_id, 'target', NEW.to_step, 'current',
                                          (SELECT f.step FROM step f WHERE f.programme = NEW.programme
                                           AND f.position = 0)));
    ELSIF current_step = NEW.to_step THEN
        PERFORM refuse('same_step', 'check_violation',
                       format('parcel %s is already at %s', NEW.parcel_id, current_step),
                       jsonb_build_object('parcel', NEW.parcel_id, 'current', current_step, 'target', NEW.to_step));
    ELSE
        PERFORM refuse('skip', 'check_violation',
                       format('parcel %s: %s -> %s is not allowed (next step only; back to a listed step '
                              'with a reason)', NEW.parcel_id, current_step, NEW.to_step),
                       jsonb_build_object('parcel', NEW.parcel_id, 'current', current_step, 'target', NEW.to_step,
                                          'kind', NEW.request, 'allowed', CASE WHEN NEW.request = 'advance'
                                          THEN to_jsonb(ARRAY(SELECT n.step FROM step n
                                                              WHERE n.programme = NEW.programme
                                                              AND n.position = cur.position + 1))
                                          ELSE to_jsonb(cur.back_to) END));
    END IF;
    IF NOT pg_has_role(session_user, 'lb_' || needed, 'USAGE') THEN
        SELECT u.r INTO own_level FROM unnest(ranks) WITH ORDINALITY u (r, i)
            WHERE pg_has_role(session_user, 'lb_' || u.r, 'USAGE') ORDER BY u.i DESC LIMIT 1;
        PERFORM refuse('level', 'insufficient_privilege',
                       format('parcel %s: step %s is recorded by the %s, and %s has no %s role', NEW.parcel_id,
                              NEW.to_step, needed, session_user, needed),
                       jsonb_build_object('parcel', NEW.parcel_id, 'target', NEW.to_step, 'level', needed,
                                          'actor_level', own_level));
    END IF;
    NEW.level := needed;
    IF NOT claimed THEN
        UPDATE status SET step = NEW.to_step, since = NEW.since, due = NEW.due,
            due_provisional = NEW.due_provisional, assignee = coalesce(NEW.assignee, assignee), last_event = NEW.id
            WHERE parcel_id = NEW.parcel_id AND programme = NEW.programme;
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER event_follow ON landbalance.event;
DROP FUNCTION landbalance.follow_event();
"""

# An attachment belongs to an event its author is recording, in the same transaction.
CHECK_ATTACHMENT = """
CREATE FUNCTION landbalance.check_attachment() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = landbalance, pg_temp AS $$
DECLARE
    author text;
    written xid;
BEGIN""" + trigger_guard_sql("landbalance", "attachment") + """
    SELECT e.actor, e.xmin INTO author, written FROM event e WHERE e.id = NEW.event_id;
    IF author IS DISTINCT FROM session_user OR written IS DISTINCT FROM pg_current_xact_id()::xid THEN
        PERFORM refuse('attachment_not_own', 'insufficient_privilege',
                       format('event %s: files are attached by its author while recording it', NEW.event_id),
                       jsonb_build_object('event', NEW.event_id, 'by', author));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER attachment_check BEFORE INSERT ON landbalance.attachment
    FOR EACH ROW EXECUTE FUNCTION landbalance.check_attachment();
"""

# 3: races, forged rows and dates, invisible reasons, other users' events (issue 10).
MIGRATION_3 = (
    serial_to_identity_sql("landbalance.event") + serial_to_identity_sql("landbalance.attachment") + f"""
ALTER TABLE landbalance.event ADD COLUMN request text;  -- NULL in events recorded before requests had a kind
ALTER TABLE landbalance.event ADD CONSTRAINT event_request CHECK (request IN ('advance', 'send_back')) NOT VALID;
ALTER TABLE landbalance.event ADD CONSTRAINT event_parcel_id_visible CHECK {visible_sql('parcel_id')} NOT VALID;
ALTER TABLE landbalance.step ADD COLUMN duration_working_days integer, ADD COLUMN duration_days integer,
    ADD COLUMN duration_years integer, ADD COLUMN deadline_date date, ADD COLUMN deadline_month integer,
    ADD COLUMN deadline_day integer;
CREATE TABLE landbalance.calendar_day (
    programme text NOT NULL, day date NOT NULL, working boolean NOT NULL, PRIMARY KEY (programme, day));
CREATE TABLE landbalance.calendar_year (
    programme text NOT NULL, year integer NOT NULL, PRIMARY KEY (programme, year));
INSERT INTO landbalance.meta VALUES ('time_zone', '{DEFAULT_TIME_ZONE}') ON CONFLICT (key) DO NOTHING;
""" + refuse_function_sql("landbalance") + DUE_FOR + RECORD_EVENT + CHECK_ATTACHMENT + """
CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON landbalance.event
    FOR EACH STATEMENT EXECUTE FUNCTION landbalance.append_only();
CREATE TRIGGER attachment_no_truncate BEFORE TRUNCATE ON landbalance.attachment
    FOR EACH STATEMENT EXECUTE FUNCTION landbalance.append_only();

REVOKE ALL ON landbalance.event, landbalance.attachment FROM lb_county;
GRANT SELECT ON landbalance.event, landbalance.attachment, landbalance.calendar_day, landbalance.calendar_year
    TO lb_county;
GRANT INSERT (""" + ", ".join(EVENT_COLUMNS_A_USER_CHOOSES) + """) ON landbalance.event TO lb_county;
GRANT INSERT (event_id, name, path, sha256) ON landbalance.attachment TO lb_county;
""" + revoke_functions_sql("landbalance", TECHNICIAN_ROLES))

# PostgreSQL stores began at version 2 (the GeoPackage store's version 2 schema); migrations
# from here on are keyed by the version they produce, as in store/geopackage.py.
MIGRATIONS: dict = {3: MIGRATION_3}
