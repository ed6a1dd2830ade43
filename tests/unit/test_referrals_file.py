"""Reading referral files: encodings, delimiters, headers, XLSX cells, and every kind of bad row."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from legal_desk.importing.referrals import (
    CANONICAL_COLUMNS,
    REQUIRED_COLUMNS,
    ReferralFileError,
    ReferralRow,
    RowError,
    inspect_headers,
    read_referrals,
)

DATA = Path(__file__).resolve().parents[1] / "_data"
EN_HEADER = "account_ref,debtor_name,debtor_id_type,debtor_id_number,capital,due_date"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write text with exact newlines and the given encoding."""
    path.write_bytes(text.encode(encoding))
    return path


def test_utf8_comma_english_headers(tmp_path: Path) -> None:
    f = write(tmp_path / "r.csv", f"{EN_HEADER}\nOB-1,José Pérez,CC,79.123.456,1234567.89,2024-03-15\n")
    result = read_referrals(f)
    assert result.errors == []
    assert result.rows == [
        ReferralRow(
            line=2, account_ref="OB-1", debtor_name="José Pérez", debtor_id_type="CC",
            debtor_id_number="79123456", capital=Decimal("1234567.89"), due_date=dt.date(2024, 3, 15),
            currency="COP", title_type=None, title_number=None, debtor_email=None, debtor_phone=None,
            debtor_address=None, debtor_city=None, guarantor_name=None, guarantor_id_type=None,
            guarantor_id_number=None, jurisdiction="CO", notes=None,
        )
    ]
    assert (result.encoding, result.delimiter, result.total_lines) == ("utf-8", ",", 1)


def test_utf8_bom_is_removed_from_first_header(tmp_path: Path) -> None:
    line = 'OB-1,Ana Ñañez,CC,52987654,"1,000,000.00",15/01/2023'
    f = write(tmp_path / "r.csv", f"{EN_HEADER}\r\n{line}\r\n", "utf-8-sig")
    result = read_referrals(f)
    assert result.headers[0] == "account_ref"
    assert result.encoding == "utf-8-sig"
    assert result.rows[0].debtor_name == "Ana Ñañez"
    assert result.rows[0].capital == Decimal("1000000.00")


def test_cp1252_semicolon_decimal_comma_spanish_headers(tmp_path: Path) -> None:
    text = (
        "Número de obligación;Nombre del deudor;Tipo de documento;Número de documento;Capital;"
        "Fecha de vencimiento;Tipo de título;Correo electrónico;Ciudad;Jurisdicción\n"
        "OB-7;Héctor Ibáñez Muñoz;C.C.;1.020.304.050;12.500.000,50;29/02/2024;Pagaré;"
        "Hector@Correo.COM;Bogotá D.C.;Colombia\n"
    )
    result = read_referrals(write(tmp_path / "r.csv", text, "cp1252"))
    assert result.encoding == "cp1252"
    assert result.delimiter == ";"
    row = result.rows[0]
    assert (row.debtor_name, row.debtor_id_number, row.capital, row.due_date) == (
        "Héctor Ibáñez Muñoz", "1020304050", Decimal("12500000.50"), dt.date(2024, 2, 29))
    assert (row.title_type, row.debtor_email, row.debtor_city, row.jurisdiction) == (
        "pagare", "hector@correo.com", "Bogotá D.C.", "CO")


def test_spanish_snake_headers_and_nit_guarantor(tmp_path: Path) -> None:
    text = (
        "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento;moneda;"
        "nombre_codeudor;tipo_documento_codeudor;numero_documento_codeudor;jurisdiccion\n"
        "F-1;Comercializadora Andina S.A.S.;NIT;900123456;3.000.000;2023-11-30;cop;"
        "Luis Gómez;CC;80.111.222;co\n"
        "F-2;Empresa Sur S.A. de C.V.;RFC;ESU990101AB1;100;2023-11-30;;;;;MX\n"
    )
    result = read_referrals(write(tmp_path / "r.csv", text))
    assert result.errors == []
    first, second = result.rows
    assert (first.debtor_id_number, first.currency, first.guarantor_id_number) == (
        "900123456-8", "COP", "80111222")
    assert (second.jurisdiction, second.currency, second.guarantor_name) == ("MX", "MXN", None)
    assert (second.debtor_id_type, second.debtor_id_number) == ("RFC", "ESU990101AB1")


def test_each_row_is_checked_by_its_country(tmp_path: Path) -> None:
    """A Spanish row accepted «DNI 12345678» (the Argentine shape, without the control letter): the check
    did not know the row's jurisdiction. Now the jurisdiction column picks the rule, and a document
    that country does not use is refused on the type column, naming the ones it uses."""
    text = (
        "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento;"
        "nombre_codeudor;tipo_documento_codeudor;numero_documento_codeudor;jurisdiccion\n"
        "E-1;Lucía Pérez;DNI;12345678;1.000;2023-11-30;;;;ES\n"
        "E-2;Lucía Pérez;DNI;12345678-z;1.000;2023-11-30;Juan Ruiz;CUIT;20-12345678-6;España\n"
        "A-1;Martín Sosa;DNI;12345678Z;1.000;2023-11-30;;;;AR\n"
        "A-2;Martín Sosa;cuil;20123456786;1.000;2023-11-30;Ana Sosa;DNI;7654321;Argentina\n"
        "X-1;Ana Ruiz;DNI;12345678;1.000;2023-11-30;;;;Narnia\n"
    )
    result = read_referrals(write(tmp_path / "r.csv", text))
    by_line: dict[int, list[str]] = {}
    for e in result.errors:
        by_line.setdefault(e.line, []).append(f"{e.column}: {e.message}")
    assert by_line[2] == [
        "numero_documento: DNI 12345678: en España el DNI tiene 8 dígitos y la letra de control (12345678Z)"
    ]
    assert by_line[3] == [
        "tipo_documento_codeudor: CUIT: no es un documento de identidad de España (use DNI, NIE, NIF o PP)"
    ]
    assert by_line[4] == [
        "numero_documento: DNI 12345678Z: en Argentina el DNI tiene 7 u 8 dígitos y ninguna letra (12.345.678)"
    ]
    assert [e for e in by_line[6] if "jurisdic" not in e] == []  # a wrong country column is said once
    (row,) = result.rows
    assert (row.debtor_id_type, row.debtor_id_number, row.guarantor_id_number) == (
        "CUIT", "20-12345678-6", "7.654.321")


def test_xlsx_with_date_and_number_cells(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Número de obligación", "Nombre deudor", "Tipo documento", "Número documento", "Capital",
               "Fecha vencimiento", "Teléfono"])
    ws.append([123456, "Marta Castañeda", "CC", 52987654.0, 1234567.89, dt.datetime(2024, 3, 15), 3105551234])
    ws.append(["OB-2", "Pedro Patiño", "cc", "80.111.222", 2500000, "31/12/2023", None])
    ws.append([None, None, None, None, None, None, None])  # truly empty row: skipped
    ws.append(["OB-3", "Julián Ordóñez", "CC", 1020304050, 1234.567, 45366, None])
    ws.append(["OB-4", "Julián Ordóñez", "CC", 1020304050, 0.1 + 0.2, 45366, None])
    f = tmp_path / "r.xlsx"
    wb.save(f)
    result = read_referrals(f)
    assert [r.line for r in result.rows] == [2, 3, 6]
    one, two, three = result.rows
    assert (one.account_ref, one.debtor_id_number, one.capital, one.due_date, one.debtor_phone) == (
        "123456", "52987654", Decimal("1234567.89"), dt.date(2024, 3, 15), "3105551234")
    assert (two.capital, two.due_date) == (Decimal("2500000.00"), dt.date(2023, 12, 31))
    # the cell stores 15 significant digits, as Excel does: 0.1 + 0.2 arrives as 0.3, not 0.30000000000000004
    assert (three.capital, three.due_date) == (Decimal("0.30"), dt.date(2024, 3, 15))
    assert result.errors == [RowError(5, "Capital", "«1234.567» tiene más de dos decimales")]
    assert result.total_lines == 4
    assert result.encoding is None


def test_xlsx_excel_serial_date(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(EN_HEADER.split(","))
    ws.append(["A", "Ana Ruiz", "CC", "52987654", "1000", 45366])  # serial 45366 = 2024-03-15
    wb.save(tmp_path / "s.xlsx")
    assert read_referrals(tmp_path / "s.xlsx").rows[0].due_date == dt.date(2024, 3, 15)


def test_file_full_of_errors_reports_every_bad_field(tmp_path: Path) -> None:
    text = (
        "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento;moneda;"
        "tipo_titulo;correo;telefono;nombre_codeudor;tipo_documento_codeudor;numero_documento_codeudor;"
        "jurisdiccion\n"
        "OB-1;Ana Ruiz;CC;52987654;1000;2024-01-31;;;;;;;;\n"  # 2: good
        ";;;;;;;;;;;;;\n"  # 3: truly empty → skipped
        ";Ana Ruiz;XX;123;-5;31/02/2024;PESOS;vale;ana@;12;;;;VE\n"  # 4: eight bad fields
        "OB-1;Ana Ruiz;NIT;900123456-7;0;2024-13-01;;;;;;;;\n"  # 5: duplicate, NIT, capital, date
        "OB-3;;CC;;abc;;;;;;Luis;;;\n"  # 6: name, number, capital, date, guarantor type/number missing
        "OB-4;Pablo Díaz;CC;0123;1.000;2024-01-01;;;;;Luis;PA;A1;\n"  # 7: CC zero, PP too short
    )
    result = read_referrals(write(tmp_path / "bad.csv", text))
    assert [r.line for r in result.rows] == [2]
    assert result.total_lines == 5
    assert {(e.line, e.column) for e in result.errors} == {
        (4, "numero_obligacion"), (4, "tipo_documento"), (4, "capital"), (4, "fecha_vencimiento"),
        (4, "moneda"), (4, "tipo_titulo"), (4, "correo"), (4, "telefono"), (4, "jurisdiccion"),
        (5, "numero_obligacion"), (5, "numero_documento"), (5, "capital"), (5, "fecha_vencimiento"),
        (6, "nombre_deudor"), (6, "numero_documento"), (6, "capital"), (6, "fecha_vencimiento"),
        (6, "tipo_documento_codeudor"), (6, "numero_documento_codeudor"),
        (7, "numero_documento"), (7, "numero_documento_codeudor"),
    }
    assert len(result.errors) == 21
    messages = {(e.line, e.column): e.message for e in result.errors}
    assert messages[(5, "numero_obligacion")] == "la obligación «OB-1» ya aparece en la línea 2"
    assert messages[(5, "numero_documento")] == "NIT 900123456-7: el dígito de verificación debe ser 8"
    assert messages[(4, "fecha_vencimiento")] == "«31/02/2024» no es una fecha real"
    assert messages[(4, "capital")] == "el valor -5 es negativo"
    assert messages[(5, "capital")] == "el capital debe ser mayor que cero"
    assert messages[(7, "numero_documento")] == "CC 0123: no puede empezar por cero"
    assert messages[(7, "numero_documento_codeudor")].startswith("PP A1: debe tener entre 5 y 15")
    assert "codeudor van completos" in messages[(6, "tipo_documento_codeudor")]
    assert result.rejected_lines == [4, 5, 6, 7]


def test_lines_follow_the_file_with_multiline_cells_and_blank_lines(tmp_path: Path) -> None:
    text = (
        "\n"  # line 1 blank: the header is line 2
        f"{EN_HEADER},notes\n"
        'A,Ana Ruiz,CC,52987654,1000,2024-01-31,"two\nlines"\n'  # lines 3-4
        "\n"  # line 5 blank
        "B,Ana Ruiz,CC,52987654,0,2024-01-31,\n"  # line 6
    )
    result = read_referrals(write(tmp_path / "m.csv", text))
    assert result.rows[0].line == 3
    assert result.rows[0].notes == "two\nlines"
    assert [(e.line, e.column) for e in result.errors] == [(6, "capital")]


def test_extra_cells_flag_the_row(tmp_path: Path) -> None:
    text = f"{EN_HEADER}\nA,Ana Ruiz,CC,52987654,1,234,567.00,2024-01-31\n"
    result = read_referrals(write(tmp_path / "x.csv", text))
    assert (result.errors[0].line, result.errors[0].column) == (2, "(fila)")


def test_missing_required_columns_named(tmp_path: Path) -> None:
    f = write(tmp_path / "r.csv", "numero_obligacion;nombre_deudor;tipo_documento\nA;B;CC\n")
    with pytest.raises(ReferralFileError) as info:
        read_referrals(f)
    assert info.value.message == (
        "faltan columnas obligatorias: numero_documento (debtor_id_number), capital (capital), "
        "fecha_vencimiento (due_date). Los encabezados se leyeron en la línea 1: «numero_obligacion», "
        "«nombre_deudor», «tipo_documento»; dé a esas columnas los nombres indicados (o asígnelas en la ventana "
        "de importación) y vuelva a importar"
    )


def test_column_map_resolves_unknown_headers(tmp_path: Path) -> None:
    f = write(tmp_path / "r.csv", "Ref;Cliente;TD;ID;Deuda;Vence\nA;Ana Ruiz;CC;52987654;1000;2024-01-31\n")
    headers, guess, missing = inspect_headers(f)
    assert headers == ["Ref", "Cliente", "TD", "ID", "Deuda", "Vence"]
    assert guess == {"Ref": "account_ref"}
    assert missing == ["debtor_name", "debtor_id_type", "debtor_id_number", "capital", "due_date"]
    column_map = {"Cliente": "debtor_name", "TD": "debtor_id_type", "ID": "debtor_id_number",
                  "Deuda": "capital", "Vence": "due_date"}
    result = read_referrals(f, column_map=column_map)
    assert result.rows[0].capital == Decimal("1000.00")
    assert result.mapping["Deuda"] == "capital"


def test_two_headers_meaning_the_same_must_be_resolved(tmp_path: Path) -> None:
    f = write(tmp_path / "r.csv", f"{EN_HEADER},Capital\nA,Ana Ruiz,CC,52987654,1000,2024-01-31,2000\n")
    with pytest.raises(ReferralFileError, match="«capital» y «Capital» significan lo mismo"):
        read_referrals(f)
    result = read_referrals(f, column_map={"Capital": "capital"})
    assert result.rows[0].capital == Decimal("2000.00")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "está vacío"),
        ("blank.csv", b"\r\n  \r\n", "está vacío"),
        ("header.csv", EN_HEADER.encode() + b"\n", "no hay filas de datos"),
        ("binary.csv", bytes(range(256)) * 4, "no es un archivo de texto CSV"),
        ("fake.xlsx", b"numero_obligacion;capital\n", r"es un archivo de texto \(CSV\), no un libro de Excel"),
        ("fake2.xlsx", b"\x00\x01\x02\x03" * 64, "no es un libro de Excel .xlsx válido"),
        ("zip.csv", b"PK\x03\x04rest", "parece un libro de Excel"),
        ("old.xls", b"\xd0\xcf\x11\xe0", "Excel 97-2003"),
        ("data.json", b"{}", "extensión «.json» no admitida"),
    ],
)
def test_file_level_errors(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    with pytest.raises(ReferralFileError, match=message):
        read_referrals(f)


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(ReferralFileError, match="no existe"):
        read_referrals(tmp_path / "nope.csv")


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    import zipfile

    f = tmp_path / "doc.xlsx"
    with zipfile.ZipFile(f, "w") as z:
        z.writestr("word/document.xml", "<x/>")
    with pytest.raises(ReferralFileError, match=r"no es un libro de Excel \.xlsx válido"):
        read_referrals(f)


def test_progress_reports_rows(tmp_path: Path) -> None:
    body = "".join(f"R{i},Ana Ruiz,CC,52987654,1000,2024-01-31\n" for i in range(2500))
    seen: list[int] = []
    result = read_referrals(write(tmp_path / "p.csv", f"{EN_HEADER}\n{body}"), progress=seen.append)
    assert seen == [1000, 2000, 2500]
    assert len(result.rows) == 2500


def test_canonical_columns() -> None:
    assert REQUIRED_COLUMNS == ("account_ref", "debtor_name", "debtor_id_type", "debtor_id_number",
                                "capital", "due_date")
    assert CANONICAL_COLUMNS["account_ref"].header_es == "numero_obligacion"
    assert CANONICAL_COLUMNS["guarantor_id_number"].label_es == "Número de documento del codeudor"


def test_sample_files_for_other_tests() -> None:
    sample = read_referrals(DATA / "referrals_sample.csv")
    assert (len(sample.rows), sample.errors, sample.delimiter) == (20, [], ";")
    errors = read_referrals(DATA / "referrals_errors.csv")
    assert [r.line for r in errors.rows] == [2, 3, 7, 12]
    assert {(e.line, e.column) for e in errors.errors} == {
        (4, "Número de documento"), (5, "Capital"), (6, "Fecha de vencimiento"), (8, "Número de obligación"),
        (9, "Tipo de documento"), (10, "Correo electrónico"), (11, "Número de documento del codeudor"),
        (11, "Tipo de documento del codeudor"), (13, "Nombre del deudor"), (13, "Capital"),
    }


def test_hundred_thousand_rows_parse_in_a_few_seconds(tmp_path: Path) -> None:
    body = "".join(
        f"OB-{i:06d};María José Ñañez;CC;{10000000 + i};{1000000 + i}.{i % 1000:03d},50;15/03/2023;COP;"
        "Pagaré;"
        f"maria{i}@correo.co;+57 310 555 {i % 10000:04d};Calle 45 # 12-30;Bogotá D.C.\n"
        for i in range(100_000)
    )
    header = ("numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento;"
              "moneda;tipo_titulo;correo;telefono;direccion;ciudad\n")
    f = write(tmp_path / "big.csv", header + body)
    result = read_referrals(f)  # speed is measured by bench/bench_import.py, not here
    assert len(result.rows) == 100_000 and result.errors == []
    assert result.rows[-1].capital == Decimal("1099999999.50")  # 1099999.999,50


def _rewrite_sheet(path: Path, old: bytes, new: bytes) -> None:
    """Replace bytes in the first sheet's XML, as a program other than openpyxl would have written it."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    assert old in members[sheet]
    members[sheet] = members[sheet].replace(old, new)
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)


def test_xlsx_formula_without_a_calculated_value_is_named_not_reported_as_empty(tmp_path: Path) -> None:
    """openpyxl, POI and other generators store formulas without results: the cell read as empty."""
    wb = Workbook()
    ws = wb.active
    ws.append(EN_HEADER.split(","))
    ws.append(["A", "Ana Ruiz", "CC", "52987654", "=1000*2", 45366])
    ws.append(["B", "Luis Peña", "CC", "52987655", 1500, 45366])
    f = tmp_path / "f.xlsx"
    wb.save(f)
    with pytest.raises(ReferralFileError, match=r"la celda E2 tiene la fórmula «=1000\*2» sin valor calculado"):
        read_referrals(f)
    # The same workbook once Excel calculated it reads the value; Excel's "" result of an IF is a value too.
    _rewrite_sheet(f, b"<f>1000*2</f><v></v>", b"<f>1000*2</f><v>2000</v>")
    assert [r.capital for r in read_referrals(f).rows] == [Decimal("2000.00"), Decimal("1500.00")]
    wb = Workbook()
    ws = wb.active
    ws.append([*EN_HEADER.split(","), "notes"])
    ws.append(["A", "Ana Ruiz", "CC", "52987654", 1000, 45366, '=IF(A2="X","nota","")'])
    wb.save(f)
    _rewrite_sheet(f, b'<c r="G2">', b'<c r="G2" t="str">')
    result = read_referrals(f)
    assert result.errors == [] and result.rows[0].notes is None
