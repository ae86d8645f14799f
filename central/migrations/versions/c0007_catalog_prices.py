"""central catalogue attributes, style images, price lists with dated schedules

Revision ID: c0007
Revises: c0006
Create Date: 2026-12-03

Styles gain the attributes head office merchandises by (category, brand, season, collection, cost
in minor units, description); images are stored in the database so every platform process serves
them. Price lists belong to a store, a region (the locations sharing a ``region``) or the chain,
and hold dated entries (a new price or a markdown from a local start to an optional end). The
schedules feed carries each store's entries to its tills ahead of time. An uploaded catalogue file
waits in ``hq_uploads`` between its preview and its apply (any platform process may serve either).
"""

import sqlalchemy as sa
from alembic import op

revision = "c0007"
down_revision = "c0006"
branch_labels = None
depends_on = None

BigInt = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
ATTRIBUTES = ("category", "brand", "season", "collection")


def upgrade() -> None:
    with op.batch_alter_table("styles") as batch:
        for name in ATTRIBUTES:
            batch.add_column(sa.Column(name, sa.String(length=60), nullable=False, server_default=""))
        batch.add_column(sa.Column("cost", BigInt, nullable=True))
        batch.add_column(sa.Column("description", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("styles") as batch:
        batch.create_index("ix_styles_category", ["category"], unique=False)
        batch.create_index("ix_styles_brand", ["brand"], unique=False)
        batch.create_index("ix_styles_season", ["season"], unique=False)
    op.create_table(
        "style_images",
        sa.Column("id", BigInt, autoincrement=True, nullable=False),
        sa.Column("style_code", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("content_type", sa.String(length=20), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["style_code"], ["styles.code"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_style_images_style", "style_images", ["style_code", "position"])
    op.create_table(
        "hq_price_lists",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("scope_kind", sa.String(length=8), nullable=False),
        sa.Column("scope_code", sa.String(length=40), nullable=False),
        sa.Column("base_list", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("scope_kind IN ('store', 'region', 'chain')", name="ck_hq_price_list_scope"),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "price_entries",
        sa.Column("id", BigInt, autoincrement=True, nullable=False),
        sa.Column("list_code", sa.String(length=16), nullable=False),
        sa.Column("sku", sa.String(length=60), nullable=False),
        sa.Column("amount", BigInt, nullable=False),
        sa.Column("starts_local", sa.String(length=16), nullable=False),
        sa.Column("ends_local", sa.String(length=16), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("kind IN ('price', 'markdown')", name="ck_price_entry_kind"),
        sa.CheckConstraint("amount >= 0", name="ck_price_entry_amount"),
        sa.ForeignKeyConstraint(["list_code"], ["hq_price_lists.code"]),
        sa.ForeignKeyConstraint(["sku"], ["variants.sku"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_price_entries_list_sku", "price_entries", ["list_code", "sku"])
    op.create_index("ix_price_entries_sku", "price_entries", ["sku"])
    op.create_table(
        "hq_uploads",
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("token"),
    )
    op.bulk_insert(
        sa.table("feed_counters", sa.column("feed", sa.String), sa.column("last_seq", sa.BigInteger),
                 sa.column("horizon", sa.BigInteger)),
        [{"feed": "schedules", "last_seq": 0, "horizon": 0}],
    )  # fmt: skip


def downgrade() -> None:
    op.execute("DELETE FROM changes WHERE feed = 'schedules'")
    op.execute("DELETE FROM feed_counters WHERE feed = 'schedules'")
    op.drop_table("hq_uploads")
    op.drop_index("ix_price_entries_sku", table_name="price_entries")
    op.drop_index("ix_price_entries_list_sku", table_name="price_entries")
    op.drop_table("price_entries")
    op.drop_table("hq_price_lists")
    op.drop_index("ix_style_images_style", table_name="style_images")
    op.drop_table("style_images")
    with op.batch_alter_table("styles") as batch:
        batch.drop_index("ix_styles_season")
        batch.drop_index("ix_styles_brand")
        batch.drop_index("ix_styles_category")
        for name in (*ATTRIBUTES, "cost", "description"):
            batch.drop_column(name)
