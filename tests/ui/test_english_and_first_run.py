"""The app in English, screen by screen, and the first run of a new desk (no users, no data)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QGroupBox, QLabel, QTabWidget, QWidget

from legal_desk.app import open_desk
from legal_desk.config import Config
from legal_desk.domain.lifecycle import Stage
from legal_desk.domain.limitation import _INSTRUMENT_TERMS, GENERAL_TERMS, limitation_rule, limitation_rule_es
from legal_desk.domain.readiness import DEFAULT_CHECKLIST
from legal_desk.services import users
from legal_desk.services.cases import JURISDICTIONS, CaseQuery, list_cases
from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.context import UiContext
from legal_desk.ui.dialogs.checklist import ChecklistDialog
from legal_desk.ui.dialogs.login import LoginDialog
from legal_desk.ui.events import AppEvents
from legal_desk.ui.i18n import install_language, stage_label
from legal_desk.ui.labels import (
    AUDIT_ACTIONS,
    LABELS,
    audit_action_label,
    domain_label,
    limitation_rule_text,
    readiness_detail,
)
from legal_desk.ui.main_window import MainWindow
from legal_desk.ui.settings import UiSettings
from legal_desk.ui.views.case_list import CaseListView
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import make_ctx, settle, wait_loaded

SHOTS = Path("tests/_artifacts/screenshots")

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")

#: Spanish that only the interface itself writes (never a debtor's name, a court or a typed note): any
#: of these on an English screen is an untranslated text.
SPANISH_UI = (
    "Título ejecutivo escaneado",
    "Deudor identificado",
    "Título no prescrito",
    "Carta de requerimiento con constancia",
    "Bitácora de gestión prejurídica",
    "Poder especial para actuar",
    "falta el escaneo",
    "sin constancia de entrega",
    "desde el vencimiento",
    "se corre al día hábil",
    "n.º",
    "case.stage",
    "case.hand_over",
    "Se importan todas las filas",
)
#: Accents, ñ and Spanish question or exclamation marks: never in an English header, button or tab title.
SPANISH_LETTERS = re.compile(r"[áéíóúñÁÉÍÓÚÑ¿¡]")


def chrome_texts(root: QWidget) -> list[str]:
    """What the interface itself writes: headers, buttons, tab titles, group titles (never case data)."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QAbstractButton):
            out.append(w.text())
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            try:
                columns = m.columnCount(QModelIndex())
            except TypeError:
                columns = 1
            out += [str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    return [t for t in out if t]


def all_texts(root: QWidget) -> list[str]:
    """Every label, tooltip and table cell on top of the chrome (case data included)."""
    out = chrome_texts(root)
    for w in [root, *root.findChildren(QWidget)]:
        out.append(w.toolTip())
        if isinstance(w, QLabel):
            out.append(w.text())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            try:
                columns = m.columnCount(QModelIndex())
            except TypeError:
                columns = 1
            for r in range(min(m.rowCount(QModelIndex()), 20)):
                out += [str(m.index(r, c).data() or "") for c in range(columns)]
    return [t for t in out if t]


def spanish_found(texts: list[str]) -> list[str]:
    return sorted({t for t in texts for s in SPANISH_UI if s in t})


@pytest.fixture
def demo_desk(sqlite_desk: Desk) -> Desk:
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 60, seed=5, today=DEMO_TODAY)
    return sqlite_desk


# ------------------------------------------------------------------ English, screen by screen


def test_every_screen_of_a_case_reads_in_english(qtbot: Any, demo_desk: Desk, tmp_path: Path) -> None:
    install_language("en")
    window = MainWindow(make_ctx(demo_desk, "lrestrepo", tmp_path))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    settle(qtbot)
    seen_chrome: list[str] = []
    seen: list[str] = []
    for row in range(window.nav.count()):  # every panel and every tab of it
        window.nav.setCurrentRow(row)
        settle(qtbot)
        panel = window.stack.currentWidget()
        for tabs in panel.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                settle(qtbot, 1)
                seen += all_texts(panel)
        seen_chrome += chrome_texts(panel)
        seen += all_texts(panel)
    lawyer = actor_for(demo_desk, "lrestrepo")
    by_stage: dict[str, int] = {}
    for r in list_cases(demo_desk, lawyer, CaseQuery(limit=500)):
        by_stage.setdefault(r.stage, r.case_id)
    for stage in ("PRE_LEGAL", "EXECUTION"):
        view = wait_loaded(qtbot, window.open_case(by_stage[stage]))
        for i in range(view.tabs.count()):
            view.tabs.setCurrentIndex(i)
            settle(qtbot, 1)
            seen_chrome += chrome_texts(view)
            seen += all_texts(view)
        view.tabs.setCurrentIndex(0)
        window.grab().save(str(SHOTS / f"english_case_{stage.lower()}.png"))

    assert spanish_found(seen) == []
    assert sorted({t for t in seen_chrome if SPANISH_LETTERS.search(t)}) == []
    # the checklist, the limitation rule and the history read in English, not just «not Spanish»
    assert "Special power of attorney to act" in " ".join(seen)
    assert any("years from the due date" in t for t in seen)
    assert "Stage change" in seen
    # the stage column of «prescription» (it listed «Recibido de cobranza») reads in English
    model = window.legal.limitation_model
    stages = {model.index(r, 5).data() for r in range(model.rowCount())}
    assert stages and stages <= {stage_label(s.value) for s in Stage}
    assert not any(SPANISH_LETTERS.search(str(t)) for t in stages)
    window.close()


def test_dialogs_with_checklist_and_import_policy_read_in_english(
    qtbot: Any, demo_desk: Desk, tmp_path: Path
) -> None:
    from legal_desk.ui.dialogs.bulk_import import BulkImportDialog
    from legal_desk.ui.dialogs.packet import PacketDialog

    install_language("en")
    admin = make_ctx(demo_desk, "admin", tmp_path)
    checklist = ChecklistDialog(admin)
    qtbot.addWidget(checklist)
    spain = checklist.jurisdiction.findData("ES")
    assert checklist.jurisdiction.itemText(spain) == "Spain (ES)"
    importer = BulkImportDialog(admin)
    qtbot.addWidget(importer)
    lawyer = make_ctx(demo_desk, "lrestrepo", tmp_path)
    pre_legal = list_cases(demo_desk, lawyer.actor, CaseQuery(stages=("PRE_LEGAL",), limit=1))[0].case_id
    packet = PacketDialog(lawyer, pre_legal)
    qtbot.addWidget(packet)
    settle(qtbot)
    texts = all_texts(checklist) + all_texts(importer) + [packet.missing_box.text()]
    assert spanish_found(texts) == []
    assert "Debt liquidation as of the filing date" in [str(r["label"]) for r in checklist.rows()] or any(
        "Debt liquidation as of the filing date" in t for t in texts
    )
    assert "Special power of attorney to act" in packet.missing_box.text()


def test_an_admins_own_checklist_wording_is_shown_as_written(qapp: Any) -> None:
    install_language("en")
    assert domain_label("Poder especial para actuar") == "Special power of attorney to act"
    assert domain_label("Poder firmado por el representante legal") == "Poder firmado por el representante legal"


def test_what_a_checklist_item_lacks_keeps_its_parts_in_english(qapp: Any) -> None:
    install_language("en")
    assert readiness_detail("falta documento, dirección") == "missing ID document, address"
    assert readiness_detail("prescrito desde el 01/02/2029") == "time-barred since 01/02/2029"
    assert readiness_detail("sin constancia de entrega") == "no proof of delivery"
    assert readiness_detail("") == ""
    install_language("es")
    assert readiness_detail("falta documento, dirección") == "falta documento, dirección"


def test_why_a_case_prescribes_reads_in_the_interface_language(qapp: Any) -> None:
    due = dt.date(2026, 7, 7)
    moved = dt.date(2029, 7, 10)  # 07/07/2029 is a Saturday: the term runs to the next business day
    rule = limitation_rule("pagare", due, "CO", moved)
    assert rule is not None and rule.years == 3 and rule.moved_from == dt.date(2029, 7, 7)
    install_language("en")
    assert limitation_rule_text(rule) == (
        "3 years from the due date (CCo arts. 711 and 789); "
        "07/07/2029 is a non-business day, so it moves to the next business day"
    )
    assert limitation_rule_text(limitation_rule("pagare", due, "CO", dt.date(2031, 1, 1))) == "date entered by hand"
    install_language("es")
    assert limitation_rule_text(rule) == limitation_rule_es("pagare", due, "CO", moved)
    assert limitation_rule_text(None) == ""


def test_every_default_checklist_item_source_and_jurisdiction_is_listed(qapp: Any) -> None:
    listed = set(LABELS)
    checklist = {label for items in DEFAULT_CHECKLIST.values() for _code, label in items}
    sources = {src for terms in _INSTRUMENT_TERMS.values() for _y, src in terms.values()}
    sources |= {src for _y, src in GENERAL_TERMS.values()}
    install_language("en")
    unlisted = sorted(t for t in checklist | sources | set(JURISDICTIONS.values()) if t not in listed)
    # only the texts that read the same in English may be left out
    assert [t for t in unlisted if domain_label(t) != t or re.search(r"\by\b|[áéíóúñ]", t)] == []
    assert audit_action_label("case.stage") == "Stage change"
    assert audit_action_label("something.new") == "something.new"
    assert all(domain_label(label) != label for label in AUDIT_ACTIONS.values())


# ------------------------------------------------------------------ first run


def fresh_desk(tmp_path: Path) -> Desk:
    """What the app opens on a new machine: a migrated database with only «admin», without a password."""
    return open_desk(Config(db_url=f"sqlite:///{tmp_path / 'new.sqlite3'}", store_root=tmp_path / "store"))


def test_first_log_in_says_how_to_get_in_and_not_afterwards(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    desk = fresh_desk(tmp_path)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    dialog = LoginDialog(desk, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.first_run and dialog.firstRunLabel.isVisible()
    assert "«admin»" in dialog.firstRunLabel.text() and "en blanco" in dialog.firstRunLabel.text()
    assert dialog.userEdit.text() == "admin"
    dialog.grab().save(str(SHOTS / "first_login.png"))

    monkeypatch.setattr(dialog, "ask_new_password", lambda actor: users.set_password(
        desk, actor, actor.username, "clave-nueva-1", first=True) is None or True)
    assert dialog.try_login()  # blank password, then the one chosen
    again = LoginDialog(desk, settings)
    qtbot.addWidget(again)
    again.show()
    assert not again.first_run and not again.firstRunLabel.isVisible()
    again.passwordEdit.setText("otra-cosa")
    install_language("en")
    again.retranslateUi(again)
    assert not again.try_login()
    assert again.errorLabel.text() == "Wrong user name or password"
    desk.close()


def test_an_empty_docket_says_what_to_do_next(qtbot: Any, tmp_path: Path) -> None:
    desk = fresh_desk(tmp_path)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    admin = UiContext(desk, actor_for(desk, "admin"), AppEvents(), settings)
    docket = CaseListView(admin)
    qtbot.addWidget(docket)
    docket.resize(1100, 600)
    docket.show()
    qtbot.waitUntil(lambda: docket.model.total == 0)
    assert docket.empty_label.isVisible()
    assert "Nuevo expediente" in docket.empty_label.text() and "Importar entregas" in docket.empty_label.text()
    docket.grab().save(str(SHOTS / "first_run_docket.png"))

    docket.search.setText("Pérez")
    docket.model.flush_search()
    docket._on_filters_changed()
    qtbot.waitUntil(lambda: "coincide" in docket.empty_label.text())
    assert docket.empty_label.isVisible()

    users.add_user(desk, admin.actor, "dependiente", "paralegal", full_name="Ana Gómez")
    paralegal = UiContext(desk, actor_for(desk, "dependiente"), AppEvents(), settings)
    install_language("en")
    other = CaseListView(paralegal, settings_key="paralegal_docket")  # may not receive or import cases
    qtbot.addWidget(other)
    other.show()
    qtbot.waitUntil(lambda: other.model.total == 0)
    # a docket that opens on «My cases» says so, and how to see the team's
    other.mine_check.setChecked(True)
    qtbot.waitUntil(lambda: "Untick “My cases”" in other.empty_label.text())
    other.mine_check.setChecked(False)
    qtbot.waitUntil(lambda: "collections hand" in other.empty_label.text())
    assert other.empty_label.isVisible()

    desk.close()


# ------------------------------------------------------------------ Spanish vocabulary


@pytest.mark.parametrize("lang", ["es", "en"])
def test_party_dialog_names_roles_as_the_parties_table_does(qtbot: Any, lang: str) -> None:
    from legal_desk.ui.dialogs.case_edit import PartyDialog
    from legal_desk.ui.labels import PARTY_ROLES

    install_language(lang)
    dlg = PartyDialog(None, None, role="guarantor")
    qtbot.addWidget(dlg)
    offered = {dlg.roleCombo.itemData(i): dlg.roleCombo.itemText(i) for i in range(dlg.roleCombo.count())}
    assert offered == {k: domain_label(PARTY_ROLES[k]) for k in ("codebtor", "guarantor")}
    if lang == "es":  # a guarantor handed over on the «Codeudores» page was a bare «Avalista» here
        assert offered["guarantor"] == "Avalista / codeudor"


def test_users_panel_on_a_new_desk_says_what_to_do_and_why_buttons_are_grey(qtbot: Any, tmp_path: Path) -> None:
    from legal_desk.ui.dialogs.users import UsersView

    desk = fresh_desk(tmp_path)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    admin = UiContext(desk, actor_for(desk, "admin"), AppEvents(), settings)
    view = UsersView(admin)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    assert view.hint.isVisible() and "Agregar usuario" in view.hint.text()
    assert not view.edit_button.isEnabled()
    assert view.edit_button.toolTip() == "Seleccione primero un usuario de la lista"
    view.grab().save(str(SHOTS / "first_run_users.png"))
    view.select("admin")
    assert view.edit_button.isEnabled() and view.edit_button.toolTip() == ""

    users.add_user(desk, admin.actor, "abogada", "lawyer", full_name="Laura Restrepo")
    admin.events.users_changed.emit()
    assert not view.hint.isVisible()
    desk.close()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_import_dialog_names_the_columns_a_file_needs(qtbot: Any, tmp_path: Path, lang: str) -> None:
    from legal_desk.importing.referrals import CANONICAL_COLUMNS, REQUIRED_COLUMNS
    from legal_desk.ui.dialogs.bulk_import import BulkImportDialog

    desk = fresh_desk(tmp_path)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    install_language(lang)
    dialog = BulkImportDialog(UiContext(desk, actor_for(desk, "admin"), AppEvents(), settings))
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.drop_zone.text()
    assert all(CANONICAL_COLUMNS[k].header_es in text for k in REQUIRED_COLUMNS)
    assert ("Required columns" in text) == (lang == "en")
    assert ("Columnas obligatorias" in text) == (lang == "es")
    dialog.grab().save(str(SHOTS / f"first_run_import_{lang}.png"))
    desk.close()


def test_party_and_creditor_dialogs_check_ids_by_the_case_country(qtbot: Any) -> None:
    """The party dialog offered every country's documents and checked a DNI without knowing the case's
    country (an Argentine 12345678 passed in a Spanish case); the creditor dialog demanded a Colombian
    NIT from an Argentine bank. Each now offers and checks the documents of the case's jurisdiction."""
    from legal_desk.ui.dialogs.case_edit import CreditorDialog, PartyDialog

    install_language("es")
    dlg = PartyDialog(None, None, role="guarantor", jurisdiction="ES")
    qtbot.addWidget(dlg)
    assert [dlg.idTypeCombo.itemData(i) for i in range(dlg.idTypeCombo.count())] == ["DNI", "NIE", "NIF", "PP"]
    dlg.nameEdit.setText("Ana Ruiz")
    dlg.idNumberEdit.setText("12345678")
    dlg.accept()
    assert dlg.errorLabel.text() == (
        "Documento: DNI 12345678: en España el DNI tiene 8 dígitos y la letra de control (12345678Z)"
    )
    dlg.idNumberEdit.setText("12345678z")
    dlg.accept()
    assert dlg.result_values is not None and dlg.result_values.id_number == "12345678Z"

    creditor = CreditorDialog(None, {"name": "Banco del Plata S.A."}, "AR")
    qtbot.addWidget(creditor)
    assert creditor.idNumberEditLabel.text() == "C&UIT:"
    creditor.idNumberEdit.setText("30500010913")
    creditor.accept()
    assert creditor.errorLabel.text() == "CUIT: CUIT 30500010913: el dígito verificador debe ser 2"
    creditor.idNumberEdit.setText("30500010912")
    creditor.accept()
    assert creditor.result_values is not None

    install_language("en")
    english = PartyDialog(None, None, role="guarantor", jurisdiction="AR")
    qtbot.addWidget(english)
    english.nameEdit.setText("Ana Sosa")
    english.idTypeCombo.setCurrentIndex(english.idTypeCombo.findData("DNI"))
    english.idNumberEdit.setText("12345678Z")
    english.accept()
    assert "in Argentina the DNI has 7 or 8 digits and no letter" in english.errorLabel.text()
    install_language("es")
