"""staff from head office: a user's source, and the staff feed's cursor; the printer's last state

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

A user is either added at this till (``local``) or received from the platform's staff feed
(``platform``); once the till holds staff from the platform, the platform's list is the store's
(app.users). A till enrolled before this version pulls the staff feed from its start. The printer's
last known state is kept so that any process's sync can report it to head office's fleet view.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("source", sa.String(length=16), nullable=False, server_default="local"))
    op.create_table(
        "device_states",
        sa.Column("device", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("device"),
    )
    op.execute(
        "INSERT OR IGNORE INTO sync_cursors(feed, cursor, updated_at) "
        "SELECT 'staff', 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE EXISTS (SELECT 1 FROM sync_config)"
    )


def downgrade() -> None:
    op.execute("DELETE FROM sync_cursors WHERE feed = 'staff'")
    op.drop_table("device_states")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("source")
