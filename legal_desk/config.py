"""The one configuration object: database URL, store root, locale, jurisdiction."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir
from sqlalchemy.engine import make_url

APP_NAME = "legal_desk"


def default_data_dir() -> Path:
    """The user's data folder for legal_desk (created on demand)."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_cache_dir() -> Path:
    """Where legal_desk keeps what it can make again (previews of Office files): LEGAL_DESK_CACHE, else the
    user's cache folder. Never the file store: evidence stays exactly as it was added."""
    override = os.environ.get("LEGAL_DESK_CACHE")
    return Path(override).expanduser() if override else Path(user_cache_dir(APP_NAME, appauthor=False))


def normalize_db_url(value: str) -> str:
    """Accept a plain file path or an SQLAlchemy URL; return a URL."""
    if "://" in value:
        if value.startswith("postgresql://") or value.startswith("postgres://"):
            return "postgresql+psycopg://" + value.split("://", 1)[1]
        if value.startswith("sqlite"):
            # `sqlite:///desk.sqlite3` names a file relative to the folder the command runs in: made absolute
            # here, as a plain path is, so that the desk, its checks and its backups all mean the same file.
            url = make_url(value)
            db = url.database
            if db and db != ":memory:" and not db.startswith("file:") and not Path(db).is_absolute():
                return url.set(database=str(Path(db).expanduser().resolve())).render_as_string(hide_password=False)
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


@dataclass
class Config:
    """Where data lives and how the desk behaves; built from flags, environment and defaults."""

    db_url: str
    store_root: Path
    locale: str = "es_CO"
    jurisdiction: str = "CO"
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def is_sqlite(self) -> bool:
        return self.db_url.startswith("sqlite")

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        raw = self.db_url.split(":///", 1)[1] if ":///" in self.db_url else ""
        return Path(raw) if raw and raw != ":memory:" else None

    @classmethod
    def load(cls, db: str | None = None, store: str | None = None) -> Config:
        """Flags win over LEGAL_DESK_DB / LEGAL_DESK_STORE, which win over the defaults."""
        db = db or os.environ.get("LEGAL_DESK_DB")
        store = store or os.environ.get("LEGAL_DESK_STORE")
        if db:
            url = normalize_db_url(db)
        else:
            url = normalize_db_url(str(default_data_dir() / "legal_desk.sqlite3"))
        if store:
            root = Path(store).expanduser().resolve()
        else:
            cfg = cls(db_url=url, store_root=Path("."))
            base = cfg.sqlite_path.parent if cfg.sqlite_path else default_data_dir()
            root = base / "store"
        return cls(db_url=url, store_root=root)
