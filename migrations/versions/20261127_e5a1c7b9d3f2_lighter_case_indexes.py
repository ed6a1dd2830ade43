"""Case indexes for a docket that sorts from indexes at 1,000,000 cases, and a lighter import

Revision ID: e5a1c7b9d3f2
Revises: c4d8e1f2a3b5
Create Date: 2026-11-27 06:45:00

- `ix_cases_stage` (stage) said nothing that `ix_cases_stage_id` (stage, id) does not: dropped.
- `radicado` is empty at handover: its index becomes partial (WHERE radicado IS NOT NULL), so a
  handed-over case adds no entry until it is filed; every `radicado = …` lookup still uses it.
- `lawyer_id` is empty at handover too: `ix_cases_lawyer_id` becomes partial the same way.
- A lawyer's default docket («Mis expedientes», nearest limitation date first) sorted every one of
  the lawyer's cases (about a second at 1,000,000 cases). Assigned cases get a partial index on
  (lawyer_id, limitation_date), so the lawyer's own cases are read in order from an index (empty at
  handover, so an import pays nothing for it).
- Sorting the docket by «Próximo término» (a header click) sorted every case: next_deadline gets a
  partial index (empty at handover). Indexes that every imported case would fill (capital; the
  unaccepted handovers by limitation date) were measured at about 0.2 s per 100,000 imported rows
  each and left out: those two reads sort instead (0.1-0.3 s at 1,000,000 cases, in a worker).
"""

import sqlalchemy as sa
from alembic import op

revision = 'e5a1c7b9d3f2'
down_revision = 'c4d8e1f2a3b5'
branch_labels = None
depends_on = None
# Indexes only: the data of a backup from before this revision is the same.
backup_compatible = True


def _partial(name: str, columns: list[str], where: str) -> None:
    op.create_index(name, 'cases', columns, sqlite_where=sa.text(where), postgresql_where=sa.text(where))


def upgrade() -> None:
    op.drop_index('ix_cases_stage', table_name='cases')
    op.drop_index('ix_cases_radicado', table_name='cases')
    _partial('ix_cases_radicado', ['radicado'], 'radicado IS NOT NULL')
    op.drop_index('ix_cases_lawyer_id', table_name='cases')
    _partial('ix_cases_lawyer_id', ['lawyer_id'], 'lawyer_id IS NOT NULL')
    _partial('ix_cases_lawyer_limitation', ['lawyer_id', 'limitation_date'], 'lawyer_id IS NOT NULL')
    _partial('ix_cases_next_deadline', ['next_deadline'], 'next_deadline IS NOT NULL')


def downgrade() -> None:
    op.drop_index('ix_cases_next_deadline', table_name='cases')
    op.drop_index('ix_cases_lawyer_limitation', table_name='cases')
    op.drop_index('ix_cases_lawyer_id', table_name='cases')
    op.create_index('ix_cases_lawyer_id', 'cases', ['lawyer_id'])
    op.drop_index('ix_cases_radicado', table_name='cases')
    op.create_index('ix_cases_radicado', 'cases', ['radicado'])
    op.create_index('ix_cases_stage', 'cases', ['stage'])
