"""central limits: platform settings; who made each hold

Revision ID: c0004
Revises: c0003
Create Date: 2026-12-03

Limits that protect the platform live in the database, so every worker process enforces the same
ones (``central.limits``): ``platform_settings`` holds what head office set (defaults otherwise),
and each hold row names the terminal that made it, so what one till holds can be capped.
"""

import sqlalchemy as sa
from alembic import op

revision = "c0004"
down_revision = "c0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "platform_settings",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    with op.batch_alter_table("stock_reservations") as batch:
        batch.add_column(sa.Column("terminal_id", sa.String(length=36), nullable=True))
        batch.create_index("ix_reservation_terminal", ["terminal_id", "created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("stock_reservations") as batch:
        batch.drop_index("ix_reservation_terminal")
        batch.drop_column("terminal_id")
    op.drop_table("platform_settings")
