"""Where the project's shipped data lives, in a source checkout and in an installed package."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent
_ROOT = _PKG.parent


def _data_dir(name: str) -> Path:
    """A top-level data folder of the checkout, or its copy shipped inside the package."""
    for candidate in (_ROOT / name, _PKG / name):
        if candidate.is_dir():
            return candidate
    return _ROOT / name


def migrations_dir() -> Path:
    """Alembic scripts (env.py + versions/)."""
    return _data_dir("migrations")


def resources_dir() -> Path:
    """Icons, translations, jurisdiction data, sample rate tables."""
    return _data_dir("resources")


def templates_dir() -> Path:
    """Word templates, one folder per locale."""
    return _data_dir("document_templates")


def forms_dir() -> Path:
    """Qt Designer .ui files."""
    return _data_dir("forms")
