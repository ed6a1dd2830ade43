"""deadlines.explanation_parts: a deadline's explanation as data, so the interface words it in its language

Revision ID: f3a9d2c6b8e1
Revises: e5a1c7b9d3f2
Create Date: 2026-11-27 07:50:00

`deadlines.explanation` keeps the Spanish sentence (CLI, documents, audit) exactly as before; the new
nullable JSON column holds the rule's steps and dates (domain.deadlines.explain words them in Spanish or
English). Rows stored before it stay NULL and show their Spanish text; recomputing the open deadlines
(Terms and rates → after a calendar change, or `legal-desk deadlines recompute`) fills them in.
"""

import sqlalchemy as sa
from alembic import op

revision = 'f3a9d2c6b8e1'
down_revision = 'e5a1c7b9d3f2'
branch_labels = None
depends_on = None
# A backup from before this column restores as it is: its deadlines show their stored Spanish text.
backup_compatible = True


def upgrade() -> None:
    with op.batch_alter_table('deadlines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('explanation_parts', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('deadlines', schema=None) as batch_op:
        batch_op.drop_column('explanation_parts')
