"""Alt+letter in the record dialogs a paralegal or a lawyer fills all day, and in the handover wizard.

Only «Registrar gestión» had mnemonics: a payment, an agreement, a hearing, a measure, a notice and its
receipt, an offer, a party's data, the case header, the evidence kind and the wizard's pages had to be
walked with Tab from the first field; later the creditor's data and the stage move (with its filing,
service and inadmission rows) still had none. Each visible label now claims one letter (none twice in a window,
in Spanish or English, wizard buttons included) and gives the focus to its field; Esc closes without saving.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
    QWizard,
)

from legal_desk.domain.lifecycle import Stage
from legal_desk.services import cases
from legal_desk.services.cases import CaseQuery
from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.dialogs.case_edit import CaseEditDialog, CreditorDialog, PartyDialog
from legal_desk.ui.dialogs.records import (
    AgreementDialog,
    EmbargoAdvanceDialog,
    EmbargoDialog,
    EvidenceKindDialog,
    HearingDialog,
    HearingOutcomeDialog,
    NoticeDialog,
    OfferDialog,
    PaymentDialog,
    ReceiptDialog,
    StageMoveDialog,
)
from legal_desk.ui.i18n import install_language
from legal_desk.ui.wizards.handover import HandoverWizard
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import make_ctx, settle

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")


def mnemonic(widget: QWidget) -> str | None:
    """The letter after the «&» of a label, button or group box title (None without one)."""
    text = widget.title() if isinstance(widget, QGroupBox) else widget.text()  # type: ignore[attr-defined]
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].lower() if 0 <= at < len(text) - 1 else None


def claimed(window: QWidget) -> dict[str, list[QWidget]]:
    """Alt+letter → the visible widgets that claim it (one each, or Qt cycles between them)."""
    keys: dict[str, list[QWidget]] = {}
    for w in [*window.findChildren(QLabel), *window.findChildren(QAbstractButton), *window.findChildren(QGroupBox)]:
        letter = mnemonic(w)
        if w.isVisible() and letter:
            keys.setdefault(letter, []).append(w)
    return keys


def fields(window: QWidget) -> list[QWidget]:
    """The visible, enabled input fields of the window (the line edit inside a combo or spin box is its box)."""
    found: list[QWidget] = []
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView)
    for w in window.findChildren(QWidget):
        if not isinstance(w, kinds) or not w.isVisible() or not w.isEnabled():
            continue
        if isinstance(w, QHeaderView) or isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue
        found.append(w)
    return found


def has_focus(field: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is field or field.isAncestorOf(focus))


@dataclass
class Case:
    window: QWidget
    #: fields with no label of their own (reached by Tab from the button just above them)
    unlabelled: tuple[QWidget, ...] = ()
    #: says nothing was saved once Esc closed the window
    nothing_saved: Callable[[], bool] | None = None


def record(dialog: QDialog) -> Case:
    return Case(dialog, nothing_saved=lambda: not hasattr(dialog, "result_values"))


def agreement(_desk: Desk, _tmp: Path) -> Case:
    dialog = AgreementDialog(None, "COP")
    return Case(dialog, (dialog.instalmentsView,), lambda: not hasattr(dialog, "result_values"))


def hearing_outcome(_desk: Desk, _tmp: Path) -> Case:
    import datetime as dt

    dialog = HearingOutcomeDialog(None, dt.datetime(2026, 12, 1, 9, 0))
    dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData("postponed"))  # the new date's row shows
    return record(dialog)


def receipt(returned: bool) -> Callable[[Desk, Path], Case]:
    def build(_desk: Desk, _tmp: Path) -> Case:
        import datetime as dt

        dialog = ReceiptDialog(None, "Requerimiento enviado el 02/11/2026", dt.date(2026, 11, 2))
        if returned:
            dialog.resultCombo.setCurrentIndex(dialog.resultCombo.findData("returned"))
        return record(dialog)

    return build


def evidence(_desk: Desk, _tmp: Path) -> Case:
    dialog = EvidenceKindDialog(None, ["pagare.pdf"])
    dialog.dateCheck.setChecked(True)  # the document's date is typed only once «Indicar fecha» is ticked
    return record(dialog)


def case_header(desk: Desk, _tmp: Path) -> Case:
    load_demo(desk, actor_for(desk, "admin"), 1, today=DEMO_TODAY)
    case = cases.get_case_file(desk, actor_for(desk, "admin"), 1, today=DEMO_TODAY)
    dialog = CaseEditDialog(None, case, [], may_set_radicado=True, may_set_account_ref=True)
    return record(dialog)


def stage_move(target: Stage, current: Stage | None = None) -> Callable[[Desk, Path], Case]:
    """The stage-move dialog to `target` (its rows and their labels change with the move)."""

    def build(_desk: Desk, _tmp: Path) -> Case:
        return record(StageMoveDialog(None, "Etapa actual", target, "Etapa nueva", current=current))

    return build


def wizard_page(page: int) -> Callable[[Desk, Path], Case]:
    """The handover wizard on its page `page` (0 debtor, 1 co-debtors, 2 debt, 3 pre-legal history)."""

    def build(desk: Desk, tmp: Path) -> Case:
        wizard = HandoverWizard(make_ctx(desk, "cobranza", tmp))
        d = wizard.debtor_page
        d.accountRefInput.setText("OB-ALT-1")
        d.nameInput.setText("Marta Lucía Pérez")
        d.idNumberInput.setText("52123456")
        wizard.debt_page.capitalInput.setText("1.500.000")
        wizard.debt_page.dueDateInput.setText("01/03/2025")
        wizard.show()
        for _ in range(page):
            wizard.next()
        assert wizard.currentId() == page, [e.text() for e in wizard.findChildren(QLabel) if e.text()]
        return Case(
            wizard,
            nothing_saved=lambda: (
                wizard.created is None and cases.count_cases(desk, actor_for(desk, "admin"), CaseQuery()) == 0
            ),
        )

    return build


CASES: dict[str, Callable[[Desk, Path], Case]] = {
    "pago": lambda _d, _t: record(PaymentDialog(None)),
    "acuerdo de pago": agreement,
    "audiencia": lambda _d, _t: record(HearingDialog(None)),
    "resultado de audiencia": hearing_outcome,
    "medida cautelar": lambda _d, _t: record(EmbargoDialog(None)),
    "avance de la medida": lambda _d, _t: record(EmbargoAdvanceDialog(None, "decreed", "Cuenta de ahorros 123")),
    "requerimiento": lambda _d, _t: record(NoticeDialog(None)),
    "constancia de entrega": receipt(returned=False),
    "comunicación devuelta": receipt(returned=True),
    "propuesta de arreglo": lambda _d, _t: record(OfferDialog(None)),
    "datos del codeudor": lambda _d, _t: record(PartyDialog(None)),
    "encabezado del expediente": case_header,
    "pruebas": evidence,
    "datos del acreedor": lambda _d, _t: record(CreditorDialog(None, {"name": "Banco Cordillera S.A."})),
    "datos del acreedor (Argentina, CUIT)": lambda _d, _t: record(CreditorDialog(None, {}, "AR")),
    "datos del acreedor (México, RFC)": lambda _d, _t: record(CreditorDialog(None, {}, "MX")),
    "datos del acreedor (España, NIF)": lambda _d, _t: record(CreditorDialog(None, {}, "ES")),
    "cambiar etapa: radicar": stage_move(Stage.FILED),
    "cambiar etapa: subsanada": stage_move(Stage.FILED, Stage.CORRECTION_PENDING),
    "cambiar etapa: deudor notificado": stage_move(Stage.DEBTOR_SERVED),
    "cambiar etapa: inadmitida": stage_move(Stage.CORRECTION_PENDING),
    "cambiar etapa: rechazada (motivo obligatorio)": stage_move(Stage.REJECTED),
    "entrega: deudor": wizard_page(0),
    "entrega: codeudores": wizard_page(1),
    "entrega: deuda": wizard_page(2),
    "entrega: historia prejurídica": wizard_page(3),
}


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("name", list(CASES))
def test_each_field_of_the_record_dialogs_has_its_own_alt_letter(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, lang: str
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))  # «Elegir archivo…» opens none
    install_language(lang)
    case = CASES[name](sqlite_desk, tmp_path)
    window = case.window
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    settle(qtbot, 1)
    keys = claimed(window)
    # no letter claimed twice (the wizard's «< &Atrás» / «Siguie&nte >» count too)
    assert {k: [mnemonic_text(w) for w in v] for k, v in keys.items() if len(v) > 1} == {}
    # no mnemonic that Alt cannot type (an accented letter)
    assert all(k.isascii() and k.isalpha() for k in keys), sorted(keys)
    reached: list[QWidget] = []
    # buttons and check boxes last: «Vence» unticked would disable «Vence el», «Indicar fecha» enables the date
    owners = sorted((w for v in keys.values() for w in v), key=lambda w: isinstance(w, QAbstractButton))
    for owner in owners:
        if isinstance(window, QWizard) and owner in {window.button(b) for b in QWizard.WizardButton}:
            continue  # the wizard's own Back / Next: pressing them would leave the page
        letter = mnemonic(owner)
        assert letter is not None
        key = getattr(Qt.Key, f"Key_{letter.upper()}")
        if isinstance(owner, QLabel):
            buddy = owner.buddy()
            assert buddy is not None, f"{mnemonic_text(owner)} has no buddy"
            target = buddy.focusProxy() or buddy
            qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
            assert has_focus(target), (mnemonic_text(owner), QApplication.focusWidget())
            reached.append(buddy)
        elif isinstance(owner, QGroupBox):  # focuses the first box inside, ticks none
            boxes = [b for b in owner.findChildren(QAbstractButton) if b.isVisible()]
            before = [b.isChecked() for b in boxes]
            qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
            assert has_focus(boxes[0]) and [b.isChecked() for b in boxes] == before, mnemonic_text(owner)
        else:  # a button or check box is pressed by its letter
            with qtbot.waitSignal(owner.clicked, timeout=2000):  # type: ignore[attr-defined]
                qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
    # every field a person types in is reached by its label's letter
    missing = [
        w.objectName() or type(w).__name__
        for w in fields(window)
        if w not in case.unlabelled and not any(w is r or r.isAncestorOf(w) for r in reached)
    ]
    assert missing == [], missing
    # Esc closes it, and nothing is saved
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert isinstance(window, QDialog) and window.result() == QDialog.DialogCode.Rejected
    assert case.nothing_saved is not None and case.nothing_saved()


def mnemonic_text(widget: QWidget) -> str:
    return widget.title() if isinstance(widget, QGroupBox) else widget.text()  # type: ignore[attr-defined]


def test_ticking_the_document_date_puts_the_cursor_on_it(qtbot: Any) -> None:
    """«Indicar fecha del documento» (Alt+I) enabled the date but left the cursor on the box, below the date."""
    dialog = EvidenceKindDialog(None, ["pagare.pdf"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    settle(qtbot, 1)
    assert not dialog.dateEdit.isEnabled()
    with qtbot.waitSignal(dialog.dateCheck.toggled, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert dialog.dateCheck.isChecked() and dialog.dateEdit.isEnabled() and has_focus(dialog.dateEdit)


def test_tab_reaches_agregar_and_quitar_above_each_table_before_the_table(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path
) -> None:
    """On «Codeudores» and «Historia prejurídica» Tab went into the table first and reached the
    «Agregar»/«Quitar» buttons above it only after it: the buttons were created after the table."""
    case = wizard_page(1)(sqlite_desk, tmp_path)
    wizard = case.window
    assert isinstance(wizard, HandoverWizard)
    qtbot.addWidget(wizard)
    wizard.activateWindow()
    settle(qtbot, 1)

    def tab_walk(start: QWidget, steps: int) -> list[QWidget]:
        start.setFocus()
        seen = []
        for _ in range(steps):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            seen.append(QApplication.focusWidget())
        return seen

    rows = wizard.guarantors_page.rows
    assert tab_walk(rows.add_button, 2) == [rows.remove_button, rows.view]
    wizard.next()
    wizard.next()
    history = wizard.history_page
    c, a, n = history.contacts, history.agreements, history.notices
    walk = tab_walk(c.add_button, 8)
    assert walk == [
        c.remove_button,
        c.view,
        a.add_button,
        a.remove_button,
        a.view,
        n.add_button,
        n.remove_button,
        n.view,
    ]


@pytest.mark.parametrize(("lang", "says"), [("es", "Doble clic o Enter abre"), ("en", "Double-click or Enter opens")])
def test_the_list_hints_say_enter_opens_the_case_too(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, lang: str, says: str
) -> None:
    """«Mis entregas» and the prescription list open the case with Enter as well, but their hints said only
    «Doble clic abre…»: a keyboard user had no reason to try it."""
    import datetime as dt

    from legal_desk.ui.main_window import HandoversView
    from legal_desk.ui.views.legal_panel import LegalPanel

    install_language(lang)
    handovers = HandoversView(make_ctx(sqlite_desk, "cobranza", tmp_path))
    qtbot.addWidget(handovers)
    handovers.show_groups({})
    assert says in handovers.hint.text()
    panel = LegalPanel(make_ctx(sqlite_desk, "admin", tmp_path), today=dt.date(2025, 7, 1))
    qtbot.addWidget(panel)
    settle(qtbot, 1)
    legend = [label.text() for label in panel.findChildren(QLabel) if "≤ 180" in label.text()]
    assert len(legend) == 1 and says in legend[0], legend


@pytest.mark.parametrize("lang", ["es", "en"])
def test_insert_and_ctrl_minus_add_and_remove_rows_in_the_wizard_tables(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, lang: str
) -> None:
    """«Agregar»/«Quitar» sit three pairs to a page on «Historia prejurídica», so they have no Alt+letter: a
    keyboard user reached them only by Tab. On a table (reached by its title's Alt+letter), even while a cell
    is typed in, Insert (or Ctrl++) adds a row and opens its first cell, Ctrl+- removes the row the cursor is
    on; the tooltips and the page say so. Supr keeps deleting a character of the cell."""
    install_language(lang)
    case = wizard_page(3)(sqlite_desk, tmp_path)
    wizard = case.window
    assert isinstance(wizard, HandoverWizard)
    qtbot.addWidget(wizard)
    wizard.activateWindow()
    settle(qtbot, 1)
    history = wizard.history_page
    assert "Insert" in history.subTitle() and "Ctrl+-" in history.subTitle()

    def typing_in(editor: Any) -> QWidget:
        focus = QApplication.focusWidget()
        assert focus is not None and focus is not editor.view and editor.view.isAncestorOf(focus)
        return focus

    for editor in (history.contacts, history.agreements, history.notices):
        assert "Insert" in editor.add_button.toolTip() and "Ctrl+-" in editor.remove_button.toolTip()
        letter = mnemonic(editor.title)
        assert letter is not None
        qtbot.keyClick(wizard, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
        assert has_focus(editor.view)
        # Insert: a row, its first cell open for typing
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Insert)
        assert editor.model.rowCount() == 1
        cell = typing_in(editor)
        typed = "—"
        if isinstance(cell, QLineEdit):
            qtbot.keyClicks(cell, "01/02/2025")
            cell.setCursorPosition(0)
            qtbot.keyClick(cell, Qt.Key.Key_Delete)  # Supr while typing deletes a character, not the row
            assert cell.text() == "1/02/2025" and editor.model.rowCount() == 1
            typed = cell.text()
        # Insert while typing: what was typed is kept, a second row is open for typing
        qtbot.keyClick(cell, Qt.Key.Key_Insert)
        qtbot.waitUntil(lambda e=editor: e.model.rowCount() == 2 and e.view.currentIndex().row() == 1, timeout=2000)
        if typed != "—":
            assert editor.model.index(0, 0).data() == typed
        typing_in(editor)
        # Ctrl++ adds a third; Ctrl+- removes the row the cursor is on, then the one that takes its place
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        assert editor.model.rowCount() == 3 and editor.view.currentIndex().row() == 2
        editor.view.setCurrentIndex(editor.model.index(0, 0))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
        assert editor.model.rowCount() == 2 and editor.view.currentIndex().row() == 0
        assert typed == "—" or editor.model.index(0, 0).data() != typed  # the typed row is the one gone
        for left in (1, 0, 0):  # the last press, on an empty table, does nothing
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
            assert editor.model.rowCount() == left
        assert wizard.isVisible() and wizard.currentId() == 3
    # the co-debtors' table works the same
    wizard.back()
    wizard.back()
    rows = wizard.guarantors_page.rows
    assert "Insert" in wizard.guarantors_page.subTitle()
    rows.view.setFocus()
    qtbot.keyClick(rows.view, Qt.Key.Key_Insert)
    assert rows.model.rowCount() == 1
    typing_in(rows)
