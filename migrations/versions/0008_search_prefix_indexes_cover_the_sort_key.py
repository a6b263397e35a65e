"""search indexes cover the sort key: the name and initials indexes also hold archived_at
and name_pinyin, so a one- or two-letter search lists its first page without visiting
20,000 customer rows (ix_customers_name and ix_customers_name_initials, now prefixes of the
new ones, go); a narrow (id, archived_at, name_pinyin) index sorts the trigram index's hits
from a few pages instead of the customers' wide rows

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index('ix_customers_name_search', ['name', 'archived_at', 'name_pinyin'],
                              unique=False)
        batch_op.create_index('ix_customers_initials_search',
                              ['name_initials', 'archived_at', 'name_pinyin'], unique=False)
        batch_op.create_index('ix_customers_search_sort', ['id', 'archived_at', 'name_pinyin'],
                              unique=False)
        batch_op.drop_index('ix_customers_name')
        batch_op.drop_index('ix_customers_name_initials')


def downgrade():
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index('ix_customers_name_initials', ['name_initials'], unique=False)
        batch_op.create_index('ix_customers_name', ['name'], unique=False)
        batch_op.drop_index('ix_customers_search_sort')
        batch_op.drop_index('ix_customers_initials_search')
        batch_op.drop_index('ix_customers_name_search')
