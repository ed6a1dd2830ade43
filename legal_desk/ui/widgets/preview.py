"""File preview: PDF pages, images scaled to fit, text of .eml/.txt, or a clear «sin vista previa»."""

from __future__ import annotations

import email
import email.policy
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from legal_desk.ui.workers import Worker, start

try:  # QtPdf ships in a separate PySide6 wheel on some platforms; pdftoppm renders pages otherwise
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installed wheels
    HAVE_QTPDF = False

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp"})
TEXT_SUFFIXES = frozenset({".txt", ".csv", ".log", ".md"})
MAX_PDF_PAGES = 6  # pages rendered by the pdftoppm fallback (the preview is a glance, not a reader)
MAX_TEXT_BYTES = 512 * 1024


def eml_text(path: Path) -> str:
    """An e-mail as people read it: From/To/Date/Subject, then its plain-text body."""
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    lines = [f"{name}: {msg.get(name, '')}" for name in ("From", "To", "Date", "Subject")]
    body = msg.get_body(preferencelist=("plain", "html")) if hasattr(msg, "get_body") else None
    text = body.get_content() if body is not None else ""
    attachments = [part.get_filename() for part in msg.iter_attachments()] if hasattr(msg, "iter_attachments") else []
    if attachments:
        lines.append("Adjuntos: " + ", ".join(a for a in attachments if a))
    return "\n".join(lines) + "\n\n" + str(text)


def render_pdf_pages(path: Path, out_dir: Path, *, dpi: int = 110, pages: int = MAX_PDF_PAGES) -> list[Path]:
    """First pages of a PDF as PNG files with poppler's pdftoppm."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise RuntimeError("pdftoppm no está instalado (paquete poppler-utils)")
    subprocess.run(
        [exe, "-png", "-r", str(dpi), "-f", "1", "-l", str(pages), str(path), str(out_dir / "p")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return sorted(out_dir.glob("p*.png"))


class FilePreview(QWidget):
    """Shows one file: PDF pages, a scaled image, a text/e-mail body, or «sin vista previa» (UI widget)."""

    loaded = Signal(str)  # kind shown: "pdf", "image", "text", "none"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "none"
        self._pixmap: QPixmap | None = None
        self._page_pixmaps: list[QPixmap] = []
        self._page_labels: list[QLabel] = []
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
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
        self._pages.setStyleSheet("QScrollArea { background: #6b6b6b; }")
        self._pages_host.setStyleSheet("background: #6b6b6b;")
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    def clear(self) -> None:
        """Back to the hint."""
        self._none.setText(self.tr("Seleccione un archivo para verlo aquí"))
        self._stack.setCurrentWidget(self._none)
        self.kind = "none"

    def _show_none(self, message: str) -> None:
        self._none.setText(message)
        self._stack.setCurrentWidget(self._none)
        self.kind = "none"
        self.loaded.emit("none")

    def show_file(self, path: Path | str, filename: str | None = None, media_type: str | None = None) -> None:
        """Preview a file; `filename` (as added) decides the kind when the stored name has no extension."""
        path = Path(path)
        name = filename or path.name
        suffix = Path(name).suffix.lower()
        if not path.is_file():
            self._show_none(self.tr("Sin vista previa: el archivo {0} no está en el almacén").format(name))
            return
        if suffix == ".pdf" or media_type == "application/pdf":
            self._show_pdf(path)
        elif suffix in IMAGE_SUFFIXES or (media_type or "").startswith("image/"):
            pix = QPixmap(str(path))
            if pix.isNull():
                self._show_none(self.tr("Sin vista previa: no se pudo leer la imagen {0}").format(name))
                return
            self._pixmap = pix
            self._stack.setCurrentWidget(self._image)
            self._fit_image()
            self.kind = "image"
            self.loaded.emit("image")
        elif suffix == ".eml" or media_type == "message/rfc822":
            self._show_text(eml_text(path))
        elif suffix in TEXT_SUFFIXES or (media_type or "").startswith("text/"):
            raw = path.read_bytes()[:MAX_TEXT_BYTES]
            self._show_text(raw.decode("utf-8", errors="replace"))
        else:
            self._show_none(self.tr("Sin vista previa para {0}.\nÁbralo con la aplicación del sistema.").format(name))

    def _show_text(self, text: str) -> None:
        self._text.setPlainText(text)
        self._stack.setCurrentWidget(self._text)
        self.kind = "text"
        self.loaded.emit("text")

    def _show_pdf(self, path: Path) -> None:
        if self._pdf_doc is not None:
            self._pdf_doc.load(str(path))
            self._stack.setCurrentWidget(self._pdf_view)
            self.kind = "pdf"
            self.loaded.emit("pdf")
            return
        self._tmp = tempfile.TemporaryDirectory(prefix="legal_desk_preview_")
        out = Path(self._tmp.name)
        self._none.setText(self.tr("Preparando la vista previa…"))
        self._stack.setCurrentWidget(self._none)
        worker = Worker(render_pdf_pages, path, out, with_progress=False)
        worker.signals.finished.connect(self._on_pages_finished)
        worker.signals.failed.connect(
            lambda msg, _detail: self._show_none(self.tr("Sin vista previa del PDF: {0}").format(msg))
        )
        start(worker)

    def _on_pages_finished(self, pages: list[Path]) -> None:
        while self._pages_layout.count():
            item = self._pages_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not pages:
            self._show_none(self.tr("Sin vista previa: el PDF no tiene páginas legibles"))
            return
        self._page_pixmaps = [QPixmap(str(page)) for page in pages]
        self._page_labels = []
        for _pix in self._page_pixmaps:
            label = QLabel(self._pages_host)
            label.setStyleSheet("background: white; border: 1px solid #444;")
            self._pages_layout.addWidget(label)
            self._page_labels.append(label)
        self._stack.setCurrentWidget(self._pages)
        self._fit_pages()
        self.kind = "pdf"
        self.loaded.emit("pdf")

    def _fit_pages(self) -> None:
        """Scale the rendered pages to the pane's width."""
        width = max(self._pages.viewport().width() - 24, 120)
        for pix, label in zip(self._page_pixmaps, self._page_labels, strict=True):
            label.setPixmap(pix.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))

    def _fit_image(self) -> None:
        if self._pixmap is None:
            return
        size = self._stack.size()
        self._image.setPixmap(
            self._pixmap.scaled(
                max(size.width() - 8, 50),
                max(size.height() - 8, 50),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.kind == "image":
            self._fit_image()
        elif self.kind == "pdf" and self._page_labels:
            self._fit_pages()
