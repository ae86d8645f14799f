"""The till's root object: it opens the store file and holds one service per area.

``Terminal.open(dir)`` upgrades and opens the store, loads the store's settings and ``config.toml``;
then ``terminal.sale``, ``terminal.shift``, ``terminal.pickup``, ... do the work, in the manner of
Anki's ``Collection`` (``col.decks``, ``col.sched``). The root keeps only the plumbing every area
shares (the store, the settings, the signed-in user); a new area is a new module in this package and
one line in :meth:`Terminal.__init__`. Calls that need a manager raise :class:`app.errors.ApprovalRequired`;
the caller asks for a manager's PIN and repeats the call with ``approval=Credentials(...)``.

Every call may block on the disk: the UI calls them from a worker, never on its own thread.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import DatabaseError

from app import config, drafts, shifts
from app.db import migrate
from app.db.engine import Database, disk_full, is_disk_full
from app.errors import StoreError
from app.store_info import StoreInfo
from app.terminal.catalog import CatalogService
from app.terminal.context import Context, load_info
from app.terminal.pickup import PickupService
from app.terminal.printing import PrintingService
from app.terminal.returns import ReturnService
from app.terminal.sale import SaleService
from app.terminal.shelf import ShelfService
from app.terminal.shift import ShiftService
from app.terminal.stock import StockService
from app.terminal.sync import SyncService
from app.terminal.users import UserService
from app.users import UserInfo


class Terminal:
    """One till, opened on its data directory."""

    def __init__(self, directory: Path, db: Database, info: StoreInfo, cfg: config.Config) -> None:
        self._ctx = Context(directory, db, info, cfg)
        self.sale = SaleService(self._ctx)
        self.shift = ShiftService(self._ctx)
        self.returns = ReturnService(self._ctx, self.sale)
        self.catalog = CatalogService(self._ctx)
        self.pickup = PickupService(self._ctx)
        self.shelf = ShelfService(self._ctx)
        self.stock = StockService(self._ctx)
        self.users = UserService(self._ctx)
        self.printing = PrintingService(self._ctx)
        self.sync = SyncService(self._ctx)

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, directory: Path | str | None = None) -> Terminal:
        """Open (and upgrade) the store in ``directory``; :class:`StoreError` if there is none."""
        path = config.data_dir(directory)
        store_file = path / config.STORE_FILE
        if not store_file.exists():
            raise StoreError(
                f"No terminal store in {path}.",
                "Run 'cloudshelf init' (or 'cloudshelf demo') first, or pass the right --data-dir.",
            )
        cfg = config.load(path)
        db = Database(store_file)
        try:
            migrate.upgrade(db.engine)
            info = load_info(db)
        except DatabaseError as exc:
            db.dispose()
            if is_disk_full(exc, store_file):
                raise disk_full(store_file) from None
            raise StoreError(
                f"The store {store_file} cannot be read ({str(exc.orig or exc).splitlines()[0]}).",
                "Run 'cloudshelf doctor' and call support. Keep the store file as it is: do not replace it with "
                "a backup or delete it, it holds sales not yet sent.",
            ) from None
        except Exception:
            db.dispose()
            raise
        return cls(path, db, info, cfg)

    def close(self) -> None:
        self._ctx.db.dispose()

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- what every area shares
    @property
    def directory(self) -> Path:
        return self._ctx.directory

    @property
    def db(self) -> Database:
        return self._ctx.db

    @property
    def info(self) -> StoreInfo:
        return self._ctx.info

    @info.setter
    def info(self, info: StoreInfo) -> None:
        self._ctx.info = info

    @property
    def config(self) -> config.Config:
        return self._ctx.config

    @property
    def user(self) -> UserInfo | None:
        return self._ctx.user

    # ----------------------------------------------------------------- signing in
    def sign_in(self, login: str, pin: str) -> UserInfo:
        """Check the PIN and sign in; the sale this user had on screen (before a crash or a sign-out) comes back."""
        ctx = self._ctx
        user = ctx.check_pin(login, pin)
        ctx.user, ctx.cart = user, None
        with ctx.db.read() as s:
            shift = shifts.current(s, ctx.info.terminal)
            if shift is not None:
                ctx.cart = drafts.restore(s, shift.id, user.id)
        return user

    def sign_out(self) -> None:
        self._ctx.user = None
        self._ctx.cart = None
