"""Engine and session factory: SQLite (WAL, foreign keys, busy timeout) or PostgreSQL via psycopg 3."""

from __future__ import annotations

import os
import socket
import sqlite3
import time
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

#: How this program's connections name themselves to PostgreSQL (pg_stat_activity.application_name,
#: at most 63 characters): a restore tells the other desks still connected from its own pool.
APPLICATION_NAME = f"legal_desk {socket.gethostname()} (pid {os.getpid()})"[:63]

#: How long a SQLite connection waits for another connection's write lock before «database is locked».
SQLITE_BUSY_SECONDS = 30


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine tuned for the desk: one writer at a time on SQLite, pooled on PostgreSQL."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS, "check_same_thread": False}, **kwargs)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (below)
            cur = dbapi_conn.cursor()
            _use_wal(cur)
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_SECONDS * 1000)}")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA cache_size=-65536")  # 64 MiB page cache: bulk imports touch big indexes
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            # A writing unit of work takes the write lock at once, so two writers never deadlock
            # half-way; readers use a deferred BEGIN and are never blocked in WAL mode.
            mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine
    connect_args = {"application_name": APPLICATION_NAME, **kwargs.pop("connect_args", {})}
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args, **kwargs)


def _use_wal(cur: Any, patience: float = 30.0) -> None:
    """Put the file in WAL mode (kept in the file: later connections find it set and do nothing).

    Switching needs an exclusive lock, and SQLite answers «database is locked» at once, without its
    busy handler, when another connection is switching the same new file at that moment (several desks
    starting together): retry for a while instead of failing the start-up.
    """
    deadline = time.monotonic() + patience
    while True:
        if str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
            return
        try:
            cur.execute("PRAGMA journal_mode=WAL")  # an in-memory database answers «memory»: fine
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that do not expire objects on commit (services return plain data anyway).

    Every flush checks text lengths (models.ValueTooLong) on SQLite too, which does not enforce them:
    a value PostgreSQL would refuse never enters a desk's file, so its backup always restores on a server.
    """
    factory = sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)
    event.listen(factory, "before_flush", _check_text_lengths)
    return factory


def _check_text_lengths(session: Session, _context: Any, _instances: Any) -> None:
    from sqlalchemy import inspect

    from legal_desk.db.models import check_lengths

    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        table = state.mapper.local_table
        # What is set now (all of a new row, the changed attributes of a loaded one: an old value
        # is not this write's fault); state.dict, so never a lazy load in the middle of a flush.
        values = {
            attr.columns[0].name: state.dict.get(attr.key)
            for attr in state.mapper.column_attrs
            if state.key is None or state.attrs[attr.key].history.added
        }
        problems = check_lengths(table, values, state.dict.get("id"))
        if problems:
            raise problems[0]
