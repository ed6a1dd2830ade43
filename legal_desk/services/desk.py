"""The desk: database engine, session factory and file store; units of work; the acting user."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType

from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from legal_desk.config import Config
from legal_desk.db import migrate
from legal_desk.db.session import make_engine, make_session_factory
from legal_desk.domain.permissions import Action, Role, can
from legal_desk.services.errors import Conflict, PermissionDenied, ServiceError
from legal_desk.store import FileStore


@dataclass(frozen=True)
class Actor:
    """Who is acting: every write is checked against this role and audited under this name."""

    user_id: int | None
    username: str
    role: Role
    full_name: str = ""

    def require(self, action: Action) -> None:
        """Raise PermissionDenied unless this actor's role allows the action."""
        if not can(self.role, action):
            raise PermissionDenied(
                f"El usuario «{self.username}» (rol {self.role.value}) no puede realizar esta acción ({action.value})"
            )


class UnitOfWork:
    """One session and one transaction; leaving the block without `commit()` rolls back."""

    def __init__(self, factory: sessionmaker[Session], *, write: bool) -> None:
        self._factory = factory
        self._write = write
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        if self._write and self.session.get_bind().dialect.name == "sqlite":
            self.session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if self._write:
                self.session.rollback()
        finally:
            self.session.close()  # ends the transaction; a read's loaded values stay readable
        if isinstance(exc, StaleDataError):
            raise Conflict(
                "Otro usuario modificó este registro al mismo tiempo; vuelva a cargarlo y repita el cambio"
            ) from exc
        if isinstance(exc, IntegrityError):
            raise Conflict(
                "Otro usuario registró el mismo dato al mismo tiempo (p. ej. el mismo número de obligación); "
                "vuelva a cargar y revise"
            ) from exc

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
        self.store = FileStore(config.store_root)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @classmethod
    def open(cls, config: Config, *, upgrade: bool = True) -> Desk:
        """Connect, refuse a too-new schema, and upgrade (with a SQLite backup) when asked."""
        sqlite_path = config.sqlite_path
        if sqlite_path is not None:
            try:
                sqlite_path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ServiceError(
                    f"No se puede crear la carpeta de la base de datos {sqlite_path.parent}: {exc}"
                ) from exc
        engine = make_engine(config.db_url)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            if upgrade:
                migrate.upgrade(engine, sqlite_path=sqlite_path)
            else:
                migrate.check_not_newer(engine)
        except migrate.SchemaTooNewError as exc:
            engine.dispose()
            raise ServiceError(str(exc)) from exc
        except OperationalError as exc:
            engine.dispose()
            raise ServiceError(f"No se puede abrir la base de datos ({config.db_url}): {exc.orig}") from exc
        return cls(config, engine)

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
