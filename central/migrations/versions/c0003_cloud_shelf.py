"""central cloud shelf: reservations with expiry, cloud-shelf orders

Revision ID: c0003
Revises: c0002
Create Date: 2026-11-23

Reserved in order so the work on devices, pickup and the cloud shelf chains linearly; each is filled
by its own change.
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "c0003"
down_revision = "c0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
