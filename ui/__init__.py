"""PySide6 screens: a thin face over app.facade.Terminal (see docs/architecture.md)."""
