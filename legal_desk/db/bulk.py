"""Fast bulk inserts for imports and demo data: one driver-level executemany per table and batch."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import JSON, Boolean, Date, DateTime, Numeric, func, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session


def _dt(v: dt.datetime | None) -> str | None:
    # The same text SQLAlchemy's SQLite DateTime writes, so the ORM reads these rows back unchanged.
    return None if v is None else v.strftime("%Y-%m-%d %H:%M:%S.%f")


def _date(v: dt.date | None) -> str | None:
    return None if v is None else v.isoformat()


def _num(v: Decimal | int | None) -> str | None:
    return None if v is None else str(v)


def _bool(v: bool | None) -> int | None:
    return None if v is None else int(v)


def _json(v: Any) -> str | None:
    # The text SQLAlchemy's JSON type writes (json.dumps), on both databases.
    return None if v is None else json.dumps(v)


def _converter(table: Any, column: str, sqlite: bool) -> Callable[[Any], Any] | None:
    """How a value of this column is handed to the driver: JSON as text everywhere, SQLite's own forms."""
    if isinstance(table.c[column].type, JSON):
        return _json
    return _sqlite_converter(table, column) if sqlite else None


def _sqlite_converter(table: Any, column: str) -> Callable[[Any], Any] | None:
    kind = table.c[column].type
    if isinstance(kind, DateTime):
        return _dt
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, Numeric):
        return _num
    if isinstance(kind, Boolean):
        return _bool
    return None


def bulk_insert(session: Session, table: Any, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    """Insert rows (dicts holding at least `columns`) in the session's transaction."""
    if not rows:
        return
    insert = BulkInsert(session, table, columns)
    insert.write(session, insert.params([[r[c] for r in rows] for c in columns]))


def allocate_ids(session: Session, table: Any, n: int) -> list[int]:
    """Reserve n primary keys for a bulk insert (SQLite: the writer holds the lock; PostgreSQL: the sequence)."""
    if n <= 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            text(f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) FROM generate_series(1, :n)"),
            {"n": n},
        )
        return [int(r[0]) for r in rows]
    start = (session.execute(select(func.max(table.c.id))).scalar() or 0) + 1
    return list(range(start, start + n))


class Batch(NamedTuple):
    """Driver-ready rows of one table: the columns bound per row, and those NULL in every row."""

    columns: list[str]
    rows: list[tuple[Any, ...]]
    nulls: list[str]


class BulkInsert:
    """One table's INSERT prepared once: the SQL, per-column converters and the values every row shares.

    `params` turns column lists (one list per varying column, all the same length) into a Batch,
    converting whole columns at a time; `constants` are converted once; `ready` columns are already
    in the driver's form (text for numbers and dates) and are passed as given.

    On SQLite a column that is None in every row of a batch (or a None constant) is written as a
    NULL literal instead of being bound per row: the sqlite3 module binds None through its adapter
    registry, about 0.3 µs a value, which for an import's empty columns cost more than writing the
    rest of the row. PostgreSQL's COPY has no such literal (an omitted column takes its default), so
    there every column is sent.
    """

    def __init__(
        self,
        session: Session,
        table: Any,
        columns: Sequence[str],
        constants: Mapping[str, Any] | None = None,
        ready: Collection[str] = (),
    ) -> None:
        constants = dict(constants or {})
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        self.table_name = table.name
        self._columns = list(columns)
        self._convs = [None if c in ready else _converter(table, c, self.sqlite) for c in columns]
        self._const_names: list[str] = []
        self._const: list[Any] = []
        self._const_nulls: list[str] = []
        for name, value in constants.items():
            conv = _converter(table, name, self.sqlite)
            value = conv(value) if conv else value
            if value is None and self.sqlite:
                self._const_nulls.append(name)
            else:
                self._const_names.append(name)
                self._const.append(value)

    def params(self, columns: Sequence[Sequence[Any]]) -> Batch:
        """The Batch for the rows given column by column."""
        if not columns or not columns[0]:
            return Batch([], [], [])
        n = len(columns[0])
        names: list[str] = []
        nulls = list(self._const_nulls)
        values: list[Iterable[Any]] = []
        for name, col, conv in zip(self._columns, columns, self._convs, strict=True):
            if self.sqlite and all(v is None for v in col):
                nulls.append(name)
                continue
            names.append(name)
            values.append(map(conv, col) if conv else col)
        if not values and not self._const:
            return Batch([], [()] * n, nulls)
        rows = list(zip(*values, *(itertools.repeat(v, n) for v in self._const), strict=True))
        return Batch([*names, *self._const_names], rows, nulls)

    def write(self, session: Session, batch: Batch) -> None:
        """Insert a `params` Batch in the session's transaction."""
        write_rows(session, self.table_name, batch.columns, batch.rows, batch.nulls)


def write_rows(
    session: Session,
    table_name: str,
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    nulls: Sequence[str] = (),
) -> None:
    """Insert driver-ready rows: one executemany on SQLite, one COPY … FROM STDIN on PostgreSQL.

    COPY streams the rows in one command, so PostgreSQL takes a bulk import at the speed of its
    storage rather than of one round trip (or pipeline entry) per row. `nulls` (SQLite only) are
    further columns written as NULL in every row.
    """
    if not rows:
        return
    conn = session.connection()
    cols = ", ".join([*columns, *nulls])
    if conn.dialect.name == "sqlite":
        marks = ", ".join(["?"] * len(columns) + ["NULL"] * len(nulls))
        conn.exec_driver_sql(f"INSERT INTO {table_name} ({cols}) VALUES ({marks})", list(rows))
        return
    if nulls:
        raise ValueError("NULL columns are a SQLite form; COPY takes every column's value")
    raw = conn.connection.driver_connection
    assert raw is not None
    statement = f"COPY {table_name} ({cols}) FROM STDIN"
    dbapi_error = conn.dialect.loaded_dbapi.Error
    try:
        with raw.cursor() as cur, cur.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except dbapi_error as exc:
        # The driver's own error, raised outside SQLAlchemy: wrap it the way SQLAlchemy wraps its
        # statements' errors (IntegrityError for a duplicate key, a lost connection marked as such),
        # so units of work report it like any other statement's.
        disconnect = conn.dialect.is_disconnect(exc, raw, None)
        if disconnect:
            conn.invalidate(exc)
        raise DBAPIError.instance(
            statement, None, exc, dbapi_error, connection_invalidated=disconnect, dialect=conn.dialect
        ) from exc


def defer_indexes(conn: Connection, table_name: str) -> list[str]:
    """SQLite: drop the table's plain secondary indexes for a large bulk load; returns the SQL that rebuilds them.

    A bulk load into a table about its own size or larger is faster with its indexes built once at
    the end (one sort per index) than kept up to date row by row (a random B-tree insert per row
    and index, most of them missing the page cache). Both happen inside the caller's transaction:
    a rollback, a cancel or a crash brings the indexes back with the old rows, and other
    connections keep reading their own snapshot, indexes included. Unique constraints (the
    duplicate checks need them) and partial indexes (an import leaves their rows out) are kept.
    PostgreSQL is left alone: DROP INDEX would lock the table against every reader of the team
    until the import commits, and its COPY keeps indexes cheaply anyway.
    """
    if conn.dialect.name != "sqlite":
        return []
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
        "AND sql NOT LIKE '% WHERE %' ORDER BY name",
        (table_name,),
    ).all()
    for name, _sql in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in found]


def rebuild_indexes(conn: Connection, statements: Sequence[str]) -> None:
    """Build again, in the caller's transaction, the indexes `defer_indexes` dropped (their own SQL, unchanged)."""
    for sql in statements:
        conn.exec_driver_sql(sql)
