"""Shared fixtures: a desk on SQLite and on a real PostgreSQL cluster started for the run."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from legal_desk.config import Config
from legal_desk.services.desk import Desk
from legal_desk.services.users import SYSTEM, add_user, ensure_admin

_counter = itertools.count()


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Previews converted by the tests go to a throw-away cache, never the user's cache folder."""
    previous = os.environ.get("LEGAL_DESK_CACHE")
    os.environ["LEGAL_DESK_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        os.environ.pop("LEGAL_DESK_CACHE", None)
    else:
        os.environ["LEGAL_DESK_CACHE"] = previous


@pytest.fixture(scope="session", autouse=True)
def _screenshot_folder() -> None:
    """UI tests save screenshots under tests/_artifacts/screenshots (git-ignored): on a fresh clone the
    folder did not exist and QWidget.grab().save() silently wrote nothing."""
    (Path(__file__).parent / "_artifacts" / "screenshots" / "lifecycle").mkdir(parents=True, exist_ok=True)


TEMPLATE_DB = "legal_desk_template"


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """URL of a migrated template database on a throw-away cluster (or LEGAL_DESK_TEST_PG_URL)."""
    from sqlalchemy import create_engine, text

    from legal_desk.db import migrate
    from legal_desk.db.session import make_engine

    external = os.environ.get("LEGAL_DESK_TEST_PG_URL")
    cluster = None
    if external:
        admin_url = external
    else:
        from tests.pg import TestCluster

        try:
            cluster = TestCluster()
            admin_url = cluster.start()
        except Exception as exc:  # pragma: no cover - environment without PostgreSQL
            if os.environ.get("CI"):
                raise
            pytest.skip(f"PostgreSQL no disponible: {exc}")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {TEMPLATE_DB}"))
            conn.execute(text(f"CREATE DATABASE {TEMPLATE_DB}"))
        base = admin_url.rsplit("/", 1)[0]
        engine = make_engine(f"{base}/{TEMPLATE_DB}")
        migrate.upgrade(engine)
        engine.dispose()
        yield admin_url
    finally:  # a failing migration stops the cluster too
        admin.dispose()
        if cluster is not None:
            cluster.stop()


def fresh_pg_database(admin_url: str) -> str:
    """A new database cloned from the migrated template (fast)."""
    from sqlalchemy import create_engine, text

    name = f"t_{os.getpid()}_{next(_counter)}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE_DB}"))
    admin.dispose()
    return admin_url.rsplit("/", 1)[0] + "/" + name


def make_desk(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> Desk:
    """A migrated desk with users admin, abogada (lawyer), dependiente (paralegal), cobranza (collections)."""
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    else:
        url = fresh_pg_database(request.getfixturevalue("pg_url"))
    desk = Desk.open(Config(db_url=url, store_root=tmp_path / "store"))
    ensure_admin(desk)
    add_user(desk, SYSTEM, "abogada", "lawyer", full_name="Laura Restrepo", password="secreto-123")
    add_user(desk, SYSTEM, "dependiente", "paralegal", full_name="Camilo Ortiz")
    add_user(desk, SYSTEM, "cobranza", "collections", full_name="Diana Suárez")
    return desk


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def desk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Desk]:
    """The same service tests run on SQLite and on PostgreSQL."""
    d = make_desk(request.param, tmp_path, request)
    yield d
    _background_done()
    d.close()


@pytest.fixture
def sqlite_desk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Desk]:
    """A desk on SQLite only (UI and CLI tests)."""
    d = make_desk("sqlite", tmp_path, request)
    yield d
    _background_done()
    d.close()


def _background_done() -> None:
    """Wait for the screens' background work before a desk is closed under it.

    A panel shown at the end of a test may start a load in a worker thread (the «stale until shown»
    panels do); closing the desk while that worker's query runs crashed the whole run with a segmentation
    fault inside SQLite (seen once in CI, a Términos y tasas load during the next fixture's teardown).
    """
    import sys

    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QThreadPool

    pools = [QThreadPool.globalInstance()]
    if "legal_desk.ui.models.case_table" in sys.modules:
        from legal_desk.ui.models.case_table import page_pool

        pools.append(page_pool())
    if "legal_desk.ui.widgets.preview" in sys.modules:
        from legal_desk.ui.widgets.preview import conversion_pool

        pools.append(conversion_pool())
    for pool in pools:
        pool.waitForDone(60_000)


@pytest.fixture
def actors(desk: Desk) -> dict[str, object]:
    from legal_desk.services.users import actor_for

    return {n: actor_for(desk, n) for n in ("admin", "abogada", "dependiente", "cobranza")}


#: Demo portfolios in tests are dated from this day, so their stages never depend on the real date.
DEMO_TODAY = __import__("datetime").date(2026, 11, 26)
