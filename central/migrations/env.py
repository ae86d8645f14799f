"""Alembic environment for the central service (run through central.db.CentralDB.migrate)."""

from alembic import context

from central import catalog_models, models_hq  # noqa: F401  (their tables are in Base too)
from central.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
