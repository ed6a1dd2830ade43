"""PostgreSQL: case search moves from the search_terms word table to case_search (tsvector + GIN)

Revision ID: 8d3b6a2e7f41
Revises: 5c0e4f1a9b2d
Create Date: 2026-11-27 01:30:00

On PostgreSQL the words of each case move into one row of `case_search` (case_id, words tsvector)
with a GIN index, queried with prefix tsqueries: one row per case instead of one per word, so a
bulk import writes a COPY row per case. SQLite already keeps them in its FTS5 `case_search`.
`search_terms`, empty on SQLite since 5c0e4f1a9b2d, is dropped on both.
"""

import sqlalchemy as sa
from alembic import op


revision = '8d3b6a2e7f41'
down_revision = '5c0e4f1a9b2d'
branch_labels = None
depends_on = None
# Backups never held the search index: a backup of 5c0e4f1a9b2d or 673969e1b663 restores as it is
# (legal_desk.db.migrate.backup_readable; the restore rebuilds the index).
backup_compatible = True


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TABLE case_search ("
            "case_id INTEGER NOT NULL CONSTRAINT pk_case_search PRIMARY KEY "
            "CONSTRAINT fk_case_search_case_id_cases REFERENCES cases (id), "
            "words TSVECTOR NOT NULL)"
        )
        op.execute("CREATE INDEX ix_case_search_words ON case_search USING gin (words)")
        op.execute(
            "INSERT INTO case_search (case_id, words) "
            "SELECT case_id, string_agg(term, ' ' ORDER BY term)::tsvector FROM search_terms GROUP BY case_id"
        )
    with op.batch_alter_table('search_terms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_terms_case_id'))
    op.drop_table('search_terms')


def downgrade() -> None:
    op.create_table(
        'search_terms',
        sa.Column('term', sa.String(length=80), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_search_terms_case_id_cases')),
        sa.PrimaryKeyConstraint('term', 'case_id', name=op.f('pk_search_terms')),
    )
    with op.batch_alter_table('search_terms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_terms_case_id'), ['case_id'], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "INSERT INTO search_terms (term, case_id) "
            "SELECT unnest(tsvector_to_array(words)), case_id FROM case_search"
        )
        op.execute("DROP TABLE case_search")
