"""The PostgreSQL/PostGIS status store's schema, roles and checks (DDL only, run by an administrator).

Roles: lb_county ⊂ lb_city ⊂ lb_province (a city user may record county steps, a county
user may not record city or province steps). Technicians' login roles are granted one of
them. They may only SELECT and INSERT events and attachments: the status table is written
by a SECURITY DEFINER trigger that checks, inside the database, that the move is the next
step or an allowed step back with a reason, and that the user's role may record it.
The event and attachment tables refuse UPDATE and DELETE (append-only), even for the owner.
"""

from __future__ import annotations

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

# PostgreSQL stores began at version 2 (the GeoPackage store's version 2 schema); migrations
# from here on are keyed by the version they produce, as in store/geopackage.py.
MIGRATIONS: dict = {}
