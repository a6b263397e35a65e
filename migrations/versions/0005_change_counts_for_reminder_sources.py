"""change counts: a counter the reminder engine reads to know its in-memory copy of the
book's dates is still current; covering indexes for the dashboard's monthly figures

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

Triggers on customers, household_members and important_dates add one to
change_counts('reminder_sources') whenever a column the reminders are computed from changes,
and those on vehicles note the vehicle's id in vehicle_changes (also when another desk or
program writes the same file). A later migration that rebuilds
one of these tables (batch mode "move and copy") drops its triggers and must create them
again: call `create_triggers()` from here (tests/migrations checks they exist at head).
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

TOPIC = "reminder_sources"
WATCHED = {
    "customers": "kind, name, phone, phone_wrong, advisor_id, key_account, archived_at, "
                 "birthday_calendar, birth_month, birth_day, birth_leap",
    "vehicles": "owner_id, plate, make, model, purchase_date, purchase_md, insurance_expiry, "
                "inspection_due, warranty_end, next_service_due, archived_at",
    "household_members": None,  # every column
    "important_dates": None,
}
# a changed vehicle is noted by id (every service visit moves its car's next service): the
# copy patches those cars instead of reading every table again
NOTED = {"vehicles": "vehicle_changes (vehicle_id)"}


def trigger_names():
    return [f"{table}_changes_{event}" for table in WATCHED for event in ("ai", "ad", "au")]


def create_triggers():
    bump = f"UPDATE change_counts SET n = n + 1 WHERE topic = '{TOPIC}';"
    for table, columns in WATCHED.items():
        update = f"UPDATE OF {columns}" if columns else "UPDATE"
        for event, when in (("ai", "INSERT"), ("ad", "DELETE"), ("au", update)):
            row = "OLD" if event == "ad" else "NEW"
            action = (f"INSERT INTO {NOTED[table]} VALUES ({row}.id);" if table in NOTED
                      else bump)
            op.execute(f"CREATE TRIGGER IF NOT EXISTS {table}_changes_{event} "
                       f"AFTER {when} ON {table} BEGIN {action} END")


def upgrade():
    op.create_table(
        'change_counts',
        sa.Column('topic', sa.String(length=40), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('topic', name=op.f('pk_change_counts')),
    )
    op.execute(f"INSERT INTO change_counts (topic, n) VALUES ('{TOPIC}', 0)")
    op.create_table(
        'vehicle_changes',
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('vehicle_id', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('seq', name=op.f('pk_vehicle_changes')),
        sqlite_autoincrement=True,
    )
    # the dashboard's visits, revenue, satisfaction and activity per month read only these
    with op.batch_alter_table('service_visits', schema=None) as batch_op:
        batch_op.create_index('ix_service_visits_month_figures', ['date_in', 'service_advisor_id', 'total_fen', 'satisfaction', 'customer_id'], unique=False)
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.create_index('ix_interactions_time_staff', ['occurred_at', 'staff_id'], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        create_triggers()


def downgrade():
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_index('ix_interactions_time_staff')
    with op.batch_alter_table('service_visits', schema=None) as batch_op:
        batch_op.drop_index('ix_service_visits_month_figures')
    if op.get_bind().dialect.name == "sqlite":
        for name in trigger_names():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('vehicle_changes')
    op.drop_table('change_counts')
