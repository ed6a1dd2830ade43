"""The desk: database engine, session factory and file store; units of work; the acting user."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import NoReturn

from sqlalchemy import Engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from legal_desk.config import Config
from legal_desk.db import migrate
from legal_desk.db import session as db_session
from legal_desk.db.models import User, ValueTooLong
from legal_desk.db.session import make_engine, make_session_factory
from legal_desk.domain import messages as M
from legal_desk.domain.messages import Term, Text, text_of
from legal_desk.domain.permissions import ACTION_LABELS_ES, ROLE_LABELS_ES, Action, Role, can
from legal_desk.services.errors import (
    AccountRevoked,
    Conflict,
    ConnectionLost,
    DatabaseBusy,
    DatabaseUnavailable,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from legal_desk.store import FileStore


def safe_url(url: str) -> str:
    """The database URL as it may be shown to people and logs: the password masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _backend(url: str) -> str:
    try:
        return make_url(url).get_backend_name()
    except ArgumentError:
        return ""


def db_error_text(exc: BaseException) -> str:
    """The driver's own message, first line only (no SQL, no link to the SQLAlchemy docs)."""
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]


# What a row of each table is, for messages that name it («del expediente», «de la prueba 12»).
_TABLE_LABELS_ES = {
    "users": "del usuario",
    "clients": "del acreedor",
    "cases": "del expediente",
    "parties": "de la parte",
    "debts": "de la obligación",
    "evidence": "de la prueba",
    "contact_attempts": "de la gestión",
    "payment_agreements": "del acuerdo de pago",
    "instalments": "de la cuota",
    "notices": "de la comunicación",
    "hearings": "de la audiencia",
    "embargoes": "de la medida cautelar",
    "settlement_offers": "de la oferta de arreglo",
    "payments": "del abono",
    "case_events": "de la actuación",
    "deadlines": "del término",
    "tasks": "de la tarea",
    "generated_documents": "del documento",
    "filing_packets": "del paquete",
    "closures": "del cierre",
    "rate_table_versions": "de la tabla de tasas",
    "rate_periods": "del periodo de tasa",
    "checklist_items": "del requisito",
    "settings": "del ajuste",
    "audit_events": "del evento de auditoría",
}


def too_long_text(problem: ValueTooLong) -> str:
    """«El dato «court» del expediente 12 tiene 320 caracteres; el máximo es 200»."""
    owner = _TABLE_LABELS_ES.get(problem.table, f"de {problem.table}")
    if problem.row_id is not None:
        owner += f" {problem.row_id}"
    return (
        f"El dato «{problem.column}» {owner} tiene {problem.length} caracteres; el máximo es {problem.limit}: acórtelo"
    )


# What a script or a person must fix when a PostgreSQL server cannot be reached (the driver's own
# English sentence, e.g. «connection failed: … Connection refused», said neither what nor where).
_CONNECT_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), spanish)
    for pattern, spanish in (
        (
            r"connection refused|no such file or directory",
            "el servidor {where} no acepta conexiones: compruebe que PostgreSQL esté encendido y que el servidor "
            "y el puerto de {setting} sean los correctos",
        ),
        (
            r"failed to resolve host|could not translate host name|name or service not known",
            "no se encuentra el servidor «{host}»: revise su nombre en {setting}, o la red",
        ),
        (
            r"timeout expired|timed out",
            "el servidor {where} no respondió a tiempo: revise la red, el cortafuegos o si el servidor está encendido",
        ),
        (
            r'database "(?P<db>[^"]+)" does not exist',
            "la base de datos «{db}» no existe en el servidor {where}: créela (createdb) o corrija su nombre en "
            "{setting}",
        ),
        (
            r'role "(?P<user>[^"]+)" does not exist',
            "el usuario «{user}» no existe en el servidor {where}: créelo o corrija el usuario en {setting}",
        ),
        (
            r"password authentication failed|no password supplied",
            "el servidor {where} rechazó el usuario o la contraseña de {setting}",
        ),
        (
            r"the database system is (starting up|shutting down)|too many clients",
            "el servidor {where} no admite conexiones en este momento (arrancando, apagándose o lleno): "
            "repita en unos minutos",
        ),
    )
)


def connect_error_text(exc: BaseException, url: str, setting: str = "--db o LEGAL_DESK_DB") -> str:
    """Why a database could not be opened, in Spanish and naming what to fix (`setting`: where the address is
    given); else the driver's first line."""
    raw = str(getattr(exc, "orig", None) or exc)
    try:
        parsed = make_url(url)
        host, port = parsed.host or "local", parsed.port
    except ArgumentError:
        host, port = "?", None
    where = f"{host}:{port}" if port else host
    for pattern, spanish in _CONNECT_REASONS:
        found = pattern.search(raw)
        if found:
            return spanish.format(where=where, host=host, setting=setting, **found.groupdict())
    return db_error_text(exc)


def _refuse_foreign_sqlite(path: Path) -> None:
    """Refuse, before writing a byte to it, a file that is not SQLite or holds another program's tables."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return  # another desk is writing it: a real database, checked when we connect
        raise ServiceError(Text(M.DB_NOT_SQLITE, path=path)) from exc
    if names and "alembic_version" not in names:
        raise ServiceError(Text(M.DB_FOREIGN_SQLITE, path=path))


def _lost_connection(exc: BaseException | None) -> bool:
    """Whether a database error means the connection to the server is gone (server down, killed, network)."""
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    orig = exc.orig
    if not isinstance(exc, OperationalError) or not type(orig).__module__.startswith("psycopg"):
        return False
    # psycopg: no SQLSTATE means the client could not reach the server (refused, reset, shutting
    # down before the handshake); 08… is a connection exception, 57P0… an administrator or crash shutdown.
    state = getattr(orig, "sqlstate", None)
    return state is None or state.startswith(("08", "57P"))


def _sqlite_busy(exc: BaseException | None) -> bool:
    """Whether a database error is SQLite giving up on a lock another connection held past the busy timeout."""
    if not isinstance(exc, OperationalError) or not isinstance(exc.orig, sqlite3.OperationalError):
        return False
    code = getattr(exc.orig, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(exc.orig) or "busy" in str(exc.orig)


@dataclass(frozen=True)
class Actor:
    """Who is acting: every write is checked against this role and audited under this name."""

    user_id: int | None
    username: str
    role: Role
    full_name: str = ""
    # Told of an AccountRevoked before it is raised, from whatever thread the work runs in (the desktop
    # ends or reopens the session on it); not part of who the actor is.
    on_revoked: Callable[[AccountRevoked], None] | None = field(default=None, compare=False, repr=False)

    def require(self, action: Action) -> None:
        """Raise PermissionDenied unless this actor's role allows the action."""
        if not can(self.role, action):
            role = Term("role", self.role.value, ROLE_LABELS_ES[self.role])
            what = Term("action", action.value, ACTION_LABELS_ES[action])
            raise PermissionDenied(Text(M.NOT_ALLOWED, user=self.username, role=role, action=what))

    def confirm(self, session: Session, *, noticed: bool = False) -> None:
        """Refuse the work of a user an admin deactivated, or gave another role, since this actor logged in.

        An actor is made once per log-in (or CLI run) and keeps its role; another desk's admin may change
        the user meanwhile. Called inside the unit of work, so a change committed before it counts.
        `noticed`: asked by the desk after seeing another user's change to users, not before a piece of work.
        """
        if self.user_id is None:
            return  # the system (first admin, lock-outs): not a person
        row = session.execute(select(User.active, User.role).where(User.id == self.user_id)).first()
        if row is None or not row.active:
            self._revoked(
                AccountRevoked(
                    f"Un administrador desactivó el usuario «{self.username}»: no se guardó nada. "
                    "Cierre legal_desk; para volver a trabajar pida que lo activen",
                    deactivated=True,
                    role=self.role.value,
                    noticed=noticed,
                )
            )
        if row.role != self.role.value:
            try:
                now = ROLE_LABELS_ES[Role(row.role)]
            except ValueError:
                now = row.role
            self._revoked(
                AccountRevoked(
                    f"Un administrador cambió el rol de «{self.username}» de {ROLE_LABELS_ES[self.role]} a {now}: "
                    "no se guardó nada. Cierre la sesión y vuelva a ingresar para trabajar con el rol nuevo",
                    deactivated=False,
                    role=self.role.value,
                    new_role=row.role,
                    noticed=noticed,
                )
            )

    def _revoked(self, exc: AccountRevoked) -> NoReturn:
        if self.on_revoked is not None:
            with contextlib.suppress(RuntimeError):  # the window listening is gone: the refusal still stands
                self.on_revoked(exc)
        raise exc


class UnitOfWork:
    """One session and one transaction; leaving the block without `commit()` rolls back."""

    def __init__(self, factory: sessionmaker[Session], *, write: bool) -> None:
        self._factory = factory
        self._write = write
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        if self._write and self.session.get_bind().dialect.name == "sqlite":
            try:  # waits (busy timeout) while another desk writes, then gives up
                self.session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            except DBAPIError as exc:
                self.session.close()
                if _sqlite_busy(exc):
                    raise self._busy() from exc
                raise
        return self

    def _busy(self) -> DatabaseBusy:
        return DatabaseBusy(Text(M.DB_BUSY_WRITE if self._write else M.DB_BUSY_READ, seconds=db_session.BUSY_TIMEOUT_S))

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        lost = _lost_connection(exc)
        try:
            if self._write:
                self.session.rollback()
        except DBAPIError as failed:
            # The server went away: it drops the open transaction itself. The failed rollback must
            # not hide what happened behind the driver's "the connection is lost".
            if exc is None or not (lost or _lost_connection(failed)):
                raise
            lost = True
        finally:
            try:
                self.session.close()  # ends the transaction; a read's loaded values stay readable
            except DBAPIError:
                if exc is None:
                    raise
        if lost:
            raise ConnectionLost(
                Text(M.DB_CONNECTION_LOST_WRITE if self._write else M.DB_CONNECTION_LOST_READ)
            ) from exc
        if _sqlite_busy(exc):
            raise self._busy() from exc
        if isinstance(exc, StaleDataError):
            raise Conflict(Text(M.CONCURRENT_CHANGE)) from exc
        if isinstance(exc, ValueTooLong):
            raise ValidationFailed(too_long_text(exc)) from exc
        if isinstance(exc, IntegrityError):
            raise Conflict(Text(M.CONCURRENT_DUPLICATE)) from exc

    def commit(self) -> None:
        self.session.commit()

    def flush(self) -> None:
        self.session.flush()


class Desk:
    """Everything a service needs to run: open once per process and share (thread-safe)."""

    def __init__(self, config: Config, engine: Engine) -> None:
        self.config = config
        self.engine = engine
        self.session_factory = make_session_factory(engine)
        self.store = FileStore(config.store_root, in_use=self._store_in_use)

    def _store_in_use(self) -> bool:
        """Whether any row cites a file in the store (asked only when its folder is gone or empty)."""
        from legal_desk.services.integrity import STORED_FILE_COLUMNS  # local: it imports this module

        with self.reading() as s:
            return any(s.execute(select(c).where(c.is_not(None)).limit(1)).first() for c in STORED_FILE_COLUMNS)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @classmethod
    def open(cls, config: Config, *, upgrade: bool = True) -> Desk:
        """Connect, refuse a too-new schema, and upgrade (with a SQLite backup) when asked."""
        shown = safe_url(config.db_url)
        backend = _backend(config.db_url)
        if backend not in ("sqlite", "postgresql"):
            raise ServiceError(Text(M.DB_UNSUPPORTED, url=shown))
        sqlite_path = config.sqlite_path
        if sqlite_path is not None:
            try:
                sqlite_path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ServiceError(
                    Text(M.DB_FOLDER_UNCREATABLE, folder=sqlite_path.parent, reason=exc.strerror or exc)
                ) from exc
            if sqlite_path.is_dir():
                raise ServiceError(Text(M.DB_IS_FOLDER, path=sqlite_path))
            _refuse_foreign_sqlite(sqlite_path)
        try:
            engine = make_engine(config.db_url)
        except (ArgumentError, ImportError) as exc:
            raise ServiceError(Text(M.DB_URL_UNUSABLE, url=shown, reason=exc)) from exc
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            if upgrade:
                migrate.upgrade(engine, sqlite_path=sqlite_path)
            else:
                migrate.check_not_newer(engine)
        except migrate.SchemaTooNewError as exc:
            engine.dispose()
            raise ServiceError(text_of(exc)) from exc
        except ServiceError:
            engine.dispose()
            raise
        except DBAPIError as exc:
            engine.dispose()
            if sqlite_path is not None and not isinstance(exc, OperationalError):
                raise ServiceError(Text(M.DB_NOT_SQLITE, path=sqlite_path)) from exc
            reason = connect_error_text(exc, config.db_url)
            raise DatabaseUnavailable(Text(M.DB_CANNOT_OPEN, url=shown, reason=reason)) from exc
        desk = cls(config, engine)
        if upgrade:
            desk.finish_upgrade()
        return desk

    def finish_upgrade(self) -> None:
        """The data steps an upgrade needs once, after the schema is at head (a restore runs them too).

        Today one: the stored art. 317 term of every pending case that had none (a database from
        before that term ran from the last actuación). Desks opening at once on PostgreSQL wait for
        the first, then find the step done.
        """
        from legal_desk.services import actuaciones  # local: services import this module
        from legal_desk.services.legal import get_setting

        # Done once, so nearly always done: look without the write lock first. A desk opening (any
        # command, the app) must not wait behind another desk's long import just to read a setting.
        with self.reading() as s:
            if get_setting(s, actuaciones.TERMS_STORED_SETTING) == "1":
                return
        with self.uow() as uow:
            s = uow.session
            if get_setting(s, actuaciones.TERMS_STORED_SETTING) == "1":
                return
            if self.dialect == "postgresql":
                s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": migrate.PG_MIGRATE_LOCK})
            if actuaciones.store_missing_terms_once(s) is not None:
                uow.commit()

    def uow(self, *, write: bool = True) -> UnitOfWork:
        """A unit of work; `write=False` for reads (never blocks behind a writer on SQLite)."""
        return UnitOfWork(self.session_factory, write=write)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short read-only session."""
        with self.uow(write=False) as uow:
            yield uow.session

    def close(self) -> None:
        self.engine.dispose()
