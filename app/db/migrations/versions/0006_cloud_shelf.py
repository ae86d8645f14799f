"""cloud shelf: stock at other locations, cloud-shelf orders

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

The platform's last figures for other locations (the cloud shelf's matrix works offline from them,
with their age), the cloud-shelf orders sold at this store, and the shelf feed's cursor for a till
enrolled before this version.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

STATES = "'held','to_confirm','confirmed','unfilled','shipped','delivered','arrived','cancelled'"


def upgrade() -> None:
    op.create_table(
        "shelf_figures",
        sa.Column("style_code", sa.String(length=40), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("fetched_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("style_code"),
    )
    op.create_table(
        "shelf_orders",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("sale_id", sa.String(length=36), nullable=False),
        sa.Column("receipt_no", sa.String(length=48), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("delivery", sa.String(length=8), nullable=False),
        sa.Column("deliver_to", sa.String(length=16), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hold_id", sa.String(length=36), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("problem", sa.String(length=500), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("contact_error", sa.String(length=300), nullable=False),
        sa.Column("pickup_code", sa.String(length=6), nullable=False),
        sa.Column("refund_receipt", sa.String(length=48), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint(f"state IN ({STATES})", name="ck_shelf_state"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    with op.batch_alter_table("shelf_orders") as batch:
        batch.create_index(batch.f("ix_shelf_orders_state"), ["state"], unique=False)
    op.create_table(
        "shelf_lines",
        sa.Column("order_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("sale_line_id", sa.String(length=36), nullable=False),
        sa.Column("sku", sa.String(length=60), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["shelf_orders.id"]),
        sa.PrimaryKeyConstraint("order_id", "line_no"),
    )
    with op.batch_alter_table("shelf_lines") as batch:
        batch.create_index(batch.f("ix_shelf_lines_sale_line_id"), ["sale_line_id"], unique=False)
    # a till enrolled before this version pulls the new feed from its start
    op.execute(
        "INSERT OR IGNORE INTO sync_cursors(feed, cursor, updated_at) "
        "SELECT 'shelf', 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE EXISTS (SELECT 1 FROM sync_config)"
    )


def downgrade() -> None:
    op.execute("DELETE FROM sync_cursors WHERE feed = 'shelf'")
    with op.batch_alter_table("shelf_lines") as batch:
        batch.drop_index(batch.f("ix_shelf_lines_sale_line_id"))
    op.drop_table("shelf_lines")
    with op.batch_alter_table("shelf_orders") as batch:
        batch.drop_index(batch.f("ix_shelf_orders_state"))
    op.drop_table("shelf_orders")
    op.drop_table("shelf_figures")
