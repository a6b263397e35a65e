"""customer merges and what each changed, so that a merge can be undone

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04

One row per merge of two customers (the kept one, the merged one): who merged them and
when, when it was undone, and the merge's own changes (app.services.customers.merge) as
JSON: the rows moved from the merged customer to the kept one (table, primary key, column),
the kept customer's old values of the fields taken from the merged one, the merged
customer's old archived/version state, and rows removed as duplicates of the kept
customer's. On PostgreSQL the new text columns are COLLATE "C" without a length limit, as
migration 0009 made every other.
"""
import importlib

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'customer_merges',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kept_id', sa.Integer(), nullable=False),
        sa.Column('merged_id', sa.Integer(), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=True),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('undone_at', sa.DateTime(), nullable=True),
        sa.Column('changes', sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.ForeignKeyConstraint(['kept_id'], ['customers.id'],
                                name=op.f('fk_customer_merges_kept_id_customers'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['merged_id'], ['customers.id'],
                                name=op.f('fk_customer_merges_merged_id_customers'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'],
                                name=op.f('fk_customer_merges_staff_id_staff'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_merges')),
    )
    with op.batch_alter_table('customer_merges', schema=None) as batch_op:
        batch_op.create_index('ix_customer_merges_kept_id', ['kept_id'], unique=False)
        batch_op.create_index('ix_customer_merges_merged_id', ['merged_id'], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        importlib.import_module(
            "migrations.versions.0009_postgresql_search_index_and_change_triggers").c_collated()


def downgrade():
    with op.batch_alter_table('customer_merges', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_merges_merged_id')
        batch_op.drop_index('ix_customer_merges_kept_id')
    op.drop_table('customer_merges')
