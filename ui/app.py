"""Starts the till: the Qt application, its translation and style, the window, and (when the
terminal is enrolled) the background sync worker."""

from __future__ import annotations

import sys
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


def run(directory: str | Path | None = None, *, locale: str | None = None, sync: bool = True) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CloudShelf POS")
    terminal = Terminal.open(directory)
    worker = None
    if sync and terminal.sync.health().enrolled:
        from sync.worker import SyncWorker

        worker = SyncWorker(terminal.directory)
        worker.start()
    collector = MainThreadGC(app)
    window = build_window(terminal, app, locale)
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
