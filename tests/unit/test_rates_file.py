"""Rate files: CSV/XLSX variants accepted, bad files refused whole with every error listed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from legal_desk.importing.rates import RateFileError, read_rate_table
from legal_desk.paths import resources_dir

D = dt.date
M = Decimal


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "tasas.csv") -> Path:
    """Write a CSV fixture."""
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_english_comma_iso(tmp_path: Path) -> None:
    """`from,to,annual_rate` with ISO dates and decimal dots."""
    table = read_rate_table(
        _write(tmp_path, "from,to,annual_rate\n2024-03-01,2024-03-31,30.00\n2024-04-01,2024-04-30,32.5\n")
    )
    assert [(p.start, p.end, p.annual_rate) for p in table.periods] == [
        (D(2024, 3, 1), D(2024, 3, 31), M("30.00")),
        (D(2024, 4, 1), D(2024, 4, 30), M("32.5")),
    ]


def test_spanish_semicolon_bom_decimal_comma(tmp_path: Path) -> None:
    """`Desde;Hasta;Tasa Efectiva Anual` with BOM, DD/MM/YYYY dates, decimal commas and a % sign."""
    text = (
        "\ufeff# comentario\nDesde;Hasta;Tasa Efectiva Anual\n"
        "01/03/2024;31/03/2024;30,00 %\n01/04/2024;30/04/2024;32,15\n"
    )
    table = read_rate_table(_write(tmp_path, text))
    assert [p.annual_rate for p in table.periods] == [M("30.00"), M("32.15")]
    assert table.rate_on(D(2024, 4, 30)) == M("32.15")


def test_cp1252_accented_headers(tmp_path: Path) -> None:
    """Windows-1252 file whose headers carry accents and odd case."""
    text = "DESDE;HASTA;TASA_EFECTIVA_ANUAL;Observación\n2024-01-01;2024-01-31;34,98;certificación\n"
    table = read_rate_table(_write(tmp_path, text, "cp1252"))
    assert table.rate_on(D(2024, 1, 15)) == M("34.98")


def test_every_bad_line_is_reported(tmp_path: Path) -> None:
    """Overlap (naming both lines), negative rate, malformed date and from > to: one error each."""
    text = (
        "desde,hasta,tasa_efectiva_anual\n"  # line 1
        "2024-01-01,2024-01-31,30\n"  # 2
        "2024-01-15,2024-02-15,31\n"  # 3 overlaps line 2
        "2024-03-01,2024-03-31,-1\n"  # 4 negative
        "2024-04-31,2024-05-31,30\n"  # 5 malformed date
        "2024-07-01,2024-06-01,30\n"  # 6 from > to
        "2024-08-01,2024-08-31,treinta\n"  # 7 not a number
    )
    with pytest.raises(RateFileError) as caught:
        read_rate_table(_write(tmp_path, text))
    errors = caught.value.errors
    assert [(line, col) for line, col, _ in errors] == [
        (3, "desde"),
        (4, "tasa_efectiva_anual"),
        (5, "desde"),
        (6, "desde"),
        (7, "tasa_efectiva_anual"),
    ]
    overlap = errors[0][2]
    assert "línea 2" in overlap and "2024-01-15" in overlap and "2024-01-31" in overlap
    assert "negativa" in errors[1][2]
    assert "no es una fecha real" in errors[2][2]
    assert "posterior" in errors[3][2]
    assert "línea 3" in str(caught.value)


def test_rate_written_as_a_fraction_is_refused(tmp_path: Path) -> None:
    """`0,2739` in a CSV is 0.2739 % EA, a hundredth of the 27,39 % meant.

    Worked example: 10,000,000 for 30 days at 27.39 % EA earns 199,038.38; read as 0.2739 %
    it would earn 2,248.16, and the liquidation would be silently wrong. Rates between 0 and 1
    are refused naming the line and the figure to write instead. (An Excel cell formatted as a
    percentage is still read as 27.39, see test_xlsx.)
    """
    text = "desde;hasta;tasa_efectiva_anual\n2024-01-01;2024-01-31;0,2739\n2024-02-01;2024-02-29;27,5\n"
    with pytest.raises(RateFileError) as caught:
        read_rate_table(_write(tmp_path, text))
    [(line, col, message)] = caught.value.errors
    assert (line, col) == (2, "tasa_efectiva_anual")
    assert "parece una fracción" in message and "escriba 27,39 para 27,39 %" in message


def test_missing_columns_and_empty(tmp_path: Path) -> None:
    """A file without the rate column, or without rows, is refused."""
    with pytest.raises(RateFileError) as caught:
        read_rate_table(_write(tmp_path, "desde;hasta;valor\n2024-01-01;2024-01-31;3\n"))
    assert caught.value.errors == [
        (1, "tasa_efectiva_anual", "falta la columna (se esperan desde, hasta, tasa_efectiva_anual)")
    ]
    with pytest.raises(RateFileError):
        read_rate_table(_write(tmp_path, "# nada\n\n"))
    with pytest.raises(RateFileError, match="no tiene períodos"):
        read_rate_table(_write(tmp_path, "desde;hasta;tasa\n"))


def test_xlsx(tmp_path: Path) -> None:
    """Excel dates, numbers, percent-formatted cells and text dates are all read."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Desde", "Hasta", "Tasa efectiva anual"])
    sheet.append([dt.datetime(2024, 3, 1), dt.datetime(2024, 3, 31), 30.0])
    sheet.append(["01/04/2024", "30/04/2024", "32,00"])
    sheet.append([dt.date(2024, 5, 1), dt.date(2024, 5, 31), 0.3153])
    sheet["C4"].number_format = "0.00%"
    path = tmp_path / "tasas.xlsx"
    workbook.save(path)
    table = read_rate_table(path)
    assert [p.annual_rate for p in table.periods] == [M("30.0"), M("32.00"), M("31.5300")]

    sheet.append([dt.date(2024, 5, 15), dt.date(2024, 6, 30), 30])
    workbook.save(path)
    with pytest.raises(RateFileError) as caught:
        read_rate_table(path)
    assert [(line, col) for line, col, _ in caught.value.errors] == [(5, "desde")]
    assert "línea 4" in caught.value.errors[0][2]


def test_sample_table_is_accepted() -> None:
    """The shipped illustrative table covers Jan 2019 – Dec 2026 month by month with no gaps."""
    table = read_rate_table(resources_dir() / "rates" / "sample_rates_co.csv")
    assert len(table) == 96
    assert table.first_uncovered(D(2019, 1, 1), D(2026, 12, 31)) is None
    assert table.rate_on(D(2023, 4, 10)) == M("47.09")
    assert all(M("20") < p.annual_rate < M("50") for p in table.periods)


def test_zero_rate_is_refused(tmp_path: Path) -> None:
    """A rate of 0 (an empty formula, a placeholder) made every day of its period earn nothing, silently."""
    with pytest.raises(RateFileError) as caught:
        read_rate_table(_write(tmp_path, "desde;hasta;tasa_efectiva_anual\n01/03/2024;31/03/2024;0,00\n"))
    [(line, column, message)] = caught.value.errors
    assert (line, column) == (2, "tasa_efectiva_anual")
    assert message.startswith("la tasa es 0,00: una tasa moratoria no es cero")


def test_spreadsheet_with_title_rows_and_superintendencia_headings(tmp_path: Path) -> None:
    """Title lines above the header are skipped; «Vigencia desde/hasta» and «Tasa de usura (E.A.)» are read, and
    the «Interés bancario corriente» column beside it is not taken for the moratory rate."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Tasas de interés bancario corriente y de usura — certificaciones 2024"])
    sheet.append(["Fuente: Superintendencia Financiera de Colombia"])
    sheet.append([])
    sheet.append(["Vigencia desde", "Vigencia hasta", "Interés bancario corriente (E.A.)", "Tasa de usura (E.A.)"])
    sheet.append([dt.date(2024, 3, 1), dt.date(2024, 3, 31), 0.2220, 0.3330])
    sheet.append([dt.date(2024, 4, 1), dt.date(2024, 4, 30), 0.2206, 0.3309])
    for row in (5, 6):
        sheet[f"C{row}"].number_format = sheet[f"D{row}"].number_format = "0.00%"
    path = tmp_path / "usura_2024.xlsx"
    workbook.save(path)
    table = read_rate_table(path)
    assert [(p.start, p.annual_rate) for p in table.periods] == [
        (dt.date(2024, 3, 1), M("33.3000")),
        (dt.date(2024, 4, 1), M("33.0900")),
    ]
    text = "Tasas de usura 2024\ndesde;hasta;tasa_de_usura\n2024-03-01;2024-03-31;33,30\n"
    assert [p.annual_rate for p in read_rate_table(_write(tmp_path, text)).periods] == [M("33.30")]
    # no header anywhere: the first line is named as the one missing the columns, as before
    with pytest.raises(RateFileError) as caught:
        read_rate_table(_write(tmp_path, "Tasas de usura 2024\n2024-03-01;2024-03-31;33,30\n"))
    assert {(line, col) for line, col, _ in caught.value.errors} == {
        (1, "desde"),
        (1, "hasta"),
        (1, "tasa_efectiva_anual"),
    }


def test_a_rate_above_the_agreed_rate_cap_is_refused_as_a_typing_slip(tmp_path: Path) -> None:
    """`2998` typed for 29,98 % EA: the table took it (any rate from 1 up), while an agreed rate is capped at
    200 %. Worked example: 10,000,000 for 30 days at 2,998 % EA earns 2,835,238.61 instead of 215,592.83
    (daily rate (1 + EA/100)^(1/365) - 1, times 30 days). The table now has the same cap, naming the line
    and the decimal comma to check; 200 itself is taken."""
    text = "desde;hasta;tasa_efectiva_anual\n2024-01-01;2024-01-31;2998\n2024-02-01;2024-02-29;200\n"
    with pytest.raises(RateFileError) as caught:
        read_rate_table(_write(tmp_path, text))
    [(line, col, message)] = caught.value.errors
    assert (line, col) == (2, "tasa_efectiva_anual")
    assert message.startswith("la tasa 2998 % supera el 200 % anual") and "29,98" in message
    ok = "desde;hasta;tasa_efectiva_anual\n2024-01-01;2024-01-31;200\n2024-02-01;2024-02-29;299,8\n"
    with pytest.raises(RateFileError) as caught:
        read_rate_table(_write(tmp_path, ok))
    assert [e[0] for e in caught.value.errors] == [3]
