"""The filing packet (*expediente para radicar*): cover, index, annexes, manifest, `Folio N` on every page.

Built with pypdf; reportlab draws the cover, index and manifest and turns scanned images into pages.
Each page gets its folio stamp as a few PDF operators appended to its content (the page's own content
is wrapped in `q … Q`), placed in the top-right corner as the page is *shown* — its /Rotate and its
crop box taken into account — so the stamp is upright and inside the visible area on A4, letter,
legal and landscape pages alike.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError
from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PdfReadError, PyPdfError
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
)
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from legal_desk.documents.errors import Cancelled
from legal_desk.domain import messages as M
from legal_desk.domain.messages import Text, TextError

__all__ = [
    "AnnexError",
    "AnnexResult",
    "Cancelled",
    "PacketAnnex",
    "PacketResult",
    "PacketSpec",
    "build_packet",
    "manifest_path",
]

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".gif", ".bmp", ".webp"}
FOLIO_FONT = "Helvetica"
FOLIO_SIZE = 10.0
FOLIO_MARGIN = 14.0
_FOLIO_RES = "/LdFolio"


class AnnexError(TextError):
    """An annex that cannot go into the packet: which file and why (`reason`, a catalogue `Text`; `str()` is
    the Spanish sentence)."""

    def __init__(self, path: Path | str, reason: str | Text) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(Text(M.ANNEX_REFUSED, name=self.path.name, reason=reason))


@dataclass(frozen=True)
class PacketAnnex:
    """One annex: its title in the index, the file (PDF or image) and, if known, its SHA-256.

    `filename` is the name the manifest shows (the evidence's original name) when `path` is a
    working copy with a made-up name.
    """

    title: str
    path: Path
    kind: str = ""
    sha256: str | None = None
    filename: str | None = None


@dataclass(frozen=True)
class PacketSpec:
    """What goes on the cover and in which order the annexes follow."""

    case_title: str
    court: str
    radicado: str | None
    creditor: str
    debtor: str
    lawyer: str
    date: dt.date
    annexes: list[PacketAnnex]
    booklet_title: str = "Cuaderno principal"
    liquidation_cut_off: dt.date | None = None  # the date the liquidation in the packet runs to


@dataclass(frozen=True)
class AnnexResult:
    """Where an annex landed: its folios (1-based, inclusive) and its file's SHA-256."""

    number: int
    title: str
    first_page: int
    last_page: int
    sha256: str
    pages: int


@dataclass(frozen=True)
class PacketResult:
    """The packet built: path, page count, SHA-256 of the PDF, annexes and the manifest."""

    path: Path
    pages: int
    sha256: str
    annexes: list[AnnexResult]
    manifest: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The `packet build --json` document of CLI.md."""
        return {
            "path": str(self.path),
            "pages": self.pages,
            "sha256": self.sha256,
            "annexes": [
                {"title": a.title, "first_page": a.first_page, "last_page": a.last_page, "sha256": a.sha256}
                for a in self.annexes
            ],
        }


def manifest_path(out_path: Path) -> Path:
    """`expediente.pdf` → `expediente.manifest.json`, written beside the packet."""
    return Path(out_path).with_suffix(".manifest.json")


def _sha256_file(path: Path) -> str:
    """SHA-256 of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# ------------------------------------------------------------------ reading annexes


def _qpdf_repair(path: Path, workdir: Path, password: str | None) -> Path | None:
    """Rewrite a damaged PDF with qpdf if it is installed; None when qpdf is absent or fails."""
    qpdf = shutil.which("qpdf")
    if not qpdf:
        return None
    out = workdir / f"repaired_{hashlib.sha1(str(path).encode()).hexdigest()[:10]}.pdf"
    cmd = [qpdf]
    if password:
        cmd.append(f"--password={password}")
    cmd += ["--decrypt", str(path), str(out)]
    proc = subprocess.run(cmd, capture_output=True, timeout=120, check=False)
    # qpdf exits 3 when it repaired with warnings; the output is still usable.
    if proc.returncode in (0, 3) and out.is_file() and out.stat().st_size > 0:
        return out
    return None


def _open_pdf(path: Path, password: str | None, workdir: Path) -> PdfReader:
    """Open a PDF leniently, decrypt it (empty password first), repair it with qpdf if needed."""

    def load(source: Path) -> PdfReader:
        reader = PdfReader(str(source), strict=False)
        if reader.is_encrypted:
            for candidate in ("", password):
                if candidate is None:
                    continue
                try:
                    if reader.decrypt(candidate):
                        break
                except (NotImplementedError, PyPdfError) as exc:  # pypdf's word for an unsupported cipher
                    raise AnnexError(path, Text(M.ANNEX_CIPHER_UNSUPPORTED, detail=exc)) from exc
            else:
                raise AnnexError(path, Text(M.ANNEX_WRONG_PASSWORD if password else M.ANNEX_NEEDS_PASSWORD))
        for page in reader.pages:  # touch every page now so damage shows here, naming the file
            _ = page.mediabox, page.get("/Contents")
        if not reader.pages:
            raise AnnexError(path, Text(M.ANNEX_NO_PAGES))
        return reader

    try:
        return load(path)
    except AnnexError:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        repaired = _qpdf_repair(path, workdir, password)
        if repaired is not None:
            try:
                return load(repaired)
            except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc2:
                raise AnnexError(path, _damaged(exc2)) from exc2
        raise AnnexError(path, _damaged(exc)) from exc


def _damaged(exc: Exception) -> Text:
    """A PDF that neither pypdf nor qpdf could read: what is wrong and what to do (the technical detail last)."""
    return Text(M.ANNEX_DAMAGED, detail=exc)


def _printable(img: Image.Image) -> Image.Image:
    """An image as 8-bit grey or RGB that looks as it does on screen.

    A plain `convert("RGB")` clips 16-bit grey (scanners save it as PNG or TIFF) to white, so the
    whole page came out blank, and drops transparency, so a PNG with a transparent background (a
    signature, a cropped screenshot) came out as a black block: grey levels are scaled to 8 bits and
    transparent parts are laid on white paper, as a viewer shows them.
    """
    if img.mode in ("RGB", "L"):
        return img
    if img.mode.startswith("I;16") or img.mode == "I":
        wide = img.convert("I")
        high = wide.getextrema()[1]
        if isinstance(high, (int, float)) and high > 255:  # 16-bit levels (0–65535) → 0–255
            return wide.point(lambda v: v / 256).convert("L")
        return wide.convert("L")
    if img.mode in ("F", "1"):  # a black-and-white scan stays grey, not three times bigger as RGB
        return img.convert("L")
    has_alpha = img.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in img.info
    if has_alpha:
        rgba = img.convert("RGBA")
        paper = Image.new("RGB", rgba.size, (255, 255, 255))
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    return img.convert("RGB")


IMAGE_DPI = 300  # what a court prints and reads; a 600-dpi colour scan made a 45 MB page
_LOSSLESS_FORMATS = frozenset({"PNG", "GIF", "BMP"})  # screenshots: sharp text, small files


def _fit_resolution(img: Image.Image, width_pt: float, height_pt: float) -> Image.Image:
    """The image scaled down to IMAGE_DPI at the size it is drawn (never up: a small photo stays as it is)."""
    most = (round(width_pt / 72 * IMAGE_DPI), round(height_pt / 72 * IMAGE_DPI))
    if img.width <= most[0] * 1.05 and img.height <= most[1] * 1.05:
        return img
    return img.resize(most, Image.Resampling.LANCZOS)


def _page_image(img: Image.Image, lossless: bool) -> ImageReader:
    """How the image goes into the PDF: a photo or a scan as JPEG (embedded as it is), a screenshot or a
    black-and-white scan without loss (reportlab's Flate) — raw RGB of a colour scan took a minute and
    tens of MB a page."""
    if lossless:
        return ImageReader(img)
    data = io.BytesIO()
    img.save(data, "JPEG", quality=85, optimize=True)
    data.seek(0)
    return ImageReader(data)


def _image_pages(path: Path) -> PdfReader:
    """Every frame of an image (multi-page TIFF too) as a page, fitted to A4 with 1 cm margins."""
    buffer = io.BytesIO()
    try:
        with Image.open(path) as img:
            c = rl_canvas.Canvas(buffer, pageCompression=1)
            frames = 0
            for frame in ImageSequence.Iterator(img):
                bilevel = frame.mode == "1"
                page_img = _printable(ImageOps.exif_transpose(frame.copy()))
                w, h = page_img.size
                size = landscape(A4) if w > h else A4
                c.setPageSize(size)
                margin = 1 * cm
                scale = min((size[0] - 2 * margin) / w, (size[1] - 2 * margin) / h)
                dw, dh = w * scale, h * scale
                page_img = _fit_resolution(page_img, dw, dh)
                small = page_img.width * page_img.height <= 4_000_000
                lossless = bilevel or (img.format in _LOSSLESS_FORMATS and small)
                c.drawImage(_page_image(page_img, lossless), (size[0] - dw) / 2, (size[1] - dh) / 2, dw, dh)
                c.showPage()
                frames += 1
            c.save()
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise AnnexError(path, Text(M.ANNEX_IMAGE_UNREADABLE, detail=exc)) from exc
    if not frames:
        raise AnnexError(path, Text(M.ANNEX_IMAGE_NO_PAGES))
    buffer.seek(0)
    return PdfReader(buffer)


def _load_annex(annex: PacketAnnex, passwords: dict[Path, str], workdir: Path) -> tuple[PdfReader, str]:
    """The annex's pages and its file's SHA-256 (checked against the recorded one when given)."""
    path = Path(annex.path)
    if not path.is_file():
        raise AnnexError(path, Text(M.ANNEX_FILE_MISSING))
    digest = _sha256_file(path)
    if annex.sha256 and annex.sha256.lower() != digest:
        raise AnnexError(path, Text(M.ANNEX_ALTERED))
    suffix = path.suffix.lower()
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if suffix == ".pdf" or b"%PDF-" in head:
        password = passwords.get(path) or passwords.get(path.resolve())
        return _open_pdf(path, password, workdir), digest
    if suffix in IMAGE_SUFFIXES:
        return _image_pages(path), digest
    raise AnnexError(path, unsupported_reason(suffix))


_OFFICE_SUFFIXES = frozenset(
    {".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods", ".csv", ".ppt", ".pptx", ".odp"}
)
_MAIL_SUFFIXES = frozenset({".eml", ".msg"})
_HEIF_SUFFIXES = frozenset({".heic", ".heif"})


def unsupported_reason(suffix: str) -> Text:
    """Why a file cannot be a packet annex as it is, and what to do (a catalogue `Text`): the packet takes PDFs
    and images."""
    suffix = suffix.lower()
    kind = suffix[1:].upper()
    if suffix in _OFFICE_SUFFIXES:
        return Text(M.ANNEX_OFFICE_FILE, kind=kind)
    if suffix in _MAIL_SUFFIXES:
        return Text(M.ANNEX_MAIL_FILE, kind=kind)
    if suffix in _HEIF_SUFFIXES:
        return Text(M.ANNEX_HEIC_PHOTO)
    return Text(M.ANNEX_OTHER_FILE, kind=kind) if suffix else Text(M.ANNEX_NO_EXTENSION)


# ------------------------------------------------------------------ page surgery


def _visible_rotation(page: PageObject) -> int:
    """The page's /Rotate normalised to 0, 90, 180 or 270."""
    return (round(int(page.get("/Rotate", 0) or 0) / 90) * 90) % 360


def _flatten_annotations(page: PageObject, writer: PdfWriter) -> None:
    """Draw each printable annotation's appearance into the page content and drop the annotation.

    Form fields and stamps then print everywhere; annotations without an appearance (links) stay.
    """
    annots = page.get("/Annots")
    if annots is None:
        return
    annots = annots.get_object()
    keep = ArrayObject()
    drawn: list[str] = []
    xobjects: dict[str, Any] = {}
    for i, ref in enumerate(annots):
        annot = ref.get_object()
        flags = int(annot.get("/F", 0))
        subtype = annot.get("/Subtype")
        ap = annot.get("/AP")
        if subtype == "/Popup" or flags & 2 or ap is None:  # hidden or nothing to draw
            if subtype != "/Popup" and ap is None:
                keep.append(ref)
            continue
        normal = ap.get_object().get("/N")
        if normal is None:
            keep.append(ref)
            continue
        normal = normal.get_object()
        if not hasattr(normal, "get_data"):  # a dictionary of states: pick the current one
            state = annot.get("/AS")
            normal = normal.get(state).get_object() if state and state in normal else None
            if normal is None:
                continue
        rect = [float(v) for v in annot.get("/Rect", [0, 0, 0, 0])]
        bbox = [float(v) for v in normal.get("/BBox", [0, 0, 1, 1])]
        matrix = [float(v) for v in normal.get("/Matrix", [1, 0, 0, 1, 0, 0])]
        corners = [(bbox[0], bbox[1]), (bbox[2], bbox[1]), (bbox[0], bbox[3]), (bbox[2], bbox[3])]
        pts = [
            (matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5])
            for x, y in corners
        ]
        bx0, by0 = min(p[0] for p in pts), min(p[1] for p in pts)
        bx1, by1 = max(p[0] for p in pts), max(p[1] for p in pts)
        if bx1 - bx0 <= 0 or by1 - by0 <= 0:
            continue
        sx = (max(rect[0], rect[2]) - min(rect[0], rect[2])) / (bx1 - bx0)
        sy = (max(rect[1], rect[3]) - min(rect[1], rect[3])) / (by1 - by0)
        tx, ty = min(rect[0], rect[2]) - bx0 * sx, min(rect[1], rect[3]) - by0 * sy
        name = f"/LdAnnot{i}"
        xobjects[name] = normal.indirect_reference or writer._add_object(normal)
        drawn.append(f"q {sx:.6f} 0 0 {sy:.6f} {tx:.4f} {ty:.4f} cm {name} Do Q")
    if xobjects:
        resources = _resources(page)
        xo = resources.get("/XObject")
        xo = xo.get_object() if xo is not None else DictionaryObject()
        for name, obj in xobjects.items():
            xo[NameObject(name)] = obj
        resources[NameObject("/XObject")] = xo
        _append_content(page, writer, "\n".join(drawn))
    if keep:
        page[NameObject("/Annots")] = keep
    else:
        del page["/Annots"]


def _resources(page: PageObject) -> DictionaryObject:
    """The page's own /Resources dictionary (created when missing)."""
    res = page.get("/Resources")
    if res is None:
        res = DictionaryObject()
        page[NameObject("/Resources")] = res
        return res
    res = res.get_object()
    return res


def _stream(writer: PdfWriter, text: str) -> Any:
    """An indirect content stream holding `text`."""
    stream = DecodedStreamObject()
    stream.set_data(text.encode("latin-1"))
    return writer._add_object(stream)


def _append_content(page: PageObject, writer: PdfWriter, text: str) -> None:
    """Append operators after the page's content, its own content isolated in `q … Q`."""
    contents = page.get("/Contents")
    parts: list[Any] = []
    if contents is not None:
        resolved = contents.get_object()
        if isinstance(resolved, ArrayObject):
            parts = list(resolved)
        else:
            parts = [contents if hasattr(contents, "idnum") else writer._add_object(resolved)]
    page[NameObject("/Contents")] = ArrayObject(
        [_stream(writer, "q\n"), *parts, _stream(writer, f"\nQ\n{text}\n")]
    )


def _folio_font() -> DictionaryObject:
    """Helvetica (a standard font, nothing to embed) for the folio stamp."""
    font = DictionaryObject()
    font[NameObject("/Type")] = NameObject("/Font")
    font[NameObject("/Subtype")] = NameObject("/Type1")
    font[NameObject("/BaseFont")] = NameObject("/Helvetica")
    font[NameObject("/Encoding")] = NameObject("/WinAnsiEncoding")
    return font


def _folio_ops(page: PageObject, folio: int) -> str:
    """PDF operators drawing `Folio N` upright in the visible top-right corner of the page."""
    text = f"Folio {folio}"
    fs, m = FOLIO_SIZE, FOLIO_MARGIN
    tw = stringWidth(text, FOLIO_FONT, fs)
    box = page.cropbox
    x0, y0, x1, y1 = float(box.left), float(box.bottom), float(box.right), float(box.top)
    rot = _visible_rotation(page)
    # (a b c d) maps the stamp's own axes to user space; (tx, ty) is the text baseline start.
    if rot == 0:
        a, b, c, d, tx, ty = 1, 0, 0, 1, x1 - m - tw, y1 - m - fs
    elif rot == 90:
        a, b, c, d, tx, ty = 0, 1, -1, 0, x0 + m + fs, y1 - m - tw
    elif rot == 180:
        a, b, c, d, tx, ty = -1, 0, 0, -1, x0 + m + tw, y0 + m + fs
    else:
        a, b, c, d, tx, ty = 0, -1, 1, 0, x1 - m - fs, y0 + m + tw
    pad = 3.0
    return (
        f"q {a} {b} {c} {d} {tx:.3f} {ty:.3f} cm "
        f"1 g {-pad:.1f} {-pad - 2:.1f} {tw + 2 * pad:.3f} {fs + 2 * pad:.1f} re f "
        f"0 g BT {_FOLIO_RES} {fs:g} Tf 0 0 Td ({text}) Tj ET Q"
    )


def _stamp(page: PageObject, writer: PdfWriter, folio: int, font_ref: Any) -> None:
    """Add the folio stamp to one page."""
    resources = _resources(page)
    fonts = resources.get("/Font")
    fonts = fonts.get_object() if fonts is not None else DictionaryObject()
    fonts[NameObject(_FOLIO_RES)] = font_ref
    resources[NameObject("/Font")] = fonts
    _append_content(page, writer, _folio_ops(page, folio))


# ------------------------------------------------------------------ front and back matter


def _styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles for the cover, index and manifest."""
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("title", parent=base["Title"], fontName="Helvetica-Bold", fontSize=18,
                                leading=22, spaceAfter=14),
        "sub": ParagraphStyle("sub", parent=base["Normal"], fontName="Helvetica-Bold", fontSize=12,
                              leading=15, alignment=1, spaceAfter=6),
        "body": ParagraphStyle("body", parent=base["Normal"], fontName="Helvetica", fontSize=10.5,
                               leading=14),
        "cell": ParagraphStyle("cell", parent=base["Normal"], fontName="Helvetica", fontSize=9, leading=11),
        "hash": ParagraphStyle("hash", parent=base["Normal"], fontName="Courier", fontSize=7, leading=9,
                               textColor=colors.HexColor("#333333")),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontName="Helvetica-Bold", fontSize=13,
                             leading=16, spaceBefore=6, spaceAfter=8),
    }


def _esc(text: str | None) -> str:
    """Escape text for reportlab's paragraph markup."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _date_es(day: dt.date) -> str:
    """`15 de marzo de 2024`."""
    from legal_desk.domain.dates import format_date_long_es

    return format_date_long_es(day)


def _front_matter(spec: PacketSpec, ranges: list[tuple[int, int]], pages: list[int], hashes: list[str],
                  total_pages: int) -> bytes:
    """Cover and index of annexes (number, title, folios, pages, SHA-256) as PDF bytes."""
    st = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=letter, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.5 * cm, bottomMargin=2.5 * cm, title=spec.case_title,
                            author=spec.lawyer, subject=spec.booklet_title)
    story: list[Any] = [
        Spacer(1, 3 * cm),
        Paragraph(_esc(spec.booklet_title.upper()), st["title"]),
        Paragraph(_esc(spec.case_title), st["sub"]),
        Spacer(1, 1.2 * cm),
    ]
    rows = [
        ("Despacho", spec.court),
        ("Radicado", spec.radicado or "Por asignar en reparto"),
        ("Demandante", spec.creditor),
        ("Demandado", spec.debtor),
        ("Apoderado", spec.lawyer),
        ("Fecha", _date_es(spec.date)),
        *([("Liquidación con corte al", _date_es(spec.liquidation_cut_off))] if spec.liquidation_cut_off else []),
        ("Anexos", str(len(spec.annexes))),
        ("Total de folios", str(total_pages)),
    ]
    cover = Table([[Paragraph(f"<b>{_esc(k)}</b>", st["body"]), Paragraph(_esc(v), st["body"])]
                   for k, v in rows], colWidths=[5.4 * cm, 11.0 * cm])
    cover.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    story += [cover, PageBreak(), Paragraph("Índice de anexos", st["h2"])]
    header = [Paragraph(f"<b>{h}</b>", st["cell"]) for h in ("No.", "Anexo y SHA-256", "Folios", "Págs.")]
    data = [header]
    for i, annex in enumerate(spec.annexes):
        first, last = ranges[i]
        folios = f"{first}" if first == last else f"{first} – {last}"
        data.append([
            Paragraph(str(i + 1), st["cell"]),
            [Paragraph(_esc(annex.title), st["cell"]), Paragraph(hashes[i], st["hash"])],
            Paragraph(folios, st["cell"]),
            Paragraph(str(pages[i]), st["cell"]),
        ])
    index = Table(data, colWidths=[1.0 * cm, 11.4 * cm, 2.4 * cm, 1.4 * cm], repeatRows=1)
    index.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story.append(index)
    doc.build(story)
    return buffer.getvalue()


def _manifest_page(spec: PacketSpec, manifest: dict[str, Any]) -> bytes:
    """The last page: what the packet holds, with each annex's SHA-256, for later verification."""
    st = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=letter, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.5 * cm, bottomMargin=2.5 * cm)
    story: list[Any] = [
        Paragraph("Manifiesto del expediente", st["h2"]),
        Paragraph(
            f"{_esc(spec.booklet_title)} — {_esc(spec.case_title)}. Generado el {_date_es(spec.date)} con "
            f"{manifest['annex_count']} anexo(s) y {manifest['pages']} folios en total"
            + (f"; liquidación con corte al {_date_es(spec.liquidation_cut_off)}" if spec.liquidation_cut_off else "")
            + ". Cada anexo puede verificarse comparando el SHA-256 de su archivo original con el indicado aquí.",
            st["body"],
        ),
        Spacer(1, 0.4 * cm),
    ]
    for annex in manifest["annexes"]:
        story.append(Paragraph(
            f"<b>{annex['number']}.</b> {_esc(annex['title'])} — folios {annex['first_page']} a "
            f"{annex['last_page']} ({annex['pages']} pág.)", st["cell"]))
        story.append(Paragraph(annex["sha256"], st["hash"]))
        story.append(Spacer(1, 0.15 * cm))
    doc.build(story)
    return buffer.getvalue()


# ------------------------------------------------------------------ the build


def build_packet(
    spec: PacketSpec,
    out_path: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    passwords: dict[Path, str] | None = None,
) -> PacketResult:
    """Build the packet PDF (plus `<out>.manifest.json`); AnnexError names any unusable file."""
    out_path = Path(out_path)
    pw = {Path(k): v for k, v in (passwords or {}).items()}
    pw.update({Path(k).resolve(): v for k, v in (passwords or {}).items()})
    total_steps = len(spec.annexes) + 3
    step = 0

    def tick() -> None:
        nonlocal step
        step += 1
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(step, total_steps)

    with tempfile.TemporaryDirectory(prefix="legal_desk_packet_") as tmp:
        readers: list[PdfReader] = []
        hashes: list[str] = []
        for annex in spec.annexes:
            reader, digest = _load_annex(annex, pw, Path(tmp))
            readers.append(reader)
            hashes.append(digest)
            tick()
        counts = [len(r.pages) for r in readers]

        # Two passes (or more): the index's length decides where the annexes start.
        front_pages = 2
        for _ in range(5):
            ranges = []
            cursor = front_pages + 1
            for n in counts:
                ranges.append((cursor, cursor + n - 1))
                cursor += n
            total = cursor  # the manifest page is the last folio
            front = _front_matter(spec, ranges, counts, hashes, total)
            actual = len(PdfReader(io.BytesIO(front)).pages)
            if actual == front_pages:
                break
            front_pages = actual
        tick()

        annex_results = [
            AnnexResult(i + 1, a.title, ranges[i][0], ranges[i][1], hashes[i], counts[i])
            for i, a in enumerate(spec.annexes)
        ]
        manifest: dict[str, Any] = {
            "case_title": spec.case_title,
            "booklet_title": spec.booklet_title,
            "court": spec.court,
            "radicado": spec.radicado,
            "creditor": spec.creditor,
            "debtor": spec.debtor,
            "lawyer": spec.lawyer,
            "date": spec.date.isoformat(),
            "liquidation_cut_off": spec.liquidation_cut_off.isoformat() if spec.liquidation_cut_off else None,
            "pages": total,
            "annex_count": len(annex_results),
            "annexes": [
                {"number": a.number, "title": a.title, "first_page": a.first_page, "last_page": a.last_page,
                 "pages": a.pages, "sha256": a.sha256,
                 "filename": spec.annexes[a.number - 1].filename or Path(spec.annexes[a.number - 1].path).name}
                for a in annex_results
            ],
        }
        back = PdfReader(io.BytesIO(_manifest_page(spec, manifest)))
        manifest["manifest_pages"] = len(back.pages)
        if len(back.pages) != 1:  # a long manifest spills over: the total changes, render both again
            manifest["pages"] = total = total + len(back.pages) - 1
            front = _front_matter(spec, ranges, counts, hashes, total)
            back = PdfReader(io.BytesIO(_manifest_page(spec, manifest)))

        writer = PdfWriter()
        sources = [PdfReader(io.BytesIO(front)), *readers, back]
        for n_src, reader in enumerate(sources):
            first = len(writer.pages)
            for page in reader.pages:
                writer.add_page(page)
            if n_src == 0:  # the cover, then the index of annexes
                writer.add_outline_item(title="Carátula", page_number=0)
                if len(reader.pages) > 1:
                    writer.add_outline_item(title="Índice de anexos", page_number=1)
            elif n_src == len(sources) - 1:
                writer.add_outline_item(title="Manifiesto del expediente", page_number=first)
            if 0 < n_src <= len(readers):
                idx = n_src - 1
                writer.add_outline_item(title=f"{idx + 1}. {spec.annexes[idx].title}",
                                        page_number=ranges[idx][0] - 1)
            if cancelled is not None and cancelled():
                raise Cancelled()
        font_ref = writer._add_object(_folio_font())
        for folio, page in enumerate(writer.pages, start=1):
            _flatten_annotations(page, writer)
            _stamp(page, writer, folio, font_ref)
            if folio % 100 == 0 and cancelled is not None and cancelled():
                raise Cancelled()
        if "/AcroForm" in writer._root_object:
            del writer._root_object["/AcroForm"]
        writer.page_mode = "/UseOutlines"
        writer.add_metadata({"/Title": f"{spec.booklet_title} — {spec.case_title}", "/Author": spec.lawyer,
                             "/Producer": "legal_desk"})
        tick()

        out_path.parent.mkdir(parents=True, exist_ok=True)
        staging = out_path.with_name(out_path.name + ".tmp")
        with open(staging, "wb") as fh:
            writer.write(fh)
        if cancelled is not None and cancelled():
            staging.unlink(missing_ok=True)
            raise Cancelled()
        staging.replace(out_path)
    digest = _sha256_file(out_path)
    manifest["sha256"] = digest
    mpath = manifest_path(out_path)
    mpath.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tick()
    return PacketResult(path=out_path, pages=total, sha256=digest, annexes=annex_results, manifest=manifest)


def annexes_from_paths(paths: Sequence[Path]) -> list[PacketAnnex]:
    """Annexes titled after their file names, for quick scripted use."""
    return [PacketAnnex(title=Path(p).stem.replace("_", " "), path=Path(p)) for p in paths]
