"""consent per purpose with its history (service reminders, marketing, sharing with the
maker, sharing with insurers), the book's own settings (rights the owner gives each role),
and the day a customer was erased

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04

The marketing consent a card already holds (customers.marketing_consent, its date and
channel) becomes the first entry of that customer's marketing history. On PostgreSQL the
new text columns are COLLATE "C" without a length limit, as migration 0009 made every other.
"""
import importlib

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'consents',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('customer_id', sa.Integer(), nullable=False),
        sa.Column('purpose', sa.String(length=20), nullable=False),
        sa.Column('granted', sa.Boolean(), nullable=False),
        sa.Column('on_day', sa.Date(), nullable=False),
        sa.Column('channel', sa.String(length=20), server_default=sa.text("''"), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=True),
        sa.Column('note', sa.String(length=200), server_default=sa.text("''"), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['customer_id'], ['customers.id'],
                                name=op.f('fk_consents_customer_id_customers'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'],
                                name=op.f('fk_consents_staff_id_staff'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_consents')),
    )
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index('ix_consents_customer_purpose', ['customer_id', 'purpose', 'id'],
                              unique=False)
        batch_op.create_index('ix_consents_purpose', ['purpose', 'customer_id'], unique=False)
    op.create_table(
        'book_settings',
        sa.Column('key', sa.String(length=60), nullable=False),
        sa.Column('value', sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_book_settings')),
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('erased_at', sa.DateTime(), nullable=True))
    op.execute(
        "INSERT INTO consents (customer_id, purpose, granted, on_day, channel, note, at)"
        " SELECT id, 'marketing', marketing_consent,"
        " coalesce(marketing_consent_date, CAST(created_at AS DATE)),"
        " coalesce(marketing_consent_channel, ''), '', coalesce(created_at, CURRENT_TIMESTAMP)"
        " FROM customers WHERE marketing_consent")
    if op.get_bind().dialect.name == "postgresql":
        importlib.import_module(
            "migrations.versions.0009_postgresql_search_index_and_change_triggers").c_collated()


def downgrade():
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('erased_at')
    op.drop_table('book_settings')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_index('ix_consents_purpose')
        batch_op.drop_index('ix_consents_customer_purpose')
    op.drop_table('consents')
