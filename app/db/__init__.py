"""The terminal's local store: SQLite through SQLAlchemy 2, migrated by Alembic."""
