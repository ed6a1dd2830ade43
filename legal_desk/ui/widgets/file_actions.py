"""Open a stored file with the system application (as a named temporary copy) or save a copy elsewhere."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from legal_desk.domain import messages as M
from legal_desk.domain.messages import Text

_OPEN_DIR: tempfile.TemporaryDirectory[str] | None = None


def tr(text: str) -> str:
    """Translate UI text outside a QObject (context «FileActions»)."""
    return QCoreApplication.translate("FileActions", text)


_CHUNK = 1024 * 1024
#: What Windows refuses in a file name (plus control characters); a Mac or Linux user may have added such a file
_FORBIDDEN = frozenset('<>:"/\\|?*') | frozenset(chr(c) for c in range(32))
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
)
_MAX_NAME = 120  # well inside Windows' 260-character path with the temporary folder or a user's folder before it


def portable_name(filename: str) -> str:
    """The evidence's name made valid on Windows, macOS and Linux, to open or save a copy under it.

    «RE: Aviso "final"?.pdf» (an e-mail subject) or a 230-character scanner name could not be opened nor
    saved on Windows; forbidden characters become «_», the name is composed (NFC) and its stem shortened.
    """
    import unicodedata

    name = unicodedata.normalize("NFC", Path(filename.replace("\\", "/")).name)
    name = "".join("_" if ch in _FORBIDDEN else ch for ch in name).strip().rstrip(". ") or "archivo"
    stem, suffix = os.path.splitext(name)
    if len(suffix) > 10:  # not an extension, part of the name
        stem, suffix = name, ""
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    if len(stem) + len(suffix) > _MAX_NAME:
        stem = stem[: _MAX_NAME - len(suffix) - 1].rstrip(". ") + "…"
    return stem + suffix


def copy_file(
    source: Path,
    target: Path,
    *,
    progress: Callable[..., None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Copy `source` to `target` a MB at a time with KiB progress (run it in a worker: scans are 200 MB).

    Cancel (or a failure) leaves no partial file behind: the copy is written beside the target and
    renamed into place when whole.
    """
    from legal_desk.services.errors import Cancelled, ValidationFailed

    total = max(source.stat().st_size // 1024, 1)
    partial = target.with_name(f".{target.name}.partial")
    done = 0
    try:
        target.parent.mkdir(parents=True, exist_ok=True)  # a folder that cannot be made is said as well
        with open(source, "rb") as src, open(partial, "wb") as out:
            while chunk := src.read(_CHUNK):
                if cancelled is not None and cancelled():
                    raise Cancelled(Text(M.COPY_CANCELLED, name=target.name))
                out.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(min(done // 1024, total), total, target.name)
        os.replace(partial, target)
    except OSError as exc:  # a full disk, a read-only folder, a USB stick pulled out: said, not a traceback
        _drop(partial)
        raise ValidationFailed(Text(M.COPY_FAILED, target=target, reason=copy_reason(exc))) from exc
    except BaseException:
        _drop(partial)
        raise
    return target


def copy_reason(exc: OSError) -> str | Text:
    """Why a copy failed and what to do, as a catalogue `Text` (the system's own words for a rarer error)."""
    if exc.errno == errno.ENOSPC:
        return Text(M.COPY_NO_SPACE)
    if exc.errno == errno.EROFS:
        return Text(M.COPY_READ_ONLY)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Text(M.COPY_NO_PERMISSION)
    if exc.errno in (errno.EEXIST, errno.ENOTDIR):  # a «folder» on the way is a file
        return Text(M.COPY_NOT_A_FOLDER)
    return str(exc.strerror or exc)


def _drop(partial: Path) -> None:
    """Remove a partial copy; where it could not even be made (its folder is a file, gone) there is nothing."""
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)


def named_copy(
    path: Path,
    filename: str,
    *,
    progress: Callable[..., None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """A copy of a store file under its readable name, in a folder removed when the app exits."""
    global _OPEN_DIR
    if _OPEN_DIR is None:
        _OPEN_DIR = tempfile.TemporaryDirectory(prefix="legal_desk_open_")
    target = Path(_OPEN_DIR.name) / portable_name(filename)
    if target.exists():
        target.chmod(0o600)
    if progress is None and cancelled is None:
        shutil.copyfile(path, target)
    else:
        copy_file(path, target, progress=progress, cancelled=cancelled)
    target.chmod(0o400)  # the stored original is never edited through the copy by mistake
    return target


def open_file(path: Path) -> bool:
    """Open a file (a named copy already made) with the desktop's application for its type."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    """Ask where to save (tests replace this)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None


def choose_copy_target(parent: QWidget | None, filename: str, filters: str | None = None) -> Path | None:
    """Ask where a copy of `filename` goes (its extension added when the user left it out), or None."""
    filename = portable_name(filename)
    suffix = Path(filename).suffix.lower()
    default_filter = tr("Documento PDF (*.pdf)") if suffix == ".pdf" else tr("Documento Word (*.docx)")
    target = ask_save_path(parent, tr("Guardar como"), filename, filters or default_filter)
    if target is None:
        return None
    return target if target.suffix else target.with_suffix(suffix)
