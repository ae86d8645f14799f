"""pickup: online orders kept for the clerk, offline

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

Reserved in order so the work on devices, pickup and the cloud shelf chains linearly; each is filled
by its own change.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

STATES = "'new','picking','ready','collected','partly_collected','cancelled','expired'"


def upgrade() -> None:
    op.create_table(
        "pickup_orders",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("central_state", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("customer_name", sa.String(length=120), nullable=False),
        sa.Column("phone_last4", sa.String(length=4), nullable=False),
        sa.Column("pickup_hash", sa.String(length=200), nullable=False),
        sa.Column("paid", sa.Boolean(), nullable=False),
        sa.Column("paid_receipt", sa.String(length=48), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("refund_due", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("ready_at", sa.String(length=32), nullable=True),
        sa.Column("expires_at", sa.String(length=32), nullable=True),
        sa.Column("closed_at", sa.String(length=32), nullable=True),
        sa.Column("cancel_reason", sa.String(length=200), nullable=False),
        sa.Column("collected_by", sa.String(length=40), nullable=False),
        sa.Column("central_collected_by", sa.String(length=40), nullable=False),
        sa.Column("conflict", sa.String(length=24), nullable=False),
        sa.Column("conflict_detail", sa.String(length=300), nullable=False),
        sa.Column("conflict_seen", sa.String(length=24), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("purged_at", sa.String(length=32), nullable=True),
        sa.CheckConstraint(f"state IN ({STATES})", name="ck_pickup_state"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    with op.batch_alter_table("pickup_orders") as batch:
        batch.create_index(batch.f("ix_pickup_orders_state"), ["state"], unique=False)
    op.create_table(
        "pickup_lines",
        sa.Column("order_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=60), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.Integer(), nullable=False),
        sa.Column("tax_rate_ppm", sa.Integer(), nullable=False),
        sa.Column("picked", sa.Integer(), nullable=False),
        sa.Column("collected", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["pickup_orders.id"]),
        sa.PrimaryKeyConstraint("order_id", "line_no"),
    )
    op.create_table(
        "pickup_lookups",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("pickup_lookups") as batch:
        batch.create_index(batch.f("ix_pickup_lookups_at"), ["at"], unique=False)


def downgrade() -> None:
    op.drop_table("pickup_lookups")
    op.drop_table("pickup_lines")
    op.drop_table("pickup_orders")
