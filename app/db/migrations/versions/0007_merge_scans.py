"""store setting: a repeated scan adds to the item's line, or gives a line per scan

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

On by default, as stores had it; a store that wants one line per scan (each unit on its own line)
turns it off.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("store_settings") as batch:
        batch.add_column(sa.Column("merge_scans", sa.Boolean(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("store_settings") as batch:
        batch.drop_column("merge_scans")
