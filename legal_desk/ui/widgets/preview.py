"""File preview: PDF pages, Office files as PDF (LibreOffice), images scaled to fit, e-mails (.eml, Outlook
.msg) and text, or a clear «sin vista previa»."""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import email
import email.policy
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from legal_desk.documents.errors import Cancelled as ConversionCancelled
from legal_desk.documents.office_preview import (
    OFFICE_PROBLEMS,
    SPREADSHEET_PAGES,
    SPREADSHEET_SUFFIXES,
    OfficePreviewError,
    cached_pdf,
    office_pdf,
    office_suffix,
)
from legal_desk.documents.outlook import OutlookError, OutlookMessage, read_msg
from legal_desk.services.errors import Cancelled
from legal_desk.ui import theme
from legal_desk.ui.errors import error_text
from legal_desk.ui.workers import Worker, start

try:  # QtPdf ships in a separate PySide6 wheel on some platforms
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the installed wheels
    pass
# Off even where QtPdf is installed: QPdfDocument.load() runs on the UI thread and stalls on a big PDF,
# while pdftoppm renders the first pages in a worker (the path the previews are built and tested on).
HAVE_QTPDF = False

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp"})
HEIF_SUFFIXES = frozenset({".heic", ".heif"})  # iPhone photos: Qt reads them only with a HEIF image plugin
HEIF_MEDIA_TYPES = frozenset({"image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence"})
TEXT_SUFFIXES = frozenset({".txt", ".csv", ".log", ".md"})
MAX_PDF_PAGES = 6  # pages rendered by the pdftoppm fallback (the preview is a glance, not a reader)
MAX_TEXT_BYTES = 512 * 1024
RENDER_DPI = 110  # a PDF page's preview on a usual screen (twice that on a 200 % one)
MAX_IMAGE_SIDE = 2000  # px: an image is decoded at most this big for the preview (a 600 dpi scan is 5,000 × 7,000)
MAX_TIFF_PAGES = 30  # pages of a multi-page TIFF shown (~5 MB of memory each at MAX_TIFF_PAGE_SIDE)
MAX_TIFF_PAGE_SIDE = 1200


PDF_PROBLEMS = {
    "no_tool": "pdftoppm no está instalado (paquete poppler-utils)",
    "slow": "el PDF tarda demasiado en mostrarse; ábralo con la aplicación del sistema",
    "encrypted": "el PDF está protegido con contraseña; ábralo con la aplicación del sistema",
    "damaged": "el PDF está dañado o incompleto; pida al remitente una copia nueva",
}


class PreviewError(Exception):
    """Why a PDF cannot be previewed: `code` (a PDF_PROBLEMS key) and its Spanish sentence."""

    def __init__(self, code: str) -> None:
        super().__init__(PDF_PROBLEMS[code])
        self.code = code


def _part_text(part: Any) -> str:
    """A MIME text part decoded with its declared charset, or as Latin-1/UTF-8 when that charset is unknown."""
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError, KeyError):
        raw = part.get_payload(decode=True) or b""
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("latin-1")


def html_to_text(html: str) -> str:
    """Readable text of an HTML e-mail body (tags, styles and scripts dropped, entities decoded)."""
    from html.parser import HTMLParser

    class _Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.out: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            if tag in ("style", "script", "head"):
                self.skip += 1
            elif tag in ("br", "p", "div", "tr", "li", "h1", "h2", "h3", "table"):
                self.out.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in ("style", "script", "head"):
                self.skip = max(self.skip - 1, 0)
            elif tag in ("p", "div", "tr", "li", "h1", "h2", "h3", "table"):
                self.out.append("\n")

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self.out.append(data)

    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.out).splitlines()]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()


EML_HEADERS = (("From", "De"), ("To", "Para"), ("Cc", "CC"), ("Date", "Fecha"), ("Subject", "Asunto"))


def eml_text(path: Path, labels: dict[str, str] | None = None) -> str:
    """An e-mail as people read it: De/Para/Fecha/Asunto, its attachments, then its body (plain text, or HTML
    made text). The date is written dd/mm/aaaa hh:mm in this computer's time zone, as for a .msg.

    Never raises on a malformed message: an unknown charset is read as UTF-8/Latin-1, a broken header as is.
    """
    from legal_desk.store import human_size

    names = labels or {}
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    lines = []
    for header, spanish in EML_HEADERS:
        try:
            value = msg.get(header)
        except Exception:  # a header the parser cannot decode is shown raw
            value = msg.get_all(header, failobj=[""])[0] if hasattr(msg, "get_all") else ""
        when = getattr(value, "datetime", None) if header == "Date" else None
        if isinstance(when, dt.datetime):
            value = msg_date(when)
        if value or header in ("From", "To", "Subject"):
            lines.append(f"{names.get(header, spanish)}: {value or ''}")
    body = msg.get_body(preferencelist=("plain", "html"))
    text = ""
    if body is not None:
        text = _part_text(body)
        if body.get_content_type() == "text/html":
            text = html_to_text(text)
    shown = []
    for part in msg.iter_attachments():
        filename = part.get_filename()
        if not filename and part.get_content_type() == "message/rfc822":  # a forwarded e-mail: its subject
            inner = part.get_payload()
            subject = inner[0].get("Subject", "") if isinstance(inner, list) and inner else ""
            filename = f"{subject}.eml" if subject else ""
        if not filename:
            continue
        payload = part.get_payload(decode=True)
        shown.append(filename + (f" ({human_size(len(payload))})" if isinstance(payload, bytes) else ""))
    if shown:
        lines.append(f"{names.get('Attachments', 'Adjuntos')}: " + ", ".join(shown))
    return "\n".join(lines) + "\n\n" + text


MSG_MEDIA_TYPES = frozenset({"application/vnd.ms-outlook", "application/x-msg"})


def msg_date(when: dt.datetime | None) -> str:
    """A .msg date as read in Colombia: dd/mm/aaaa hh:mm in this computer's time zone, with its offset."""
    if when is None:
        return ""
    local = when.astimezone() if when.tzinfo else when
    offset = local.strftime("%z")
    zone = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    return local.strftime("%d/%m/%Y %H:%M") + zone


def msg_text(message: OutlookMessage, labels: dict[str, str] | None = None) -> str:
    """An Outlook message as people read it: De/Para/CC/Fecha/Asunto, its attachments, then its body."""
    from legal_desk.store import human_size

    names = labels or {}
    lines = [
        f"{names.get('From', 'De')}: {message.sender}",
        f"{names.get('To', 'Para')}: {message.to}",
    ]
    if message.cc:
        lines.append(f"{names.get('Cc', 'CC')}: {message.cc}")
    if message.date is not None:
        lines.append(f"{names.get('Date', 'Fecha')}: {msg_date(message.date)}")
    lines.append(f"{names.get('Subject', 'Asunto')}: {message.subject}")
    if message.attachments:
        shown = [a.name + (f" ({human_size(a.size)})" if a.size is not None else "") for a in message.attachments]
        lines.append(f"{names.get('Attachments', 'Adjuntos')}: " + ", ".join(shown))
    body = message.body or html_to_text(message.html)
    return "\n".join(lines) + "\n\n" + body.replace("\r\n", "\n").strip()


def decode_text(raw: bytes) -> str:
    """A text file's bytes as text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252.

    Notepad and Excel on a Spanish Windows save «ANSI», Windows-1252: read as UTF-8 «Señor» came out «Se�or».
    A UTF-8 character cut by the preview's size limit is dropped, not taken for Windows-1252.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(raw) - 3:
            return raw[: exc.start].decode("utf-8")
        return raw.decode("cp1252", errors="replace")


ZIP_MEDIA_TYPES = frozenset({"application/zip", "application/x-zip-compressed"})
MAX_ZIP_ENTRIES = 500  # files listed; a bigger archive says how many more it holds
ZIP_LABELS = {
    "ZipHeader": "Archivo comprimido: {0} archivos, {1} al descomprimir",
    "ZipEncrypted": "protegido con contraseña",
    "ZipMore": "… y {0} archivos más",
}


def zip_listing(path: Path, labels: dict[str, str] | None = None) -> str:
    """What a .zip holds, one file a line (name · size · date), read from its directory: nothing is extracted.

    Names stored without the UTF-8 flag (Windows' «Enviar a carpeta comprimida») are in the DOS code page,
    850 in Latin America: «CÉDULA.pdf», not «C╔DULA.pdf». Raises zipfile.BadZipFile for a damaged archive.
    """
    from legal_desk.store import human_size

    names = {**ZIP_LABELS, **(labels or {})}
    with zipfile.ZipFile(path) as archive:
        files = [info for info in archive.infolist() if not info.is_dir()]
    total = sum(info.file_size for info in files)
    lines = [names["ZipHeader"].format(len(files), human_size(total)), ""]
    for info in files[:MAX_ZIP_ENTRIES]:
        name = info.filename
        if not info.flag_bits & 0x800:
            with contextlib.suppress(UnicodeError):
                name = name.encode("cp437").decode("cp850")
        try:
            when = dt.datetime(*info.date_time).strftime("%d/%m/%Y %H:%M")
        except ValueError:  # a zeroed or impossible date
            when = ""
        parts = [name, human_size(info.file_size), when]
        if info.flag_bits & 0x1:
            parts.append(names["ZipEncrypted"])
        lines.append(" · ".join(p for p in parts if p))
    if len(files) > MAX_ZIP_ENTRIES:
        lines.append(names["ZipMore"].format(len(files) - MAX_ZIP_ENTRIES))
    return "\n".join(lines)


@dataclass(frozen=True)
class TextRender:
    """What the worker read for a text-like preview: the text, whether it was cut, or why there is none."""

    text: str
    truncated: bool = False
    problem: str = ""  # an OutlookError sentence, or "zip_damaged"


def read_text_preview(kind: str, path: Path, labels: dict[str, str]) -> TextRender:
    """Read an e-mail (.eml, .msg), a .zip's list of files or a text file for the preview (worker job).

    A 30 MB e-mail with scans attached, or a .msg whose body is compressed RTF, takes a second to read.
    """
    if kind == "eml":
        return TextRender(eml_text(path, labels))
    if kind == "msg":
        try:
            return TextRender(msg_text(read_msg(path), labels))
        except OutlookError as exc:
            return TextRender("", problem=error_text(exc))
    if kind == "zip":
        try:
            return TextRender(zip_listing(path, labels))
        except (zipfile.BadZipFile, EOFError):  # an unknown compression (AES…) still lists: only the directory is read
            return TextRender("", problem="zip_damaged")
    with open(path, "rb") as fh:
        raw = fh.read(MAX_TEXT_BYTES + 1)
    return TextRender(decode_text(raw[:MAX_TEXT_BYTES]), truncated=len(raw) > MAX_TEXT_BYTES)


def heif_readable() -> bool:
    """Whether this Qt has a HEIF image plugin (kimageformats' or qt-heif-image-plugin)."""
    return any(bytes(f.data()).lower() in (b"heic", b"heif") for f in QImageReader.supportedImageFormats())


def pdf_page_count(path: Path) -> int | None:
    """Pages of a PDF per poppler's pdfinfo, or None when it cannot tell."""
    exe = shutil.which("pdfinfo")
    if exe is None:
        return None
    done = subprocess.run([exe, str(path)], capture_output=True, timeout=30)
    for line in done.stdout.decode("utf-8", errors="replace").splitlines():
        if line.startswith("Pages:"):
            try:
                return int(line.split(":", 1)[1])
            except ValueError:
                return None
    return None


def render_pdf_pages(path: Path, out_dir: Path, *, dpi: int = RENDER_DPI, pages: int = MAX_PDF_PAGES) -> list[Path]:
    """First pages of a PDF as PNG files with poppler's pdftoppm; PreviewError says why it could not."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise PreviewError("no_tool")
    try:
        done = subprocess.run(
            [exe, "-png", "-r", str(dpi), "-f", "1", "-l", str(pages), str(path), str(out_dir / "p")],
            capture_output=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        raise PreviewError("slow") from None
    rendered = sorted(out_dir.glob("p*.png"))
    if done.returncode != 0 and not rendered:
        err = done.stderr.decode("utf-8", errors="replace").lower()
        if "password" in err:
            raise PreviewError("encrypted")
        raise PreviewError("damaged")
    return rendered


@dataclass(frozen=True)
class PdfRender:
    """What the preview worker made of a PDF: the first pages, the page count, or why nothing."""

    pages: list[Path]
    page_count: int | None
    problem: str = ""  # a PDF_PROBLEMS key


def render_pdf_preview(path: Path, out_dir: Path, dpi: int = RENDER_DPI) -> PdfRender:
    """Rendered first pages and the document's page count (worker job; never raises for a bad PDF)."""
    try:
        return PdfRender(render_pdf_pages(path, out_dir, dpi=dpi), pdf_page_count(path))
    except PreviewError as exc:
        return PdfRender([], None, exc.code)


@dataclass(frozen=True)
class ImageRender:
    """An image decoded for the preview (None when unreadable), how many pages (frames) the file has and,
    for a multi-page TIFF, its first MAX_TIFF_PAGES pages."""

    image: QImage | None
    frames: int
    pages: tuple[QImage, ...] = ()


def _read_scaled(reader: QImageReader, max_side: int) -> QImage:
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > max_side:
        reader.setScaledSize(size.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio))
    else:
        reader.setScaledSize(QSize())
    return reader.read()


def decode_preview_image(path: Path, max_side: int = MAX_IMAGE_SIDE) -> ImageRender:
    """Decode an image scaled down to `max_side` (runs in a worker: a 600 dpi scan took ~2 s in full).

    QImage, unlike QPixmap, may be made off the UI thread; JPEG is decoded at the smaller size directly.
    A multi-page TIFF (a courier's proof of delivery, a scanned demand) gives every page up to
    MAX_TIFF_PAGES, each at most MAX_TIFF_PAGE_SIDE: the user reads them one under the other.
    """
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    frames = reader.imageCount()
    if frames > 1 and bytes(reader.format().data()).lower() in (b"tif", b"tiff"):
        pages = []
        for index in range(min(frames, MAX_TIFF_PAGES)):
            if index and not reader.jumpToImage(index):
                break
            page = _read_scaled(reader, min(max_side, MAX_TIFF_PAGE_SIDE))
            if page.isNull():
                break
            pages.append(page)
        return ImageRender(pages[0] if pages else None, frames, tuple(pages))
    image = _read_scaled(reader, max_side)
    return ImageRender(None if image.isNull() else image, frames)


_conversions: QThreadPool | None = None


def conversion_pool() -> QThreadPool:
    """One thread for LibreOffice previews: conversions queue there (LibreOffice does one at a time anyway)
    instead of filling the global pool, which has only two threads on a two-core laptop and serves
    document generation, searches and counts."""
    global _conversions
    if _conversions is None:
        _conversions = QThreadPool(QCoreApplication.instance())
        _conversions.setMaxThreadCount(1)
    return _conversions


@dataclass(frozen=True)
class OfficeRender:
    """What the worker made of an Office file: its PDF (cached) and, without QtPdf, the rendered pages."""

    pdf: Path | None
    pages: PdfRender
    problem: str = ""  # an OFFICE_PROBLEMS key


def render_office_preview(
    path: Path,
    filename: str,
    sha256: str | None,
    media_type: str | None,
    out_dir: Path,
    render_pages: bool,
    *,
    dpi: int = RENDER_DPI,
    progress: Any = None,
    cancelled: Any = None,
) -> OfficeRender:
    """Convert an Office file to PDF (or take it from the cache) and render its first pages (worker job).

    Never raises for a file LibreOffice cannot read (the problem is returned); raises Cancelled when the
    user moved on to another file before LibreOffice started.
    """
    try:
        pdf = office_pdf(path, filename, sha256, media_type=media_type, cancelled=cancelled)
    except ConversionCancelled:
        raise Cancelled("Vista previa cancelada") from None
    except OfficePreviewError as exc:
        return OfficeRender(None, PdfRender([], None), exc.code)
    pages = render_pdf_preview(pdf, out_dir, dpi) if render_pages else PdfRender([], None)
    return OfficeRender(pdf, pages)


class FilePreview(QWidget):
    """Shows one file: PDF pages, a scaled image, a text/e-mail body, or «sin vista previa» (UI widget)."""

    loaded = Signal(str)  # kind shown: "pdf" (also an Office file made PDF), "image", "text", "none"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "none"
        self._pixmap: QPixmap | None = None
        self._page_pixmaps: list[QPixmap] = []
        self._page_labels: list[QLabel] = []
        self._render_token = 0  # the PDF render whose result may still be shown (older ones are dropped)
        self._conversion: Worker | None = None  # the Office file being converted for the preview
        self._stack = QStackedWidget(self)
        self._none = QLabel(self.tr("Seleccione un archivo para verlo aquí"), self)
        self._none.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._none.setWordWrap(True)
        self._image = QLabel(self)
        self._image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text = QPlainTextEdit(self)
        self._text.setReadOnly(True)
        self._pages_host = QWidget(self)
        self._pages_layout = QVBoxLayout(self._pages_host)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._pages = QScrollArea(self)
        self._pages.setWidgetResizable(True)
        self._pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._pages.setWidget(self._pages_host)
        # the pages are fitted again when their own view changes width: a file chosen while its tab was hidden
        # (the first evidence of a case just opened) was fitted to a view not laid out yet, 120 px wide
        self._pages.viewport().installEventFilter(self)
        # the grey desk the white pages lie on, deeper on a dark desktop (a fixed #6b6b6b glared beside dark panes)
        self._pages.setStyleSheet(theme.style("QScrollArea {{ background: {page_desk}; }}"))
        self._pages_host.setStyleSheet(theme.style("background: {page_desk};"))
        for w in (self._none, self._image, self._text, self._pages):
            self._stack.addWidget(w)
        self._pdf_doc: Any = None
        self._pdf_view: Any = None
        if HAVE_QTPDF:
            self._pdf_doc = QPdfDocument(self)
            self._pdf_view = QPdfView(self)
            self._pdf_view.setDocument(self._pdf_doc)
            self._pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self._pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self._stack.addWidget(self._pdf_view)
        self._note = QLabel(self)
        self._note.setWordWrap(True)
        self._note.setStyleSheet(theme.style("color:{muted}; padding:2px 4px;"))  # #555 was unreadable on dark grey
        self._note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self._note)

    def note(self) -> str:
        """The line under the preview (pages not shown, TIFF pages), empty when none."""
        return self._note.text() if self._note.isVisible() else ""

    def _set_note(self, text: str) -> None:
        self._note.setText(text)
        self._note.setVisible(bool(text))

    def clear(self) -> None:
        """Back to the hint."""
        self._render_token += 1
        self._cancel_conversion()
        self._set_note("")
        self._none.setText(self.tr("Seleccione un archivo para verlo aquí"))
        self._stack.setCurrentWidget(self._none)
        self.kind = "none"

    def show_problem(self, message: str) -> None:
        """Say, in place of the preview, why the file cannot be shown (it is missing from the store)."""
        self.clear()  # a preview still being prepared for the row before does not replace the message
        self._show_none(message)

    def _show_none(self, message: str) -> None:
        self._set_note("")
        self._none.setText(message)
        self._stack.setCurrentWidget(self._none)
        self.kind = "none"
        self.loaded.emit("none")

    def show_file(
        self,
        path: Path | str,
        filename: str | None = None,
        media_type: str | None = None,
        sha256: str | None = None,
    ) -> None:
        """Preview a file; `filename` (as added) decides the kind when the stored name has no extension.

        `sha256` (the stored file's hash) finds an Office file's PDF in the preview cache without hashing.
        """
        path = Path(path)
        name = filename or path.name
        suffix = Path(name).suffix.lower()
        self._render_token += 1  # a PDF still rendering for the previous file must not replace this one
        self._cancel_conversion()  # an Office file still waiting for LibreOffice is not converted
        self._set_note("")
        if not path.is_file():
            self._show_none(self.tr("Sin vista previa: el archivo {0} no está en el almacén").format(name))
            return
        try:
            if suffix == ".pdf" or media_type == "application/pdf":
                self._show_pdf(path, name)
            elif (suffix in HEIF_SUFFIXES or media_type in HEIF_MEDIA_TYPES) and not heif_readable():
                self._show_none(
                    self.tr(
                        "Sin vista previa de {0}: las fotos HEIC del iPhone no se pueden mostrar en este equipo. "
                        "Ábrala con la aplicación del sistema o pida la foto en JPG."
                    ).format(name)
                )
            elif suffix in IMAGE_SUFFIXES or (media_type or "").startswith("image/"):
                self._show_image(path, name)
            elif suffix == ".eml" or media_type == "message/rfc822":
                self._read_text("eml", path, name)
            elif suffix == ".msg" or media_type in MSG_MEDIA_TYPES:
                self._read_text("msg", path, name)
            elif office_suffix(name, media_type) is not None:
                self._show_office(path, name, media_type, sha256)
            elif suffix == ".zip" or media_type in ZIP_MEDIA_TYPES:
                self._read_text("zip", path, name)
            elif suffix in TEXT_SUFFIXES or (media_type or "").startswith("text/"):
                self._read_text("text", path, name)
            else:
                self._show_none(
                    self.tr("Sin vista previa para {0}.\nÁbralo con la aplicación del sistema.").format(name)
                )
        except (OSError, ValueError) as exc:  # unreadable or malformed file: say so, never a traceback
            self._show_none(self.tr("Sin vista previa de {0}: {1}").format(name, exc))

    def _eml_labels(self) -> dict[str, str]:
        return {
            "From": self.tr("De"),
            "To": self.tr("Para"),
            "Cc": self.tr("CC"),
            "Date": self.tr("Fecha"),
            "Subject": self.tr("Asunto"),
            "Attachments": self.tr("Adjuntos"),
        }

    def _show_image(self, path: Path, name: str) -> None:
        """Decode the image in a worker (scaled down); until then «Preparando la vista previa…»."""
        token = self._render_token
        self._none.setText(self.tr("Preparando la vista previa…"))
        self._stack.setCurrentWidget(self._none)
        self.kind = "loading"
        worker = Worker(decode_preview_image, path, with_progress=False)
        worker.signals.finished.connect(lambda result: self._on_image_decoded(result, token, name))
        worker.signals.failed.connect(
            lambda msg, _detail: (
                token == self._render_token
                and self._show_none(self.tr("Sin vista previa de {0}: {1}").format(name, msg))
            )
        )
        start(worker)

    def _on_image_decoded(self, result: ImageRender, token: int, name: str) -> None:
        if token != self._render_token:  # the user moved on to another file meanwhile
            return
        if result.image is None:
            self._show_none(self.tr("Sin vista previa: no se pudo leer la imagen {0}").format(name))
            return
        if len(result.pages) > 1:  # a multi-page TIFF: every page, one under the other, like a PDF
            self._pixmap = None
            self._set_pages([QPixmap.fromImage(page) for page in result.pages])
            self.kind = "image"
            if result.frames > len(result.pages):
                self._set_note(
                    self.tr("Se muestran las primeras {0} de {1} páginas; ábralo para ver el resto.").format(
                        len(result.pages), result.frames
                    )
                )
            else:
                self._set_note(self.tr("{0} páginas").format(result.frames))
            self.loaded.emit("image")
            return
        self._pixmap = QPixmap.fromImage(result.image)
        self._stack.setCurrentWidget(self._image)
        self.kind = "image"
        self._fit_image()
        if result.frames > 1:  # an animated GIF or WebP: its first frame
            self._set_note(
                self.tr("Página 1 de {0}; ábralo con la aplicación del sistema para ver las demás.").format(
                    result.frames
                )
            )
        self.loaded.emit("image")

    def _set_pages(self, pixmaps: list[QPixmap]) -> None:
        """Show these pages one under the other, scaled to the pane's width."""
        while self._pages_layout.count():
            item = self._pages_layout.takeAt(0)
            if item.widget():
                item.widget().hide()  # not painted over the new pages until deleteLater runs
                item.widget().deleteLater()
        self._page_pixmaps = pixmaps
        self._page_labels = []
        for _pix in pixmaps:
            label = QLabel(self._pages_host)
            label.setStyleSheet("background: white; border: 1px solid #444;")
            self._pages_layout.addWidget(label)
            self._page_labels.append(label)
        self._stack.setCurrentWidget(self._pages)
        self._fit_pages()

    def _show_text(self, text: str) -> None:
        self._text.setPlainText(text)
        self._stack.setCurrentWidget(self._text)
        self.kind = "text"
        self.loaded.emit("text")

    def _read_text(self, kind: str, path: Path, name: str) -> None:
        """Read an e-mail, a .zip's contents or a text file in a worker; until then «Preparando…»."""
        token = self._render_token
        self._none.setText(self.tr("Preparando la vista previa…"))
        self._stack.setCurrentWidget(self._none)
        self.kind = "loading"
        labels = {
            **self._eml_labels(),
            "ZipHeader": self.tr("Archivo comprimido: {0} archivos, {1} al descomprimir"),
            "ZipEncrypted": self.tr("protegido con contraseña"),
            "ZipMore": self.tr("… y {0} archivos más"),
        }
        worker = Worker(read_text_preview, kind, path, labels, with_progress=False)
        worker.signals.finished.connect(lambda result: self._on_text_read(result, token, name))
        worker.signals.failed.connect(
            lambda msg, _detail: (
                not self._gone()
                and token == self._render_token
                and self._show_none(self.tr("Sin vista previa de {0}: {1}").format(name, msg))
            )
        )
        start(worker)

    def _on_text_read(self, result: TextRender, token: int, name: str) -> None:
        if self._gone() or token != self._render_token:  # the user moved on to another file meanwhile
            return
        if result.problem == "zip_damaged":
            reason = self.tr("el archivo .zip está dañado o incompleto; pida al remitente una copia nueva")
            self._show_none(self.tr("Sin vista previa de {0}: {1}").format(name, reason))
        elif result.problem:
            self._show_none(self.tr("Sin vista previa de {0}: {1}").format(name, self._msg_problem(result.problem)))
        else:
            self._show_text(result.text)
            if result.truncated:
                self._set_note(self.tr("Se muestra el comienzo del archivo; ábralo para leerlo completo."))

    def _msg_problem(self, reason: str) -> str:
        """Why a .msg cannot be shown, in the interface language."""
        texts = {
            "el archivo .msg está dañado o no es un correo de Outlook": self.tr(
                "el archivo .msg está dañado o no es un correo de Outlook"
            ),
            "el archivo .msg no es un correo de Outlook (puede ser una cita o un contacto)": self.tr(
                "el archivo .msg no es un correo de Outlook (puede ser una cita o un contacto)"
            ),
        }
        return texts.get(reason, reason)

    def _office_note(self, name: str, media_type: str | None) -> str:
        if office_suffix(name, media_type) in SPREADSHEET_SUFFIXES:
            return self.tr(
                "Vista previa en PDF hecha con LibreOffice de hasta {0} páginas de la hoja de cálculo; "
                "ábrala para verla completa."
            ).format(SPREADSHEET_PAGES)
        return self.tr("Vista previa en PDF hecha con LibreOffice: la paginación puede diferir del original.")

    def _show_office(self, path: Path, name: str, media_type: str | None, sha256: str | None) -> None:
        """An Office file as PDF pages: at once from the cache, else converted by LibreOffice in a worker."""
        cached = cached_pdf(sha256) if sha256 else None
        if cached is not None:
            self._show_pdf(cached, name, note=self._office_note(name, media_type))
            return
        token = self._render_token
        tmp = tempfile.TemporaryDirectory(prefix="legal_desk_preview_")
        self._none.setText(
            self.tr(
                "Convirtiendo {0} a PDF con LibreOffice para la vista previa…\nLa primera vez tarda unos segundos."
            ).format(name)
        )
        self._stack.setCurrentWidget(self._none)
        self.kind = "loading"
        worker = Worker(
            render_office_preview,
            path,
            name,
            sha256,
            media_type,
            Path(tmp.name),
            self._pdf_doc is None,
            dpi=self._render_dpi(),
        )
        note = self._office_note(name, media_type)
        worker.signals.finished.connect(lambda result: self._on_office_finished(result, token, tmp, name, note))
        worker.signals.failed.connect(lambda msg, _detail: self._on_pages_failed(msg, token, tmp, name))
        worker.signals.cancelled.connect(lambda: tmp.cleanup())
        self._conversion = worker
        start(worker, conversion_pool())

    def _cancel_conversion(self) -> None:
        if self._conversion is not None:
            self._conversion.cancel()
            self._conversion = None

    def _gone(self) -> bool:
        """The widget was destroyed (its case file closed) while a worker was still rendering for it."""
        return not isValid(self) or not isValid(self._pages_layout)

    def _on_office_finished(
        self, result: OfficeRender, token: int, tmp: tempfile.TemporaryDirectory[str], name: str, note: str
    ) -> None:
        if self._gone():
            tmp.cleanup()
            return
        if token == self._render_token:
            self._conversion = None
        if result.problem or result.pdf is None:
            tmp.cleanup()
            if token == self._render_token:
                self._show_none(
                    self.tr("Sin vista previa de {0}: {1}").format(name, self._problem_text(result.problem))
                )
            return
        if self._pdf_doc is not None:
            tmp.cleanup()
            if token == self._render_token:
                self._load_pdf_view(result.pdf, note)
            return
        self._on_pages_finished(result.pages, token, tmp, name, note)

    def _load_pdf_view(self, path: Path, note: str = "") -> None:
        self._pdf_doc.load(str(path))
        self._stack.setCurrentWidget(self._pdf_view)
        self.kind = "pdf"
        self._set_note(note)
        self.loaded.emit("pdf")

    def _show_pdf(self, path: Path, name: str, note: str = "") -> None:
        if self._pdf_doc is not None:
            self._load_pdf_view(path, note)
            return
        token = self._render_token
        tmp = tempfile.TemporaryDirectory(prefix="legal_desk_preview_")
        self._none.setText(self.tr("Preparando la vista previa…"))
        self._stack.setCurrentWidget(self._none)
        self.kind = "loading"
        worker = Worker(render_pdf_preview, path, Path(tmp.name), self._render_dpi(), with_progress=False)
        worker.signals.finished.connect(lambda result: self._on_pages_finished(result, token, tmp, name, note))
        worker.signals.failed.connect(lambda msg, _detail: self._on_pages_failed(msg, token, tmp, name))
        start(worker)

    def _on_pages_failed(self, message: str, token: int, tmp: tempfile.TemporaryDirectory[str], name: str) -> None:
        tmp.cleanup()
        if not self._gone() and token == self._render_token:
            self._show_none(self.tr("Sin vista previa de {0}: {1}").format(name, message))

    def _on_pages_finished(
        self, result: PdfRender, token: int, tmp: tempfile.TemporaryDirectory[str], name: str, note: str = ""
    ) -> None:
        if self._gone() or token != self._render_token:  # the user moved on to another file (or closed it)
            tmp.cleanup()
            return
        pixmaps = [QPixmap(str(page)) for page in result.pages]  # read now: the folder goes right after
        tmp.cleanup()
        while self._pages_layout.count():
            item = self._pages_layout.takeAt(0)
            if item.widget():
                item.widget().hide()  # not painted over the new pages until deleteLater runs
                item.widget().deleteLater()
        self._page_labels = []
        self._page_pixmaps = [pix for pix in pixmaps if not pix.isNull()]
        if result.problem:
            self._show_none(self.tr("Sin vista previa de {0}: {1}").format(name, self._problem_text(result.problem)))
            return
        if not self._page_pixmaps:
            self._show_none(self.tr("Sin vista previa: el PDF no tiene páginas legibles"))
            return
        for _pix in self._page_pixmaps:
            label = QLabel(self._pages_host)
            label.setStyleSheet("background: white; border: 1px solid #444;")
            self._pages_layout.addWidget(label)
            self._page_labels.append(label)
        self._stack.setCurrentWidget(self._pages)
        self._fit_pages()
        self.kind = "pdf"
        notes = [note] if note else []
        if result.page_count and result.page_count > len(self._page_pixmaps):
            notes.append(
                self.tr("Se muestran las primeras {0} de {1} páginas; ábralo para ver el resto.").format(
                    len(self._page_pixmaps), result.page_count
                )
            )
        self._set_note("\n".join(notes))
        self.loaded.emit("pdf")

    def _problem_text(self, code: str) -> str:
        """Why a PDF has no preview, in the interface language."""
        texts = {
            "no_tool": self.tr("pdftoppm no está instalado (paquete poppler-utils)"),
            "slow": self.tr("el PDF tarda demasiado en mostrarse; ábralo con la aplicación del sistema"),
            "encrypted": self.tr("el PDF está protegido con contraseña; ábralo con la aplicación del sistema"),
            "damaged": self.tr("el PDF está dañado o incompleto; pida al remitente una copia nueva"),
            "no_office": self.tr(
                "LibreOffice no está instalado en este equipo; instálelo para ver aquí los documentos de Word y "
                "Excel, o ábralo con la aplicación del sistema"
            ),
            "no_calc": self.tr(
                "la instalación de LibreOffice no tiene el módulo de hojas de cálculo (Calc, paquete "
                "libreoffice-calc); instálelo para ver aquí los archivos de Excel"
            ),
            "failed": self.tr(
                "LibreOffice no pudo convertir el archivo (puede estar dañado o protegido con contraseña); "
                "ábralo con la aplicación del sistema"
            ),
            "slow_office": self.tr(
                "LibreOffice tardó demasiado en convertir el archivo; ábralo con la aplicación del sistema"
            ),
        }
        return texts.get(code, PDF_PROBLEMS.get(code, OFFICE_PROBLEMS.get(code, code)))

    def _fit_pages(self) -> None:
        """Scale the rendered pages to the pane's width, in the screen's own pixels (on a 150 % or 200 % screen
        a page scaled to the width in points was stretched again by the screen: blurred text)."""
        ratio = self.devicePixelRatioF()
        width = round(max(self._pages.viewport().width() - 24, 120) * ratio)
        for pix, label in zip(self._page_pixmaps, self._page_labels, strict=True):
            fitted = pix.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            fitted.setDevicePixelRatio(ratio)
            label.setPixmap(fitted)

    def _fit_image(self) -> None:
        if self._pixmap is None:
            return
        size = self._stack.size()
        ratio = self.devicePixelRatioF()
        fitted = self._pixmap.scaled(
            round(max(size.width() - 8, 50) * ratio),
            round(max(size.height() - 8, 50) * ratio),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        fitted.setDevicePixelRatio(ratio)  # drawn pixel for pixel, not stretched again (a blurred scan)
        self._image.setPixmap(fitted)

    def _render_dpi(self) -> int:
        """Pages rendered for the screen: 110 dpi, more on a high-density screen (up to twice)."""
        return round(RENDER_DPI * min(max(self.devicePixelRatioF(), 1.0), 2.0))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._page_labels and obj is self._pages.viewport():
            self._fit_pages()
        return super().eventFilter(obj, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._stack.currentWidget() is self._pages and self._page_labels:
            self._fit_pages()
        elif self.kind == "image":
            self._fit_image()
