"""staff accounts (sign-in name, argon2 password hash, phone, failed sign-ins) and the
audit log (who did what to which record when, each entry chained to the previous by hash)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04

On PostgreSQL the new text columns are COLLATE "C" without a length limit, as migration
0009 made every other (its `c_collated()` again).
"""
import importlib

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('login', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('password_hash', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('phone', sa.String(length=20), server_default=sa.text("''"),
                                      nullable=False))
        batch_op.add_column(sa.Column('failed_sign_ins', sa.Integer(), server_default='0',
                                      nullable=False))
        batch_op.add_column(sa.Column('wait_until', sa.DateTime(), nullable=True))
        batch_op.create_index('ix_staff_login', ['login'], unique=True)
    op.create_table(
        'audit_log',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=True),
        sa.Column('actor', sa.String(length=80), nullable=False),
        sa.Column('action', sa.String(length=30), nullable=False),
        sa.Column('record_kind', sa.String(length=30), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=True),
        sa.Column('detail', sa.Text(), nullable=False),
        sa.Column('prev_hash', sa.String(length=64), nullable=False),
        sa.Column('hash', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log')),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_at', ['at'], unique=False)
        batch_op.create_index('ix_audit_log_staff_at', ['staff_id', 'at'], unique=False)
        batch_op.create_index('ix_audit_log_record', ['record_kind', 'record_id'], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        importlib.import_module(
            "migrations.versions.0009_postgresql_search_index_and_change_triggers").c_collated()


def downgrade():
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_record')
        batch_op.drop_index('ix_audit_log_staff_at')
        batch_op.drop_index('ix_audit_log_at')
    op.drop_table('audit_log')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_index('ix_staff_login')
        batch_op.drop_column('wait_until')
        batch_op.drop_column('failed_sign_ins')
        batch_op.drop_column('phone')
        batch_op.drop_column('password_hash')
        batch_op.drop_column('login')
