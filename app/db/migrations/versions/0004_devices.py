"""devices: print queue

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Print jobs wait here until the printer takes them, so a printer that is off or out of paper never
holds up a sale and never loses a receipt. Device URLs are machine settings and live in config.toml.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_jobs",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ref", sa.String(length=80), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("kick", sa.Boolean(), nullable=False),
        sa.Column("copy", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("next_try_ms", sa.Integer(), nullable=False),
        sa.Column("printed_at", sa.String(length=32), nullable=True),
        sa.CheckConstraint("status IN ('waiting','printed','cancelled')", name="ck_print_job_status"),
        sa.CheckConstraint("kind IN ('receipt','report','pick_slip','test')", name="ck_print_job_kind"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_print_jobs_status", "print_jobs", ["status", "id"])
    op.create_index("ix_print_jobs_ref", "print_jobs", ["ref"])


def downgrade() -> None:
    op.drop_index("ix_print_jobs_ref", table_name="print_jobs")
    op.drop_index("ix_print_jobs_status", table_name="print_jobs")
    op.drop_table("print_jobs")
