"""Lighter writes per case: no per-case sizes in the SQLite search index, no index on party ID numbers

Revision ID: a7c3e9f1b2d4
Revises: f3a9d2c6b8e1
Create Date: 2026-11-27 10:00:00

FTS5 keeps, by default, one extra B-tree row per case (`case_search_docsize`) with the size of its
words, used only to rank matches (bm25). The docket never ranks by relevance, it filters; without
that table (`columnsize=0`) a bulk import writes one B-tree row fewer per case. Matching is
unchanged. The words are copied from the old table inside SQLite, no rebuild from the parties.
PostgreSQL's tsvector table is not touched.

The index on parties.id_number (both databases) goes: no query looks parties up by ID number (the
docket finds a case by ID through the search index), and every imported party paid a random
insert into it.
"""

from alembic import op


revision = 'a7c3e9f1b2d4'
down_revision = 'f3a9d2c6b8e1'
branch_labels = None
depends_on = None
# The search index is derived data that backups leave out; backups of f3a9d2c6b8e1 restore as they are.
backup_compatible = True

_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"


def _recreate(options: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"CREATE VIRTUAL TABLE case_search_new USING fts5(words, {_TOKENIZE}{options})")
    op.execute("INSERT INTO case_search_new (rowid, words) SELECT rowid, words FROM case_search")
    op.execute("DROP TABLE case_search")
    op.execute("ALTER TABLE case_search_new RENAME TO case_search")


def upgrade() -> None:
    _recreate(", columnsize = 0")
    op.drop_index("ix_parties_id_number", table_name="parties")


def downgrade() -> None:
    op.create_index("ix_parties_id_number", "parties", ["id_number"], unique=False)
    _recreate("")
