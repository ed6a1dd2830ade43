"""audit_events: a partial index of the stage changes by time

Revision ID: b3e8f1a6c2d7
Revises: a7c4e9b2d5f1
Create Date: 2026-11-27 18:00:00

The collections dashboard's «aceptados este mes» (services.cases.accepted_case_ids) looked for one month's
acceptances (stage changes INTAKE → EVIDENCE) by reading every audit event of the desk, of every kind:
the chain only grows. `ix_audit_events_stage_at` holds the stage changes alone, by time, so a month is
one range of it; no other event adds an entry.
"""

import sqlalchemy as sa
from alembic import op

revision = 'b3e8f1a6c2d7'
down_revision = 'a7c4e9b2d5f1'
branch_labels = None
depends_on = None
# An index only: the data of a backup from before this revision is the same.
backup_compatible = True


def upgrade() -> None:
    where = sa.text("action = 'case.stage'")
    op.create_index('ix_audit_events_stage_at', 'audit_events', ['at'], sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    op.drop_index('ix_audit_events_stage_at', table_name='audit_events')
