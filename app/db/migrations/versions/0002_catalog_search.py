"""catalog search: an FTS5 index of variant names, filled from the catalog already there

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # rowid is the variant id; prefix indexes keep "jack*" fast on a million variants.
    op.execute(
        "CREATE VIRTUAL TABLE catalog_search USING fts5("
        "text, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    op.execute(
        "INSERT INTO catalog_search(rowid, text) "
        "SELECT v.id, s.name || ' ' || s.code || ' ' || v.sku || ' ' || v.colour || ' ' || v.size "
        "FROM variants v JOIN styles s ON s.id = v.style_id"
    )


def downgrade() -> None:
    op.execute("DROP TABLE catalog_search")
