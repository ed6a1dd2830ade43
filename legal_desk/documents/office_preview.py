"""Office files (Word, Excel, OpenDocument) made previewable: a PDF converted by LibreOffice, cached by SHA-256.

The stored file is never touched: LibreOffice reads a read-only copy (named with the file's real
extension, since the store names files by hash) in a private temporary folder. The PDF is kept in the
user's cache folder as `<sha256>.pdf`, so the same content previews at once the next time, whatever
case or name it has; the cache keeps the most recently used files up to `CACHE_LIMIT_BYTES`.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from legal_desk.config import default_cache_dir
from legal_desk.documents.errors import Cancelled
from legal_desk.documents.pdf import (
    ConversionError,
    ConverterUnavailable,
    calc_available,
    convert_one,
    find_soffice,
)
from legal_desk.store.filestore import sha256_file

WORD_SUFFIXES = frozenset({".docx", ".doc", ".odt", ".rtf", ".docm", ".dotx", ".dot", ".ott"})
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xls", ".ods", ".xlsm", ".xltx", ".xlt", ".ots"})
PRESENTATION_SUFFIXES = frozenset({".pptx", ".ppt", ".odp"})
OFFICE_SUFFIXES = WORD_SUFFIXES | SPREADSHEET_SUFFIXES | PRESENTATION_SUFFIXES
OFFICE_MEDIA_TYPES = {
    "application/msword": ".doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/rtf": ".rtf",
    "application/vnd.ms-excel": ".xls",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
    "application/vnd.ms-powerpoint": ".ppt",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": ".pptx",
    "application/vnd.oasis.opendocument.presentation": ".odp",
}
CACHE_LIMIT_BYTES = 300 * 1024 * 1024  # previews kept; the least recently shown go first
# A spreadsheet export of 20 000 rows runs to hundreds of pages and takes a minute; its preview is
# made of the first pages only (LibreOffice's PageRange option), a few seconds.
SPREADSHEET_PAGES = 10
SPREADSHEET_EXPORT = "pdf:calc_pdf_Export:" + json.dumps(
    {"PageRange": {"type": "string", "value": f"1-{SPREADSHEET_PAGES}"}}, separators=(",", ":")
)

OFFICE_PROBLEMS = {
    "no_office": "LibreOffice no está instalado en este equipo; instálelo para ver aquí los documentos de "
    "Word y Excel, o ábralo con la aplicación del sistema",
    "no_calc": "la instalación de LibreOffice no tiene el módulo de hojas de cálculo (Calc, paquete "
    "libreoffice-calc); instálelo para ver aquí los archivos de Excel",
    "failed": "LibreOffice no pudo convertir el archivo (puede estar dañado o protegido con contraseña); "
    "ábralo con la aplicación del sistema",
    "slow_office": "LibreOffice tardó demasiado en convertir el archivo; ábralo con la aplicación del sistema",
}


class OfficePreviewError(Exception):
    """Why an Office file has no PDF preview: `code` (an OFFICE_PROBLEMS key) and its Spanish sentence."""

    def __init__(self, code: str) -> None:
        super().__init__(OFFICE_PROBLEMS[code])
        self.code = code


def office_suffix(filename: str, media_type: str | None = None) -> str | None:
    """The Office extension a file is previewed as (from its name, else its media type), or None."""
    suffix = Path(filename).suffix.lower()
    if suffix in OFFICE_SUFFIXES:
        return suffix
    return OFFICE_MEDIA_TYPES.get(media_type or "")


def preview_cache_dir() -> Path:
    """The folder of converted previews (inside the user's cache folder)."""
    return default_cache_dir() / "preview"


def cached_pdf(sha256: str, cache_dir: Path | None = None) -> Path | None:
    """The PDF already made for this content, or None."""
    pdf = (cache_dir or preview_cache_dir()) / f"{sha256}.pdf"
    if pdf.is_file() and pdf.stat().st_size > 0:
        with contextlib.suppress(OSError):
            os.utime(pdf)  # recently used: the last to be pruned
        return pdf
    return None


def prune_cache(cache_dir: Path, limit: int = CACHE_LIMIT_BYTES, keep: Path | None = None) -> None:
    """Delete the least recently used previews until the folder holds at most `limit` bytes."""
    entries = []
    for pdf in cache_dir.glob("*.pdf"):
        try:
            info = pdf.stat()
        except OSError:
            continue
        entries.append((info.st_mtime, info.st_size, pdf))
    total = sum(size for _t, size, _p in entries)
    for _mtime, size, pdf in sorted(entries, key=lambda e: e[0]):
        if total <= limit:
            break
        if pdf == keep:
            continue
        try:
            pdf.unlink()
        except OSError:
            continue
        total -= size


def office_pdf(
    path: Path,
    filename: str,
    sha256: str | None = None,
    *,
    media_type: str | None = None,
    cache_dir: Path | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """A PDF of an Office file for previewing, from the cache or converted now by LibreOffice.

    `sha256` is the stored file's hash (computed here when not given). Raises OfficePreviewError
    saying why there is none, Cancelled if `cancelled()` turned true before LibreOffice started.
    A spreadsheet's PDF holds its first SPREADSHEET_PAGES pages only.
    A conversion already running is finished and cached even if cancelled meanwhile: the user may well
    come back to the file, and killing LibreOffice would throw the work away.
    """
    path = Path(path)
    digest = sha256 or sha256_file(path)
    folder = cache_dir or preview_cache_dir()
    hit = cached_pdf(digest, folder)
    if hit is not None:
        return hit
    suffix = office_suffix(filename, media_type) or Path(filename).suffix.lower()
    try:
        find_soffice()
    except ConverterUnavailable:
        raise OfficePreviewError("no_office") from None
    if suffix in SPREADSHEET_SUFFIXES and not calc_available():
        raise OfficePreviewError("no_calc")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{digest}.pdf"
    if cancelled is not None and cancelled():
        raise Cancelled()
    checks = 0

    def before_start() -> bool:
        """`cancelled`, asked only when convert_many is about to start LibreOffice (after the lock)."""
        nonlocal checks
        checks += 1
        return checks == 1 and cancelled is not None and cancelled()

    with tempfile.TemporaryDirectory(prefix="legal_desk_office_") as tmp:
        copy = Path(tmp) / f"{digest[:16]}{suffix}"  # LibreOffice reads a copy, never the stored file
        shutil.copyfile(path, copy)
        copy.chmod(stat.S_IRUSR | stat.S_IRGRP)
        try:
            # one retry (a first start of LibreOffice can exit early), not the batch's two: a damaged file
            # keeps the user waiting for each attempt
            export = SPREADSHEET_EXPORT if suffix in SPREADSHEET_SUFFIXES else "pdf"
            convert_one(copy, target, export=export, cancelled=before_start, retries=1)
        except Cancelled:
            raise
        except ConversionError as exc:
            reasons = " ".join(exc.failed.values())
            raise OfficePreviewError("slow_office" if "a tiempo" in reasons else "failed") from exc
        except ConverterUnavailable:
            raise OfficePreviewError("no_office") from None
    prune_cache(folder, keep=target)
    return target
