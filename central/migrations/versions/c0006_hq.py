"""head office console: users, sessions, the audit log

Revision ID: c0006
Revises: c0005
Create Date: 2026-12-03

The back office at /hq signs in head-office users (Argon2id passwords, server-side sessions) and
writes every change it makes to an audit log in the same transaction as the change. A flag
resolved from the console keeps who resolved it and their note.
"""

import sqlalchemy as sa
from alembic import op

revision = "c0006"
down_revision = "c0005"
branch_labels = None
depends_on = None

BigInt = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "hq_users",
        sa.Column("id", BigInt, autoincrement=True, nullable=False),
        sa.Column("login", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("stores", sa.Text(), nullable=True),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("locked_at", sa.String(length=32), nullable=True),
        sa.Column("disabled_at", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("login", name="uq_hq_users_login"),
    )
    op.create_table(
        "hq_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", BigInt, sa.ForeignKey("hq_users.id"), nullable=False),
        sa.Column("csrf", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("seen_at", sa.String(length=32), nullable=False),
        sa.Column("ended_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_index("ix_hq_sessions_user", "hq_sessions", ["user_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", BigInt, autoincrement=True, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=60), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=120), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_audit_entity", "audit_log", ["entity", "entity_id"])
    op.create_index("ix_audit_actor_at", "audit_log", ["actor", "at"])
    op.create_index("ix_audit_at", "audit_log", ["at"])
    op.create_table(
        "flag_resolutions",
        sa.Column("flag_id", BigInt, sa.ForeignKey("flags.id"), nullable=False),
        sa.Column("resolved_by", sa.String(length=60), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("flag_id"),
    )


def downgrade() -> None:
    op.drop_table("flag_resolutions")
    op.drop_table("audit_log")
    op.drop_index("ix_hq_sessions_user", table_name="hq_sessions")
    op.drop_table("hq_sessions")
    op.drop_table("hq_users")
