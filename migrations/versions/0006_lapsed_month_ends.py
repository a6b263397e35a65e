"""lapsed month ends: the dashboard's lapsed-customer figures of months already over, kept
so that opening the dashboard does not read every visit of the book again

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

A stored figure holds as long as no visit on or before its month end is added, removed or
moved and no customer of its advisor (any customer, for the figures of every advisor) is
archived, brought back, given another advisor or deleted. SQLite triggers delete the
figures such a change makes wrong (also when another desk or program
writes the same file); the dashboard works them out again when next opened. PostgreSQL
books have no such triggers and never use the table. A later migration that rebuilds
service_visits or customers (batch mode "move and copy") drops these triggers and must
create them again with `create_triggers()`.
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

FORGET_FROM = "DELETE FROM lapsed_month_ends WHERE month_end >= {day};"
# a customer archived or brought back changes every advisor's figures and their own
# advisor's; one handed to another advisor only those of the two advisors
FORGET_CUSTOMER = ("DELETE FROM lapsed_month_ends WHERE advisor_key IN "
                   "(OLD.advisor_id, NEW.advisor_id) "
                   "OR (advisor_key = 0 AND OLD.archived_at IS NOT NEW.archived_at);")
FORGET_DELETED = "DELETE FROM lapsed_month_ends WHERE advisor_key IN (0, OLD.advisor_id);"
TRIGGERS = {
    "service_visits_lapsed_ai": ("AFTER INSERT ON service_visits",
                                 FORGET_FROM.format(day="NEW.date_in")),
    "service_visits_lapsed_ad": ("AFTER DELETE ON service_visits",
                                 FORGET_FROM.format(day="OLD.date_in")),
    "service_visits_lapsed_au": ("AFTER UPDATE OF date_in, customer_id ON service_visits",
                                 FORGET_FROM.format(day="min(OLD.date_in, NEW.date_in)")),
    "customers_lapsed_au": ("AFTER UPDATE OF archived_at, advisor_id ON customers",
                            FORGET_CUSTOMER),
    "customers_lapsed_ad": ("AFTER DELETE ON customers", FORGET_DELETED),
}


def create_triggers():
    for name, (when, action) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {when} BEGIN {action} END")


def upgrade():
    op.create_table(
        'lapsed_month_ends',
        sa.Column('advisor_key', sa.Integer(), nullable=False),
        sa.Column('at_risk_months', sa.Integer(), nullable=False),
        sa.Column('lost_months', sa.Integer(), nullable=False),
        sa.Column('month_end', sa.Date(), nullable=False),
        sa.Column('at_risk', sa.Integer(), nullable=False),
        sa.Column('lost', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('advisor_key', 'at_risk_months', 'lost_months', 'month_end',
                                name=op.f('pk_lapsed_month_ends')),
    )
    if op.get_bind().dialect.name == "sqlite":
        create_triggers()


def downgrade():
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('lapsed_month_ends')
