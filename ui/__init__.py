"""PySide6 screens: a thin face over app.terminal.Terminal and its services (see docs/architecture.md)."""
