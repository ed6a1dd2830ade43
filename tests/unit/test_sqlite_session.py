"""Opening SQLite: the switch to WAL waits out another desk switching the same new file."""

from __future__ import annotations

import sqlite3

import pytest

from legal_desk.db.session import _use_wal


class _Cursor:
    """Answers like SQLite while another connection holds the file: «locked» a few times, then WAL."""

    def __init__(self, locked_times: int) -> None:
        self.locked_times = locked_times
        self.mode = "delete"
        self.calls: list[str] = []

    def execute(self, sql: str) -> _Cursor:
        self.calls.append(sql)
        if sql == "PRAGMA journal_mode=WAL":
            if self.locked_times:
                self.locked_times -= 1
                raise sqlite3.OperationalError("database is locked")
            self.mode = "wal"
        return self

    def fetchone(self) -> tuple[str]:
        return (self.mode,)


def test_wal_switch_is_retried_while_the_file_is_locked() -> None:
    cur = _Cursor(locked_times=3)
    _use_wal(cur)
    assert cur.mode == "wal" and cur.calls.count("PRAGMA journal_mode=WAL") == 4


def test_a_file_already_in_wal_is_left_alone_and_other_errors_are_not_retried() -> None:
    done = _Cursor(0)
    done.mode = "wal"
    _use_wal(done)
    assert done.calls == ["PRAGMA journal_mode"]

    class Broken(_Cursor):
        def execute(self, sql: str) -> _Cursor:
            if sql == "PRAGMA journal_mode=WAL":
                raise sqlite3.OperationalError("disk I/O error")
            return super().execute(sql)

    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        _use_wal(Broken(0))
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _use_wal(_Cursor(locked_times=10**6), patience=0.2)
