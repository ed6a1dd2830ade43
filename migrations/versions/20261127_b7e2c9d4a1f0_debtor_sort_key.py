"""cases.debtor_sort: the docket's debtor order, the same on SQLite and on any PostgreSQL server

Revision ID: b7e2c9d4a1f0
Revises: 8d3b6a2e7f41
Create Date: 2026-11-27 02:20:00

Ordering by `debtor_name` followed each database's collation: SQLite (and a PostgreSQL cluster
created with the C locale) put every accented or lower-case name after «Z» (Álvaro, Óscar at the
end), a PostgreSQL server created with a Spanish locale put them among their letters. The column
holds legal_desk.domain.text.sort_key(debtor_name), indexed with the id for paging.
"""

import sqlalchemy as sa
from alembic import op

from legal_desk.domain.text import sort_key

revision = 'b7e2c9d4a1f0'
down_revision = '8d3b6a2e7f41'
branch_labels = None
depends_on = None
# A backup from before this column restores as it is: the restore derives the key from the name
# (the column's default in legal_desk.db.models).
backup_compatible = True

_BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('debtor_sort', sa.String(length=200), server_default='', nullable=False))
    conn = op.get_bind()
    cases = sa.table('cases', sa.column('id', sa.Integer), sa.column('debtor_name'), sa.column('debtor_sort'))
    update = (
        sa.update(cases)
        .where(cases.c.id == sa.bindparam('b_id'))
        .values(debtor_sort=sa.bindparam('b_sort'))
    )
    last = 0
    while True:
        rows = conn.execute(
            sa.select(cases.c.id, cases.c.debtor_name).where(cases.c.id > last).order_by(cases.c.id).limit(_BATCH)
        ).all()
        if not rows:
            break
        conn.execute(update, [{'b_id': r[0], 'b_sort': sort_key(r[1])} for r in rows])
        last = rows[-1][0]
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_debtor_sort_id', ['debtor_sort', 'id'], unique=False)
        # The docket orders by debtor_sort now; the raw-name index only cost every import a B-tree.
        batch_op.drop_index('ix_cases_debtor_name')


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_debtor_name', ['debtor_name'], unique=False)
        batch_op.drop_index('ix_cases_debtor_sort_id')
        batch_op.drop_column('debtor_sort')
