"""The head-office console's tables (c0006): its users, their sessions, the audit log and flags' resolutions.

Kept apart from ``central.models`` so each area's tables stay in a room of their own; the same
``Base`` holds them all."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central.models import Base, BigInt


class HqAccount(Base):
    """A head-office user: a login with an Argon2id password, a role and the stores it may see
    (``stores`` a JSON list of location codes, or NULL for every store)."""

    __tablename__ = "hq_users"
    id: Mapped[int] = mapped_column(BigInt, primary_key=True, autoincrement=True)
    login: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    stores: Mapped[str | None] = mapped_column(Text, nullable=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    failures: Mapped[int] = mapped_column(Integer, default=0)  # wrong passwords in a row
    locked_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    disabled_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))


class HqSession(Base):
    """A signed-in browser: only the SHA-256 of its cookie's token is kept."""

    __tablename__ = "hq_sessions"
    __table_args__ = (Index("ix_hq_sessions_user", "user_id"),)
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("hq_users.id"))
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(32))
    seen_at: Mapped[str] = mapped_column(String(32))
    ended_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class AuditEntry(Base):
    """One change made from the console: who, when, what, and the entity before and after (JSON)."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_entity", "entity", "entity_id"),
        Index("ix_audit_actor_at", "actor", "at"),
        Index("ix_audit_at", "at"),
    )
    id: Mapped[int] = mapped_column(BigInt, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(120))
    before: Mapped[str | None] = mapped_column(Text, nullable=True)
    after: Mapped[str | None] = mapped_column(Text, nullable=True)


class FlagResolution(Base):
    """Who resolved a flag from the console and their note (the flag's ``resolved_at`` is set with it)."""

    __tablename__ = "flag_resolutions"
    flag_id: Mapped[int] = mapped_column(BigInt, ForeignKey("flags.id"), primary_key=True)
    resolved_by: Mapped[str] = mapped_column(String(60))
    note: Mapped[str] = mapped_column(String(500))
    at: Mapped[str] = mapped_column(String(32))
