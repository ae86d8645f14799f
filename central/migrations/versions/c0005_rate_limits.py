"""central rate limits in the database

Revision ID: c0005
Revises: c0004
Create Date: 2026-12-03

Rate limits (enrolment guessing) count calls in a table, so a limit holds across every server
process instead of per process.
"""

import sqlalchemy as sa
from alembic import op

revision = "c0005"
down_revision = "c0004"
branch_labels = None
depends_on = None

BigInt = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "rate_hits",
        sa.Column("id", BigInt, autoincrement=True, nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("at_ms", BigInt, nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_rate_hits_key_at", "rate_hits", ["key", "at_ms"])


def downgrade() -> None:
    op.drop_index("ix_rate_hits_key_at", table_name="rate_hits")
    op.drop_table("rate_hits")
