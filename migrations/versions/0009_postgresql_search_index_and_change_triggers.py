"""PostgreSQL books get what SQLite books got from 0001, 0005 and 0006: a trigram index of
the search keys (pg_trgm, GIN) and, in PL/pgSQL, the triggers that keep the change counts,
the vehicle change log and the lapsed month-end figures; and text kept as SQLite keeps it:
compared and sorted by code point whatever the server's default collation (every text
column COLLATE "C": lists come in the same order on both, and the search's prefix ranges,
name >= 'zs' AND name < 'zs\U0010ffff', mean what they say), and with no length limit of
its own (SQLite enforces none: the program's own checks are the limits, so a text one book
takes is never refused by the other, and `guanxi copy` moves any book). SQLite books are
not touched.

A later migration that adds a text column on PostgreSQL gives it COLLATE "C" too
(`c_collated()` below does it for every column that lacks it; tests/migrations checks).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04

Two desks write a PostgreSQL book at the same time, so the vehicle change log's numbers
must follow the order in which the writes are committed (a desk that has read up to 10
must never meet a 9 later): the trigger first takes the lock of a change_counts row that
it holds until the commit (once per transaction), then takes its number.
"""
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

SOURCES = "reminder_sources"
VEHICLE_LOG = "vehicle_changes"
# the columns the reminders are computed from (as migration 0005's WATCHED)
WATCHED = {
    "customers": "kind, name, phone, phone_wrong, advisor_id, key_account, archived_at, "
                 "birthday_calendar, birth_month, birth_day, birth_leap",
    "vehicles": "owner_id, plate, make, model, purchase_date, purchase_md, insurance_expiry, "
                "inspection_due, warranty_end, next_service_due, archived_at",
    "household_members": None,
    "important_dates": None,
}
FUNCTIONS = {
    "guanxi_sources_changed": f"""
        BEGIN
            UPDATE change_counts SET n = n + 1 WHERE topic = '{SOURCES}';
            RETURN NULL;
        END""",
    # (the lock once per transaction: a statement over 50,000 cars moves the row once, not
    # 50,000 times, whose versions each later update would walk)
    "guanxi_vehicle_changed": f"""
        BEGIN
            IF current_setting('guanxi.vehicle_log_locked', true)
                    IS DISTINCT FROM txid_current()::text THEN
                UPDATE change_counts SET n = n + 1 WHERE topic = '{VEHICLE_LOG}';
                PERFORM set_config('guanxi.vehicle_log_locked', txid_current()::text, true);
            END IF;
            IF TG_OP = 'DELETE' THEN
                INSERT INTO vehicle_changes (vehicle_id) VALUES (OLD.id);
            ELSE
                INSERT INTO vehicle_changes (vehicle_id) VALUES (NEW.id);
            END IF;
            RETURN NULL;
        END""",
    "guanxi_visit_lapsed": """
        BEGIN
            IF TG_OP = 'INSERT' THEN
                DELETE FROM lapsed_month_ends WHERE month_end >= NEW.date_in;
            ELSIF TG_OP = 'DELETE' THEN
                DELETE FROM lapsed_month_ends WHERE month_end >= OLD.date_in;
            ELSE
                DELETE FROM lapsed_month_ends WHERE month_end >= LEAST(OLD.date_in, NEW.date_in);
            END IF;
            RETURN NULL;
        END""",
    "guanxi_customer_lapsed": """
        BEGIN
            IF TG_OP = 'DELETE' THEN
                DELETE FROM lapsed_month_ends WHERE advisor_key IN (0, OLD.advisor_id);
            ELSE
                DELETE FROM lapsed_month_ends WHERE advisor_key IN (OLD.advisor_id, NEW.advisor_id)
                    OR (advisor_key = 0 AND OLD.archived_at IS DISTINCT FROM NEW.archived_at);
            END IF;
            RETURN NULL;
        END""",
}


def _triggers():
    """(name, when, function, per row) of every trigger."""
    made = []
    for table, columns in WATCHED.items():
        # a vehicle is noted by id; the counter moves once per statement (a bulk insert of
        # 100,000 customers moves it once)
        function, per_row = (("guanxi_vehicle_changed", True) if table == "vehicles"
                             else ("guanxi_sources_changed", False))
        update = f"UPDATE OF {columns}" if columns else "UPDATE"
        for event, when in (("ai", "INSERT"), ("ad", "DELETE"), ("au", update)):
            made.append((f"{table}_changes_{event}", f"AFTER {when} ON {table}", function,
                         per_row))
    made += [
        ("service_visits_lapsed_ai", "AFTER INSERT ON service_visits", "guanxi_visit_lapsed", True),
        ("service_visits_lapsed_ad", "AFTER DELETE ON service_visits", "guanxi_visit_lapsed",
         True),
        ("service_visits_lapsed_au", "AFTER UPDATE OF date_in, customer_id ON service_visits",
         "guanxi_visit_lapsed", True),
        ("customers_lapsed_au", "AFTER UPDATE OF archived_at, advisor_id ON customers",
         "guanxi_customer_lapsed", True),
        ("customers_lapsed_ad", "AFTER DELETE ON customers", "guanxi_customer_lapsed", True),
    ]
    return made


def trigger_names():
    return [name for name, *_ in _triggers()]


def c_collated():
    """Every text column of the book's tables compared by code point (COLLATE "C"), with
    no length limit."""
    conn = op.get_bind()
    columns = conn.exec_driver_sql(
        "SELECT c.table_name, c.column_name, c.data_type, c.character_maximum_length"
        " FROM information_schema.columns c JOIN information_schema.tables t"
        " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
        " WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'"
        " AND c.data_type IN ('character varying', 'text')"
        " AND (coalesce(c.collation_name, '') <> 'C'"
        " OR c.character_maximum_length IS NOT NULL)").fetchall()
    for table, column, data_type, length in columns:
        kind = "varchar" if data_type == "character varying" else "text"
        op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE {kind} COLLATE "C"')


# A server's index holds no row id of its own (SQLite's holds the rowid, the customer's id):
# the two prefix indexes of a short search carry it (INCLUDE), so the search reads them alone
COVERING = {
    "ix_customers_name_search": "name, archived_at, name_pinyin",
    "ix_customers_initials_search": "name_initials, archived_at, name_pinyin",
}
# the customers with a further reading of their name ("|~cx" in their keys: a few in a
# hundred): a two-letter search looks for "|~cx" among them alone (pg_trgm's trigrams leave
# the marks out, so the whole index would offer every key with a word starting "cx")
FURTHER_READINGS = "keys LIKE '%|~%'"


def upgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    c_collated()
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE INDEX ix_customer_search_keys_trgm ON customer_search "
               "USING gin (keys gin_trgm_ops)")
    op.execute("CREATE INDEX ix_customer_search_further_trgm ON customer_search "
               f"USING gin (keys gin_trgm_ops) WHERE {FURTHER_READINGS}")
    for name, columns in COVERING.items():
        op.execute(f"DROP INDEX {name}")
        op.execute(f"CREATE INDEX {name} ON customers ({columns}) INCLUDE (id)")
    op.execute(f"INSERT INTO change_counts (topic, n) VALUES ('{VEHICLE_LOG}', 0) "
               "ON CONFLICT (topic) DO NOTHING")
    for name, body in FUNCTIONS.items():
        op.execute(f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger "
                   f"LANGUAGE plpgsql AS $$ {body} $$")
    for name, when, function, per_row in _triggers():
        each = "ROW" if per_row else "STATEMENT"
        op.execute(f"CREATE TRIGGER {name} {when} FOR EACH {each} EXECUTE FUNCTION {function}()")


def downgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, when, *_ in _triggers():
        table = when.split(" ON ")[1]
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    for name in FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.execute(f"DELETE FROM change_counts WHERE topic = '{VEHICLE_LOG}'")
    # (the columns keep COLLATE "C": the order SQLite gives them)
    op.execute("DROP INDEX IF EXISTS ix_customer_search_keys_trgm")
    op.execute("DROP INDEX IF EXISTS ix_customer_search_further_trgm")
    for name, columns in COVERING.items():
        op.execute(f"DROP INDEX {name}")
        op.execute(f"CREATE INDEX {name} ON customers ({columns})")
