"""Start-up opens (and upgrades) the database off the UI thread, saying so when it takes long."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog

from legal_desk import app
from legal_desk.config import Config
from legal_desk.services.errors import ServiceError
from legal_desk.services.users import actor_for


def test_a_slow_open_shows_a_notice_and_the_desk_works_on_the_ui_thread(qtbot, tmp_path: Path, monkeypatch) -> None:
    real = app.open_desk
    where: list[bool] = []
    shown: list[str] = []

    def slow_open(config: Config):  # an upgrade of a big desk
        where.append(threading.current_thread() is threading.main_thread())
        time.sleep(0.6)
        return real(config)

    monkeypatch.setattr(app, "open_desk", slow_open)
    monkeypatch.setattr(app, "UPGRADE_NOTICE_MS", 50)
    monkeypatch.setattr(QProgressDialog, "show", lambda self: shown.append(self.labelText()))
    desk = app.open_desk_showing_progress(
        Config(db_url=f"sqlite:///{tmp_path / 'd.sqlite3'}", store_root=tmp_path / "s")
    )
    try:
        assert where == [False]  # opened off the UI thread
        assert len(shown) == 1 and "Preparando la base de datos" in shown[0]
        assert actor_for(desk, "admin").username == "admin"  # the desk opened there is used here
    finally:
        desk.close()


def test_a_quick_open_shows_nothing_and_an_error_reaches_the_caller(qtbot, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QProgressDialog, "show", lambda self: shown.append(self.labelText()))
    monkeypatch.setattr(app, "UPGRADE_NOTICE_MS", 10_000)  # far longer than this open takes
    desk = app.open_desk_showing_progress(
        Config(db_url=f"sqlite:///{tmp_path / 'd.sqlite3'}", store_root=tmp_path / "s")
    )
    desk.close()
    assert shown == []
    bad = tmp_path / "no_es_sqlite.sqlite3"
    bad.write_bytes(b"esto no es una base de datos" * 100)
    with pytest.raises(ServiceError, match="no es una base de datos SQLite"):
        app.open_desk_showing_progress(Config(db_url=f"sqlite:///{bad}", store_root=tmp_path / "s2"))
