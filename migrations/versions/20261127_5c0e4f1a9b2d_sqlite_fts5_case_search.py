"""SQLite: case search moves from the search_terms word table to an FTS5 index

Revision ID: 5c0e4f1a9b2d
Revises: 673969e1b663
Create Date: 2026-11-27 00:40:00

On SQLite the words of each case move into the FTS5 table `case_search` (rowid = case id), which
writes a bulk import's words far faster than one B-tree row per word and answers prefix queries
from one posting list per word. PostgreSQL keeps `search_terms`; nothing changes there.
"""

from alembic import op


revision = '5c0e4f1a9b2d'
down_revision = '673969e1b663'
branch_labels = None
depends_on = None
# Tables and columns that backups hold are unchanged: a backup of 673969e1b663 restores as it is
# (legal_desk.db.migrate.backup_readable; the restore rebuilds the search index anyway).
backup_compatible = True

_CREATE = "CREATE VIRTUAL TABLE case_search USING fts5(words, tokenize = 'unicode61 remove_diacritics 2')"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(_CREATE)
    op.execute(
        "INSERT INTO case_search (rowid, words) "
        "SELECT case_id, group_concat(term, ' ') FROM search_terms GROUP BY case_id"
    )
    op.execute("DELETE FROM search_terms")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    rows = bind.exec_driver_sql("SELECT rowid, words FROM case_search").fetchall()
    params = [(word, case_id) for case_id, words in rows for word in set(words.split())]
    if params:
        bind.exec_driver_sql("INSERT INTO search_terms (term, case_id) VALUES (?, ?)", params)
    op.execute("DROP TABLE case_search")
