"""Typed UI settings: the only code that touches QSettings keys (paired load/save)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings


class UiSettings:
    """Window state, column layout, last filters, saved views, language, database choice."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings("legal_desk", "legal_desk")

    def _get(self, key: str, default: Any, kind: type) -> Any:
        value = self._s.value(key, default)
        if value is None:
            return default
        if kind is bool:
            return value in (True, "true", "1", 1)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    # language and database
    @property
    def language(self) -> str:
        return str(self._get("ui/language", "es", str))

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def db_url(self) -> str:
        return str(self._get("db/url", "", str))

    @db_url.setter
    def db_url(self, value: str) -> None:
        self._s.setValue("db/url", value)

    @property
    def store_root(self) -> str:
        return str(self._get("db/store", "", str))

    @store_root.setter
    def store_root(self, value: str) -> None:
        self._s.setValue("db/store", value)

    @property
    def last_user(self) -> str:
        return str(self._get("login/last_user", "", str))

    @last_user.setter
    def last_user(self, value: str) -> None:
        self._s.setValue("login/last_user", value)

    # window and views
    def load_geometry(self, name: str) -> QByteArray | None:
        value = self._s.value(f"window/{name}/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, name: str, geometry: QByteArray) -> None:
        self._s.setValue(f"window/{name}/geometry", geometry)

    def load_state(self, name: str) -> QByteArray | None:
        value = self._s.value(f"window/{name}/state")
        return value if isinstance(value, QByteArray) else None

    def save_state(self, name: str, state: QByteArray) -> None:
        self._s.setValue(f"window/{name}/state", state)

    def load_value(self, key: str, default: Any = None) -> Any:
        return self._s.value(f"view/{key}", default)

    def save_value(self, key: str, value: Any) -> None:
        self._s.setValue(f"view/{key}", value)

    def saved_views(self) -> dict[str, dict[str, Any]]:
        import json

        raw = self._s.value("view/saved_views", "{}")
        try:
            data = json.loads(str(raw))
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def save_views(self, views: dict[str, dict[str, Any]]) -> None:
        import json

        self._s.setValue("view/saved_views", json.dumps(views, ensure_ascii=False))

    def sync(self) -> None:
        self._s.sync()
