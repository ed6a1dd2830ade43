"""Open a stored file with the system application (as a named temporary copy) or save a copy elsewhere."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

_OPEN_DIR: tempfile.TemporaryDirectory[str] | None = None


def tr(text: str) -> str:
    """Translate UI text outside a QObject (context «FileActions»)."""
    return QCoreApplication.translate("FileActions", text)


def named_copy(path: Path, filename: str) -> Path:
    """A copy of a store file under its readable name, in a folder removed when the app exits."""
    global _OPEN_DIR
    if _OPEN_DIR is None:
        _OPEN_DIR = tempfile.TemporaryDirectory(prefix="legal_desk_open_")
    target = Path(_OPEN_DIR.name) / Path(filename).name
    if target.exists():
        target.chmod(0o600)
    shutil.copyfile(path, target)
    target.chmod(0o400)  # the stored original is never edited through the copy by mistake
    return target


def open_with_system(path: Path, filename: str) -> bool:
    """Open a stored file with the desktop's application for its type (via a named copy)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(named_copy(path, filename))))


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    """Ask where to save (tests replace this)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None


def save_copy(parent: QWidget | None, path: Path, filename: str, filters: str | None = None) -> Path | None:
    """Ask for a destination and copy a stored file there; returns where it went, or None."""
    suffix = Path(filename).suffix.lower()
    default_filter = tr("Documento PDF (*.pdf)") if suffix == ".pdf" else tr("Documento Word (*.docx)")
    target = ask_save_path(parent, tr("Guardar como"), filename, filters or default_filter)
    if target is None:
        return None
    if not target.suffix:
        target = target.with_suffix(suffix)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target)
    return target
