"""generated_documents.cut_off: the cut-off date of the liquidation a generated document carries

Revision ID: a7c4e9b2d5f1
Revises: d6f1a8c3e2b9
Create Date: 2026-11-27 15:00:00

The readiness item «Liquidación del crédito a la fecha de radicación» was ticked by any generated
liquidation whatever its cut-off; it now asks for one cut in the current rate period. Documents stored
before this column stay NULL and are read as cut on the day they were generated (the default cut-off).
"""

import sqlalchemy as sa
from alembic import op

revision = 'a7c4e9b2d5f1'
down_revision = 'd6f1a8c3e2b9'
branch_labels = None
depends_on = None
# A backup from before this column restores as it is: its documents count as cut on the day generated.
backup_compatible = True


def upgrade() -> None:
    with op.batch_alter_table('generated_documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cut_off', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('generated_documents', schema=None) as batch_op:
        batch_op.drop_column('cut_off')
