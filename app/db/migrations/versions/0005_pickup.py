"""pickup: online orders kept for the clerk, offline

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

Reserved in order so the work on devices, pickup and the cloud shelf chains linearly; each is filled
by its own change.
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
