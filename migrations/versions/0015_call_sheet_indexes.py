"""indexes for one advisor's call sheet with leads

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04

One advisor's call sheet (issue 16) reads their dormant leads and their follow-ups due by
the day. The dormant leads were found by reading each of the advisor's wide lead rows for
its level, stage and last touch (18.6 ms for 755 dormant leads of one advisor on the
100,000-customer demo); the new index holds the advisor, the level, the stage, the last
contact, when the lead was made (the last touch: app.services.sales.dormant.last_touch)
and the customer, so the query reads it alone (3.1 ms). The follow-ups' index by advisor and status gains the due date, so
that a day's calls read only the follow-ups due by then, not every open one.
"""
from alembic import op


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(
        'ix_leads_advisor_touch', 'leads',
        ['advisor_id', 'level', 'stage', 'last_contact_at', 'created_at', 'customer_id'],
        unique=False)
    op.drop_index('ix_follow_ups_advisor_status', table_name='follow_ups')
    op.create_index('ix_follow_ups_advisor_status_due', 'follow_ups',
                    ['advisor_id', 'status', 'due_date'], unique=False)


def downgrade():
    op.drop_index('ix_follow_ups_advisor_status_due', table_name='follow_ups')
    op.create_index('ix_follow_ups_advisor_status', 'follow_ups', ['advisor_id', 'status'],
                    unique=False)
    op.drop_index('ix_leads_advisor_touch', table_name='leads')
