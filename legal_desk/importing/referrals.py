"""Reading a bulk referral file (*entrega de cartera*): CSV or XLSX rows checked into plain data.

The file format is the contract in CLI.md ("Referral file"). This module only reads and validates;
duplicates against the database and the writing itself belong to the hand-over service.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import itertools
import operator
import re
import zipfile
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final, NamedTuple

from legal_desk.domain import messages as M
from legal_desk.domain.dates import DateError, parse_date
from legal_desk.domain.ids import ALLOWED_ID_TYPES, IdError, normalize_id, normalize_id_type, type_not_used
from legal_desk.domain.messages import Text, TextError, text_of
from legal_desk.domain.money import CENT, MAX_AMOUNT, AmountError, format_money_co, parse_amount
from legal_desk.domain.search_words import words_for
from legal_desk.domain.text import fold, sort_key

__all__ = [
    "CANONICAL_COLUMNS",
    "CHUNK_ROWS",
    "JURISDICTIONS",
    "MAX_CAPITAL",
    "REQUIRED_COLUMNS",
    "TITLE_TYPES",
    "ColumnSpec",
    "HeaderInspection",
    "ReferralChunk",
    "ReferralFileError",
    "ReferralFileInfo",
    "ReferralReadResult",
    "ReferralRow",
    "RowError",
    "guess_mapping",
    "inspect_file",
    "inspect_headers",
    "open_referrals",
    "read_referrals",
    "search_document",
]


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One canonical column of the referral file, with its labels and the header spellings it accepts."""

    key: str  # canonical English key, e.g. "account_ref"
    header_es: str  # canonical Spanish header, e.g. "numero_obligacion"
    label_es: str  # for people, e.g. "Número de obligación"
    label_en: str  # for people, e.g. "Account reference"
    required: bool
    aliases: tuple[str, ...] = ()  # further spellings, already in header-key form (see _header_key)


CANONICAL_COLUMNS: Final[dict[str, ColumnSpec]] = {
    spec.key: spec
    for spec in (
        ColumnSpec(
            "account_ref",
            "numero_obligacion",
            "Número de obligación",
            "Account reference",
            True,
            (
                "account_reference",
                "account",
                "reference",
                "ref",
                "obligacion",
                "no_obligacion",
                "nro_obligacion",
                "num_obligacion",
                "referencia",
                "numero_credito",
                "credito",
                "numero_cuenta",
                "cuenta",
            ),
        ),
        ColumnSpec(
            "debtor_name",
            "nombre_deudor",
            "Nombre del deudor",
            "Debtor name",
            True,
            (
                "debtor",
                "name",
                "deudor",
                "nombre",
                "nombres_apellidos",
                "nombre_completo",
                "razon_social",
                "nombre_razon_social",
            ),
        ),
        ColumnSpec(
            "debtor_id_type",
            "tipo_documento",
            "Tipo de documento",
            "Debtor ID type",
            True,
            (
                "id_type",
                "tipo_documento_deudor",
                "tipo_identificacion",
                "tipo_id",
                "tipo_doc",
                "debtor_document_type",
                "document_type",
            ),
        ),
        ColumnSpec(
            "debtor_id_number",
            "numero_documento",
            "Número de documento",
            "Debtor ID number",
            True,
            (
                "id_number",
                "debtor_id",
                "numero_documento_deudor",
                "documento",
                "no_documento",
                "nro_documento",
                "identificacion",
                "numero_identificacion",
                "cedula",
                "nit",
                "debtor_document_number",
                "document_number",
            ),
        ),
        ColumnSpec(
            "capital",
            "capital",
            "Capital",
            "Principal",
            True,
            ("amount", "principal", "saldo_capital", "valor_capital", "capital_adeudado", "monto"),
        ),
        ColumnSpec(
            "due_date",
            "fecha_vencimiento",
            "Fecha de vencimiento",
            "Due date",
            True,
            ("vencimiento", "fecha_exigibilidad", "fecha_mora", "maturity_date"),
        ),
        ColumnSpec("currency", "moneda", "Moneda", "Currency", False, ("divisa",)),
        ColumnSpec(
            "title_type",
            "tipo_titulo",
            "Tipo de título",
            "Title type",
            False,
            ("titulo", "tipo_titulo_valor", "instrument_type"),
        ),
        ColumnSpec(
            "title_number",
            "numero_titulo",
            "Número del título",
            "Title number",
            False,
            ("no_titulo", "nro_titulo", "numero_pagare", "instrument_number"),
        ),
        ColumnSpec(
            "debtor_email",
            "correo",
            "Correo electrónico",
            "Debtor e-mail",
            False,
            ("email", "e_mail", "correo_electronico", "correo_deudor", "mail"),
        ),
        ColumnSpec(
            "debtor_phone",
            "telefono",
            "Teléfono",
            "Debtor phone",
            False,
            ("phone", "telefono_deudor", "celular", "movil", "telefono_celular"),
        ),
        ColumnSpec(
            "debtor_address",
            "direccion",
            "Dirección",
            "Debtor address",
            False,
            ("address", "direccion_deudor", "direccion_notificacion"),
        ),
        ColumnSpec("debtor_city", "ciudad", "Ciudad", "Debtor city", False, ("city", "ciudad_deudor", "municipio")),
        ColumnSpec(
            "guarantor_name",
            "nombre_codeudor",
            "Nombre del codeudor",
            "Guarantor name",
            False,
            ("guarantor", "codeudor", "nombre_avalista", "avalista", "nombre_fiador", "fiador"),
        ),
        ColumnSpec(
            "guarantor_id_type",
            "tipo_documento_codeudor",
            "Tipo de documento del codeudor",
            "Guarantor ID type",
            False,
            ("tipo_documento_avalista", "tipo_identificacion_codeudor", "tipo_doc_codeudor"),
        ),
        ColumnSpec(
            "guarantor_id_number",
            "numero_documento_codeudor",
            "Número de documento del codeudor",
            "Guarantor ID number",
            False,
            (
                "documento_codeudor",
                "numero_documento_avalista",
                "identificacion_codeudor",
                "numero_identificacion_codeudor",
                "nro_documento_codeudor",
            ),
        ),
        ColumnSpec("jurisdiction", "jurisdiccion", "Jurisdicción", "Jurisdiction", False, ("pais", "country")),
        ColumnSpec(
            "notes",
            "observaciones",
            "Observaciones",
            "Notes",
            False,
            ("notas", "comentarios", "observacion", "comments"),
        ),
    )
}
REQUIRED_COLUMNS: Final = tuple(key for key, spec in CANONICAL_COLUMNS.items() if spec.required)

TITLE_TYPES: Final = ("pagare", "letra", "factura", "contrato", "cheque")
JURISDICTIONS: Final = ("CO", "AR", "MX", "ES")
DEFAULT_CURRENCY: Final[dict[str, str]] = {"CO": "COP", "AR": "ARS", "MX": "MXN", "ES": "EUR"}
MAX_CAPITAL: Final = MAX_AMOUNT  # what SQLite keeps to the cent (money.MAX_AMOUNT)
_GUARANTOR: Final = ("guarantor_name", "guarantor_id_type", "guarantor_id_number")

_STOPWORDS: Final = frozenset({"de", "del", "la", "el", "los", "las", "y", "en", "the", "of"})
_NON_ALNUM: Final = re.compile(r"[^0-9a-z]+")
_NOT_DIGIT: Final = re.compile(r"\D+")
_PARENTHESES: Final = re.compile(r"\([^)]*\)")
_FLOAT_TAILS: Final = frozenset({".0", ",0", ".00", ",00"})
_FLOAT_ID: Final = re.compile(r"^(\d+)[.,]00?$")
_EMAIL: Final = re.compile(r"^[^@\s;,<>]+@[^@\s;,<>]+\.[a-z]{2,}$")
_PHONE: Final = re.compile(r"^\+?[\d\s().\-/]{7,25}(?:\s*(?:ext\.?|extension)\s*\d{1,6})?$", re.IGNORECASE)
_TITLES: Final[dict[str, str]] = {
    "pagare": "pagare",
    "letra": "letra",
    "letra de cambio": "letra",
    "factura": "factura",
    "factura de venta": "factura",
    "factura electronica": "factura",
    "factura electronica de venta": "factura",
    "contrato": "contrato",
    "cheque": "cheque",
    "promissory note": "pagare",
    "bill of exchange": "letra",
    "invoice": "factura",
    "contract": "contrato",
}
_JURISDICTION_NAMES: Final[dict[str, str]] = {
    "co": "CO",
    "colombia": "CO",
    "ar": "AR",
    "argentina": "AR",
    "mx": "MX",
    "mexico": "MX",
    "es": "ES",
    "espana": "ES",
    "spain": "ES",
}
_PROGRESS_EVERY: Final = 1000
_ROW_COLUMN: Final = "(fila)"  # RowError.column for a problem with the whole row


class ReferralFileError(TextError):
    """The file as a whole cannot be read (missing, unreadable, empty, wrong format, columns missing).

    Raised with a catalogue `Text` (legal_desk.domain.messages): `message` and `str()` are the Spanish
    sentence (CLI, reports), `text` lets the desktop interface word it in its language.
    """

    def __init__(self, message: str | Text) -> None:
        super().__init__(message)
        self.message = str(message)

    def __reduce__(self) -> tuple[type[ReferralFileError], tuple[str | Text]]:
        return type(self), (text_of(self),)  # keeps the `Text` across processes (pickle)


@dataclass(frozen=True, slots=True)
class RowError:
    """One bad field of one row: line as the file shows it, column header as written, reason.

    `message` is the Spanish reason (CLI, reports); `text` the same reason as a catalogue `Text`
    (legal_desk.domain.messages) when it has one, so the desktop interface can word it in its language.
    """

    line: int
    column: str
    message: str
    text: Text | None = field(default=None, compare=False)

    @classmethod
    def of(cls, line: int, column: str, reason: str | Text) -> RowError:
        """The error of a cell from its reason, a `Text` or a plain Spanish string."""
        return cls(line, column, str(reason), reason if isinstance(reason, Text) else None)


class ReferralRow(NamedTuple):
    """One valid referral (account handed over to legal), normalised; optional texts are None if blank.

    A named tuple rather than a dataclass: an import may move 100,000 of them from the reader
    process to the writer (legal_desk.importing.background), and tuples pickle several times faster.
    """

    line: int
    account_ref: str
    debtor_name: str
    debtor_id_type: str  # one of ID_TYPES
    debtor_id_number: str  # normalize_id form: NIT as "900123456-8"
    capital: Decimal  # > 0, two decimals
    due_date: dt.date
    currency: str  # ISO 4217, upper case; default by jurisdiction (COP for CO)
    title_type: str | None  # one of TITLE_TYPES
    title_number: str | None
    debtor_email: str | None  # lower case
    debtor_phone: str | None
    debtor_address: str | None
    debtor_city: str | None
    guarantor_name: str | None  # the three guarantor fields are all set or all None
    guarantor_id_type: str | None
    guarantor_id_number: str | None
    jurisdiction: str  # one of JURISDICTIONS, default "CO"
    notes: str | None


@dataclass(frozen=True, slots=True)
class ReferralReadResult:
    """What a referral file held: valid rows, errors per field, and facts about the file."""

    rows: list[ReferralRow]
    errors: list[RowError]
    headers: list[str]  # as written in the file
    total_lines: int  # data rows read (header and blank rows not counted)
    mapping: dict[str, str] = field(default_factory=dict)  # header as written → canonical key used
    encoding: str | None = None  # CSV only: "utf-8", "utf-8-sig", "cp1252" or "utf-16"
    delimiter: str | None = None  # CSV only
    header_line: int = 1  # line (CSV) or sheet row (XLSX) of the headers; title rows above are skipped
    sheet: str | None = None  # XLSX: the sheet read
    sheets: int = 0  # XLSX: sheets in the workbook

    @property
    def rejected_lines(self) -> list[int]:
        """Lines with at least one error, in order."""
        return sorted({e.line for e in self.errors})


# ---------------------------------------------------------------- header mapping


def _header_key(header: str) -> str:
    """`Número de obligación` → `numero_obligacion`: folded, punctuation as `_`, Spanish stopwords out."""
    words = _NON_ALNUM.sub(" ", fold(header)).split()
    return "_".join(w for w in words if w not in _STOPWORDS)


_KEY_TO_CANONICAL: Final[dict[str, str]] = {}
for _spec in CANONICAL_COLUMNS.values():
    for _alias in (
        _spec.key,
        _spec.header_es,
        _header_key(_spec.label_es),
        _header_key(_spec.label_en),
        *_spec.aliases,
    ):
        _KEY_TO_CANONICAL.setdefault(_alias, _spec.key)


def guess_mapping(headers: Sequence[str]) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """Map headers as written to canonical keys; also list (first, second, key) headers meaning the same."""
    mapping: dict[str, str] = {}
    taken: dict[str, str] = {}
    conflicts: list[tuple[str, str, str]] = []
    for header in headers:
        if not header or header in mapping:
            continue
        key = _KEY_TO_CANONICAL.get(_header_key(header))
        if key is None and "(" in header:  # «Saldo capital (COP)», «Capital ($)»: the unit is not the name
            key = _KEY_TO_CANONICAL.get(_header_key(_PARENTHESES.sub(" ", header)))
        if key is None:
            continue
        if key in taken:
            conflicts.append((taken[key], header, key))
            continue
        taken[key] = header
        mapping[header] = key
    return mapping, conflicts


def _missing(mapping: dict[str, str]) -> list[str]:
    """Required canonical keys no header maps to."""
    present = set(mapping.values())
    return [key for key in REQUIRED_COLUMNS if key not in present]


def _describe(keys: Iterable[str]) -> str:
    """`numero_obligacion (account_ref), capital (capital)` for messages."""
    return ", ".join(f"{CANONICAL_COLUMNS[k].header_es} ({k})" for k in keys)


def _apply_column_map(
    headers: list[str], column_map: dict[str, str] | None, where: Text | None = None
) -> dict[str, str]:
    """The guessed mapping with the user's choices (header → canonical key, "" to ignore) on top.

    `where` names the row the headers were read from, for the refusal when required columns are missing.
    """
    mapping, conflicts = guess_mapping(headers)
    if column_map:
        present = set(headers)
        for header, key in column_map.items():
            if header not in present:
                raise ReferralFileError(Text(M.FILE_MAPPED_COLUMN_MISSING, header=header))
            if key and key not in CANONICAL_COLUMNS:
                raise ReferralFileError(Text(M.FILE_UNKNOWN_FIELD, key=key))
            mapping.pop(header, None)
            if key:
                for other in [h for h, k in mapping.items() if k == key]:
                    del mapping[other]
                mapping[header] = key
        chosen = {k for h, k in column_map.items() if k}
        ignored = set(column_map)
        conflicts = [c for c in conflicts if c[2] not in chosen and not {c[0], c[1]} & ignored]
    if conflicts:
        first, second, key = conflicts[0]
        raise ReferralFileError(
            Text(M.FILE_SAME_COLUMN, first=first, second=second, header=CANONICAL_COLUMNS[key].header_es)
        )
    missing = _missing(mapping)
    if missing:
        if where is None:
            raise ReferralFileError(Text(M.FILE_MISSING_COLUMNS, columns=_describe(missing)))
        raise ReferralFileError(
            Text(M.FILE_MISSING_COLUMNS_AT, columns=_describe(missing), where=where, headers=_quote_headers(headers))
        )
    return mapping


def _quote_headers(headers: Sequence[str], limit: int = 12) -> str:
    """`«Cliente», «Saldo», …` — the headers as read (newlines shown as spaces), the first `limit` of them."""
    shown = [f"«{' '.join(h.split())}»" for h in headers[:limit] if h]
    return ", ".join(shown) + (", …" if len(headers) > limit else "")


# ---------------------------------------------------------------- reading the file


_XLSX_SUFFIXES: Final = frozenset({".xlsx", ".xlsm"})
_OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CSV_SUFFIXES: Final = frozenset({".csv", ".txt", ".tsv"})
_DELIMITERS: Final = ";,\t|"


@dataclass(slots=True)
class _Source:
    """Rows of a file as (line, cells) after the header, with the header and CSV facts."""

    headers: list[str]
    rows: Iterator[tuple[int, Sequence[object]]]
    encoding: str | None = None
    delimiter: str | None = None
    spreadsheet: bool = False  # cells may be numbers, dates or None rather than text
    estimated_rows: int = 0  # data rows the file seems to hold (for progress; 0 if unknown)
    header_line: int = 1  # line (CSV) or sheet row (XLSX) the headers were read from
    sheet: str | None = None  # XLSX: the sheet read
    sheets: int = 0  # XLSX: how many sheets the workbook has
    close: Callable[[], None] | None = None  # releases the file when the rows are not read to the end
    merges: set[_Merge] = field(default_factory=set)  # XLSX: merged ranges over several data rows

    def data(self, mapping: dict[str, str]) -> Iterator[tuple[int, Sequence[object]]]:
        """The rows, merged cells read as the sheet shows them (see _fill_merged); the capital column by `mapping`."""
        if not self.merges:
            return self.rows
        capital = next((self.headers.index(h) for h, k in mapping.items() if k == "capital"), None)
        return _fill_merged(self.rows, self.merges, capital)

    @property
    def where(self) -> Text:
        """The row the headers were read from, for messages: «línea 3» or «fila 4 de la hoja «Detalle»»."""
        if self.sheet is None:
            return Text(M.FILE_HEADER_LINE, line=self.header_line)
        return Text(M.FILE_HEADER_ROW, line=self.header_line, sheet=self.sheet)


_HEADER_SCAN: Final = 30  # non-blank rows looked at for the header row (title rows may come first)


class _Header(NamedTuple):
    line: int
    headers: list[str]
    score: tuple[int, int]  # (required columns recognised, columns recognised)
    rest: Iterator[tuple[int, Sequence[object]]]  # the rows after the header


def _header_score(headers: list[str]) -> tuple[int, int]:
    """How much of a header row a row is: required columns it names, then columns it names."""
    keys = set(guess_mapping(headers)[0].values())
    return sum(1 for k in REQUIRED_COLUMNS if k in keys), len(keys)


def _find_header(rows: Iterator[tuple[int, Sequence[object]]], as_text: Callable[[object], str]) -> _Header | None:
    """The header row among the first non-blank rows: title rows above it (the bank's name, the date of the
    cut) are skipped.

    The first row naming every required column is the header; failing that, the row naming the most
    (at least two, more than the first row); failing that, the first non-blank row, whose columns the
    user then maps by hand. None when there is no non-blank row at all.
    """
    seen: list[tuple[int, Sequence[object], list[str], tuple[int, int]]] = []
    chosen = -1
    for line, cells in rows:
        headers = [as_text(c) for c in cells]
        if not any(headers):
            continue
        while not headers[-1]:
            headers.pop()
        score = _header_score(headers)
        seen.append((line, cells, headers, score))
        if score[0] == len(REQUIRED_COLUMNS):
            chosen = len(seen) - 1
            break
        if len(seen) >= _HEADER_SCAN:
            break
    if not seen:
        return None
    if chosen < 0:
        best = max(range(len(seen)), key=lambda i: (seen[i][3], -i))
        chosen = best if seen[best][3][0] >= 2 and seen[best][3] > seen[0][3] else 0
    line, _cells, headers, score = seen[chosen]
    after = [(ln, cells) for ln, cells, _h, _s in seen[chosen + 1 :]]
    return _Header(line, headers, score, itertools.chain(after, rows))


def _check_path(path: Path) -> str:
    """The lower-case suffix of a readable file, or ReferralFileError."""
    if not path.exists():
        raise ReferralFileError(Text(M.FILE_NOT_FOUND, path=path))
    if not path.is_file():
        raise ReferralFileError(Text(M.FILE_NOT_A_FILE, path=path))
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ReferralFileError(Text(M.FILE_XLS, name=path.name))
    if suffix == ".ods":
        raise ReferralFileError(Text(M.FILE_LOOKS_ODS, name=path.name))
    if suffix not in _XLSX_SUFFIXES | _CSV_SUFFIXES:
        raise ReferralFileError(Text(M.FILE_EXTENSION, name=path.name, suffix=path.suffix))
    return suffix


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """Text and encoding of a CSV: UTF-8 (BOM or not) strictly, else Windows-1252; binary refused."""
    if not data.strip():
        raise ReferralFileError(Text(M.FILE_EMPTY, name=path.name))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ReferralFileError(Text(M.FILE_UTF16_DAMAGED, name=path.name)) from exc
    head = data[:4096]
    if head.startswith(b"PK\x03\x04"):
        raise ReferralFileError(Text(M.FILE_LOOKS_XLSX, name=path.name))
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReferralFileError(Text(M.FILE_LOOKS_XLS, name=path.name))
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    if b"\x00" in head or controls > len(head) // 100:
        raise ReferralFileError(Text(M.FILE_BINARY, name=path.name))
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise ReferralFileError(Text(M.FILE_BAD_UTF8, name=path.name)) from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise ReferralFileError(Text(M.FILE_ENCODING, name=path.name)) from exc


def _pick_delimiter(text: str) -> str:
    """Sniff the delimiter on a sample, then make sure the header line agrees (decimal commas fool it)."""
    lines = [ln for ln in text[:65536].splitlines()[:50] if ln.strip()]
    if not lines:
        return ","
    header = lines[0]
    counts = {d: header.count(d) for d in _DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines), delimiters=_DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    best = max(_DELIMITERS, key=lambda d: counts[d])
    if sniffed in counts and counts[sniffed] >= counts[best] and counts[sniffed] > 0:
        return sniffed
    return best if counts[best] else (sniffed or ",")


def _csv_source(path: Path) -> _Source:
    """Open a CSV: decode, detect the delimiter, find the header (first non-blank record)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReferralFileError(Text(M.FILE_UNREADABLE, name=path.name, reason=exc.strerror or str(exc))) from exc
    text, encoding = _decode(path, data)
    delimiter = _pick_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)

    def records() -> Iterator[tuple[int, list[str]]]:
        """(first line of the record, cells), blank lines skipped."""
        previous = 0
        try:
            for cells in reader:
                start, previous = previous + 1, reader.line_num
                if cells:
                    yield start, cells
        except csv.Error as exc:
            bad = Text(M.FILE_BAD_CSV, name=path.name, line=reader.line_num, detail=str(exc))
            raise ReferralFileError(bad) from exc

    found = _find_header(records(), _strip)
    if found is None:
        raise ReferralFileError(Text(M.FILE_EMPTY, name=path.name))
    estimated = max(text.count("\n") - found.line, 0)
    return _Source(found.headers, found.rest, encoding, delimiter, estimated_rows=estimated, header_line=found.line)


def _strip(cell: object) -> str:
    return cell.strip()  # type: ignore[attr-defined, no-any-return]  # a CSV cell is a str


_UNCALCULATED: Final = re.compile(
    rb'<c r="([A-Z]{1,3}[0-9]+)"([^>]*)>(?:<f[^>]*/>|<f[^>]*>([^<]*)</f>)(<v\s*/>|<v>\s*</v>)?</c>'
)


_MERGE: Final = re.compile(rb'<mergeCell ref="([A-Z]{1,3})([0-9]+):([A-Z]{1,3})([0-9]+)"')


class _Merge(NamedTuple):
    """A range of merged cells: its first and last row, and its first column (0-based)."""

    first_row: int
    last_row: int
    column: int


def _scan_sheet(path: Path, member: str) -> tuple[tuple[str, str] | None, set[_Merge]]:
    """Read from the sheet's XML: (cell, formula) of the first formula cell that has no cached value,
    and the merged ranges spanning several rows.

    A workbook written by a program (not saved by Excel or LibreOffice) may hold formulas nobody
    calculated; read with cached values only, those cells look empty, which would be misreported
    as "required and empty". Merged cells, which read-only reading does not give, likewise read
    empty below their first row.
    """
    from openpyxl.utils.cell import column_index_from_string

    merges: set[_Merge] = set()
    if not member:
        return None, merges
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member.lstrip("/")) as xml:
            tail = b""
            while chunk := xml.read(1 << 20):
                data = tail + chunk
                for found in _UNCALCULATED.finditer(data):
                    if found.group(4) and b't="str"' in found.group(2):
                        continue  # Excel's cached value of a formula that yields "" (e.g. an IF)
                    formula = (found.group(3) or b"").decode("utf-8", "replace")
                    return (found.group(1).decode(), formula), merges
                if b"<mergeCell " in data:
                    for m in _MERGE.finditer(data):
                        first, last = int(m.group(2)), int(m.group(4))
                        if last > first:
                            merges.add(_Merge(first, last, column_index_from_string(m.group(1).decode()) - 1))
                tail = data[-8192:]
    except (KeyError, OSError, zipfile.BadZipFile):
        return None, set()
    return None, merges


class _MergedBlank:
    """A cell below the first row of a merged range whose value cannot be repeated (a capital)."""

    __slots__ = ("cell", "first")

    def __init__(self, cell: str, first: str) -> None:
        self.cell, self.first = cell, first

    def __str__(self) -> str:
        return ""


def _fill_merged(
    rows: Iterator[tuple[int, Sequence[object]]], merges: set[_Merge], keep_blank: int | None
) -> Iterator[tuple[int, Sequence[object]]]:
    """The rows with each merged range's value repeated in the rows below its first one, as the sheet
    shows it (a report grouped by debtor merges the debtor's name and document over their accounts).

    Column `keep_blank` (the capital) is not repeated: an amount does not split between rows; its
    cells there read as _MergedBlank, which the capital check names.
    """
    from openpyxl.utils.cell import get_column_letter

    below: dict[int, list[_Merge]] = {}
    for merge in merges:
        for row in range(merge.first_row + 1, merge.last_row + 1):
            below.setdefault(row, []).append(merge)
    tops: dict[int, set[int]] = {}
    for merge in merges:
        tops.setdefault(merge.first_row, set()).add(merge.column)
    values: dict[tuple[int, int], object] = {}
    for line, cells in rows:
        for column in tops.get(line, ()):
            if column < len(cells):
                values[(line, column)] = cells[column]
        fills = below.get(line)
        if fills:
            filled = list(cells)
            for merge in fills:
                if merge.column >= len(filled):
                    filled.extend([None] * (merge.column + 1 - len(filled)))
                if filled[merge.column] is not None:
                    continue
                letter = get_column_letter(merge.column + 1)
                if merge.column == keep_blank:
                    filled[merge.column] = _MergedBlank(f"{letter}{line}", f"{letter}{merge.first_row}")
                else:
                    filled[merge.column] = values.get((merge.first_row, merge.column))
            cells = filled
        yield line, cells


def _not_a_workbook(path: Path) -> ReferralFileError:
    """The refusal of a file named .xlsx that is no ZIP package, saying what it is instead."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        return ReferralFileError(Text(M.FILE_UNREADABLE, name=path.name, reason=exc.strerror or str(exc)))
    if head.startswith(_OLE_MAGIC):
        # Excel 97-2003, or a password-protected workbook: Office wraps the encrypted package in an OLE2
        # file with «EncryptionInfo» and «EncryptedPackage» streams ([MS-OFFCRYPTO] 2.3.4.4)
        import olefile

        try:
            with olefile.OleFileIO(str(path)) as ole:
                encrypted = bool(ole.exists("EncryptedPackage") and ole.exists("EncryptionInfo"))
        except (OSError, ValueError):
            encrypted = False
        return ReferralFileError(Text(M.FILE_ENCRYPTED if encrypted else M.FILE_XLS, name=path.name))
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")) or (
        head.strip() and b"\x00" not in head and controls <= len(head) // 100
    ):
        return ReferralFileError(Text(M.FILE_LOOKS_TEXT, name=path.name))
    return ReferralFileError(Text(M.FILE_NOT_ZIP, name=path.name))


def _is_ods(path: Path) -> bool:
    """An OpenDocument spreadsheet (LibreOffice's .ods), whatever its name says."""
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument")
    except (KeyError, OSError, zipfile.BadZipFile):
        return False


def _xlsx_source(path: Path, *, scan: bool = True) -> _Source:
    """Open a workbook read-only and find its data: the sheet and row holding the header; lines are sheet rows.

    The first sheet whose header names every required column is read (a summary or parameters sheet
    before it is passed over); failing that, the sheet whose header names most, the first on a tie.
    Hidden sheets are only looked at when no visible one has data. Without `scan` the sheet's XML is
    not read through for uncalculated formulas and merged cells (only the headers are wanted).
    """
    if not zipfile.is_zipfile(path):
        raise _not_a_workbook(path)
    if _is_ods(path):
        raise ReferralFileError(Text(M.FILE_LOOKS_ODS, name=path.name))
    from openpyxl import load_workbook  # imported here: costly, and CSV imports do not need it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, zipfile.BadZipFile, OSError, ValueError, TypeError) as exc:
        raise ReferralFileError(Text(M.FILE_BAD_XLSX, name=path.name, detail=str(exc))) from exc
    sheets = workbook.worksheets
    if not sheets:
        workbook.close()
        raise ReferralFileError(Text(M.FILE_NO_SHEETS, name=path.name))
    visible = [ws for ws in sheets if getattr(ws, "sheet_state", "visible") == "visible"]
    order = visible + [ws for ws in sheets if ws not in visible]
    best: tuple[Any, _Header, Generator[Any, None, None]] | None = None
    for position, ws in enumerate(order):
        if best is not None and position == len(visible):
            break  # hidden sheets only when no visible one has data
        raw = ws.iter_rows(min_row=1, values_only=True)
        found = _find_header(enumerate(raw, start=1), _cell_text)
        if found is None:
            continue
        if best is None or found.score > best[1].score:
            if best is not None:
                best[2].close()  # stops reading that sheet's XML
            best = (ws, found, raw)
        else:
            raw.close()
        if found.score[0] == len(REQUIRED_COLUMNS):
            break
    if best is None:
        workbook.close()
        raise ReferralFileError(Text(M.FILE_EMPTY_SHEET if len(sheets) == 1 else M.FILE_NO_DATA_SHEETS, name=path.name))
    sheet, header, raw = best
    uncalculated, merges = _scan_sheet(path, getattr(sheet, "_worksheet_path", "")) if scan else (None, set())
    if uncalculated is not None:
        raw.close()
        workbook.close()
        cell, formula = uncalculated
        what = Text(M.FILE_THE_FORMULA, formula=html.unescape(formula)) if formula else Text(M.FILE_A_FORMULA)
        raise ReferralFileError(Text(M.FILE_UNCALCULATED, name=path.name, cell=cell, what=what))

    def records() -> Iterator[tuple[int, Sequence[object]]]:
        """(sheet row number, values) after the header, closing the workbook at the end."""
        try:
            yield from header.rest
        finally:
            workbook.close()

    def close() -> None:
        raw.close()
        workbook.close()

    return _Source(
        header.headers,
        records(),
        close=close,
        spreadsheet=True,
        estimated_rows=max((sheet.max_row or 0) - header.line, 0),
        header_line=header.line,
        sheet=sheet.title,
        sheets=len(sheets),
        merges={m for m in merges if m.first_row > header.line},  # a title merged over the header is no data
    )


def _open(path: Path, *, scan: bool = True) -> _Source:
    """The rows of a CSV or XLSX file by its extension."""
    suffix = _check_path(path)
    return _xlsx_source(path, scan=scan) if suffix in _XLSX_SUFFIXES else _csv_source(path)


def raw_rows(path: str | Path, column_map: dict[str, str] | None = None) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Every non-empty data row as written in the file: (line, cell texts), for previews.

    Merged cells read as open_referrals reads them with the same `column_map`.
    """
    source = _open(Path(path))
    mapping = guess_mapping(source.headers)[0]
    if column_map:
        mapping = {h: k for h, k in mapping.items() if h not in column_map and k not in column_map.values()}
        mapping.update({h: k for h, k in column_map.items() if k})
    for line, cells in source.data(mapping):
        texts = _row_texts(cells, spreadsheet=source.spreadsheet)
        if any(texts):
            yield line, texts


def _row_texts(cells: Sequence[object], *, spreadsheet: bool) -> tuple[str, ...]:
    """A row's cells as the preview shows them."""
    return tuple("" if c is None else _cell_text(c).strip() if spreadsheet else str(c).strip() for c in cells)


def _text(value: object) -> str:
    """A stripped CSV cell as is, anything else through _cell_text."""
    return value if value.__class__ is str else _cell_text(value)  # type: ignore[return-value]


def _excel_number(value: float) -> Decimal:
    """A number cell as written (its shortest repr) or, when that has more than two decimals, as Excel
    shows it (15 significant digits, its precision) if that has two at most.

    A value worked out by a formula or by Excel itself (=C2-D2) carries the float's binary noise:
    1.234.567,89 on screen is stored as 1234567.8900000001, which read digit by digit has ten decimals.
    A figure with real further decimals (1234567.891) keeps them, and is refused as such.
    """
    exact = Decimal(repr(value))
    if not exact.is_finite() or exact.as_tuple().exponent >= -2:  # type: ignore[operator]
        return exact
    shown = Decimal(f"{value:.15g}")
    return shown if shown.as_tuple().exponent >= -2 else exact  # type: ignore[operator]


def _cell_text(value: object) -> str:
    """A spreadsheet cell as text: whole floats without `.0`, dates as ISO, blanks as ``""``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "VERDADERO" if value else "FALSO"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(_excel_number(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


# ---------------------------------------------------------------- validating rows


def _fast_amount(text: str) -> Decimal:
    """`1234567` and `1234567,89` / `1234567.89` directly; anything else through parse_amount."""
    if text.isdigit() and text.isascii():
        return Decimal(text).quantize(CENT)
    if len(text) > 3 and text[-3] in ".," and text[-2:].isdigit() and text.isascii():
        whole = text[:-3]
        if whole.isdigit():
            return Decimal(f"{whole}.{text[-2:]}")
        groups = whole.split("," if text[-3] == "." else ".")
        if groups[0].isdigit() and all(len(g) == 3 and g.isdigit() for g in groups[1:]):
            return Decimal(f"{''.join(groups)}.{text[-2:]}")
    return parse_amount(text)


def _capital(value: object) -> Decimal:
    """Capital from a text or a spreadsheet number (floats via their shortest repr, not binary)."""
    if isinstance(value, bool):
        raise AmountError(Text(M.AMOUNT_NOT_A_NUMBER, text=value))
    if isinstance(value, float):
        try:
            value = _excel_number(value)
        except InvalidOperation as exc:  # pragma: no cover - a formatted float is always a number
            raise AmountError(Text(M.AMOUNT_NOT_A_NUMBER, text=value)) from exc
        if not value.is_finite():
            raise AmountError(Text(M.AMOUNT_NOT_FINITE))
    if value.__class__ is str:
        amount = _fast_amount(value)  # type: ignore[arg-type]
    else:
        if isinstance(value, _MergedBlank):
            raise AmountError(Text(M.ROW_MERGED_CAPITAL, cell=value.cell, first=value.first))
        amount = parse_amount(value if isinstance(value, int | Decimal) else str(value))
    if amount <= 0:
        raise AmountError(Text(M.CAPITAL_NOT_POSITIVE))
    if amount > MAX_CAPITAL:
        raise AmountError(Text(M.CAPITAL_TOO_LARGE, maximum=format_money_co(MAX_CAPITAL, symbol="")))
    return amount


_EXCEL_EPOCH: Final = dt.date(1899, 12, 30)


def _due_date(value: object) -> dt.date:
    """Due date from ISO / DD/MM/YYYY / AAAAMMDD text, a date cell, or an Excel serial number (a number
    cell, or five digits of text)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 18264 <= value <= 73415 and float(value).is_integer():  # 1950-01-01 … 2100-12-31
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise DateError(Text(M.DATE_FORMAT, text=_cell_text(value)))
    if value.__class__ is str and value.isdigit():  # type: ignore[attr-defined]
        text: str = value  # type: ignore[assignment]
        if len(text) == 5:  # «45366»: an Excel date pasted as its serial number into a text cell
            return _due_date(int(text))
        if len(text) == 8:  # «20240315» or «15032024», as core-banking exports write dates
            # AAAAMMDD and DDMMAAAA cannot be confused from 1950 to 2100: read as the other, either has
            # a month of 19–21 or a year before 1300
            for year, month, day_of in ((text[:4], text[4:6], text[6:]), (text[4:], text[2:4], text[:2])):
                if 1950 <= int(year) <= 2100:
                    try:
                        return dt.date(int(year), int(month), int(day_of))
                    except ValueError:
                        pass
            raise DateError(Text(M.DATE_FORMAT, text=text))
    day = parse_date(value if isinstance(value, dt.date) else str(value))
    if not 1950 <= day.year <= 2100:
        raise DateError(Text(M.DATE_OUT_OF_RANGE, date=day.isoformat()))
    return day


class _RowChecker:
    """Validates rows of one file against a column plan computed once; small value sets are cached."""

    def __init__(self, headers: list[str], mapping: dict[str, str], *, spreadsheet: bool) -> None:
        self.width = len(headers)
        index = {key: headers.index(header) for header, key in mapping.items()}
        # as messages name them: «Fecha\nvencimiento» (a header with a line break) is «Fecha vencimiento»
        self.column = {key: " ".join(headers[i].split()) or headers[i] for key, i in index.items()}
        for key, spec in CANONICAL_COLUMNS.items():
            self.column.setdefault(key, spec.header_es)
        # Absent columns read position `width`, where every row gets one blank cell appended.
        self.pick = operator.itemgetter(*(index.get(key, self.width) for key in CANONICAL_COLUMNS))
        typed = frozenset(index[k] for k in ("capital", "due_date") if k in index)
        self.typed = typed if spreadsheet else None
        self.first_line: dict[str, int] = {}
        self.id_types: dict[str, str | IdError] = {}
        self.dates: dict[object, dt.date | DateError] = {}
        self.choices: dict[tuple[str, str], str | None] = {}

    def _row(self, cells: Sequence[object]) -> list[object]:
        """The row cut or padded to the header width, plus the blank cell for absent columns."""
        row = list(cells[: self.width])
        if len(row) < self.width:
            row.extend([""] * (self.width - len(row)))
        if self.typed is not None:
            typed = self.typed
            row = [v if i in typed and v is not None else _cell_text(v) for i, v in enumerate(row)]
        row.append("")
        return row

    def check(self, line: int, cells: Sequence[object]) -> ReferralRow | list[RowError]:
        """A valid row, or every problem the row has (one RowError per field)."""
        (
            account_ref,
            debtor_name,
            id_type_raw,
            id_number_raw,
            capital_raw,
            due_raw,
            currency_raw,
            title_type_raw,
            title_number,
            email,
            phone,
            address,
            city,
            g_name,
            g_type_raw,
            g_number_raw,
            jurisdiction_raw,
            notes,
        ) = self.pick(self._row(cells))
        errors: list[RowError] = []
        col = self.column

        if len(cells) > self.width and not _blank(cells[self.width :]):
            errors.append(RowError.of(line, _ROW_COLUMN, self._too_many_cells(line, cells)))

        account_ref = " ".join(account_ref.split()) or None
        if account_ref is None:
            errors.append(RowError.of(line, col["account_ref"], _REQUIRED))
        else:
            if len(account_ref) > 60:  # cases.account_ref is String(60)
                errors.append(RowError.of(line, col["account_ref"], _too_long(account_ref, 60)))
            first = self.first_line.setdefault(account_ref, line)
            if first != line:
                errors.append(RowError.of(line, col["account_ref"], Text(M.ROW_REPEATED, ref=account_ref, first=first)))
        debtor_name = " ".join(debtor_name.split()) or None
        if debtor_name is None:
            errors.append(RowError.of(line, col["debtor_name"], _REQUIRED))
        elif len(debtor_name) > 200:
            errors.append(RowError.of(line, col["debtor_name"], _too_long(debtor_name, 200)))
        elif not any(c.isalpha() for c in debtor_name):
            errors.append(RowError.of(line, col["debtor_name"], Text(M.ROW_NOT_A_NAME, name=debtor_name)))

        # The country first: it says which documents exist and what a DNI is (Argentina or Spain).
        given_jurisdiction = jurisdiction_raw.strip()
        known = self._choice("jurisdiction", given_jurisdiction, line, errors)
        jurisdiction = known or "CO"
        id_country = None if given_jurisdiction and known is None else jurisdiction  # bad column: said once
        id_type, id_number = self._identity(
            line,
            id_type_raw.strip(),
            id_number_raw.strip(),
            "debtor_id_type",
            "debtor_id_number",
            errors,
            id_country,
            required=True,
        )

        capital: Decimal | None = None
        if capital_raw.__class__ is str:
            capital_raw = capital_raw.strip()
        if capital_raw == "":
            errors.append(RowError.of(line, col["capital"], _REQUIRED))
        else:
            try:
                capital = _capital(capital_raw)
            except AmountError as exc:
                errors.append(RowError.of(line, col["capital"], text_of(exc)))

        if due_raw.__class__ is str:
            due_raw = due_raw.strip()
        due_date: dt.date | None = None
        if due_raw == "":
            errors.append(RowError.of(line, col["due_date"], _REQUIRED))
        else:
            found_date = self.dates.get(due_raw)
            if found_date is None:
                try:
                    found_date = _due_date(due_raw)
                except DateError as exc:
                    found_date = exc
                self.dates[due_raw] = found_date
            if isinstance(found_date, DateError):
                errors.append(RowError.of(line, col["due_date"], text_of(found_date)))
            else:
                due_date = found_date

        currency = self._choice("currency", currency_raw.strip(), line, errors) or DEFAULT_CURRENCY[jurisdiction]
        title_type = self._choice("title_type", title_type_raw.strip(), line, errors)

        title_number = " ".join(title_number.split()) or None
        if title_number is not None and len(title_number) > 60:  # debts.title_number is String(60)
            errors.append(RowError.of(line, col["title_number"], _too_long(title_number, 60)))
        email = email.strip() or None
        if email is not None:
            folded = email.lower()
            if len(folded) > 254 or not _EMAIL.match(folded):
                errors.append(RowError.of(line, col["debtor_email"], Text(M.ROW_EMAIL, email=email)))
            email = folded
        phone = " ".join(phone.split()) or None
        if phone is not None and (not _PHONE.match(phone) or not 7 <= len(_NOT_DIGIT.sub("", phone)) <= 15):
            errors.append(RowError.of(line, col["debtor_phone"], Text(M.ROW_PHONE, phone=phone)))
        address = " ".join(address.split()) or None
        if address is not None and len(address) > 300:
            errors.append(RowError.of(line, col["debtor_address"], _too_long(address, 300)))
        city = " ".join(city.split()) or None
        if city is not None and len(city) > 100:
            errors.append(RowError.of(line, col["debtor_city"], _too_long(city, 100)))
        notes = notes.strip() or None
        if notes is not None and len(notes) > 4000:
            errors.append(RowError.of(line, col["notes"], _too_long(notes, 4000)))

        g_name = " ".join(g_name.split()) or None
        g_type_raw, g_number_raw = g_type_raw.strip(), g_number_raw.strip()
        g_type = g_number = None
        if g_name is not None or g_type_raw or g_number_raw:
            for key, given in zip(_GUARANTOR, (g_name, g_type_raw, g_number_raw), strict=True):
                if not given:
                    errors.append(RowError.of(line, col[key], _GUARANTOR_INCOMPLETE))
            if g_name is not None and len(g_name) > 200:
                errors.append(RowError.of(line, col["guarantor_name"], _too_long(g_name, 200)))
            g_type, g_number = self._identity(
                line,
                g_type_raw,
                g_number_raw,
                "guarantor_id_type",
                "guarantor_id_number",
                errors,
                id_country,
                required=False,
            )

        if errors:
            if not id_number_raw.strip() and not debtor_name:
                label = _totals_label(cells)
                if label is not None:  # one plain reason instead of «required and empty» for each column
                    return [RowError.of(line, _ROW_COLUMN, Text(M.ROW_TOTALS, ref=label))]
            return errors
        assert account_ref and debtor_name and id_type and id_number and capital and due_date
        return ReferralRow(
            line,
            account_ref,
            debtor_name,
            id_type,
            id_number,
            capital,
            due_date,
            currency,
            title_type,
            title_number,
            email,
            phone,
            address,
            city,
            g_name,
            g_type,
            g_number,
            jurisdiction,
            notes,
        )

    def _too_many_cells(self, line: int, cells: Sequence[object]) -> Text:
        """A row with values beyond the header: in a CSV a separator or quote gone wrong; in a sheet a cell
        typed to the right of the table (a note), named by its reference."""
        if self.typed is None:
            return Text(M.ROW_TOO_MANY_CELLS, cells=len(cells), width=self.width)
        index = next(i for i in range(self.width, len(cells)) if not _blank(cells[i : i + 1]))
        value = _cell_text(cells[index])
        shown = value if len(value) <= 40 else value[:39] + "…"
        return Text(M.ROW_CELL_OUTSIDE, cell=f"{_column_letter(index)}{line}", value=shown)

    def _choice(self, key: str, value: str, line: int, errors: list[RowError]) -> str | None:
        """Jurisdiction, currency or title type read through a per-file cache; None when blank or bad."""
        if not value:
            return None
        cache_key = (key, value)
        if cache_key in self.choices:
            found = self.choices[cache_key]
        else:
            lowered = value.lower()
            if key == "jurisdiction":
                found = _JURISDICTION_NAMES.get(lowered) or _JURISDICTION_NAMES.get(fold(value))
            elif key == "title_type":
                found = _TITLES.get(lowered) or _TITLES.get(fold(value))
            else:
                found = value.upper() if len(value) == 3 and value.isascii() and value.isalpha() else None
            self.choices[cache_key] = found
        if found is None:
            errors.append(RowError.of(line, self.column[key], Text(_CHOICE_ERRORS[key], value=value)))
        return found

    def _identity(
        self,
        line: int,
        type_text: str,
        number_text: str,
        type_key: str,
        number_key: str,
        errors: list[RowError],
        jurisdiction: str | None,
        *,
        required: bool,
    ) -> tuple[str | None, str | None]:
        """Check a (type, number) pair by the rules of the row's country (None: its column is wrong);
        a number is only checked against a type that is valid and used there."""
        id_type: str | None = None
        if type_text:
            found = self.id_types.get(type_text)
            if found is None:
                try:
                    found = normalize_id_type(type_text)
                except IdError as exc:
                    found = exc
                self.id_types[type_text] = found
            if isinstance(found, IdError):
                errors.append(RowError.of(line, self.column[type_key], text_of(found)))
            elif jurisdiction is not None and found not in ALLOWED_ID_TYPES[jurisdiction]:
                errors.append(RowError.of(line, self.column[type_key], text_of(type_not_used(found, jurisdiction))))
            else:
                id_type = found
        elif required:
            errors.append(RowError.of(line, self.column[type_key], _REQUIRED))
        if not number_text:
            if required:
                errors.append(RowError.of(line, self.column[number_key], _REQUIRED))
            return id_type, None
        if id_type is None:
            return None, None
        if number_text[-2:] in _FLOAT_TAILS or number_text[-3:] in _FLOAT_TAILS:
            # «52987654.0»: a number cell gone through a float (pandas, Power Query, a CSV of a formula);
            # read as written the dot would be a thousands dot and give another person's 529876540
            found_float = _FLOAT_ID.match(number_text)
            if found_float:
                number_text = found_float.group(1)
        if number_text[0] == "0" and len(number_text) >= 10 and id_type in ("CC", "NIT") and number_text.strip("0"):
            # «0052987654», «000000052987654»: the fixed width (10, 12, 15…) a core-banking export pads
            # documents to; no cédula or NIT begins with 0, so those zeros are padding (as for an
            # Argentine DNI). A short number with a leading zero («0123») is a typo, refused as such.
            number_text = number_text.lstrip("0")
        try:
            return id_type, normalize_id(id_type, number_text, jurisdiction)
        except IdError as exc:
            errors.append(RowError.of(line, self.column[number_key], text_of(exc)))
            return id_type, None


_REQUIRED: Final = Text(M.ROW_REQUIRED)
_GUARANTOR_INCOMPLETE: Final = Text(M.ROW_GUARANTOR_INCOMPLETE)
_CHOICE_ERRORS: Final[dict[str, str]] = {
    "jurisdiction": M.ROW_JURISDICTION,
    "currency": M.ROW_CURRENCY,
    "title_type": M.ROW_TITLE_TYPE,
}


def _column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _too_long(value: str, limit: int) -> Text:
    """Message for a text over its column's length."""
    return Text(M.ROW_TOO_LONG, length=len(value), limit=limit)


_TOTALS: Final = re.compile(r"^(?:gran |sub)?totale?s?\b")


def _totals_label(cells: Sequence[object]) -> str | None:
    """«TOTAL» when the row's first filled cell says it totals the rows above (TOTAL, Totales, Subtotal…)."""
    for cell in cells:
        if cell is None or cell == "":
            continue
        text = _cell_text(cell)
        if not text:
            continue
        return text if _TOTALS.match(fold(text)) else None
    return None


def _blank(cells: Sequence[object]) -> bool:
    """A row with nothing in any cell (whitespace counts as nothing)."""
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


@dataclass(frozen=True, slots=True)
class ReferralFileInfo:
    """Facts about an opened referral file, known before its rows are read."""

    headers: list[str]  # as written in the file
    mapping: dict[str, str]  # header as written → canonical key used
    encoding: str | None  # CSV only
    delimiter: str | None  # CSV only
    estimated_rows: int  # for progress bars; 0 if unknown
    header_line: int = 1  # line (CSV) or sheet row (XLSX) of the headers; title rows above are skipped
    sheet: str | None = None  # XLSX: the sheet read (the first one naming the required columns)
    sheets: int = 0  # XLSX: sheets in the workbook

    def column(self, key: str) -> str:
        """The header under which a canonical key was read (the Spanish name if it was not in the file)."""
        for header, k in self.mapping.items():
            if k == key:
                return header
        spec = CANONICAL_COLUMNS.get(key)
        return spec.header_es if spec else key


class ChunkColumns(NamedTuple):
    """A chunk's valid rows field by field (one tuple per ReferralRow field), in the forms the writer stores.

    What the importing process needs to write a chunk, worked out where the file is read: capital
    and due date as text (``"1250000.50"``, ISO date), a blank title type as ``"pagare"``, plus each
    debtor's sort key and each case's search words. Tuples of strings cross the pipe from the reader
    process several times faster than row objects holding Decimals and dates, and the writer (SQLite
    has one) does no per-row Python work beyond binding.
    """

    line: tuple[int, ...]
    account_ref: tuple[str, ...]
    debtor_name: tuple[str, ...]
    debtor_id_type: tuple[str, ...]
    debtor_id_number: tuple[str, ...]
    capital: tuple[str, ...]  # str(Decimal): two decimals, dot
    due_date: tuple[str, ...]  # ISO 8601
    currency: tuple[str, ...]
    title_type: tuple[str, ...]  # blank read as "pagare"
    title_number: tuple[str | None, ...]
    debtor_email: tuple[str | None, ...]
    debtor_phone: tuple[str | None, ...]
    debtor_address: tuple[str | None, ...]
    debtor_city: tuple[str | None, ...]
    guarantor_name: tuple[str | None, ...]
    guarantor_id_type: tuple[str | None, ...]
    guarantor_id_number: tuple[str | None, ...]
    jurisdiction: tuple[str, ...]
    notes: tuple[str | None, ...]
    debtor_sort: tuple[str, ...]  # legal_desk.domain.text.sort_key of debtor_name
    search_doc: tuple[str, ...]  # search_document(row)

    def __len__(self) -> int:  # type: ignore[override]  # rows, not fields
        return len(self.line)

    def take(self, keep: Sequence[int]) -> ChunkColumns:
        """The same columns with only the rows at these positions, in this order."""
        if not keep:
            return ChunkColumns(*(() for _ in ChunkColumns._fields))
        pick = operator.itemgetter(*keep)
        if len(keep) == 1:
            return ChunkColumns(*((pick(f),) for f in self))
        return ChunkColumns(*(pick(f) for f in self))


def chunk_columns(rows: Sequence[ReferralRow]) -> ChunkColumns:
    """The rows as ChunkColumns (see there)."""
    if not rows:
        return ChunkColumns(*(() for _ in ChunkColumns._fields))
    by = dict(zip(ReferralRow._fields, zip(*rows, strict=True), strict=True))
    by["capital"] = tuple(map(str, by["capital"]))
    by["due_date"] = tuple(map(dt.date.isoformat, by["due_date"]))
    by["title_type"] = tuple(t or "pagare" for t in by["title_type"])
    return ChunkColumns(
        **by,
        debtor_sort=tuple(map(sort_key, by["debtor_name"])),
        search_doc=tuple(map(search_document, rows)),
    )


@dataclass(slots=True)
class ReferralChunk:
    """The next rows of a file: valid rows and the errors of the invalid ones (disjoint lines).

    Read in-process, `rows` holds the valid rows; from the reader process (importing.background),
    `columns` holds them instead, and `rows` is empty. `valid` works for both.
    """

    rows: list[ReferralRow]
    errors: list[RowError]
    read: int  # data rows read so far, this chunk included
    columns: ChunkColumns | None = None
    passed: int = 0  # lines after the header passed so far, blank ones included (progress against estimated_rows)

    @property
    def valid(self) -> ChunkColumns:
        """The valid rows as ChunkColumns, however the chunk was read."""
        if self.columns is None:
            self.columns = chunk_columns(self.rows)
        return self.columns


def search_document(row: ReferralRow) -> str:
    """The search words (legal_desk.domain.search_words) the new case gets, joined by spaces."""
    parties: list[tuple[str, str | None]] = [(row.debtor_name, row.debtor_id_number)]
    if row.guarantor_name:
        parties.append((row.guarantor_name, row.guarantor_id_number))
    return " ".join(words_for(row.account_ref, None, parties))


CHUNK_ROWS: Final = _PROGRESS_EVERY


_BLANK_STRETCH = 20_000  # blank lines between progress reports when there are no rows to report


def open_referrals(
    path: str | Path,
    column_map: dict[str, str] | None = None,
    *,
    raw: list[tuple[int, tuple[str, ...]]] | None = None,
) -> tuple[ReferralFileInfo, Iterator[ReferralChunk]]:
    """Open a referral file and check its rows lazily, CHUNK_ROWS data rows per chunk.

    With `raw`, each non-empty row is also appended to it as written (line, cell texts), for a preview
    read in the same pass as the check.

    Problems with the file as a whole raise ReferralFileError: when opening (unreadable, not what its
    extension says, missing columns…) or while iterating (malformed CSV, no data rows at all).
    """
    source = _open(Path(path))
    try:
        mapping = _apply_column_map(source.headers, column_map, source.where)
    except ReferralFileError:
        _close_rows(source)
        raise
    checker = _RowChecker(source.headers, mapping, spreadsheet=source.spreadsheet)
    info = ReferralFileInfo(
        source.headers,
        mapping,
        source.encoding,
        source.delimiter,
        source.estimated_rows,
        source.header_line,
        source.sheet,
        source.sheets,
    )
    name = Path(path).name

    def chunks() -> Iterator[ReferralChunk]:
        rows: list[ReferralRow] = []
        errors: list[RowError] = []
        total = 0
        passed = 0
        for line, cells in source.data(mapping):
            passed += 1
            if _blank(cells):
                if passed % _BLANK_STRETCH == 0:
                    # A sheet formatted down to row 1,048,576 has a million blank rows after its data: say
                    # how far the reading is (the progress bar counts them, as the estimate does)
                    yield ReferralChunk(rows, errors, total, passed=passed)
                    rows, errors = [], []
                continue
            if raw is not None:
                texts = _row_texts(cells, spreadsheet=source.spreadsheet)
                if any(texts):
                    raw.append((line, texts))
            total += 1
            result = checker.check(line, cells)
            if isinstance(result, ReferralRow):
                rows.append(result)
            else:
                errors.extend(result)
            if total % CHUNK_ROWS == 0:
                yield ReferralChunk(rows, errors, total, passed=passed)
                rows, errors = [], []
        if total == 0:
            raise ReferralFileError(Text(M.FILE_HEADERS_ONLY, name=name))
        if rows or errors or total % CHUNK_ROWS or passed % _BLANK_STRETCH:
            yield ReferralChunk(rows, errors, total, passed=passed)

    return info, chunks()


def read_referrals(
    path: str | Path,
    column_map: dict[str, str] | None = None,
    progress: Callable[[int], None] | None = None,
    *,
    raw: list[tuple[int, tuple[str, ...]]] | None = None,
) -> ReferralReadResult:
    """Read and check every row of a referral file (with `raw`, see open_referrals).

    `column_map` maps headers as written in the file to canonical keys (CANONICAL_COLUMNS), over
    the guessed mapping; map a header to "" to ignore it. `progress` receives the number of data
    rows read so far, every 1,000 rows and once at the end. Rows with no value in any cell are
    skipped silently; every other row is either in `rows` or has one RowError per bad field.
    Raises ReferralFileError for a problem with the file as a whole.
    """
    info, chunks = open_referrals(path, column_map, raw=raw)
    rows: list[ReferralRow] = []
    errors: list[RowError] = []
    total = 0
    for chunk in chunks:
        rows.extend(chunk.rows)
        errors.extend(chunk.errors)
        total = chunk.read
        if progress is not None:
            progress(total)
    return ReferralReadResult(
        rows,
        errors,
        info.headers,
        total,
        info.mapping,
        info.encoding,
        info.delimiter,
        info.header_line,
        info.sheet,
        info.sheets,
    )


def _close_rows(source: _Source) -> None:
    """Release the file of a source whose rows will not be read (to the end)."""
    if source.close is not None:
        source.close()


class HeaderInspection(NamedTuple):
    """What the column-mapping step needs to know about a file before its rows are read."""

    headers: list[str]  # as written in the file
    mapping: dict[str, str]  # guessed header → canonical key
    missing: list[str]  # required keys no header maps to
    header_line: int  # line (CSV) or sheet row (XLSX) of the headers
    sheet: str | None  # XLSX: the sheet read
    sheets: int  # XLSX: sheets in the workbook


def inspect_file(path: str | Path) -> HeaderInspection:
    """The headers of a file, where they were found and how they map (nothing else is read: the desktop
    calls it on the UI thread when a file is dropped; a workbook's uncalculated formulas are found when
    its rows are read)."""
    source = _open(Path(path), scan=False)
    _close_rows(source)
    mapping, _conflicts = guess_mapping(source.headers)
    return HeaderInspection(source.headers, mapping, _missing(mapping), source.header_line, source.sheet, source.sheets)


def inspect_headers(path: str | Path) -> tuple[list[str], dict[str, str], list[str]]:
    """For the column-mapping step: headers as written, guessed header → key map, required keys unmapped."""
    found = inspect_file(path)
    return found.headers, found.mapping, found.missing
