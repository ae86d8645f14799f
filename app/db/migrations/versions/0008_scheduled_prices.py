"""scheduled prices: head office's dated prices and markdowns, held ahead of time

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

The schedules feed brings this store's dated prices before they start; a scan takes the one in force
at the till's clock (app.catalog), so prices switch on time with no network. Instants are UTC text.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scheduled_prices",
        sa.Column("id", sa.Integer(), nullable=False),  # the platform's entry id
        sa.Column("price_list", sa.String(length=16), nullable=False),
        sa.Column("variant_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.String(length=32), nullable=False),
        sa.Column("ends_at", sa.String(length=32), nullable=True),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False, server_default="price"),
        sa.ForeignKeyConstraint(["variant_id"], ["variants.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    # a scan's look-up probes one variant's entries of one list
    op.create_index("ix_scheduled_prices_lookup", "scheduled_prices", ["variant_id", "price_list", "starts_at"])
    # a till enrolled before this version pulls the new feed from its start
    op.execute(
        "INSERT OR IGNORE INTO sync_cursors(feed, cursor, updated_at) "
        "SELECT 'schedules', 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE EXISTS (SELECT 1 FROM sync_config)"
    )


def downgrade() -> None:
    op.execute("DELETE FROM sync_cursors WHERE feed = 'schedules'")
    op.drop_index("ix_scheduled_prices_lookup", table_name="scheduled_prices")
    op.drop_table("scheduled_prices")
