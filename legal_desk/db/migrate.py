"""Schema upgrades through Alembic at start-up (with a backup of a SQLite file first)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from legal_desk.domain import messages as M
from legal_desk.domain.messages import Text, TextError
from legal_desk.paths import migrations_dir

PG_MIGRATE_LOCK = 7_316_003


class SchemaTooNewError(TextError, RuntimeError):
    """The database was upgraded by a newer legal_desk than this one."""


def alembic_config(url: str | None = None) -> AlembicConfig:
    """An Alembic config pointing at the shipped migration scripts."""
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic autogenerate filter: SQLite's FTS5 `case_search` and its shadow tables come from a
    migration, not from the models (see legal_desk.db.search), so they are not schema drift."""
    from legal_desk.db.search import FTS_TABLE  # here: start-up (upgrade) does not need the search module

    return not (type_ == "table" and name is not None and (name == FTS_TABLE or name.startswith(f"{FTS_TABLE}_")))


def head_revision() -> str:
    """The newest migration this app knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine) -> None:
    """Refuse a database written by a newer version of the app."""
    current = current_revision(engine)
    if current is None:
        return
    script = ScriptDirectory.from_config(alembic_config())
    if not _known(script, current):
        raise SchemaTooNewError(Text(M.DB_SCHEMA_TOO_NEW, current=current, head=head_revision()))


def known_revision(rev: str) -> bool:
    """Whether this app's migrations know `rev` (an unknown one was written by a newer version)."""
    return _known(ScriptDirectory.from_config(alembic_config()), rev)


def _known(script: ScriptDirectory, rev: str) -> bool:
    try:
        return script.get_revision(rev) is not None
    except Exception:
        return False


def backup_sqlite(path: Path) -> Path | None:
    """Copy a SQLite database (consistently, via the backup API) before migrating it.

    The copy is written under a working name and takes its `.before-upgrade-…` name only once it is
    whole: an upgrade stopped during the copy (killed, power cut) used to leave a file of that name
    holding part of the desk, or none of it, beside its -journal, which looked like the backup to
    go back to.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{stamp}{path.suffix}")
    working = target.with_name(target.name + ".partial")
    for stale in (working, working.with_name(working.name + "-journal")):
        stale.unlink(missing_ok=True)
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(working))
        try:
            with dst:
                src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    working.replace(target)
    return target


def upgrade(engine: Engine, *, sqlite_path: Path | None = None) -> bool:
    """Bring the schema to head; returns True when something was applied."""
    check_not_newer(engine)
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return False
    if current is not None and sqlite_path is not None:
        backup_sqlite(sqlite_path)
    cfg = alembic_config()
    # Desks that start at once after an update (or on a new team database) must not all migrate:
    # the first takes the lock and upgrades; the others wait for it and then find the schema at head.
    # Before, the losers failed to open with «duplicate key value … pg_type_typname_nsp_index».
    with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_MIGRATE_LOCK})
        if MigrationContext.configure(conn).get_current_revision() == head:
            return False
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True


def backup_readable(revision: str | None) -> bool:
    """Whether a backup written at `revision` restores into this app's schema as it is.

    True for head, and for an older revision when every migration since sets `backup_compatible =
    True` (it changed nothing a backup holds: e.g. where SQLite keeps the derived search index).
    """
    if revision is None:
        return False
    head = head_revision()
    if revision == head:
        return True
    script = ScriptDirectory.from_config(alembic_config())
    if not _known(script, revision):
        return False
    try:
        steps = list(script.iterate_revisions(head, revision))
    except Exception:  # not an ancestor of head
        return False
    return all(getattr(step.module, "backup_compatible", False) for step in steps if step.revision != revision)


def replay_data_steps(conn: Connection, revision: str | None) -> list[str]:
    """Run again, on rows just restored from a backup written at `revision`, the data steps of the
    migrations since; returns the revisions run, oldest first.

    A backup of an older schema restores as it is (`backup_readable`), but a migration that rewrote
    data (d6f1a8c3e2b9: each country's checklist wording, CUIT/DNI written as each country writes
    them) had done so only in the databases it upgraded: the restored rows came back as the older
    release left them, unlike the same desk upgraded in place. A migration whose `upgrade()` only
    rewrites rows, and can run again on rows it already rewrote, says so with
    `restore_replays = True`.
    """
    if revision is None or revision == head_revision():
        return []
    script = ScriptDirectory.from_config(alembic_config())
    if not _known(script, revision):
        return []
    steps = [s for s in script.iterate_revisions(head_revision(), revision) if s.revision != revision]
    ran: list[str] = []
    with Operations.context(MigrationContext.configure(conn)):
        for step in reversed(steps):  # oldest first, as an upgrade runs them
            if getattr(step.module, "restore_replays", False):
                step.module.upgrade()
                ran.append(step.revision)
    return ran


def pending(engine: Engine) -> bool:
    """Whether the database needs an upgrade."""
    return current_revision(engine) != head_revision()


__all__ = [
    "SchemaTooNewError",
    "backup_readable",
    "backup_sqlite",
    "check_not_newer",
    "head_revision",
    "pending",
    "replay_data_steps",
    "upgrade",
]
