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

from legal_desk.domain.dates import DateError, parse_date
from legal_desk.domain.interest import RatePeriod, RateTable

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
_SHOWN = {"from": "desde", "to": "hasta", "annual_rate": "tasa_efectiva_anual"}


class RateFileError(ValueError):
    """A rate file refused as a whole; `errors` lists every problem as (line, column, message)."""

    def __init__(self, errors: list[tuple[int, str, str]]) -> None:
        """Keep the errors and build a readable summary."""
        self.errors = errors
        lines = "; ".join(
            (f"línea {line}, {col}: {msg}" if col else f"línea {line}: {msg}") if line else msg
            for line, col, msg in errors[:10]
        )
        more = f" (y {len(errors) - 10} más)" if len(errors) > 10 else ""
        super().__init__(f"La tabla de tasas tiene {len(errors)} error(es): {lines}{more}.")


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


def _map_header(header: list[Any]) -> tuple[dict[str, int], list[str]]:
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
        raise RateFileError([(0, "", f"{path.name} parece un libro de Excel: cambie la extensión a .xlsx")])
    if b"\x00" in head or head.startswith(b"%PDF"):
        raise RateFileError([(0, "", f"{path.name} no es un archivo de texto CSV ni un libro .xlsx")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise RateFileError([(0, "", f"no se puede leer {path.name}: {exc.strerror or exc}")]) from exc


def _csv_rows(path: Path) -> tuple[int, list[Any], list[_Row]]:
    """Header line number, header cells and data rows of a CSV (comments and blank lines skipped)."""
    lines = [
        (n, text)
        for n, text in enumerate(_read_text(path).splitlines(), start=1)
        if text.strip() and not text.lstrip().startswith("#")
    ]
    if not lines:
        raise RateFileError([(1, "", "el archivo está vacío")])
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
        raise RateFileError([(0, "", f"{path.name} no es un libro de Excel .xlsx válido (no es un archivo ZIP)")])
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, zipfile.BadZipFile, OSError, ValueError, TypeError) as exc:
        raise RateFileError([(0, "", f"{path.name} no es un libro de Excel .xlsx válido ({exc})")]) from exc
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
        raise RateFileError([(1, "", "el archivo está vacío")])
    start = next((i for i, r in enumerate(found[:_HEADER_SEARCH]) if not _map_header(r.cells)[1]), 0)
    return found[start].line, found[start].cells, found[start + 1 :]


def _date(value: Any) -> dt.date:
    """A cell as a date: Excel dates, ISO or DD/MM/YYYY text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None or not str(value).strip():
        raise DateError("la fecha está vacía")
    return parse_date(str(value))


def _rate(value: Any, number_format: str = "") -> Decimal:
    """A cell as an effective annual rate in percent: `27,9`, `27.90 %`, or an Excel percent cell."""
    if isinstance(value, bool):
        raise ValueError("no es un número")
    if isinstance(value, int | float | Decimal):
        rate = Decimal(str(value))
        return rate * 100 if "%" in number_format else rate
    text = str(value or "").strip().replace("%", "").replace("\u00a0", "").replace(" ", "")
    if not text:
        raise ValueError("la tasa está vacía")
    if "," in text and "." in text:
        raise ValueError(f"«{value}» mezcla coma y punto; escriba la tasa como 27,90 o 27.90")
    try:
        rate = Decimal(text.replace(",", "."))
    except InvalidOperation as exc:
        raise ValueError(f"«{value}» no es una tasa") from exc
    if not rate.is_finite():
        raise ValueError(f"«{value}» no es una tasa")
    return rate


def read_rate_table(path: str | Path) -> RateTable:
    """Read and validate a rate file; any bad line refuses the whole file with `RateFileError`."""
    path = Path(path)
    if path.is_dir():
        raise RateFileError([(0, "", f"{path} es una carpeta; indique el archivo de la tabla de tasas")])
    if not path.is_file():
        raise RateFileError([(0, "", f"no existe el archivo {path}")])
    if path.suffix.lower() == ".xls":
        raise RateFileError(
            [(0, "", f"{path.name} es un libro de Excel 97-2003 (.xls); guárdelo como .xlsx o CSV e impórtelo")]
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        header_line, header, rows = _xlsx_rows(path)
    else:
        header_line, header, rows = _csv_rows(path)
    positions, missing = _map_header(list(header))
    if missing:
        raise RateFileError(
            [
                (header_line, m, "falta la columna (se esperan desde, hasta, tasa_efectiva_anual)")
                for m in missing
            ]
        )
    errors: list[tuple[int, str, str]] = []
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
                errors.append((row.line, _SHOWN[name], str(exc)))
        try:
            rate_index = positions["annual_rate"]
            fmt = formats[rate_index] if rate_index < len(formats) else ""
            rate = _rate(cell("annual_rate"), fmt)
            if rate < 0:
                errors.append((row.line, _SHOWN["annual_rate"], f"la tasa {rate} es negativa"))
            elif rate == 0:
                errors.append(
                    (
                        row.line,
                        _SHOWN["annual_rate"],
                        f"la tasa es {cell('annual_rate')}: una tasa moratoria no es cero (el período no "
                        "causaría intereses); escriba la tasa certificada del período",
                    )
                )
            elif 0 < rate < 1:
                shown = f"{rate * 100:.2f}".replace(".", ",")
                errors.append(
                    (
                        row.line,
                        _SHOWN["annual_rate"],
                        f"la tasa {cell('annual_rate')} parece una fracción y se leería como {rate} % efectivo "
                        f"anual; la tabla va en porcentaje: escriba {shown} para {shown} %",
                    )
                )
            else:
                values["rate"] = rate
        except ValueError as exc:
            errors.append((row.line, _SHOWN["annual_rate"], str(exc)))
        if "from" in values and "to" in values and values["from"] > values["to"]:
            errors.append(
                (
                    row.line,
                    "desde",
                    f"la fecha inicial {values['from'].isoformat()} es posterior a la final "
                    f"{values['to'].isoformat()}",
                )
            )
            continue
        if len(values) == 3:
            parsed.append((row.line, RatePeriod(values["from"], values["to"], values["rate"])))
    if not rows:
        errors.append((header_line, "", "el archivo no tiene períodos"))
    latest: tuple[int, RatePeriod] | None = None
    for line, period in sorted(parsed, key=lambda item: (item[1].start, item[0])):
        if latest is not None and period.start <= latest[1].end:
            other_line, other = latest
            errors.append(
                (
                    line,
                    "desde",
                    f"el período {period.start.isoformat()}–{period.end.isoformat()} se superpone "
                    f"con el de la línea {other_line} ({other.start.isoformat()}–{other.end.isoformat()})",
                )
            )
        if latest is None or period.end > latest[1].end:
            latest = (line, period)
    if errors:
        raise RateFileError(sorted(errors, key=lambda e: (e[0], e[1])))
    return RateTable([p for _, p in parsed])
