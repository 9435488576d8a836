"""Building blocks for a PostgreSQL store that technicians write with their own logins.

What they guard against (each attack is a test in tests/pg/test_postgis_attacks.py):
- a SECURITY DEFINER function attached by a user as a trigger on their own temporary table
  (`revoke_functions_sql`: no function of the schema is executable by PUBLIC or the
  technicians' roles, nor are its future ones; `trigger_guard_sql`: a trigger function
  refuses to run on any table but its own);
- ids chosen by a user (`serial_to_identity_sql`: ids are GENERATED ALWAYS AS IDENTITY and no
  role but the owner may use the sequences);
- a reason or id with nothing visible (`visible_sql`: the same rule as rules/visible_text.py);
- refusals that only say so in English: the database raises them with a JSON DETAIL
  {"code": …, details} (`refuse_function_sql`), which `database_refusal` turns back into the
  client's TransitionError or JournalError, worded in the user's language by
  processing/workflow_messages.py and processing/journal_messages.py.
Plain text only (DDL and parsing): no connection is opened here.
"""

from __future__ import annotations

import json

from ..rules.visible_text import invisible_class
from ..rules.workflow import TransitionError


def revoke_functions_sql(schema: str, roles) -> str:
    """No function or sequence of `schema` usable by PUBLIC or `roles`, now or when added later.

    Triggers still fire for everyone (their function's EXECUTE is checked only when a
    trigger is created), so a user can no longer attach them to a table of their own."""
    grantees = ", ".join(["PUBLIC", *roles])
    return (f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {schema} FROM {grantees};\n"
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;\n"
            f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {grantees};\n")


def trigger_guard_sql(schema: str, table: str, when: str = "BEFORE", operation: str = "INSERT",
                      level: str = "ROW") -> str:
    """PL/pgSQL that refuses to run the trigger function anywhere but `schema.table`."""
    return f"""
    IF TG_TABLE_SCHEMA <> '{schema}' OR TG_TABLE_NAME <> '{table}' OR TG_WHEN <> '{when}'
            OR TG_OP <> '{operation}' OR TG_LEVEL <> '{level}' THEN
        RAISE EXCEPTION '%: runs only {when} {operation} on {schema}.{table}', TG_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;"""


def serial_to_identity_sql(table: str, column: str = "id") -> str:
    """Turn a bigserial column into GENERATED ALWAYS AS IDENTITY, numbering on after its rows."""
    return f"""
ALTER TABLE {table} ALTER COLUMN {column} DROP DEFAULT;
DROP SEQUENCE IF EXISTS {table}_{column}_seq;
ALTER TABLE {table} ALTER COLUMN {column} ADD GENERATED ALWAYS AS IDENTITY;
SELECT setval(pg_get_serial_sequence('{table}', '{column}'), coalesce(max({column}), 0) + 1, false) FROM {table};
"""


def visible_sql(expression: str) -> str:
    """SQL that is true when `expression` (text) shows a visible character (NULL: not true)."""
    return f"({expression} ~ '[^{invisible_class(from_code=1)}]')"


def refuse_function_sql(schema: str) -> str:
    """`schema.refuse(code, errcode, message, details)`: raise a refusal the client can word."""
    return f"""
CREATE OR REPLACE FUNCTION {schema}.refuse(code text, errcode text, message text, details jsonb)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = errcode, MESSAGE = message,
        DETAIL = (coalesce(details, '{{}}'::jsonb) || jsonb_build_object('code', code))::text;
END $$;
"""


def database_refusal(err, error=TransitionError):
    """The refusal a database error carries in its DETAIL as the client's own error — `error(code,
    message, **details)`: TransitionError for the workflow, JournalError for the ledgers —, or
    None if it has none."""
    diag = getattr(err, "diag", None)
    detail = getattr(diag, "message_detail", None) if diag is not None else None
    if not detail:
        return None
    try:
        details = json.loads(detail)
    except ValueError:
        return None
    if not isinstance(details, dict) or not isinstance(details.get("code"), str):
        return None
    code = details.pop("code")
    return error(code, diag.message_primary or code, **details)
