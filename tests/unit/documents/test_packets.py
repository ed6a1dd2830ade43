"""Filing packets: cover, index, bookmarks, `Folio N` on every page, messy inputs."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, landscape, legal, letter
from reportlab.pdfgen import canvas

from legal_desk.documents.packets import (
    AnnexError,
    Cancelled,
    PacketAnnex,
    PacketSpec,
    build_packet,
    manifest_path,
)


def _pdf(path: Path, size: tuple[float, float], pages: int = 1, rotate: int = 0) -> Path:
    """A PDF with `pages` pages of `size`, each rotated by `rotate`."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    for i in range(pages):
        c.drawString(72, size[1] - 100, f"{path.stem} pagina {i + 1}")
        c.showPage()
    c.save()
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(buf.getvalue())).pages:
        writer.add_page(page)
        if rotate:
            writer.pages[-1].rotate(rotate)
    writer.write(path)
    return path


def _spec(annexes: list[PacketAnnex]) -> PacketSpec:
    return PacketSpec(
        case_title="Banco Andino de Crédito S.A. contra Carlos Alberto Gómez Restrepo",
        court="Juzgado Treinta y Dos (32) Civil Municipal de Bogotá D.C.",
        radicado="11001400303220240012300",
        creditor="Banco Andino de Crédito S.A.",
        debtor="Carlos Alberto Gómez Restrepo",
        lawyer="Andrés Felipe Martínez Ortiz",
        date=dt.date(2024, 4, 10),
        annexes=annexes,
    )


@pytest.fixture()
def mixed(tmp_path: Path) -> list[PacketAnnex]:
    """Portrait A4, letter rotated 90, legal rotated 180, landscape rotated 270, a crop box, images."""
    src = tmp_path / "src"
    src.mkdir()
    cropped = _pdf(src / "recortado.pdf", A4)
    writer = PdfWriter()
    page = PdfReader(cropped).pages[0]
    page.mediabox.lower_left = (-50, -50)
    page.cropbox.lower_left, page.cropbox.upper_right = (20, 30), (500, 700)
    writer.add_page(page)
    writer.write(cropped)
    Image.new("RGB", (1200, 800), "lightblue").save(src / "foto.jpg")
    frames = [Image.new("L", (800, 1100), v) for v in (220, 160, 90)]
    frames[0].save(src / "escaneo.tiff", save_all=True, append_images=frames[1:])
    Image.new("RGBA", (300, 500), (255, 0, 0, 128)).save(src / "firma.png")
    return [
        PacketAnnex("Pagaré No. 0045871", _pdf(src / "pagare.pdf", A4, 2)),
        PacketAnnex("Certificado de existencia", _pdf(src / "cert.pdf", letter, 1, 90)),
        PacketAnnex("Carta de requerimiento", _pdf(src / "carta.pdf", legal, 1, 180)),
        PacketAnnex("Liquidación", _pdf(src / "liq.pdf", landscape(A4), 1, 270)),
        PacketAnnex("Tabla de tasas", _pdf(src / "tasas.pdf", landscape(letter))),
        PacketAnnex("Documento recortado", cropped),
        PacketAnnex("Fotografía del título", src / "foto.jpg"),
        PacketAnnex("Escaneo multipágina", src / "escaneo.tiff"),
        PacketAnnex("Firma", src / "firma.png"),
    ]


def test_packet_structure_folios_and_bookmarks(tmp_path: Path, mixed: list[PacketAnnex]) -> None:
    seen: list[tuple[int, int]] = []
    out = tmp_path / "expediente.pdf"
    result = build_packet(_spec(mixed), out, progress=lambda d, t: seen.append((d, t)))
    reader = PdfReader(out)
    # cover + index (2) + 2+1+1+1+1+1+1+3+1 annex pages + manifest (1)
    assert result.pages == len(reader.pages) == 15
    assert [(a.first_page, a.last_page) for a in result.annexes] == [
        (3, 4), (5, 5), (6, 6), (7, 7), (8, 8), (9, 9), (10, 10), (11, 13), (14, 14),
    ]
    for n, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert text.count(f"Folio {n}") == 1, (n, text)
    assert "CUADERNO PRINCIPAL" in reader.pages[0].extract_text()
    index = reader.pages[1].extract_text()
    assert "Índice de anexos" in index and "11 – 13" in index and result.annexes[0].sha256 in index
    assert "Manifiesto del expediente" in reader.pages[-1].extract_text()
    titles = [(o.title, reader.get_destination_page_number(o)) for o in reader.outline]
    # Bookmarks: cover, index, every annex at its first page, and the manifest.
    assert titles[:3] == [("Carátula", 0), ("Índice de anexos", 1), ("1. Pagaré No. 0045871", 2)]
    assert titles[9] == ("8. Escaneo multipágina", 10)
    assert titles[-1] == ("Manifiesto del expediente", 14)
    assert len(titles) == len(mixed) + 3
    assert seen[-1][0] == seen[-1][1]
    data = result.to_json()
    assert set(data) == {"path", "pages", "sha256", "annexes"}
    assert data["annexes"][7] == {"title": "Escaneo multipágina", "first_page": 11, "last_page": 13,
                                  "sha256": result.annexes[7].sha256}
    manifest = json.loads(manifest_path(out).read_text(encoding="utf-8"))
    assert manifest["sha256"] == result.sha256 and manifest["pages"] == 15


def test_folio_is_upright_in_the_visible_top_right(tmp_path: Path, mixed: list[PacketAnnex]) -> None:
    out = tmp_path / "expediente.pdf"
    build_packet(_spec(mixed), out)
    for folio in (5, 6, 7, 9):  # rotated 90/180/270 and the cropped page
        proc = subprocess.run(["pdftotext", "-f", str(folio), "-l", str(folio), "-bbox", "-cropbox",
                               str(out), "-"], capture_output=True, text=True, check=True)
        if shutil.which("pdftotext") is None:
            pytest.skip("pdftotext no está instalado")
        page = PdfReader(out).pages[folio - 1]
        box = page.cropbox
        # width of the page as displayed (pdftotext gives word boxes in the displayed frame)
        width = float(box.height if page.rotation in (90, 270) else box.width)
        word = next(ln for ln in proc.stdout.splitlines() if ">Folio<" in ln)
        x_min = float(word.split('xMin="')[1].split('"')[0])
        y_min = float(word.split('yMin="')[1].split('"')[0])
        x_max = float(word.split('xMax="')[1].split('"')[0])
        y_max = float(word.split('yMax="')[1].split('"')[0])
        # upright text is wider than tall; it sits in the top-right of the page as displayed
        assert x_max - x_min > y_max - y_min, folio
        assert x_min > width * 0.75 and y_min < 40, (folio, x_min, y_min, width)


def test_encrypted_annex_refused_by_name_unless_password(tmp_path: Path) -> None:
    src = _pdf(tmp_path / "plain.pdf", A4)
    locked = tmp_path / "extracto_bancario.pdf"
    writer = PdfWriter(clone_from=src)
    writer.encrypt("secreto")
    writer.write(locked)
    with pytest.raises(AnnexError) as exc:
        build_packet(_spec([PacketAnnex("Extracto", locked)]), tmp_path / "p.pdf")
    assert exc.value.path == locked and "cifrado: requiere contraseña" in str(exc.value)
    assert "extracto_bancario.pdf" in str(exc.value)
    result = build_packet(_spec([PacketAnnex("Extracto", locked)]), tmp_path / "p.pdf",
                          passwords={locked: "secreto"})
    assert result.pages == 4
    empty_pw = tmp_path / "owner_only.pdf"
    writer = PdfWriter(clone_from=src)
    writer.encrypt(user_password="", owner_password="dueño")
    writer.write(empty_pw)
    assert build_packet(_spec([PacketAnnex("Solo dueño", empty_pw)]), tmp_path / "q.pdf").pages == 4


def test_broken_xref_is_repaired_and_garbage_is_named(tmp_path: Path) -> None:
    good = _pdf(tmp_path / "bueno.pdf", A4, 2)
    data = good.read_bytes()
    broken = tmp_path / "xref_roto.pdf"
    broken.write_bytes(data[: data.rfind(b"startxref")] + b"startxref\n999999\n%%EOF\n")
    result = build_packet(_spec([PacketAnnex("Roto", broken)]), tmp_path / "p.pdf")
    assert result.annexes[0].pages == 2
    garbage = tmp_path / "basura.pdf"
    garbage.write_bytes(b"%PDF-1.4\n esto no es un pdf")
    with pytest.raises(AnnexError, match=r"basura\.pdf.*dañado"):
        build_packet(_spec([PacketAnnex("Basura", garbage)]), tmp_path / "p.pdf")
    other = tmp_path / "notas.docx"
    other.write_bytes(b"PK\x03\x04")
    with pytest.raises(AnnexError, match=r"notas\.docx.*es un archivo DOCX.*guárdelo como PDF"):
        build_packet(_spec([PacketAnnex("Notas", other)]), tmp_path / "p.pdf")


def test_recorded_hash_mismatch_is_refused(tmp_path: Path) -> None:
    src = _pdf(tmp_path / "pagare.pdf", A4)
    with pytest.raises(AnnexError, match="SHA-256"):
        build_packet(_spec([PacketAnnex("Pagaré", src, sha256="0" * 64)]), tmp_path / "p.pdf")


def test_form_fields_are_flattened_so_they_print(tmp_path: Path) -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.acroForm.textfield(name="deudor", value="Carlos Gomez", x=100, y=600, width=200, height=20)
    c.showPage()
    c.save()
    form = tmp_path / "formulario.pdf"
    form.write_bytes(buf.getvalue())
    out = tmp_path / "p.pdf"
    build_packet(_spec([PacketAnnex("Formulario", form)]), out)
    reader = PdfReader(out)
    assert "/AcroForm" not in reader.trailer["/Root"]
    page = reader.pages[2]
    assert "/Annots" not in page
    assert "Carlos Gomez" in page.extract_text()


def test_index_spanning_several_pages_keeps_ranges_right(tmp_path: Path) -> None:
    one = _pdf(tmp_path / "hoja.pdf", A4)
    annexes = [PacketAnnex(f"Comprobante de contacto número {i}", one) for i in range(1, 61)]
    out = tmp_path / "p.pdf"
    result = build_packet(_spec(annexes), out)
    reader = PdfReader(out)
    first = result.annexes[0].first_page
    assert first > 3  # cover + an index of more than one page
    assert "hoja pagina 1" in reader.pages[first - 1].extract_text()
    assert result.manifest["manifest_pages"] > 1  # a long manifest spills over too
    assert result.annexes[-1].last_page == result.pages - result.manifest["manifest_pages"]
    for n in (1, first, result.pages):
        assert f"Folio {n}" in reader.pages[n - 1].extract_text()


def test_cancel_leaves_no_packet(tmp_path: Path, mixed: list[PacketAnnex]) -> None:
    out = tmp_path / "p.pdf"
    with pytest.raises(Cancelled):
        build_packet(_spec(mixed), out, cancelled=lambda: True)
    assert not out.exists()


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf no está instalado")
def test_qpdf_check_passes(tmp_path: Path, mixed: list[PacketAnnex]) -> None:
    out = tmp_path / "p.pdf"
    build_packet(_spec(mixed), out)
    proc = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _page_image(reader: PdfReader, index: int) -> Image.Image:
    """The one image drawn on a packet page, as the PDF holds it."""
    images = reader.pages[index].images
    assert len(images) == 1
    return images[0].image


def test_16_bit_scans_and_transparent_images_print_as_they_look(tmp_path: Path) -> None:
    """A 16-bit grey scan (PNG or TIFF) used to come out as a blank white page, and a PNG with a transparent
    background (a signature, a cropped screenshot) as a solid black block: `convert("RGB")` clipped the grey
    levels and dropped the alpha channel."""
    grey = Image.new("L", (400, 300), 235)
    grey.paste(20, (50, 50, 150, 100))  # dark ink on light paper
    scan16 = grey.convert("I").point(lambda v: v * 257).convert("I;16")
    scan16.save(tmp_path / "escaneo16.png")
    scan16.save(tmp_path / "escaneo16.tif")
    sign = Image.new("RGBA", (400, 300), (0, 0, 0, 0))  # transparent black around the ink
    sign.paste((10, 10, 120, 255), (50, 50, 150, 100))
    sign.save(tmp_path / "firma.png")
    pal = Image.new("P", (400, 300), 0)
    pal.putpalette([0, 0, 0, 30, 30, 30])
    pal.paste(1, (50, 50, 150, 100))
    pal.save(tmp_path / "captura.png", transparency=0)
    names = ["escaneo16.png", "escaneo16.tif", "firma.png", "captura.png"]
    out = tmp_path / "p.pdf"
    build_packet(_spec([PacketAnnex(n, tmp_path / n) for n in names]), out)
    reader = PdfReader(out)
    for i, name in enumerate(names):
        page = _page_image(reader, 2 + i).convert("L")
        assert page.size == (400, 300), name
        paper, ink = page.getpixel((300, 250)), page.getpixel((100, 75))
        assert paper >= 230, f"{name}: the paper is {paper}, not white-ish"
        assert ink <= 60, f"{name}: the ink is {ink}, not dark"


def test_a_600_dpi_colour_scan_goes_in_at_300_dpi_as_jpeg_and_screenshots_stay_sharp(tmp_path: Path) -> None:
    """Every image went in as raw RGB at its full resolution: a three-page 600-dpi colour scan (67 MB) made a
    135 MB packet in over a minute. Now an image is scaled to 300 dpi at the size it is printed, and a
    photo or scan goes in as JPEG; screenshots and black-and-white scans stay lossless."""
    scan = Image.effect_noise((3500, 4950), 12).convert("RGB")  # A4 at ~425 dpi, with paper grain
    scan.save(tmp_path / "escaneo_color.tif", compression="tiff_lzw")
    bw = Image.new("1", (1654, 2339), 1)  # a 200-dpi black-and-white scanner page
    bw.paste(0, (100, 100, 900, 160))
    bw.save(tmp_path / "escaneo_bn.tif", compression="group4")
    Image.new("RGB", (1080, 2400), (236, 229, 221)).save(tmp_path / "captura.png")
    names = ["escaneo_color.tif", "escaneo_bn.tif", "captura.png"]
    out = tmp_path / "p.pdf"
    build_packet(_spec([PacketAnnex(n, tmp_path / n) for n in names]), out)
    reader = PdfReader(out)

    def xobject(i: int) -> Any:
        res = reader.pages[i]["/Resources"]["/XObject"]
        [ref] = list(res.values())
        return ref.get_object()

    colour = xobject(2)
    assert colour["/Filter"] == "/DCTDecode" or "/DCTDecode" in colour["/Filter"]
    drawn_w = (A4[0] - 2 * 28.3465) / 72 * 300  # A4 less 1 cm margins at 300 dpi
    assert int(colour["/Width"]) <= drawn_w * 1.01 and int(colour["/Height"]) <= 3300
    black_white = xobject(3)
    assert "/DCTDecode" not in str(black_white["/Filter"])  # text kept crisp, no JPEG blur
    shot = xobject(4)
    assert (int(shot["/Width"]), int(shot["/Height"])) == (1080, 2400) and "/DCTDecode" not in str(shot["/Filter"])
    assert out.stat().st_size < 12 * 1024 * 1024  # raw, the colour page alone was about 50 MB
