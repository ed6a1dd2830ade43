"""Referral files as a bank's collections analyst really exports them, not the tidy ones: title rows
above the header, a summary sheet first, Excel's «Texto Unicode», IDs and dates the way core-banking
systems and spreadsheets mangle them, a totals row, and workbooks that are not .xlsx at all."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from legal_desk.importing.referrals import ReferralFileError, inspect_file, open_referrals, read_referrals
from tests.unit.test_referrals_file import _rewrite_sheet

HEADER = [
    "Número de obligación",
    "Nombre del deudor",
    "Tipo de documento",
    "Número de documento",
    "Capital",
    "Fecha de vencimiento",
]


def test_title_rows_above_the_header_are_skipped_and_lines_stay_the_sheet_rows(tmp_path: Path) -> None:
    """Bank exports open with the bank's name and the date of the cut: every column was «missing»."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Cartera"
    ws.append(["BANCO ANDINO S.A. — Cartera castigada para cobro jurídico"])
    ws.append(["Fecha de corte:", dt.datetime(2024, 10, 31)])
    ws.append([])
    ws.append(HEADER)
    ws.append(["OB-1", "María Gómez Ñañez", "CC", 52987654, 12500000, dt.datetime(2024, 3, 15)])
    ws.append(["OB-2", "José Peña", "CC", "1.020.304.050", "$ 1.234.567,89", "01/02/2023"])
    f = tmp_path / "entrega.xlsx"
    wb.save(f)
    result = read_referrals(f)
    assert result.errors == []
    assert [(r.line, r.account_ref, r.capital) for r in result.rows] == [
        (5, "OB-1", Decimal("12500000.00")),
        (6, "OB-2", Decimal("1234567.89")),
    ]
    assert (result.header_line, result.sheet, result.sheets) == (4, "Cartera", 1)

    csv = tmp_path / "entrega.csv"
    csv.write_text(
        "Banco Andino S.A.;;;;;\nCorte: 31/10/2024;;;;;\n;;;;;\n"
        + ";".join(HEADER)
        + "\nOB-3;Ana Ruiz;CC;52987654;1.000.000;15/03/2024\n",
        encoding="utf-8",
    )
    result = read_referrals(csv)
    assert [(r.line, r.account_ref) for r in result.rows] == [(5, "OB-3")] and result.header_line == 4


def test_a_header_of_unknown_names_stays_the_first_row_for_the_mapping_step(tmp_path: Path) -> None:
    """A value that happens to be a header word (a «NIT» in a type column) does not make a data row the header."""
    f = tmp_path / "propio.csv"
    f.write_text("Pagaré interno;Cliente;Clase;Ident\nP-1;Ana;NIT;900123456\nP-2;Luis;CC;52987654\n", encoding="utf-8")
    found = inspect_file(f)
    assert found.header_line == 1 and found.headers == ["Pagaré interno", "Cliente", "Clase", "Ident"]


def test_the_sheet_holding_the_data_is_read_and_named(tmp_path: Path) -> None:
    """A summary sheet first (and a hidden parameters sheet) used to be read as the referral file."""
    wb = Workbook()
    summary = wb.active
    summary.title = "Resumen"
    summary.append(["Resumen de la entrega"])
    summary.append(["Obligaciones", 2])
    hidden = wb.create_sheet("Parámetros")
    hidden.append(HEADER)
    hidden.append(["X-1", "Oculta", "CC", 11111111, 1, dt.datetime(2024, 1, 1)])
    hidden.sheet_state = "hidden"
    detail = wb.create_sheet("Detalle")
    detail.append(HEADER)
    detail.append(["OB-1", "Ana Ruiz", "CC", 52987654, 1000000, dt.datetime(2024, 3, 15)])
    f = tmp_path / "libro.xlsx"
    wb.save(f)
    result = read_referrals(f)
    assert [r.account_ref for r in result.rows] == ["OB-1"]
    assert (result.sheet, result.header_line, result.sheets) == ("Detalle", 1, 3)


def test_missing_columns_say_where_the_headers_were_read_and_what_to_do(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Hoja1"
    ws.append(["Obligación", "Cliente", "Tipo doc", "Documento", "Saldo", "Vence"])
    ws.append(["OB-1", "Ana Ruiz", "CC", 52987654, 1000, dt.datetime(2024, 3, 15)])
    f = tmp_path / "otro.xlsx"
    wb.save(f)
    with pytest.raises(ReferralFileError) as caught:
        read_referrals(f)
    assert str(caught.value) == (
        "faltan columnas obligatorias: nombre_deudor (debtor_name), capital (capital), fecha_vencimiento "
        "(due_date). Los encabezados se leyeron en la fila 1 de la hoja «Hoja1»: «Obligación», «Cliente», "
        "«Tipo doc», «Documento», «Saldo», «Vence»; dé a esas columnas los nombres indicados (o asígnelas en la "
        "ventana de importación) y vuelva a importar"
    )


def test_messy_headers_and_every_way_a_spreadsheet_holds_amounts_dates_and_ids(tmp_path: Path) -> None:
    """Headers in capitals, with trailing spaces, line breaks and a unit; amounts, dates and documents as
    numbers, as text, as serials, padded by a core-banking system or gone through a float."""
    wb = Workbook()
    ws = wb.active
    ws.append(
        [
            "NUMERO OBLIGACION ",
            "Nombre\nDeudor",
            "TIPO DOC",
            "No. Documento ",
            "Saldo Capital\n(COP)",
            "Fecha\nVencimiento",
        ]
    )
    ws.append(["OB-1", "Ana Ruiz", "CC", 52987654, 1234567.89, dt.datetime(2024, 3, 15)])
    ws.append(["OB-2", "Luis Díaz", "C.C.", "1.020.304.050", "$ 1.234.567,89", "45366"])
    ws.append(["OB-3", "Andina S.A.S.", "NIT", "900.123.456-8", "1,234,567.89", "15/03/2024"])
    ws.append(["OB-4", "Pedro Gómez", "CC", "0052987655", "COP 1.234.567", 45366])
    ws.append(["OB-5", "Rosa Pérez", "CC", "52987656.0", "'1234567", "20240315"])
    ws.append(["OB-6", "Raúl Ortiz", "NIT", "000000900123456", 100000.1, "15032024"])
    ws.append(["OB-7", "Eva Mora", "CC", "1.000", "1.000.000", "2024-03-15"])
    f = tmp_path / "desordenado.xlsx"
    wb.save(f)
    result = read_referrals(f)
    assert result.errors == []
    assert {r.due_date for r in result.rows} == {dt.date(2024, 3, 15)}
    assert [(r.debtor_id_type, r.debtor_id_number, r.capital) for r in result.rows] == [
        ("CC", "52987654", Decimal("1234567.89")),
        ("CC", "1020304050", Decimal("1234567.89")),
        ("NIT", "900123456-8", Decimal("1234567.89")),
        ("CC", "52987655", Decimal("1234567.00")),
        ("CC", "52987656", Decimal("1234567.00")),  # not 529876560: the «.0» of a float is no thousands dot
        ("NIT", "900123456-8", Decimal("100000.10")),
        ("CC", "1000", Decimal("1000000.00")),  # a real thousands dot stays one
    ]


def test_a_bad_date_names_the_column_without_its_line_break(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(
        ["numero_obligacion", "nombre_deudor", "tipo_documento", "numero_documento", "capital", "Fecha\nvencimiento"]
    )
    ws.append(["OB-1", "Ana Ruiz", "CC", 52987654, 1000, "31/02/2024"])
    ws.append(["OB-2", "Luis Díaz", "CC", 52987655, 1000, "20241399"])
    f = tmp_path / "f.xlsx"
    wb.save(f)
    errors = read_referrals(f).errors
    assert [(e.line, e.column, e.message) for e in errors] == [
        (2, "Fecha vencimiento", "«31/02/2024» no es una fecha real"),
        (3, "Fecha vencimiento", "«20241399» no es una fecha (use AAAA-MM-DD o DD/MM/AAAA)"),
    ]


def test_excel_unicode_text_export(tmp_path: Path) -> None:
    """Excel's «Texto Unicode (*.txt)»: UTF-16 little-endian with its BOM, tab-separated, CRLF."""
    rows = [HEADER, ["OB-1", "María Fernanda Gómez Ñañez", "CC", "52.987.654", "12.500.000,00", "15/03/2024"]]
    text = "\r\n".join("\t".join(r) for r in rows) + "\r\n"
    f = tmp_path / "cartera.txt"
    f.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    result = read_referrals(f)
    assert (result.encoding, result.delimiter) == ("utf-16", "\t")
    assert [(r.debtor_name, r.debtor_id_number, r.capital) for r in result.rows] == [
        ("María Fernanda Gómez Ñañez", "52987654", Decimal("12500000.00"))
    ]


def test_a_totals_row_is_one_plain_reason_and_blank_rows_are_skipped(tmp_path: Path) -> None:
    """«TOTAL» at the bottom, with the sum's value Excel cached: four «required and empty» errors before."""
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["OB-1", "Ana Ruiz", "CC", 52987654, 1000000, dt.datetime(2024, 3, 15)])
    ws.append([])
    ws.append([])
    ws.append(["OB-2", "Luis Díaz", "CC", 79123456, 2000000, dt.datetime(2024, 3, 15)])
    ws.append([])
    ws.append(["TOTAL", None, None, None, "=SUM(E2:E6)"])
    f = tmp_path / "con_totales.xlsx"
    wb.save(f)
    _rewrite_sheet(f, b"<f>SUM(E2:E6)</f><v></v>", b"<f>SUM(E2:E6)</f><v>3000000</v>")
    result = read_referrals(f)
    assert [(r.line, r.capital) for r in result.rows] == [(2, Decimal("1000000.00")), (5, Decimal("2000000.00"))]
    assert [(e.line, e.column, e.message) for e in result.errors] == [
        (7, "(fila)", "parece una fila de totales («TOTAL»), no una obligación: no se importa")
    ]
    assert result.total_lines == 3
    # A row that only starts like a total but is an account is checked as one.
    ws.append(["Totalizadora-9", "Eva Mora", "CC", 52987655, None, dt.datetime(2024, 3, 15)])
    wb.save(f)
    _rewrite_sheet(f, b"<f>SUM(E2:E6)</f><v></v>", b"<f>SUM(E2:E6)</f><v>3000000</v>")
    errors = read_referrals(f).errors
    assert [(e.line, e.column) for e in errors] == [(7, "(fila)"), (8, "Capital")]


def _ole(path: Path, streams: dict[str, bytes]) -> Path:
    from extract_msg import OleWriter  # test-only: writes a real compound file

    ole = OleWriter()
    for name, data in streams.items():
        ole.addEntry(name, data)
    ole.write(str(path))
    return path


def test_files_that_are_not_an_xlsx_say_what_they_are(tmp_path: Path) -> None:
    protected = _ole(
        tmp_path / "cartera_protegida.xlsx",
        {
            "EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00" + b"\x00" * 64,
            "EncryptedPackage": (4096).to_bytes(8, "little") + bytes(range(256)) * 16,
        },
    )
    with pytest.raises(ReferralFileError, match=r"^cartera_protegida\.xlsx está protegido con contraseña: ábralo"):
        read_referrals(protected)
    old = _ole(tmp_path / "viejo.xlsx", {"Workbook": b"\x09\x08" + b"\x00" * 600})
    with pytest.raises(ReferralFileError, match=r"^viejo\.xlsx es un libro de Excel 97-2003 \(\.xls\)"):
        read_referrals(old)
    text = tmp_path / "texto.xlsx"
    text.write_bytes(b"\xef\xbb\xbf" + ";".join(HEADER).encode() + b"\r\n")
    with pytest.raises(ReferralFileError, match=r"^texto\.xlsx es un archivo de texto \(CSV\).*extensión a \.csv$"):
        read_referrals(text)
    ods = tmp_path / "libre.ods"
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    message = r"es una hoja de cálculo de LibreOffice \(\.ods\): guárdela como \.xlsx o CSV"
    with pytest.raises(ReferralFileError, match=rf"^libre\.ods {message}"):
        read_referrals(ods)
    renamed = tmp_path / "libre.xlsx"
    renamed.write_bytes(ods.read_bytes())
    with pytest.raises(ReferralFileError, match=rf"^libre\.xlsx {message}"):
        read_referrals(renamed)


def test_the_reader_process_gets_the_sheet_and_header_row(tmp_path: Path) -> None:
    """The info crosses the pipe of the background reader (pickled) with where the data was found."""
    import pickle

    wb = Workbook()
    wb.active.title = "Resumen"
    wb.active.append(["Total", 1])
    detail = wb.create_sheet("Detalle")
    detail.append(["Banco Andino"])
    detail.append(HEADER)
    detail.append(["OB-1", "Ana Ruiz", "CC", 52987654, 1000, dt.datetime(2024, 3, 15)])
    f = tmp_path / "libro.xlsx"
    wb.save(f)
    info, chunks = open_referrals(f)
    assert [r.account_ref for c in chunks for r in c.rows] == ["OB-1"]
    again = pickle.loads(pickle.dumps(info))
    assert (again.sheet, again.header_line, again.sheets) == ("Detalle", 2, 2)


def test_a_capital_worked_out_by_excel_is_read_as_excel_shows_it(tmp_path: Path) -> None:
    """=C2-D2 shows 1.234.567,89 but is stored with the float's noise (1234567.8900000001): it was refused
    as having «más de dos decimales». A figure with real further decimals is still refused, and a
    15-digit figure (just under the 9.999.999.999.999,99 ceiling) keeps every digit it was written with."""
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["OB-1", "Ana Ruiz", "CC", 52987654, "=F9-F10", dt.datetime(2024, 3, 15)])
    ws.append(["OB-2", "Luis Díaz", "CC", 52987655, 0.1 + 0.2, dt.datetime(2024, 3, 15)])
    ws.append(["OB-3", "Eva Mora", "CC", 52987656, 9876543210123.45, dt.datetime(2024, 3, 15)])
    ws.append(["OB-4", "Raúl Ortiz", "CC", 52987657, 1234567.891, dt.datetime(2024, 3, 15)])
    f = tmp_path / "formulas.xlsx"
    wb.save(f)
    _rewrite_sheet(f, b"<f>F9-F10</f><v></v>", b"<f>F9-F10</f><v>1234567.8900000001</v>")
    result = read_referrals(f)
    assert [(r.account_ref, r.capital) for r in result.rows] == [
        ("OB-1", Decimal("1234567.89")),
        ("OB-2", Decimal("0.30")),
        ("OB-3", Decimal("9876543210123.45")),
    ]
    assert [(e.line, e.column, e.message) for e in result.errors] == [
        (5, "Capital", "«1234567.891» tiene más de dos decimales")
    ]
    from legal_desk.importing.referrals import raw_rows

    assert [cells[4] for _line, cells in raw_rows(f)] == ["1234567.89", "0.3", "9876543210123.45", "1234567.891"]


def test_a_report_grouped_by_debtor_with_merged_cells(tmp_path: Path) -> None:
    """The debtor's name, document type and number merged over their accounts: the rows below the first
    read «required and empty». They now carry the merged value, as the sheet shows it; a merged capital
    is not shared out between rows but refused, naming the cells. A title merged over the header is no data."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Entrega de octubre"])
    ws.merge_cells("A1:F1")
    ws.append(HEADER)
    ws.append(["OB-1", "Ana Ruiz", "CC", 52987654, 1000000, dt.datetime(2024, 3, 15)])
    ws.append(["OB-2", None, None, None, 2000000, dt.datetime(2024, 4, 15)])
    ws.append(["OB-3", None, None, None, 3000000, dt.datetime(2024, 5, 15)])
    ws.append(["OB-4", "Luis Díaz", "NIT", "900123456-8", 4000000, dt.datetime(2024, 6, 15)])
    ws.append(["OB-5", None, None, None, None, dt.datetime(2024, 6, 15)])
    for column in "BCD":
        ws.merge_cells(f"{column}3:{column}5")
        ws.merge_cells(f"{column}6:{column}7")
    ws.merge_cells("E6:E7")
    f = tmp_path / "agrupado.xlsx"
    wb.save(f)
    result = read_referrals(f)
    assert [(r.line, r.account_ref, r.debtor_name, r.debtor_id_number, r.capital) for r in result.rows] == [
        (3, "OB-1", "Ana Ruiz", "52987654", Decimal("1000000.00")),
        (4, "OB-2", "Ana Ruiz", "52987654", Decimal("2000000.00")),
        (5, "OB-3", "Ana Ruiz", "52987654", Decimal("3000000.00")),
        (6, "OB-4", "Luis Díaz", "900123456-8", Decimal("4000000.00")),
    ]
    assert [(e.line, e.column, e.message) for e in result.errors] == [
        (
            7,
            "Capital",
            "la celda E7 está combinada con E6: un capital no se reparte entre filas; separe las celdas y escriba "
            "el capital de cada obligación",
        )
    ]
    from legal_desk.importing.referrals import raw_rows

    assert [cells[1] for _line, cells in raw_rows(f)] == ["Ana Ruiz"] * 3 + ["Luis Díaz"] * 2
    assert [cells[4] for _line, cells in raw_rows(f)][-1] == ""


def test_a_merged_capital_mapped_by_hand_is_not_shared_out_either(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append([*HEADER[:4], "Saldo a cobrar", HEADER[5]])
    ws.append(["OB-1", "Ana Ruiz", "CC", 52987654, 1000000, dt.datetime(2024, 3, 15)])
    ws.append(["OB-2", "Luis Díaz", "CC", 52987655, None, dt.datetime(2024, 3, 15)])
    ws.merge_cells("E2:E3")
    f = tmp_path / "propio.xlsx"
    wb.save(f)
    result = read_referrals(f, {"Saldo a cobrar": "capital"})
    assert [r.account_ref for r in result.rows] == ["OB-1"]
    assert [(e.line, e.message.split(":")[0]) for e in result.errors] == [(3, "la celda E3 está combinada con E2")]
    from legal_desk.importing.referrals import raw_rows

    assert [cells[4] for _line, cells in raw_rows(f, {"Saldo a cobrar": "capital"})] == ["1000000", ""]


def test_a_note_typed_right_of_the_table_names_its_cell(tmp_path: Path) -> None:
    """In a sheet, a value past the header's last column is a note someone typed beside the row: the
    refusal said «revise el separador o las comillas», which only means something for a CSV."""
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["OB-1", "Ana Ruiz", "CC", 52987654, 1000, dt.datetime(2024, 3, 15)])
    ws.append(["OB-2", "Luis Díaz", "CC", 52987655, 1000, dt.datetime(2024, 3, 15), None, "revisar con el banco"])
    f = tmp_path / "nota.xlsx"
    wb.save(f)
    result = read_referrals(f)
    assert [r.account_ref for r in result.rows] == ["OB-1"]
    assert [(e.line, e.column, e.message) for e in result.errors] == [
        (
            3,
            "(fila)",
            "la celda H3 («revisar con el banco») está fuera de las columnas del encabezado: póngale un encabezado "
            "a esa columna o borre el valor",
        )
    ]


def test_the_preview_is_read_in_the_same_pass_as_the_check(tmp_path: Path) -> None:
    """The dialog's preview read the whole file twice (checked rows, then the cells as written); the
    cells now come along with the check, exactly as raw_rows gives them, merged cells included."""
    from legal_desk.importing.referrals import raw_rows

    wb = Workbook()
    ws = wb.active
    ws.append(["Banco Andino"])
    ws.append(HEADER)
    ws.append(["OB-1", "Ana Ruiz", "CC", 52987654, 1234567.8900000001, dt.datetime(2024, 3, 15)])
    ws.append(["OB-2", None, "CC", "  ", None, "15/03/2024"])
    ws.append([])
    ws.append(["OB-3", "Luis", "CC", 52987655, 1000, dt.datetime(2024, 3, 15)])
    ws.merge_cells("B3:B4")
    ws.merge_cells("E3:E4")
    f = tmp_path / "vista.xlsx"
    wb.save(f)
    raw: list[tuple[int, tuple[str, ...]]] = []
    result = read_referrals(f, raw=raw)
    assert raw == list(raw_rows(f))
    assert [line for line, _texts in raw] == [3, 4, 6] and raw[1][1][1] == "Ana Ruiz"
    assert raw[0][1][4] == "1234567.89" and raw[1][1][3:5] == ("", "")
    assert result.rejected_lines == [4]
