"""``cloudshelf enrol``: trade a one-time code for this terminal's token.

A new data directory becomes a store set up from the platform's settings for the store (currency,
locale, tax, locations) and continues the terminal's receipt numbers where the platform last saw
them. An existing store must be the same store and terminal as the code's; enrolling again (a
revoked token, a store restored from a backup, another platform) keeps its outbox: the platform
continues from the first event not yet acknowledged, and the feeds start again from a snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from app import config, setup
from app.clock import now_iso
from app.db import migrate
from app.db.engine import Database
from app.db.models import Location, SyncConfig
from app.errors import UserError
from sync.client import Client, Endpoint, SyncError
from sync.puller import init_cursors


@dataclass(frozen=True)
class Enrolled:
    store: str
    terminal: str
    terminal_id: str
    created_store: bool


def next_seq(db: Database) -> int:
    """The first event the platform has not acknowledged (what it should expect next)."""
    with db.read() as s:
        conn = s.connection()
        first = conn.execute(
            text(
                "SELECT MIN(o.seq) FROM outbox o JOIN outbox_delivery d ON d.event_id = o.id WHERE d.status = 'pending'"
            )
        ).scalar()
        return first if first is not None else (conn.execute(text("SELECT MAX(seq) FROM outbox")).scalar() or 0) + 1


def enrol(directory: Path, server_url: str, code: str, ca_cert: str = "") -> Enrolled:
    if not server_url.startswith(("https://", "http://")):
        raise UserError(f"'{server_url}' is not a server address.", "Give it as https://HOST[:PORT].")
    if ca_cert and not Path(ca_cert).is_file():
        raise UserError(f"The CA certificate {ca_cert} does not exist.", "Give the path of a PEM file.")
    directory.mkdir(parents=True, exist_ok=True)
    store_file = directory / config.STORE_FILE
    created = not store_file.exists()
    db = Database(store_file)
    try:
        migrate.upgrade(db.engine)
        client = Client(Endpoint(server_url, ca_cert=ca_cert))
        try:
            answer = client.call("POST", "/v1/enrol", json={"code": code, "next_seq": 1 if created else next_seq(db)})
        except SyncError as exc:
            raise UserError(f"Enrolment failed: {exc.message}", exc.hint) from None
        finally:
            client.close()
        with db.write() as s:
            conn = s.connection()
            here = conn.execute(text("SELECT store_code, code FROM terminal WHERE id = 1")).first()
            if here is None:
                _create_store(s, answer)
            elif tuple(here) != (answer["store"], answer["terminal"]):
                raise UserError(
                    f"This terminal is {here[0]}-{here[1]}; the code is for {answer['store']}-{answer['terminal']}.",
                    "Use a code for this terminal, or another --data-dir.",
                )
            s.merge(
                SyncConfig(
                    id=1,
                    server_url=server_url,
                    terminal_id=answer["terminal_id"],
                    token=answer["token"],
                    ca_cert=ca_cert,
                    enrolled_at=now_iso(),
                )
            )
            conn.execute(
                text("UPDATE receipt_sequences SET last_seq = MAX(last_seq, :n) WHERE terminal_code = :t"),
                {"n": answer["last_receipt_seq"], "t": answer["terminal"]},
            )
            # A new identity reads every feed afresh: the cursors of an earlier enrolment may belong to
            # another platform, or to this one's database before it was restored.
            init_cursors(conn)
    except BaseException:
        db.dispose()
        if created:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{store_file}{suffix}").unlink(missing_ok=True)
        raise
    db.dispose()
    return Enrolled(answer["store"], answer["terminal"], answer["terminal_id"], created)


def set_server(directory: Path, server_url: str) -> None:
    """Point an enrolled terminal at another address of the same platform (its token is kept)."""
    db = Database(Path(directory) / config.STORE_FILE)
    try:
        with db.write() as s:
            changed = (
                s.connection()
                .execute(text("UPDATE sync_config SET server_url = :u WHERE id = 1"), {"u": server_url})
                .rowcount
            )
    finally:
        db.dispose()
    if not changed:
        raise UserError("This terminal is not enrolled with a platform.", "Enrol it first: cloudshelf enrol.")


def _create_store(s, answer: dict) -> None:
    st = answer["store_settings"]
    rates = st.get("tax_rates", {})
    setup.init_store(
        s,
        setup.StoreSpec(
            store_code=answer["store"],
            store_name=answer["store_name"],
            terminal_code=answer["terminal"],
            currency=st["currency"],
            locale=st["locale"],
            tax_mode=st["tax_mode"],
            tax_rounding=st["tax_rounding"],
            cash_increment=int(st["cash_increment"]),
            discount_limit_bp=int(st["discount_limit_bp"]),
            standard_rate_ppm=rates.get("standard", 130_000),
            reduced_rate_ppm=rates.get("reduced", 90_000),
        ),
    )
    s.flush()
    for loc in answer["locations"]:
        if loc["code"] != answer["store"]:
            s.merge(Location(code=loc["code"], name=loc["name"], kind=loc["kind"], region=loc.get("region", "")))


def client_for(db: Database) -> Client:
    """The HTTP client of this enrolled till (its platform, token and CA), or a message to enrol it."""
    with db.read() as s:
        row = s.connection().execute(text("SELECT server_url, token, ca_cert FROM sync_config WHERE id = 1")).first()
    if row is None:
        raise UserError(
            "This terminal is not enrolled with the platform.",
            "Run 'cloudshelf enrol --server URL --code CODE' with a code from a manager.",
        )
    return Client(Endpoint(row[0], row[1], row[2]))
