"""Starts the till: the Qt application, its translation and style, the window, and (when the
terminal is enrolled) the background sync worker."""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.terminal import Terminal
from ui.main_thread_gc import MainThreadGC

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def install_translation(app: QApplication, locale: str) -> QTranslator | None:
    """Load ``resources/translations/cloudshelf_<locale>.qm`` in place of any language loaded before
    (English has one too, for its plural forms); rebuild them with resources/translations/build.py."""
    for old in app.findChildren(QTranslator, "cloudshelf_translation"):
        app.removeTranslator(old)
        old.deleteLater()
    translator = QTranslator(app)
    translator.setObjectName("cloudshelf_translation")
    if translator.load(QLocale(locale), "cloudshelf", "_", str(RESOURCES / "translations")):
        app.installTranslator(translator)
        return translator
    return None


def style_sheet() -> str:
    """resources/style.qss, its icons (``url(icons/...)``) found wherever the till was started from."""
    text = (RESOURCES / "style.qss").read_text(encoding="utf-8")
    return text.replace("url(icons/", f"url({(RESOURCES / 'icons').as_posix()}/")


def build_window(terminal: Terminal, app: QApplication, locale: str | None = None):
    from ui.main_window import MainWindow
    from ui.till import Till

    install_translation(app, locale or terminal.info.locale)
    app.setStyleSheet(style_sheet())
    till = Till(terminal, locale=locale or terminal.info.locale)
    return MainWindow(till)


def start_after(start: Callable[[], None], ready: Callable[[], object] | None) -> None:
    """``start`` now, or on a thread of its own once ``ready`` returns or fails: the demo's platform
    starts beside the window, and the till's sync begins when it answers (if it never does, the
    worker retries as after any outage and the status bar says offline)."""
    if ready is None:
        start()
        return

    def wait() -> None:
        with contextlib.suppress(Exception):  # ``ready`` says why itself
            ready()
        start()

    threading.Thread(target=wait, name="cloudshelf-platform-wait", daemon=True).start()


def start_sync(terminal: Terminal, till, ready: Callable[[], object] | None = None):
    """The till's sync worker when it is enrolled (else None), started now or once ``ready`` returns;
    a first sync's pages reach the status bar from the sync's thread (``Till.report_progress``)."""
    if not terminal.sync.health().enrolled:
        return None
    from sync.worker import SyncWorker

    worker = SyncWorker(terminal.directory, on_progress=lambda p: till.report_progress(p.task, p.done, p.total))
    start_after(worker.start, ready)
    return worker


def run(
    directory: str | Path | None = None,
    *,
    locale: str | None = None,
    sync: bool = True,
    sync_after: Callable[[], object] | None = None,
) -> int:
    """The till's window until it is closed; its sync worker starts when ``sync_after`` returns."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CloudShelf POS")
    terminal = Terminal.open(directory)
    collector = MainThreadGC(app)
    window = build_window(terminal, app, locale)
    worker = start_sync(terminal, window.till, sync_after) if sync else None
    # A till often runs with no window manager (X started straight into the app), where
    # showMaximized does nothing: take the whole screen first.
    window.setGeometry(window.screen().availableGeometry())
    window.showMaximized()
    code = app.exec()
    if worker is not None:
        worker.stop()
    terminal.close()
    collector.stop()
    return code
