"""users.failed_logins and users.locked_until: an account locks after repeated wrong passwords

Revision ID: c4d8e1f2a3b5
Revises: b7e2c9d4a1f0
Create Date: 2026-11-27 03:20:00

Five wrong passwords in a row lock the account for 15 minutes (services.users.authenticate); an
administrator can unlock it sooner, and each lock is audited.
"""

import sqlalchemy as sa
from alembic import op

revision = 'c4d8e1f2a3b5'
down_revision = 'b7e2c9d4a1f0'
branch_labels = None
depends_on = None
# A backup from before these columns restores as it is: every account starts unlocked (the defaults).
backup_compatible = True


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('failed_logins', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('locked_until', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_logins')
