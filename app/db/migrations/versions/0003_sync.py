"""sync with the central platform: enrolment, feed cursors, worker status, delivery answers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_config",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server_url", sa.String(length=300), nullable=False),
        sa.Column("terminal_id", sa.String(length=36), nullable=False),
        sa.Column("token", sa.String(length=200), nullable=False),
        sa.Column("ca_cert", sa.String(length=500), nullable=False),
        sa.Column("enrolled_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_single_sync_config"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sync_cursors",
        sa.Column("feed", sa.String(length=16), nullable=False),
        sa.Column("cursor", sa.Integer(), nullable=False),
        sa.Column("snapshot_as_of", sa.Integer(), nullable=True),
        sa.Column("snapshot_next_key", sa.String(length=200), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("feed"),
    )
    op.create_table(
        "sync_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("last_attempt_at", sa.String(length=32), nullable=True),
        sa.Column("last_success_at", sa.String(length=32), nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_single_sync_status"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sync_seen",
        sa.Column("feed", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("feed", "key"),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("outbox_delivery") as batch:
        batch.add_column(sa.Column("answer", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("stock_seq", sa.Integer(), nullable=True))
    with op.batch_alter_table("variants") as batch:
        batch.add_column(sa.Column("active", sa.Boolean(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("variants") as batch:
        batch.drop_column("active")
    with op.batch_alter_table("outbox_delivery") as batch:
        batch.drop_column("stock_seq")
        batch.drop_column("answer")
    op.drop_table("sync_seen")
    op.drop_table("sync_status")
    op.drop_table("sync_cursors")
    op.drop_table("sync_config")
