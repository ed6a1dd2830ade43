"""«Plantillas de documentos» with a folder the firm edited by hand: a new letter not yet in catalog.json
is named with what to add, and a catalogue broken in a text editor is a sentence with its line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QSettings

from legal_desk.documents.templates import templates_root
from legal_desk.services import documents
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.context import UiContext
from legal_desk.ui.dialogs.generate_document import GenerateDocumentDialog
from legal_desk.ui.events import AppEvents
from legal_desk.ui.settings import UiSettings

SHOTS = Path("tests/_artifacts/screenshots")


def _ctx(desk: Desk, user: str, tmp_path: Path) -> UiContext:
    s = QSettings(str(tmp_path / f"{user}.ini"), QSettings.Format.IniFormat)
    return UiContext(desk, actor_for(desk, user), AppEvents(), UiSettings(s))


def test_a_new_letter_not_in_the_catalogue_and_a_broken_catalogue_are_said(qtbot, sqlite_desk, monkeypatch, tmp_path):
    from legal_desk.ui.dialogs.templates import TemplatesDialog

    monkeypatch.delenv("LEGAL_DESK_TEMPLATES", raising=False)
    folder = documents.customize_templates(sqlite_desk, actor_for(sqlite_desk, "admin"), tmp_path / "despacho")
    shutil.copy(folder / "carta_requerimiento.docx", folder / "carta_cobro_amable.docx")
    dialog = TemplatesDialog(_ctx(sqlite_desk, "admin", tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(list((templates_root() / "es_CO").glob("*.docx")))
    assert dialog.status.text().startswith("No se ofrecen porque no están en catalog.json: carta_cobro_amable.docx.")
    dialog.resize(760, 420)
    dialog.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "templates_dialog_uncatalogued.png"))

    good = (folder / "catalog.json").read_text("utf-8")
    (folder / "catalog.json").write_text(good.replace('"kind": "notice",', '"kind": "notice"', 1), "utf-8")
    dialog.refresh()
    assert dialog.table.rowCount() == 0
    assert f"{folder / 'catalog.json'}, línea 7, columna 7: el catálogo no es JSON válido" in dialog.status.text()
    # the lawyer's «Generar documento…» says the same instead of an unexpected-error box
    warned: list[str] = []
    monkeypatch.setattr(
        "legal_desk.ui.dialogs.generate_document.QMessageBox.warning", lambda _p, _t, text: warned.append(text)
    )
    assert GenerateDocumentDialog.ask(None, _ctx(sqlite_desk, "lrestrepo", tmp_path), 1) is None
    assert warned and "línea 7, columna 7" in warned[0]


@pytest.fixture(autouse=True)
def _demo(sqlite_desk: Desk) -> None:
    from legal_desk.services.demo import load_demo
    from tests.conftest import DEMO_TODAY

    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 3, seed=5, today=DEMO_TODAY)


def test_the_templates_dialog_checks_the_firms_templates_with_the_sample_case(
    qtbot, sqlite_desk, monkeypatch, tmp_path
):
    from legal_desk.ui.dialogs.templates import TemplatesDialog

    monkeypatch.delenv("LEGAL_DESK_TEMPLATES", raising=False)
    folder = documents.customize_templates(sqlite_desk, actor_for(sqlite_desk, "admin"), tmp_path / "despacho")
    dialog = TemplatesDialog(_ctx(sqlite_desk, "lrestrepo", tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.check_button.isVisibleTo(dialog)  # a lawyer who edits a template checks it too
    assert dialog.check()
    assert dialog.status.text() == "Las 8 plantillas se generan sin errores con el caso de ejemplo."
    doc = Document(str(folder / "poder_especial.docx"))
    doc.paragraphs[0].runs[0].text = "{{ lawyer.nmae }}"
    doc.save(str(folder / "poder_especial.docx"))
    assert not dialog.check()
    assert dialog.status.text() == (
        "Plantilla «poder_especial», párrafo 1 del documento («{{ lawyer.nmae }}»): "
        "el campo «lawyer.nmae» no existe; ¿quiso decir «lawyer.name»?"
    )
    dialog.resize(760, 420)
    dialog.show()
    dialog.grab().save(str(SHOTS / "templates_dialog_check.png"))


def test_the_fields_a_template_can_write_are_listed_in_the_app(qtbot, sqlite_desk, monkeypatch, tmp_path):
    """A refusal for an unknown field sends the user to this list; before, only the shipped templates showed them."""
    from legal_desk.ui.dialogs.templates import TemplateFieldsDialog, TemplatesDialog

    monkeypatch.delenv("LEGAL_DESK_TEMPLATES", raising=False)
    dialog = TemplatesDialog(_ctx(sqlite_desk, "cortiz", tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.fields_button.isVisibleTo(dialog)
    fields = TemplateFieldsDialog(dialog)
    qtbot.addWidget(fields)
    rows = {fields.table.item(r, 0).text(): fields.table.item(r, 1).text() for r in range(fields.table.rowCount())}
    assert rows["debtor.name"] == "Carlos Alberto Gómez Restrepo" and "guarantors[].id_fmt" in rows
    fields.filter.setText("id_fmt")
    shown = [fields.table.item(r, 0).text() for r in range(fields.table.rowCount()) if not fields.table.isRowHidden(r)]
    assert shown and all("id_fmt" in s for s in shown) and "debtor.id_fmt" in shown
    fields.filter.setText("")
    fields.resize(760, 520)
    fields.show()
    fields.grab().save(str(SHOTS / "template_fields_dialog.png"))
