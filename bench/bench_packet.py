"""Benchmark: build a filing packet of 50 evidence PDFs (500 pages) + 3 DOCX-derived PDFs.

Compares `build_packet` (cover, index, bookmarks, folio stamps, manifest) with the bare qpdf
equivalent: `qpdf --empty --pages … -- merged.pdf` plus `qpdf merged.pdf --overlay stamps.pdf`.
Run: `.venv/bin/python bench/bench_packet.py [--docs N] [--keep DIR]`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, landscape, legal, letter
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from legal_desk.documents.packets import PacketAnnex, PacketSpec, build_packet
from legal_desk.documents.pdf import ConverterUnavailable, convert_many
from legal_desk.documents.samples import sample_for
from legal_desk.documents.templates import get_template, render_docx_to

SIZES = [A4, letter, legal, landscape(A4), landscape(letter)]
ROTATIONS = [0, 0, 90, 180, 270]


def make_evidence(folder: Path, files: int = 50, pages_each: int = 10) -> list[Path]:
    """`files` PDFs of `pages_each` pages, cycling page sizes and rotations."""
    paths = []
    for i in range(files):
        size = SIZES[i % len(SIZES)]
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=size)
        for p in range(pages_each):
            c.setFont("Helvetica", 14)
            c.drawString(60, size[1] - 80, f"Prueba {i + 1}, página {p + 1}")
            for line in range(30):
                c.drawString(60, size[1] - 120 - 18 * line, "Texto de la evidencia " * 4)
            c.showPage()
        c.save()
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
        rotation = ROTATIONS[i % len(ROTATIONS)]
        if rotation:
            for page in writer.pages:
                page.rotate(rotation)
        path = folder / f"prueba_{i + 1:02d}.pdf"
        writer.write(path)
        paths.append(path)
    return paths


def make_docx_pdfs(folder: Path) -> list[Path]:
    """The demanda, the poder and the liquidación rendered and converted by LibreOffice."""
    names = ["demanda_ejecutiva", "poder_especial", "liquidacion_credito"]
    docx = [render_docx_to(get_template(n), sample_for(n), folder / f"{n}.docx") for n in names]
    return convert_many(docx, folder)


def qpdf_baseline(pdfs: list[Path], folder: Path) -> float:
    """Seconds for qpdf to merge the same files and overlay one `Folio N` stamp per page."""
    qpdf = shutil.which("qpdf")
    assert qpdf
    start = time.perf_counter()
    merged = folder / "merged.pdf"
    subprocess.run([qpdf, "--empty", "--pages", *map(str, pdfs), "--", str(merged)], check=True)
    reader = PdfReader(merged)
    stamps = folder / "stamps.pdf"
    c = canvas.Canvas(str(stamps))
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        c.setPageSize((w, h))
        c.setFont("Helvetica", 10)
        c.drawRightString(w - 14, h - 24, f"Folio {n}")
        c.showPage()
    c.save()
    subprocess.run([qpdf, str(merged), "--overlay", str(stamps), "--", str(folder / "qpdf_out.pdf")], check=True)
    return time.perf_counter() - start


def main() -> None:
    """Generate the inputs, time both builds and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--pages", type=int, default=10, help="pages per evidence file")
    parser.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_packet_"))
    folder.mkdir(parents=True, exist_ok=True)
    evidence = make_evidence(folder, args.files, args.pages)
    try:
        docs = make_docx_pdfs(folder)
    except ConverterUnavailable as exc:
        print(f"(sin LibreOffice: {exc}; se omiten los 3 PDF desde DOCX)")
        docs = []
    inputs = docs + evidence
    annexes = [PacketAnnex(p.stem.replace("_", " "), p) for p in inputs]
    spec = PacketSpec(
        "Banco Andino de Crédito S.A. contra Carlos Alberto Gómez Restrepo",
        "Juzgado Treinta y Dos (32) Civil Municipal de Bogotá D.C.",
        None,
        "Banco Andino de Crédito S.A.",
        "Carlos Alberto Gómez Restrepo",
        "Andrés Felipe Martínez Ortiz",
        dt.date.today(),
        annexes,
    )
    start = time.perf_counter()
    result = build_packet(spec, folder / "expediente.pdf")
    ours = time.perf_counter() - start
    input_pages = sum(len(PdfReader(p).pages) for p in inputs)
    baseline = qpdf_baseline(inputs, folder) if shutil.which("qpdf") else None
    print(f"inputs: {len(inputs)} files, {input_pages} pages -> packet {result.pages} pages")
    print(f"build_packet:          {ours:7.2f} s")
    if baseline is None:
        print("qpdf not found: no baseline")
        return
    print(f"qpdf merge + overlay:  {baseline:7.2f} s")
    print(f"ratio build_packet/qpdf: {ours / baseline:.2f}x (target <= 2x)")
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
