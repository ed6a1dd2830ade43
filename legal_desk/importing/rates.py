"""Read a moratory-rate table (CSV or XLSX) into a `RateTable`, refusing the whole file on any error.

Columns `from,to,annual_rate` or `desde,hasta,tasa_efectiva_anual` (case- and accent-insensitive;
extra columns are ignored); decimal comma or dot; ISO or DD/MM/YYYY dates. CSV may be comma,
semicolon or tab separated, UTF-8 (with or without BOM) or Windows-1252; lines starting with `#`
are comments.
"""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
import zipfile
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from legal_desk.domain import messages as M
from legal_desk.domain.dates import DateError, parse_date
from legal_desk.domain.interest import MAX_ANNUAL_RATE, RatePeriod, RateTable
from legal_desk.domain.messages import Series, Term, Text, TextError, text_of

_COLUMNS: dict[str, tuple[str, ...]] = {
    "from": ("from", "desde", "fecha_desde", "fecha_inicial", "inicio", "vigencia_desde", "fecha_inicio"),
    "to": ("to", "hasta", "fecha_hasta", "fecha_final", "fin", "vigencia_hasta", "fecha_fin"),
    # The moratory rate to apply: for Colombia the usury rate (1.5 × IBC). The IBC itself is never read as it.
    "annual_rate": (
        "annual_rate",
        "tasa_efectiva_anual",
        "tasa_ea",
        "tasa_e_a",
        "tasa",
        "tasa_usura",
        "tasa_de_usura",
        "tasa_de_usura_ea",
        "tasa_de_usura_e_a",
        "usura",
        "tasa_moratoria",
        "rate",
    ),
}
#: Title lines a spreadsheet may carry above its header («Tasas de usura 2024», the source…) are skipped.
_HEADER_SEARCH = 20
#: How an error names a column: Spanish for the CLI (`str()`), the English header the file also accepts for an
#: English interface
_SHOWN = {
    "from": Term("en", "from", "desde"),
    "to": Term("en", "to", "hasta"),
    "annual_rate": Term("en", "annual_rate", "tasa_efectiva_anual"),
}
Column = str | Term


class RateFileError(TextError, ValueError):
    """A rate file refused as a whole; `errors` lists every problem as (line, column, Spanish message).

    Each message is raised as a catalogue `Text` (legal_desk.domain.messages) and each column as a `Term`,
    kept in `texts` (same order as `errors`), and the summary is one too (`text`): `str()` and `errors` are
    the Spanish the CLI prints, the desktop interface words `texts` and `text` in its language.
    """

    def __init__(self, errors: list[tuple[int, Column, str | Text]]) -> None:
        """Keep the errors and build a readable summary."""
        self.texts = list(errors)
        self.errors = [(line, str(col), str(msg)) for line, col, msg in errors]
        shown = Series(
            tuple(
                (
                    Text(M.RATE_FILE_AT_LINE_COLUMN, line=line, column=col, error=msg)
                    if col
                    else Text(M.RATE_FILE_AT_LINE, line=line, error=msg)
                )
                if line
                else msg
                for line, col, msg in errors[:10]
            ),
            "; ",
        )
        more = Text(M.RATE_FILE_MORE, n=len(errors) - 10) if len(errors) > 10 else ""
        super().__init__(Text(M.RATE_FILE_REFUSED, n=len(errors), errors=shown, more=more))

    def __reduce__(self) -> tuple[type[RateFileError], tuple[list[tuple[int, Column, str | Text]]]]:
        return type(self), (self.texts,)  # keeps the `Text`s across processes (pickle)


class _CellError(TextError, ValueError):
    """A rate cell that is not a rate; the message is a catalogue `Text`."""


@dataclass(frozen=True)
class _Row:
    """A data row with its line number and raw cell values."""

    line: int
    cells: list[Any]
    formats: tuple[str, ...] = ()


def _header_key(text: Any) -> str:
    """Accent-free lower-case header with underscores: `Tasa Efectiva Anual` → `tasa_efectiva_anual`,
    `Tasa de usura (E.A. %)` → `tasa_de_usura_e_a`."""
    plain = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode("ascii")
    return "_".join("".join(ch if ch.isalnum() else " " for ch in plain.lower()).split())


def _map_header(header: list[Any]) -> tuple[dict[str, int], list[Term]]:
    """Column positions of from/to/annual_rate, and the names of the missing ones."""
    keys = [_header_key(h) for h in header]
    positions: dict[str, int] = {}
    for field, aliases in _COLUMNS.items():
        for i, key in enumerate(keys):
            if key in aliases:
                positions[field] = i
                break
    missing = [_SHOWN[f] for f in _COLUMNS if f not in positions]
    return positions, missing


def _read_text(path: Path) -> str:
    """Decode as UTF-8 (BOM tolerated) or, failing that, Windows-1252; a binary file is refused."""
    raw = _read_bytes(path)
    head = raw[:4096]
    if head.startswith(b"PK\x03\x04"):
        raise RateFileError([(0, "", Text(M.FILE_LOOKS_XLSX, name=path.name))])
    if b"\x00" in head or head.startswith(b"%PDF"):
        raise RateFileError([(0, "", Text(M.RATE_FILE_NOT_TEXT, name=path.name))])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise RateFileError([(0, "", Text(M.FILE_UNREADABLE, name=path.name, reason=exc.strerror or exc))]) from exc


def _csv_rows(path: Path) -> tuple[int, list[Any], list[_Row]]:
    """Header line number, header cells and data rows of a CSV (comments and blank lines skipped)."""
    lines = [
        (n, text)
        for n, text in enumerate(_read_text(path).splitlines(), start=1)
        if text.strip() and not text.lstrip().startswith("#")
    ]
    if not lines:
        raise RateFileError([(1, "", Text(M.RATE_FILE_EMPTY))])
    start = 0
    for index, (_n, text) in enumerate(lines[:_HEADER_SEARCH]):  # the first line that names the columns
        if not _map_header(next(csv.reader([text], delimiter=_delimiter(text))))[1]:
            start = index
            break
    header_line, header_text = lines[start]
    delimiter = _delimiter(header_text)
    header = next(csv.reader([header_text], delimiter=delimiter))
    rows = [_Row(n, next(csv.reader([text], delimiter=delimiter))) for n, text in lines[start + 1 :]]
    return header_line, header, rows


def _delimiter(text: str) -> str:
    return max((";", ",", "\t"), key=text.count)


def _xlsx_rows(path: Path) -> tuple[int, list[Any], list[_Row]]:
    """Header row number, header cells and data rows of the first sheet of a workbook."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if not zipfile.is_zipfile(path):
        raise RateFileError([(0, "", Text(M.FILE_NOT_ZIP, name=path.name))])
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, zipfile.BadZipFile, OSError, ValueError, TypeError) as exc:
        raise RateFileError([(0, "", Text(M.FILE_BAD_XLSX, name=path.name, detail=exc))]) from exc
    try:
        sheet = workbook.worksheets[0]
        found: list[_Row] = []
        for number, row in enumerate(sheet.iter_rows(), start=1):
            values = [c.value for c in row]
            formats = [getattr(c, "number_format", "") or "" for c in row]
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            if values and isinstance(values[0], str) and values[0].lstrip().startswith("#"):
                continue
            found.append(_Row(number, values, tuple(formats)))
    finally:
        workbook.close()
    if not found:
        raise RateFileError([(1, "", Text(M.RATE_FILE_EMPTY))])
    start = next((i for i, r in enumerate(found[:_HEADER_SEARCH]) if not _map_header(r.cells)[1]), 0)
    return found[start].line, found[start].cells, found[start + 1 :]


def _date(value: Any) -> dt.date:
    """A cell as a date: Excel dates, ISO or DD/MM/YYYY text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None or not str(value).strip():
        raise DateError(Text(M.DATE_EMPTY))
    return parse_date(str(value))


def _rate(value: Any, number_format: str = "") -> Decimal:
    """A cell as an effective annual rate in percent: `27,9`, `27.90 %`, or an Excel percent cell."""
    if isinstance(value, bool):
        raise _CellError(Text(M.RATE_FILE_NOT_A_NUMBER))
    if isinstance(value, int | float | Decimal):
        rate = Decimal(str(value))
        return rate * 100 if "%" in number_format else rate
    text = str(value or "").strip().replace("%", "").replace("\u00a0", "").replace(" ", "")
    if not text:
        raise _CellError(Text(M.RATE_FILE_RATE_EMPTY))
    if "," in text and "." in text:
        raise _CellError(Text(M.RATE_FILE_COMMA_AND_POINT, value=value))
    try:
        rate = Decimal(text.replace(",", "."))
    except InvalidOperation as exc:
        raise _CellError(Text(M.RATE_FILE_NOT_A_RATE, value=value)) from exc
    if not rate.is_finite():
        raise _CellError(Text(M.RATE_FILE_NOT_A_RATE, value=value))
    return rate


def read_rate_table(path: str | Path) -> RateTable:
    """Read and validate a rate file; any bad line refuses the whole file with `RateFileError`."""
    path = Path(path)
    if path.is_dir():
        raise RateFileError([(0, "", Text(M.RATE_FILE_IS_FOLDER, path=path))])
    if not path.is_file():
        raise RateFileError([(0, "", Text(M.RATE_FILE_NOT_FOUND, path=path))])
    if path.suffix.lower() == ".xls":
        raise RateFileError([(0, "", Text(M.RATE_FILE_XLS, name=path.name))])
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        header_line, header, rows = _xlsx_rows(path)
    else:
        header_line, header, rows = _csv_rows(path)
    positions, missing = _map_header(list(header))
    if missing:
        raise RateFileError([(header_line, m, Text(M.RATE_FILE_COLUMN_MISSING)) for m in missing])
    errors: list[tuple[int, Column, str | Text]] = []
    parsed: list[tuple[int, RatePeriod]] = []
    for row in rows:
        cells, formats = row.cells, row.formats

        def cell(name: str, cells: list[Any] = cells) -> Any:
            index = positions[name]
            return cells[index] if index < len(cells) else None

        values: dict[str, Any] = {}
        for name in ("from", "to"):
            try:
                values[name] = _date(cell(name))
            except DateError as exc:
                errors.append((row.line, _SHOWN[name], text_of(exc)))
        try:
            rate_index = positions["annual_rate"]
            fmt = formats[rate_index] if rate_index < len(formats) else ""
            rate = _rate(cell("annual_rate"), fmt)
            if rate < 0:
                errors.append((row.line, _SHOWN["annual_rate"], Text(M.RATE_FILE_NEGATIVE, rate=rate)))
            elif rate == 0:
                errors.append((row.line, _SHOWN["annual_rate"], Text(M.RATE_FILE_ZERO, value=cell("annual_rate"))))
            elif 0 < rate < 1:
                shown = f"{rate * 100:.2f}".replace(".", ",")
                read_as = f"{rate}".replace(".", ",")  # Spanish text: decimal comma, as the figure the user typed
                fraction = Text(M.RATE_FILE_FRACTION, value=cell("annual_rate"), rate=read_as, shown=shown)
                errors.append((row.line, _SHOWN["annual_rate"], fraction))
            elif rate > MAX_ANNUAL_RATE:
                shown = f"{rate}".replace(".", ",")
                errors.append((row.line, _SHOWN["annual_rate"], Text(M.RATE_FILE_TOO_HIGH, rate=shown)))
            else:
                values["rate"] = rate
        except ValueError as exc:
            errors.append((row.line, _SHOWN["annual_rate"], text_of(exc)))
        if "from" in values and "to" in values and values["from"] > values["to"]:
            inverted = Text(M.RATE_FILE_INVERTED, start=values["from"].isoformat(), end=values["to"].isoformat())
            errors.append((row.line, _SHOWN["from"], inverted))
            continue
        if len(values) == 3:
            parsed.append((row.line, RatePeriod(values["from"], values["to"], values["rate"])))
    if not rows:
        errors.append((header_line, "", Text(M.RATE_FILE_NO_PERIODS)))
    latest: tuple[int, RatePeriod] | None = None
    for line, period in sorted(parsed, key=lambda item: (item[1].start, item[0])):
        if latest is not None and period.start <= latest[1].end:
            other_line, other = latest
            overlap = Text(
                M.RATE_FILE_OVERLAP,
                start=period.start.isoformat(),
                end=period.end.isoformat(),
                line=other_line,
                other_start=other.start.isoformat(),
                other_end=other.end.isoformat(),
            )
            errors.append((line, _SHOWN["from"], overlap))
        if latest is None or period.end > latest[1].end:
            latest = (line, period)
    if errors:
        raise RateFileError(sorted(errors, key=lambda e: (e[0], str(e[1]))))
    return RateTable([p for _, p in parsed])
