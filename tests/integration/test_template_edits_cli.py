"""The command line with a firm's hand-edited templates folder: refusals that say what to fix, never
«Error inesperado», and the list of fields a template can write."""

from __future__ import annotations

import json
import shutil

import pytest

from legal_desk.cli import main
from legal_desk.documents.templates import templates_root


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    shutil.copytree(templates_root() / "es_CO", tmp_path / "plantillas" / "es_CO")
    monkeypatch.setenv("LEGAL_DESK_TEMPLATES", str(tmp_path / "plantillas"))
    base = ["--db", f"sqlite:///{tmp_path / 'cli.sqlite3'}", "--store", str(tmp_path / "store")]

    def run(*args: str) -> tuple[int, str, str]:
        rc = main([*base, *args])
        out, err = capsys.readouterr()
        return rc, out, err

    assert main([*base, "db", "upgrade"]) == 0
    assert main([*base, "demo", "--cases", "3"]) == 0
    capsys.readouterr()
    return run


def test_a_broken_catalogue_and_a_missing_file_are_refusals_naming_the_place(cli, tmp_path):
    folder = tmp_path / "plantillas" / "es_CO"
    good = (folder / "catalog.json").read_text("utf-8")
    (folder / "catalog.json").write_text(good.replace('"kind": "notice",', '"kind": "notice"', 1), "utf-8")
    for args in (
        ("document", "templates"),
        ("--user", "lrestrepo", "document", "generate", "1", "poder_especial", "--out", str(tmp_path / "p.docx")),
    ):
        rc, _out, err = cli(*args)
        assert rc == 1 and "Error inesperado" not in err
        assert f"{folder / 'catalog.json'}, línea 7, columna 7: el catálogo no es JSON válido (Expecting" in err
    (folder / "catalog.json").write_text(good, "utf-8")
    (folder / "poder_especial.docx").rename(folder / "poder_especial_firma.docx")
    rc, _out, err = cli(
        "--user", "lrestrepo", "document", "generate", "1", "poder_especial", "--out", str(tmp_path / "p.docx")
    )
    assert rc == 1 and "«poder_especial.docx» que nombra catalog.json no está en la carpeta" in err
    assert not (tmp_path / "p.docx").exists()


def test_document_fields_lists_what_a_template_can_write(cli):
    rc, out, _err = cli("document", "fields", "--json")
    fields = {f["field"]: f["example"] for f in json.loads(out)}
    assert rc == 0 and fields["debtor.name"] == "Carlos Alberto Gómez Restrepo"
    assert "guarantors[].name" in fields and "liquidation.total_fmt" in fields
    rc, out, _err = cli("document", "fields")
    assert rc == 0 and "debtor.id_fmt" in out and "C.C. 79.123.456" in out


def test_document_check_tests_every_template_without_touching_a_case(cli, tmp_path):
    """After an edit in Word the only way to try a template was to generate it into a real case file."""
    folder = tmp_path / "plantillas" / "es_CO"
    rc, out, _err = cli("document", "check")
    assert rc == 0 and out.strip().endswith("8 de 8 plantillas se generan con el caso de ejemplo")
    # a misspelt field inside the co-debtors loop: a case without co-debtors generates it, the check does not
    import io
    import zipfile

    src = folder / "carta_requerimiento.docx"
    buf = io.BytesIO()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"{{ g.name }}", b"{{ g.nombre }}")
            zout.writestr(item, data)
    src.write_bytes(buf.getvalue())
    rc, out, _err = cli("document", "check", "carta_requerimiento", "--json")
    (item,) = json.loads(out)
    assert rc == 1 and item["name"] == "carta_requerimiento" and not item["ok"]
    assert "el campo «g.nombre» no existe; ¿quiso decir «g.name»?" in item["error"]
    rc, out, _err = cli("case", "show", "1", "--json")
    assert json.loads(out)["documents"] == []  # nothing was generated into a case
