"""central pickup: online orders, reservations at the pickup store, notifications

Revision ID: c0002
Revises: c0001
Create Date: 2026-11-23

Reserved in order so the work on devices, pickup and the cloud shelf chains linearly; each is filled
by its own change.
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "c0002"
down_revision = "c0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
