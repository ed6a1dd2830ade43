"""Each demo case's evidence files, drawn from the case itself so that no document contradicts its file.

The pagaré names the case's creditor, debtor, guarantors, amount and dates; the delivery certificate
the notice's carrier, tracking number, address and dates; the power of attorney the case's lawyer;
the liquidation the case's obligation and capital. The files are one-page PDFs written directly
(standard Helvetica, WinAnsi text, no images, uncompressed): a few dozen microseconds each and under
4 KB, so that `demo --cases 100000` stays fast and its store small. The same case gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import random
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Final

from reportlab.pdfbase.pdfmetrics import stringWidth

from legal_desk.demo.portfolio import (
    _CARRIER_KEYS,
    _SERVICE_FILES,
    _TITLE_FILES,
    DemoCase,
    DemoCreditor,
    DemoEvidence,
    DemoNotice,
    DemoParty,
)
from legal_desk.documents.context import has_small_claims_courts, smlmv_co
from legal_desk.domain.calendar import jurisdiction_data
from legal_desk.domain.dates import format_date_long_es
from legal_desk.domain.interest import LiquidationError, PaymentIn, RateTable, liquidate
from legal_desk.domain.money import format_money_co
from legal_desk.domain.words import amount_in_words_es


@dataclass(frozen=True, slots=True)
class DemoLawyer:
    """The case's lawyer (*apoderado*), who signs the power of attorney, the liquidation and the agreement."""

    name: str
    id_number: str  # "52.874.113"
    card: str  # "187.654 del C. S. de la J."
    office: str  # postal address of the firm


PAGE_WIDTH: Final = 612.0
PAGE_HEIGHT: Final = 792.0
_MONTH_ABBR: Final = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")
_CARRIER_LOOK: Final = {  # name as printed, colour of the header band (r, g, b)
    "4-72": ("Servicios Postales Nacionales S.A.S. — Correo certificado", (0.0, 0.29, 0.55)),
    "Servientrega": ("Servientrega S.A. — Mensajería expresa con prueba de entrega", (0.0, 0.45, 0.25)),
    "Inter Rapidísimo": ("Inter Rapidísimo S.A. — Mensajería expresa con prueba de entrega", (0.85, 0.35, 0.0)),
    "Envía": ("Envía Colvanes S.A.S. — Correo certificado", (0.75, 0.1, 0.1)),
}
_BANKS: Final = ("Banco Nacional del Río S.A.", "Banco Popular del Llano S.A.", "Banco Cordillera S.A.")

# ------------------------------------------------------------------ a minimal PDF writer


_SCAN_START: Final = "q 0.95 0.94 0.9 rg 0 0 612 792 re f /Pattern cs /P1 scn 0 0 612 792 re f Q"


def _esc(text: str) -> str:
    if "(" in text or ")" in text or "\\" in text:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return text


def _widths(font: str) -> tuple[int, ...]:
    """Glyph widths (1/1000 em) of a standard font by WinAnsi code."""
    return tuple(int(stringWidth(bytes([code]).decode("cp1252", "replace"), font, 1000)) for code in range(256))


_WIDTHS: Final = {False: _widths("Helvetica"), True: _widths("Helvetica-Bold")}


@lru_cache(maxsize=1024)
def _width(text: str, size: float, bold: bool) -> float:
    widths = _WIDTHS[bold]
    return sum(widths[code] for code in text.encode("cp1252", "replace")) * size / 1000


def _scribble(seed: int) -> str:
    """A hand-drawn looking scribble from its own origin, as path operators."""
    rng = random.Random(seed)
    x = 0.0
    parts = ["0 0 m"]
    for _ in range(4):
        u = rng.uniform
        parts.append(f"{x + u(5, 25):.1f} {u(-14, 18):.1f} {x + u(25, 45):.1f} {u(-18, 14):.1f} {x + u(40, 60):.1f} "
                     f"{u(-4, 4):.1f} c")
        x += u(35, 55)
    return " ".join(parts)


#: Signatures people use (one is picked by who signs, so the same person signs alike on every page).
_SCRIBBLES: Final = tuple(_scribble(seed) for seed in range(97))


class _Page:
    """Content-stream operators of one letter-size page (origin bottom left, points)."""

    __slots__ = ("ops",)

    def __init__(self) -> None:
        self.ops: list[str] = []

    def text(self, x: float, y: float, text: str, size: float = 10.0, bold: bool = False) -> None:
        self.ops.append(f"BT /{'F2' if bold else 'F1'} {size:g} Tf {x:.1f} {y:.1f} Td ({_esc(text)}) Tj ET")

    def centred(self, y: float, text: str, size: float = 14.0, bold: bool = True, x: float = PAGE_WIDTH / 2) -> None:
        self.text(x - _width(text, size, bold) / 2, y, text, size, bold)

    def lines(self, x: float, y: float, lines: Sequence[str], size: float = 10.0, lead: float = 14.0) -> float:
        """Write lines downwards from (x, y); return the y of the next line."""
        body = " T* ".join(f"({_esc(line)}) Tj" for line in lines)
        self.ops.append(f"BT /F1 {size:g} Tf {lead:g} TL {x:.1f} {y:.1f} Td {body} ET")
        return y - lead * len(lines)

    def table(self, columns: Sequence[float], y: float, rows: Sequence[Sequence[str]], size: float = 9.5,
              lead: float = 14.0) -> float:
        """Rows of cells at the column x positions, downwards from y, row by row; return the next y."""
        parts = [f"BT /F1 {size:g} Tf {columns[0]:.1f} {y:.1f} Td"]
        steps = [f"{b - a:.1f} 0 Td" for a, b in itertools.pairwise(columns)]
        back = f"{columns[0] - columns[-1]:.1f} {-lead:g} Td"
        for row in rows:
            for k, cell in enumerate(row):
                parts.append(f"({_esc(cell)}) Tj")
                if k < len(steps):
                    parts.append(steps[k])
            parts.append(back)
        parts.append("ET")
        self.ops.append(" ".join(parts))
        return y - lead * len(rows)

    def colour(self, rgb: tuple[float, float, float], stroke: bool = False) -> None:
        self.ops.append(f"{rgb[0]:g} {rgb[1]:g} {rgb[2]:g} {'RG' if stroke else 'rg'}")

    def rect(self, x: float, y: float, w: float, h: float, fill: bool = True) -> None:
        self.ops.append(f"{x:.1f} {y:.1f} {w:.1f} {h:.1f} re {'f' if fill else 'S'}")

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.ops.append(f"{x1:.1f} {y1:.1f} m {x2:.1f} {y2:.1f} l S")

    def circle(self, cx: float, cy: float, r: float, ry: float | None = None) -> None:
        """An ellipse (a circle when ry is None) from four Bézier arcs, stroked."""
        ry = r if ry is None else ry
        k, j = 0.5523 * r, 0.5523 * ry
        self.ops.append(
            f"{cx + r:.1f} {cy:.1f} m {cx + r:.1f} {cy + j:.1f} {cx + k:.1f} {cy + ry:.1f} {cx:.1f} {cy + ry:.1f} c "
            f"{cx - k:.1f} {cy + ry:.1f} {cx - r:.1f} {cy + j:.1f} {cx - r:.1f} {cy:.1f} c "
            f"{cx - r:.1f} {cy - j:.1f} {cx - k:.1f} {cy - ry:.1f} {cx:.1f} {cy - ry:.1f} c "
            f"{cx + k:.1f} {cy - ry:.1f} {cx + r:.1f} {cy - j:.1f} {cx + r:.1f} {cy:.1f} c S"
        )

    def signature(self, x: float, y: float, signer: str) -> None:
        """The signer's scribble at (x, y): the same signer signs alike on every page."""
        scribble = _SCRIBBLES[zlib.crc32(signer.encode()) % len(_SCRIBBLES)]
        self.ops.append(f"q 0.1 0.1 0.3 RG 1.1 w 1 0 0 1 {x:.1f} {y:.1f} cm {scribble} S Q")

    def scanned(self) -> None:
        """Off-white paper with scanner specks (a tiling pattern), then the page turned 0.8°."""
        self.ops.append(_SCAN_START)
        self.ops.append("q 0.9999 0.0140 -0.0140 0.9999 5.5 -4.3 cm")  # closed by _pdf()


def _fingerprint() -> str:
    page = _Page()
    page.colour((0.35, 0.3, 0.45), stroke=True)
    for r in (6, 11, 16):
        page.circle(495, 300, r * 0.7, r)
    return "q " + " ".join(page.ops) + " Q"


#: The debtor's fingerprint (huella) beside the signatures of a pagaré.
_FINGERPRINT: Final = _fingerprint()
_HEADER: Final = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
_FONT: Final = "<< /Type /Font /Subtype /Type1 /BaseFont /{} /Encoding /WinAnsiEncoding >>"
# Specks of dust and toner in an irregular 97 x 89 pt cell: reads as a scan, costs a few hundred bytes.
_SPECKS: Final = " ".join(
    f"{x} {y} {w} {w} re" for x, y, w in (
        (3, 7, 0.6), (41, 13, 0.4), (77, 5, 0.7), (19, 33, 0.5), (62, 29, 0.4), (88, 41, 0.6), (8, 58, 0.4),
        (50, 52, 0.8), (29, 71, 0.5), (71, 66, 0.4), (93, 80, 0.5), (14, 84, 0.6), (56, 86, 0.4),
    )
)
_SPECK_STREAM: Final = f"0.55 0.55 0.5 rg {_SPECKS} f"
_PATTERN: Final = (
    f"<< /Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 97 89] /XStep 97 /YStep 89 "
    f"/Resources << >> /Length {len(_SPECK_STREAM)} >>\nstream\n{_SPECK_STREAM}\nendstream"
)


def _fixed_objects(scanned: bool) -> tuple[bytes, tuple[int, ...]]:
    """The objects every page shares (catalog, pages, fonts, the scan's specks), written once, with offsets."""
    out = bytearray(_HEADER)
    offsets = []
    fixed = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [6 0 R] /Count 1 >>",
        _FONT.format("Helvetica"),
        _FONT.format("Helvetica-Bold"),
        _PATTERN if scanned else "null",
    ]
    for number, body in enumerate(fixed, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body.encode())
    return bytes(out), tuple(offsets)


_FIXED: Final = {scanned: _fixed_objects(scanned) for scanned in (False, True)}
_PAGE_OBJECT: Final = {
    scanned: ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >>"
              f"{' /Pattern << /P1 5 0 R >>' if scanned else ''} >> /Contents 7 0 R >>").encode()
    for scanned in (False, True)
}


def _pdf(page: _Page, title: str) -> bytes:
    """A one-page PDF of `page`, titled; the same page gives the same bytes."""
    content = "\n".join(page.ops)
    scanned = content.startswith(_SCAN_START)
    if scanned:
        content += "\nQ"
    stream = content.encode("cp1252", "replace")
    head, offsets = _FIXED[scanned]
    out = bytearray(head)
    positions = list(offsets)
    for number, body in (
        (6, _PAGE_OBJECT[scanned]),
        (7, b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)),
        (8, b"<< /Title <feff%s> /Producer (legal_desk demo) >>" % title.encode("utf-16-be").hex().encode()),
    ):
        positions.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 9\n0000000000 65535 f \n"
    out += b"".join(b"%010d 00000 n \n" % offset for offset in positions)
    out += b"trailer\n<< /Size 9 /Root 1 0 R /Info 8 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


# ------------------------------------------------------------------ wording helpers


def _money(amount: Decimal) -> str:
    return format_money_co(amount)


@lru_cache(maxsize=8192)
def _grouped(number: str) -> str:
    """`52987654` → `52.987.654` (a NIT keeps its check digit: `860.517.304-1`)."""
    main, dash, check = number.partition("-")
    if not main.isdigit():
        return number
    groups: list[str] = []
    while len(main) > 3:
        groups.insert(0, main[-3:])
        main = main[:-3]
    groups.insert(0, main)
    return ".".join(groups) + dash + check


def _id(party: DemoParty) -> str:
    return f"{'NIT' if party.id_type == 'NIT' else 'C.C.'} {_grouped(party.id_number)}"


def _day(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _long(day: dt.date) -> str:
    return format_date_long_es(day)


def _title_name(case: DemoCase) -> str:
    """`pagaré No. PG-778812`."""
    what = {"pagare": "pagaré", "letra": "letra de cambio", "factura": "factura", "contrato": "contrato de mutuo",
            "cheque": "cheque"}[case.debt.title_type]
    return f"{what} No. {case.debt.title_number}"


def _signatures(page: _Page, y: float, signers: Sequence[tuple[str, str, str]]) -> float:
    """Signature lines two to a row: (role, name, identification); returns the y below them."""
    for k, (role, name, ident) in enumerate(signers):
        x = 80 if k % 2 == 0 else 330
        row_y = y - (k // 2) * 95
        page.signature(x + 10, row_y, ident)
        page.line(x, row_y - 12, x + 200, row_y - 12)
        page.lines(x, row_y - 26, (role, name, ident), size=8.5, lead=11)
    return y - ((len(signers) + 1) // 2) * 95


def _debtor_signers(case: DemoCase) -> list[tuple[str, str, str]]:
    debtor = case.debtor
    first = ("Deudor(a)" if not debtor.is_company else "Deudor (por su representante legal)", debtor.name, _id(debtor))
    return [first, *(("Codeudor(a) / avalista", g.name, _id(g)) for g in case.guarantors)]


# ------------------------------------------------------------------ the documents


def _title(case: DemoCase) -> bytes:
    """The title as a scan: pagaré, letra de cambio, factura, contrato de mutuo or cheque."""
    c, d, debtor = case.creditor, case.debt, case.debtor
    page = _Page()
    page.scanned()
    page.colour((0.2, 0.2, 0.35), stroke=True)
    page.ops.append("2 w")
    page.rect(54, 250, PAGE_WIDTH - 108, PAGE_HEIGHT - 320, fill=False)
    page.ops.append("1 w 0.1 0.1 0.2 rg")
    value = f"{_money(d.capital)} ({amount_in_words_es(d.capital, d.currency).upper()})"
    rate = (f"al {d.agreed_moratory_rate:.2f} % E.A. sin exceder la máxima legal".replace(".", ",", 1)
            if d.agreed_moratory_rate is not None else "a la tasa máxima legal permitida")
    creditor = c.name.upper()
    kind = d.title_type
    if kind == "pagare":
        heading = f"PAGARÉ No. {d.title_number}"
        body = [
            f"Lugar y fecha de suscripción: {debtor.city}, {_long(d.issue_date)}",
            f"Valor: {value}",
            "",
            f"Yo (nosotros), {debtor.name}, {_id(debtor)}, y los demás firmantes, me (nos) obligo",
            f"(obligamos) a pagar incondicionalmente, en dinero efectivo, a la orden de {creditor},",
            f"o a quien represente sus derechos, la suma arriba indicada, en {debtor.city},",
            f"el día {_long(d.due_date)}.",
            f"En caso de mora reconoceré (reconoceremos) intereses moratorios {rate}.",
            "Autorizo al tenedor para declarar vencido el plazo (cláusula aceleratoria) ante el",
            "incumplimiento de cualquiera de las obligaciones aquí contenidas.",
        ]
    elif kind == "letra":
        heading = f"LETRA DE CAMBIO No. {d.title_number}"
        body = [
            f"{debtor.city}, {_long(d.issue_date)}          Por: {_money(d.capital)}",
            "",
            f"Señor(es) {debtor.name}, {_id(debtor)}:",
            f"El día {_long(d.due_date)} se servirá(n) pagar incondicionalmente a la orden de",
            f"{creditor} la suma de {value},",
            f"en {debtor.city}. En caso de mora pagará(n) intereses moratorios {rate}.",
            "",
            f"Girador: {c.name}, NIT {_grouped(c.nit)}",
            "Aceptada: el girado firma en señal de aceptación.",
        ]
    elif kind == "factura":
        utility = c.kind == "utility"
        kind_name = "FACTURA DE SERVICIOS PÚBLICOS" if utility else "FACTURA ELECTRÓNICA DE VENTA"
        heading = f"{kind_name} No. {d.title_number}"
        cufe = hashlib.sha256(f"{c.nit}{d.title_number}{d.issue_date}".encode()).hexdigest()[:48]
        body = [
            f"Emisor: {c.name} — NIT {_grouped(c.nit)} — {c.address}, {c.city}",
            f"{'Suscriptor' if utility else 'Adquirente'}: {debtor.name} — {_id(debtor)}",
            f"Dirección: {debtor.address}, {debtor.city}",
            f"Fecha de emisión: {_day(d.issue_date)}        Fecha límite de pago: {_day(d.due_date)}",
            f"Total a pagar: {value}",
            "",
            ("Presta mérito ejecutivo conforme al artículo 130 de la Ley 142 de 1994." if utility else
             "Aceptada tácitamente por el adquirente (art. 773 del Código de Comercio)."),
            f"CUFE: {cufe}",
            f"En caso de mora se causarán intereses moratorios {rate}.",
        ]
    elif kind == "contrato":
        heading = f"CONTRATO DE MUTUO No. {d.title_number}"
        body = [
            f"Entre {creditor}, NIT {_grouped(c.nit)} (el mutuante), y",
            f"{debtor.name}, {_id(debtor)} (el mutuario), se celebra el presente contrato:",
            f"1. El mutuante entrega al mutuario en calidad de mutuo la suma de {_money(d.capital)}.",
            f"2. El mutuario restituirá la suma recibida a más tardar el {_long(d.due_date)}.",
            f"3. En caso de mora el mutuario pagará intereses moratorios {rate}.",
            "4. Este contrato presta mérito ejecutivo (art. 422 del Código General del Proceso).",
            "",
            f"Firmado en {debtor.city}, el {_long(d.issue_date)}.",
        ]
    else:  # cheque
        bank = _BANKS[int(d.title_number[-1:] or 0) % len(_BANKS)]
        heading = f"CHEQUE No. {d.title_number}"
        body = [
            f"{bank}        Cuenta corriente No. {d.title_number[-6:]}-{d.issue_date.year % 100:02d}",
            f"Lugar y fecha: {debtor.city}, {_long(d.issue_date)}",
            f"Páguese a la orden de {creditor}",
            f"La suma de {value}",
            f"Librador: {debtor.name}, {_id(debtor)}",
            "",
            f"Presentado para su pago el {_long(d.due_date)}: DEVUELTO POR FONDOS INSUFICIENTES.",
        ]
    page.centred(PAGE_HEIGHT - 110, heading, size=18)
    y = page.lines(80, PAGE_HEIGHT - 150, body, size=9.5, lead=15)
    signers = _debtor_signers(case) if kind != "factura" else []
    y = _signatures(page, y - 45, signers)
    if kind == "pagare":
        page.ops.append(_FINGERPRINT)
    if kind == "cheque":
        page.colour((0.7, 0.1, 0.1), stroke=True)
        page.colour((0.7, 0.1, 0.1))
        page.rect(360, 290, 170, 40, fill=False)
        page.text(372, 306, "DEVUELTO — FONDOS INSUF.", 10, bold=True)
    return _pdf(page, heading)


@lru_cache(maxsize=4096)
def _existence_certificate(creditor: DemoCreditor, issued: dt.date) -> bytes:
    """The chamber of commerce's certificado de existencia y representación legal, issued on `issued`."""
    page = _Page()
    city = creditor.city.replace(" D.C.", "").upper()
    page.centred(PAGE_HEIGHT - 70, f"CÁMARA DE COMERCIO DE {city}", size=14)
    page.centred(PAGE_HEIGHT - 92, "CERTIFICADO DE EXISTENCIA Y REPRESENTACIÓN LEGAL", size=12)
    code = hashlib.blake2b(f"{creditor.nit}{issued}".encode(), digest_size=5).hexdigest().upper()
    registration = int(creditor.nit[:9]) % 900_000 + 10_000
    page.lines(60, PAGE_HEIGHT - 130, (
        f"Fecha de expedición: {_long(issued)}    Código de verificación: {code[:4]}-{code[4:]}",
        "",
        f"Razón social: {creditor.name.upper()}",
        f"NIT: {_grouped(creditor.nit)}",
        f"Domicilio principal: {creditor.city} — {creditor.address}",
        f"Correo para notificaciones judiciales: {creditor.email}",
        f"Matrícula mercantil No. {registration:08d}",
        "Vigencia: indefinida",
        "",
        "Representación legal: la sociedad tendrá un representante legal con facultades para",
        "otorgar poderes judiciales y extrajudiciales.",
        "",
        f"Representante legal: {creditor.legal_representative}",
        f"Cédula de ciudadanía: {_grouped(creditor.legal_representative_cc)}",
        "",
        "Este certificado refleja la situación jurídica registral de la sociedad a la fecha y hora",
        "de su expedición.",
    ), size=10)
    return _pdf(page, f"Certificado de existencia — {creditor.name}")


@lru_cache(maxsize=32)
def _minimum_wage(year: int) -> Decimal:
    """The SMLMV that sets the cuantía (CGP art. 25; the nearest year known), as documents.context reads it."""
    known = sorted(int(y) for y in jurisdiction_data("CO")["minimum_wage"]["by_year"])
    wage = smlmv_co(min(max(year, known[0]), known[-1]))
    assert wage is not None
    return wage


def _court_for(case: DemoCase, on: dt.date) -> str:
    """The office the lawsuit goes to by amount (CGP arts. 17–20, 25): the judge «de reparto» of the city."""
    city = case.debtor.city.replace(" D.C.", "")
    wage = _minimum_wage(on.year)
    kind = "mínima" if case.debt.capital <= 40 * wage else "menor" if case.debt.capital <= 150 * wage else "mayor"
    if kind == "mínima" and has_small_claims_courts(case.debtor.city):
        return f"JUEZ DE PEQUEÑAS CAUSAS Y COMPETENCIA MÚLTIPLE DE {city.upper()} (REPARTO)"
    if kind in ("mínima", "menor"):
        return f"JUEZ CIVIL MUNICIPAL DE {city.upper()} (REPARTO)"
    return f"JUEZ CIVIL DEL CIRCUITO DE {city.upper()} (REPARTO)"


def _power_of_attorney(case: DemoCase, on: dt.date, lawyer: DemoLawyer) -> bytes:
    """The poder especial the creditor's legal representative grants the case's lawyer for this lawsuit."""
    c, d, debtor = case.creditor, case.debt, case.debtor
    page = _Page()
    page.centred(PAGE_HEIGHT - 70, "PODER ESPECIAL", size=15)
    y = page.lines(60, PAGE_HEIGHT - 105, (
        f"{debtor.city}, {_long(on)}",
        "",
        "Señor",
        _court_for(case, on),
        "E.        S.        D.",
        "",
        f"{c.legal_representative.upper()}, mayor de edad, identificado(a) con "
        f"C.C. {_grouped(c.legal_representative_cc)},",
        f"en calidad de representante legal de {c.name.upper()}, NIT {_grouped(c.nit)},",
        f"confiero poder especial, amplio y suficiente a {lawyer.name.upper()}, abogado(a) con",
        f"C.C. {lawyer.id_number} y T.P. {lawyer.card}, para que inicie y lleve hasta su terminación",
        f"PROCESO EJECUTIVO contra {debtor.name.upper()}, {_id(debtor)},",
        f"por la obligación {case.account_ref} contenida en el {_title_name(case)}, por un capital de",
        f"{_money(d.capital)} más los intereses moratorios causados desde el "
        f"{_long(d.due_date + dt.timedelta(days=1))}.",
        "",
        "El apoderado queda facultado conforme al artículo 77 del Código General del Proceso, en especial",
        "para recibir, conciliar, transigir, desistir, sustituir y reasumir.",
        "",
        "Sírvase reconocerle personería en los términos y para los fines de este poder.",
        "",
        "Otorgo,",
    ), size=10)
    page.signature(80, y - 40, c.legal_representative_cc)
    page.lines(70, y - 70, (c.legal_representative.upper(), f"C.C. {_grouped(c.legal_representative_cc)}",
                            "Representante legal"), size=8.5, lead=11)
    page.signature(340, y - 40, lawyer.id_number)
    page.lines(330, y - 70, ("Acepto,", lawyer.name.upper(), f"T.P. {lawyer.card}"), size=8.5, lead=11)
    return _pdf(page, f"Poder especial {case.account_ref}")


def _liquidation(case: DemoCase, on: dt.date, lawyer: DemoLawyer, table: RateTable | None, day_basis: int) -> bytes:
    """The credit liquidation at the filing date, from the desk's own rate table when there is one."""
    d = case.debt
    page = _Page()
    page.centred(PAGE_HEIGHT - 70, "LIQUIDACIÓN DEL CRÉDITO A LA FECHA DE RADICACIÓN", size=14)
    y = page.lines(60, PAGE_HEIGHT - 100, (
        f"Obligación {case.account_ref} — {_title_name(case)} — vencimiento {_day(d.due_date)}",
        f"Acreedor: {case.creditor.name} — Deudor: {case.debtor.name}, {_id(case.debtor)}",
        f"Capital: {_money(d.capital)}    Liquidada al {_long(on)}",
        "Intereses moratorios a la tasa máxima legal certificada por la Superintendencia Financiera"
        if d.agreed_moratory_rate is None else
        f"Intereses moratorios a la tasa pactada ({d.agreed_moratory_rate:.2f} % E.A.) sin exceder la máxima legal"
        .replace(".", ",", 1),
        "(art. 884 del Código de Comercio), liquidados día a día desde el día siguiente al vencimiento.",
        "",
    ), size=10)
    result = None
    if table is not None and on > d.due_date:
        paid = [PaymentIn(p.on, p.amount, p.reference) for p in case.payments if p.on <= on]
        try:
            result = liquidate(d.capital, d.due_date, on, table, paid, agreed_annual_rate=d.agreed_moratory_rate,
                               day_basis=day_basis, currency=d.currency)
        except LiquidationError:
            result = None
    if result is None:
        page.lines(60, y, (
            "Los intereses moratorios se liquidarán mes a mes con la tasa certificada vigente en cada",
            "periodo (CGP art. 446); a la fecha no hay tabla de tasas cargada que cubra todo el periodo.",
            "",
            f"Total capital adeudado: {_money(d.capital)}",
        ), size=10)
    else:
        columns = (60, 140, 220, 270, 360, 470)
        for x, title in zip(columns, ("Desde", "Hasta", "Días", "Tasa E.A.", "Capital base", "Interés"), strict=True):
            page.text(x, y, title, 10, bold=True)
        stretches = result.stretches
        if len(stretches) > 26:  # more than the page holds: the latest ones, the rest summed in the total
            page.text(60, y - 14, f"(… {len(stretches) - 25} tramos anteriores, incluidos en el total)", 9.5)
            y -= 14
            stretches = stretches[-25:]
        y = page.table(columns, y - 14, [
            (_day(s.start), _day(s.end), str(s.days), f"{s.annual_rate:.2f} %".replace(".", ","),
             _money(s.capital_base), _money(s.interest)) for s in stretches
        ]) + 14
        totals = [f"Total intereses moratorios: {_money(result.interest_accrued)}"]
        if result.payments_total:
            totals.append(f"Abonos recibidos: {_money(result.payments_total)} (aplicados primero a intereses)")
        totals.append(f"Total capital más intereses: {_money(result.total)}")
        y = page.lines(60, y - 30, totals, size=10)
    page.signature(70, 150, lawyer.id_number)
    page.lines(60, 120, (lawyer.name.upper(), f"T.P. {lawyer.card}", "Apoderado(a) de la parte demandante"),
               size=8.5, lead=11)
    return _pdf(page, f"Liquidación {case.account_ref}")


@lru_cache(maxsize=1)
def _stamp_ring() -> str:
    ring = _Page()
    ring.circle(470, 300, 52)
    return ring.ops[0]


def _delivery_certificate(case: DemoCase, notice: DemoNotice, lawyer: DemoLawyer | None) -> bytes:
    """The carrier's certificado de entrega of one notice: its tracking number, address and dates."""
    carrier = notice.carrier or "4-72"
    printed, band = _CARRIER_LOOK.get(carrier, (carrier, (0.2, 0.2, 0.2)))
    delivered = notice.delivered or notice.sent
    minute = zlib.crc32((notice.tracking or case.account_ref).encode()) % 600
    at = f"{8 + minute // 60:02d}:{minute % 60:02d}"
    c, debtor = case.creditor, case.debtor
    if notice.kind == "demand_letter":
        sender = f"{c.name} — {c.address}, {c.city}"
        content = f"Carta de requerimiento de pago (constitución en mora), obligación {case.account_ref}"
    else:
        office = lawyer.office if lawyer else f"{c.address}, {c.city}"
        sender = f"{lawyer.name if lawyer else c.name}, apoderado(a) de {c.name} — {office}"
        what = ("Citación para notificación personal (CGP art. 291)" if notice.kind == "summons_291"
                else "Notificación por aviso con copia del mandamiento de pago (CGP art. 292)")
        court = f"{case.court}, radicado {case.radicado}" if case.court else "proceso ejecutivo"
        content = f"{what} — {court}"
    receiver = (f"{debtor.name.split()[0]} {debtor.name.split()[-2]}, {_id(debtor)}" if not debtor.is_company
                else f"Recepción de {debtor.name}")
    page = _Page()
    page.colour(band)
    page.rect(0, PAGE_HEIGHT - 90, PAGE_WIDTH, 90)
    page.colour((1, 1, 1))
    page.text(54, PAGE_HEIGHT - 58, carrier, 24, bold=True)
    page.text(54, PAGE_HEIGHT - 78, printed, 10)
    page.colour((0, 0, 0))
    page.centred(PAGE_HEIGHT - 130, "CERTIFICADO DE ENTREGA", size=16)
    lines = [
        f"Guía / número de envío: {notice.tracking}",
        f"Remitente: {sender}",
        f"Destinatario: {debtor.name}",
        f"Dirección: {notice.recipient}",
        "Contenido declarado:",
        f"   {content}",
        f"Fecha de admisión: {_day(notice.sent)}",
        f"Fecha de entrega: {_day(delivered)} {at}",
        f"Resultado: ENTREGADO — recibió: {receiver}",
        "",
        "El operador postal certifica que el envío fue entregado en la dirección indicada,",
        "con cotejo del contenido, de acuerdo con la Ley 1369 de 2009.",
    ]
    page.lines(60, PAGE_HEIGHT - 170, lines, size=9.5, lead=15)
    page.colour(band, stroke=True)
    page.colour(band)
    page.ops.append(_stamp_ring())
    page.centred(310, carrier.upper(), size=9, x=470)
    page.centred(297, "ENTREGADO", size=9, x=470)
    page.centred(284, f"{delivered.day:02d} {_MONTH_ABBR[delivered.month - 1]} {delivered.year}", size=9, x=470)
    return _pdf(page, f"Certificado de entrega {notice.tracking}")


def _payment_agreement(case: DemoCase, on: dt.date, lawyer: DemoLawyer | None) -> bytes:
    """The signed acuerdo de pago with the case's own total and instalments."""
    agreement = case.agreement
    c, debtor = case.creditor, case.debtor
    page = _Page()
    page.centred(PAGE_HEIGHT - 70, "ACUERDO DE PAGO", size=15)
    filed = any(h.stage == "FILED" for h in case.history)
    rows: tuple[tuple[dt.date, Decimal, dt.date | None], ...] = ()
    if agreement is None:  # an accepted offer without its schedule: the offer's terms
        offer = next(o for o in case.settlement_offers if o.evidence_key)
        total, count = offer.amount, offer.instalments
    else:
        total, count, rows = agreement.total, len(agreement.instalments), agreement.instalments
    y = page.lines(60, PAGE_HEIGHT - 105, (
        f"{debtor.city}, {_long(on)}",
        "",
        f"Entre {c.name.upper()}, NIT {_grouped(c.nit)} (el acreedor), y {debtor.name.upper()},",
        f"{_id(debtor)} (el deudor), respecto de la obligación {case.account_ref} ({_title_name(case)}), se acuerda:",
        "",
        f"1. El deudor reconoce deber y pagará la suma de {_money(total)} en {count} cuotas mensuales.",
        "2. El incumplimiento de una cuota hace exigible el saldo y "
        + ("reanuda el proceso ejecutivo." if filed else "permite iniciar el proceso ejecutivo."),
        "3. Cumplido el acuerdo, el acreedor declarará a paz y salvo la obligación"
        + (" y solicitará la terminación" if filed else "."),
        "   del proceso y el levantamiento de las medidas cautelares." if filed else "",
        "",
    ), size=10)
    page.text(80, y, "Cuota", 10, bold=True)
    page.text(180, y, "Fecha", 10, bold=True)
    page.text(320, y, "Valor", 10, bold=True)
    y = page.table((80, 180, 320), y - 14, [(str(k), _day(due), _money(amount))
                                            for k, (due, amount, _paid) in enumerate(rows, start=1)]) + 14
    attorney = (f"Por el acreedor: {lawyer.name}", f"T.P. {lawyer.card}") if lawyer else (
        f"Por el acreedor: {c.legal_representative}", "Representante legal")
    signers = [("El deudor", debtor.name, _id(debtor)), ("Apoderado(a) del acreedor", *attorney)]
    _signatures(page, y - 60, signers)
    return _pdf(page, f"Acuerdo de pago {case.account_ref}")


def evidence_pdf(
    case: DemoCase,
    evidence: DemoEvidence,
    lawyer: DemoLawyer | None = None,
    rates: RateTable | None = None,
    day_basis: int = 365,
) -> bytes:
    """The PDF of one of the case's evidence files, naming what the case names."""
    key = evidence.key
    if key == "certificado_existencia":
        return _existence_certificate(case.creditor, evidence.on)
    if key in _TITLE_KEYS:
        return _title(case)
    if key in _DELIVERY_KEYS:
        notice = next(n for n in case.notices if n.proof_key == key)
        return _delivery_certificate(case, notice, lawyer)
    lawyer = lawyer or DemoLawyer("Laura Restrepo Gaviria", "52.874.113", "187.654 del C. S. de la J.",
                                  "Carrera 7 # 71-21, oficina 902, Bogotá D.C.")
    if key == "poder_especial_firmado":
        return _power_of_attorney(case, evidence.on, lawyer)
    if key == "liquidacion_radicacion":
        return _liquidation(case, evidence.on, lawyer, rates, day_basis)
    if key == "acuerdo_pago":
        return _payment_agreement(case, evidence.on, lawyer)
    raise ValueError(f"clave de prueba de demostración desconocida: {key}")


#: A demo draws this many cases' evidence from the cases themselves; later ones (a portfolio of 100,000 made
#: to try the app at scale) share one illustrative copy per kind of file, which names no case: drawing and
#: storing 3.3 files for every case took a 100,000-case demo from 77 s to 132 s and its store to 1.3 GB.
OWN_FILES: Final = 10_000

_GENERIC_NAMES: Final = {
    "certificado_existencia": "Certificado de existencia y representación legal",
    "poder_especial_firmado": "Poder especial",
    "liquidacion_radicacion": "Liquidación del crédito",
    "acuerdo_pago": "Acuerdo de pago",
    **dict(_TITLE_FILES.values()),
    **dict.fromkeys(_CARRIER_KEYS.values(), "Certificado de entrega"),
    **{key: f"Certificado de entrega de {what}" for key, what in _SERVICE_FILES.values()},
}


def illustrative_pdf(key: str) -> bytes:
    """The shared stand-in for evidence `key` of a demo case past the first OWN_FILES: it names no case."""
    title = _GENERIC_NAMES.get(key, key)
    page = _Page()
    page.centred(700, title.upper(), 15)
    page.centred(676, "Copia ilustrativa — cartera de demostración", 11, bold=False)
    page.lines(
        72,
        620,
        [
            f"Los primeros {OWN_FILES:,} expedientes de una cartera de demostración llevan este".replace(",", "."),
            "documento elaborado con sus propios datos (acreedor, deudor, obligación, valores y fechas).",
            "Los expedientes siguientes, creados para probar el programa con carteras grandes, comparten",
            "esta copia, que no corresponde a ningún expediente ni a ningún título real.",
        ],
        size=10.5,
        lead=16,
    )
    return _pdf(page, f"{title} (copia ilustrativa)")


def case_evidence_pdfs(
    case: DemoCase, lawyer: DemoLawyer | None = None, rates: RateTable | None = None, day_basis: int = 365
) -> dict[str, bytes]:
    """Every evidence file of the case by DemoEvidence.key; the same case gives the same bytes."""
    return {ev.key: evidence_pdf(case, ev, lawyer, rates, day_basis) for ev in case.evidence}


_TITLE_KEYS: Final = frozenset(key for key, _what in _TITLE_FILES.values())
_DELIVERY_KEYS: Final = frozenset((*_CARRIER_KEYS.values(), *(key for key, _what in _SERVICE_FILES.values())))
