"""central staff synced to the tills; the latest figures each till reports

Revision ID: c0008
Revises: c0007
Create Date: 2026-12-03

Staff (login, name, role, the PIN's Argon2id hash, revoked) with the stores each may work in, and
the staff feed's counter; one row per terminal with what it last reported on a sync (version,
backlog, dead letters, printer, last Z report). New tables only.
"""

import sqlalchemy as sa
from alembic import op

revision = "c0008"
down_revision = "c0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("login", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revoked_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("login"),
    )
    op.create_table(
        "staff_stores",
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("location_code", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.ForeignKeyConstraint(["location_code"], ["locations.code"]),
        sa.PrimaryKeyConstraint("staff_id", "location_code"),
    )
    with op.batch_alter_table("staff_stores") as batch:
        batch.create_index(batch.f("ix_staff_stores_location_code"), ["location_code"], unique=False)
    op.create_table(
        "terminal_reports",
        sa.Column("terminal_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("backlog", sa.Integer(), nullable=False),
        sa.Column("dead_letters", sa.Integer(), nullable=False),
        sa.Column("printer", sa.String(length=16), nullable=False),
        sa.Column("z_number", sa.Integer(), nullable=True),
        sa.Column("z_at", sa.String(length=32), nullable=True),
        sa.Column("z_totals", sa.Text(), nullable=True),
        sa.Column("reported_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["terminal_id"], ["terminals.id"]),
        sa.PrimaryKeyConstraint("terminal_id"),
    )
    op.bulk_insert(
        sa.table("feed_counters", sa.column("feed", sa.String), sa.column("last_seq", sa.BigInteger),
                 sa.column("horizon", sa.BigInteger)),
        [{"feed": "staff", "last_seq": 0, "horizon": 0}],
    )  # fmt: skip


def downgrade() -> None:
    op.execute("DELETE FROM changes WHERE feed = 'staff'")
    op.execute("DELETE FROM feed_counters WHERE feed = 'staff'")
    op.drop_table("terminal_reports")
    with op.batch_alter_table("staff_stores") as batch:
        batch.drop_index(batch.f("ix_staff_stores_location_code"))
    op.drop_table("staff_stores")
    op.drop_table("staff")
