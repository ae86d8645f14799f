"""central cloud shelf: reservations with expiry, cloud-shelf orders

Revision ID: c0003
Revises: c0002
Create Date: 2026-11-23

Cloud-shelf orders with their lines, allocations and shipments; notifications that belong to a
cloud-shelf order; the shelf feed's counter; indexes that let availability by SKU across every
location read only the rows it needs.
"""

import sqlalchemy as sa
from alembic import op

revision = "c0003"
down_revision = "c0002"
branch_labels = None
depends_on = None

BigInt = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "shelf_orders",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("terminal_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("sale_id", sa.String(length=36), nullable=False),
        sa.Column("receipt_no", sa.String(length=48), nullable=False),
        sa.Column("delivery", sa.String(length=8), nullable=False),
        sa.Column("deliver_to", sa.String(length=16), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("total", BigInt, nullable=False),
        sa.Column("taken_offline", sa.Boolean(), nullable=False),
        sa.Column("problem", sa.String(length=500), nullable=False),
        sa.Column("customer_name", sa.String(length=120), nullable=False),
        sa.Column("customer_phone", sa.String(length=40), nullable=False),
        sa.Column("customer_email", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("pickup_hash", sa.String(length=200), nullable=False),
        sa.Column("contact_at", sa.String(length=32), nullable=True),
        sa.Column("pickup_order_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("closed_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["store_code"], ["locations.code"]),
        sa.ForeignKeyConstraint(["deliver_to"], ["locations.code"]),
        sa.ForeignKeyConstraint(["terminal_id"], ["terminals.id"]),
        sa.ForeignKeyConstraint(["pickup_order_id"], ["orders.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    with op.batch_alter_table("shelf_orders") as batch:
        batch.create_index("ix_shelf_orders_store_state", ["store_code", "state"], unique=False)
        batch.create_index(batch.f("ix_shelf_orders_sale_id"), ["sale_id"], unique=False)
    op.create_table(
        "shelf_lines",
        sa.Column("order_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=60), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.Column("unit_price", BigInt, nullable=False),
        sa.Column("total", BigInt, nullable=False),
        sa.Column("tax_rate_ppm", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["shelf_orders.id"]),
        sa.PrimaryKeyConstraint("order_id", "line_no"),
    )
    op.create_table(
        "shelf_allocations",
        sa.Column("order_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("location_code", sa.String(length=16), nullable=False),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["shelf_orders.id"]),
        sa.ForeignKeyConstraint(["location_code"], ["locations.code"]),
        sa.PrimaryKeyConstraint("order_id", "line_no", "location_code"),
    )
    op.create_table(
        "shelf_shipments",
        sa.Column("order_id", sa.String(length=36), nullable=False),
        sa.Column("location_code", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.Column("shipped_at", sa.String(length=32), nullable=True),
        sa.Column("done_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["order_id"], ["shelf_orders.id"]),
        sa.ForeignKeyConstraint(["location_code"], ["locations.code"]),
        sa.PrimaryKeyConstraint("order_id", "location_code"),
    )
    with op.batch_alter_table("notifications") as batch:
        batch.alter_column("order_id", existing_type=sa.String(length=36), nullable=True)
        batch.add_column(sa.Column("shelf_order_id", sa.String(length=36), nullable=True))
        batch.create_foreign_key("fk_notifications_shelf_order", "shelf_orders", ["shelf_order_id"], ["id"])
        batch.create_index(batch.f("ix_notifications_shelf_order_id"), ["shelf_order_id"], unique=False)
    # availability of a style reads every location's row of a few SKUs: by SKU, not by location
    with op.batch_alter_table("stock_levels") as batch:
        batch.create_index("ix_stock_levels_sku", ["sku", "location_code"], unique=False)
    with op.batch_alter_table("stock_reservations") as batch:
        batch.create_index("ix_reservation_sku", ["sku"], unique=False)
    op.bulk_insert(
        sa.table("feed_counters", sa.column("feed", sa.String), sa.column("last_seq", sa.BigInteger),
                 sa.column("horizon", sa.BigInteger)),
        [{"feed": "shelf", "last_seq": 0, "horizon": 0}],
    )  # fmt: skip


def downgrade() -> None:
    op.execute("DELETE FROM changes WHERE feed = 'shelf'")
    op.execute("DELETE FROM feed_counters WHERE feed = 'shelf'")
    with op.batch_alter_table("stock_reservations") as batch:
        batch.drop_index("ix_reservation_sku")
    with op.batch_alter_table("stock_levels") as batch:
        batch.drop_index("ix_stock_levels_sku")
    op.execute("DELETE FROM notifications WHERE order_id IS NULL")
    with op.batch_alter_table("notifications") as batch:
        batch.drop_index(batch.f("ix_notifications_shelf_order_id"))
        batch.drop_constraint("fk_notifications_shelf_order", type_="foreignkey")
        batch.drop_column("shelf_order_id")
        batch.alter_column("order_id", existing_type=sa.String(length=36), nullable=False)
    op.drop_table("shelf_shipments")
    op.drop_table("shelf_allocations")
    op.drop_table("shelf_lines")
    with op.batch_alter_table("shelf_orders") as batch:
        batch.drop_index(batch.f("ix_shelf_orders_sale_id"))
        batch.drop_index("ix_shelf_orders_store_state")
    op.drop_table("shelf_orders")
