"""Files uploaded to the console, kept in the database between a preview and its apply, so the
apply reads the very bytes that were previewed whichever platform process serves it."""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from central.catalog_models import HqUpload
from central.clock import now_iso
from central.errors import ServiceError

MAX_BYTES = 64 * 1024 * 1024
KEEP = timedelta(days=1)


def keep(session: Session, actor: str, name: str, data: bytes) -> str:
    """Stores an upload; returns its token. Uploads older than a day are dropped on the way."""
    if not data:
        raise ServiceError(400, "empty_file", "The file is empty.", "Choose the catalogue CSV file.")
    if len(data) > MAX_BYTES:
        raise ServiceError(400, "file_too_big", "The file is larger than 64 MB.", "Split it into smaller files.")
    session.execute(delete(HqUpload).where(HqUpload.created_at < now_iso(-KEEP)))
    token = secrets.token_hex(16)
    session.add(
        HqUpload(token=token, actor=actor[:60], name=name[-200:] or "upload.csv", data=data, created_at=now_iso())
    )
    session.flush()
    return token


def get(session: Session, token: str, actor: str) -> HqUpload:
    """The upload ``actor`` made (another user's token is as unknown as a wrong one)."""
    upload = session.get(HqUpload, token[:32])
    if upload is None or upload.actor != actor[:60]:
        raise ServiceError(404, "no_upload", "The uploaded file is no longer here.", "Upload the file again.")
    return upload


def drop(session: Session, token: str) -> None:
    session.execute(delete(HqUpload).where(HqUpload.token == token))
