"""leads, the showroom log and test drives; a follow-up's lead

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04

The sales floor (issue 16): a lead per prospect (a customer) with its source, models,
budget, payment, trade-in, intent level, stage and when it reached each, the order and the
delivery, the lost-lead review and the referral; the showroom log (来店登记); test drives;
and follow_ups.lead_id, the lead a sales call is about. On PostgreSQL the new text columns
are COLLATE "C" without a length limit, as migration 0009 made every other.
"""
import importlib

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('leads',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('advisor_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('models', sa.String(length=200), nullable=False),
    sa.Column('budget_yuan', sa.Integer(), nullable=True),
    sa.Column('payment', sa.String(length=10), nullable=False),
    sa.Column('trade_in', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=4), nullable=False),
    sa.Column('stage', sa.String(length=16), nullable=False),
    sa.Column('next_follow_up', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('first_contact_at', sa.DateTime(), nullable=True),
    sa.Column('last_contact_at', sa.DateTime(), nullable=True),
    sa.Column('contacted_at', sa.DateTime(), nullable=True),
    sa.Column('showroom_at', sa.DateTime(), nullable=True),
    sa.Column('test_drive_at', sa.DateTime(), nullable=True),
    sa.Column('negotiation_at', sa.DateTime(), nullable=True),
    sa.Column('ordered_at', sa.DateTime(), nullable=True),
    sa.Column('delivered_at', sa.DateTime(), nullable=True),
    sa.Column('lost_at', sa.DateTime(), nullable=True),
    sa.Column('order_model', sa.String(length=120), nullable=False),
    sa.Column('order_price_yuan', sa.Integer(), nullable=True),
    sa.Column('expected_delivery', sa.Date(), nullable=True),
    sa.Column('vehicle_id', sa.Integer(), nullable=True),
    sa.Column('lost_reason', sa.String(length=20), nullable=False),
    sa.Column('lost_competitor', sa.String(length=60), nullable=False),
    sa.Column('lost_note', sa.Text(), nullable=False),
    sa.Column('lost_review', sa.String(length=12), nullable=False),
    sa.Column('lost_requested_at', sa.DateTime(), nullable=True),
    sa.Column('lost_reviewed_by', sa.Integer(), nullable=True),
    sa.Column('referrer_id', sa.Integer(), nullable=True),
    sa.Column('referral_department', sa.String(length=20), nullable=False),
    sa.Column('referral_kind', sa.String(length=20), nullable=False),
    sa.Column('referral_note', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['advisor_id'], ['staff.id'], name=op.f('fk_leads_advisor_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_leads_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lost_reviewed_by'], ['staff.id'], name=op.f('fk_leads_lost_reviewed_by_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['referrer_id'], ['staff.id'], name=op.f('fk_leads_referrer_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id'], name=op.f('fk_leads_vehicle_id_vehicles'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leads'))
    )
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.create_index('ix_leads_advisor_next', ['advisor_id', 'next_follow_up'], unique=False)
        batch_op.create_index('ix_leads_created', ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_leads_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index('ix_leads_stage_advisor', ['stage', 'advisor_id'], unique=False)

    op.create_table('showroom_visits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('arrived_at', sa.DateTime(), nullable=False),
    sa.Column('left_at', sa.DateTime(), nullable=True),
    sa.Column('party_size', sa.Integer(), nullable=False),
    sa.Column('first_visit', sa.Boolean(), nullable=False),
    sa.Column('interest', sa.String(length=200), nullable=False),
    sa.Column('advisor_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['advisor_id'], ['staff.id'], name=op.f('fk_showroom_visits_advisor_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_showroom_visits_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lead_id'], ['leads.id'], name=op.f('fk_showroom_visits_lead_id_leads'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_showroom_visits'))
    )
    with op.batch_alter_table('showroom_visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_showroom_visits_arrived_at'), ['arrived_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_showroom_visits_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_showroom_visits_lead_id'), ['lead_id'], unique=False)

    op.create_table('test_drives',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('model', sa.String(length=120), nullable=False),
    sa.Column('plate', sa.String(length=12), nullable=False),
    sa.Column('licence_seen', sa.Boolean(), nullable=False),
    sa.Column('advisor_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('feedback', sa.Text(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['advisor_id'], ['staff.id'], name=op.f('fk_test_drives_advisor_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_test_drives_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lead_id'], ['leads.id'], name=op.f('fk_test_drives_lead_id_leads'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_test_drives'))
    )
    with op.batch_alter_table('test_drives', schema=None) as batch_op:
        batch_op.create_index('ix_test_drives_advisor_at', ['advisor_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_test_drives_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_test_drives_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_test_drives_lead_id'), ['lead_id'], unique=False)

    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lead_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_follow_ups_lead_id'), ['lead_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_follow_ups_lead_id_leads'), 'leads', ['lead_id'], ['id'], ondelete='SET NULL')

    if op.get_bind().dialect.name == "postgresql":
        importlib.import_module(
            "migrations.versions.0009_postgresql_search_index_and_change_triggers").c_collated()


def downgrade():
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_follow_ups_lead_id_leads'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_follow_ups_lead_id'))
        batch_op.drop_column('lead_id')

    with op.batch_alter_table('test_drives', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_test_drives_lead_id'))
        batch_op.drop_index(batch_op.f('ix_test_drives_customer_id'))
        batch_op.drop_index(batch_op.f('ix_test_drives_at'))
        batch_op.drop_index('ix_test_drives_advisor_at')

    op.drop_table('test_drives')
    with op.batch_alter_table('showroom_visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_showroom_visits_lead_id'))
        batch_op.drop_index(batch_op.f('ix_showroom_visits_customer_id'))
        batch_op.drop_index(batch_op.f('ix_showroom_visits_arrived_at'))

    op.drop_table('showroom_visits')
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.drop_index('ix_leads_stage_advisor')
        batch_op.drop_index(batch_op.f('ix_leads_customer_id'))
        batch_op.drop_index('ix_leads_created')
        batch_op.drop_index('ix_leads_advisor_next')

    op.drop_table('leads')
