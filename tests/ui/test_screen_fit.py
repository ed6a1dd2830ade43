"""The screens legal teams have: a 1366×768 laptop at 100 % and a 1920×1080 screen at 150 % (1280×720 logical).

The main window opened at 1280×800 and the filing packet at 1180×760 on both: taller than the screen, the
title bar and the «Cerrar» button under the taskbar. The handover wizard's Tab order skipped its first rows;
the dialog to log a contact had no Alt+letter keys.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QPushButton, QWidget

from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.dialogs.bulk_import import BulkImportDialog
from legal_desk.ui.dialogs.checklist import ChecklistDialog
from legal_desk.ui.dialogs.packet import PacketDialog
from legal_desk.ui.dialogs.records import ContactDialog
from legal_desk.ui.dialogs.templates import TemplatesDialog
from legal_desk.ui.i18n import install_language
from legal_desk.ui.main_window import DEFAULT_WINDOW_SIZE, MainWindow
from legal_desk.ui.widgets import screen_fit
from legal_desk.ui.wizards.handover import HandoverWizard
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import make_ctx, settle

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")

#: Free area (without the taskbar: 40 px at 100 %, 32 logical px at 150 %) of the screens legal teams have.
LAPTOP = QRect(0, 0, 1366, 728)
FHD_150 = QRect(0, 0, 1280, 688)
BIG = QRect(0, 0, 2560, 1400)


def on_screen(monkeypatch: pytest.MonkeyPatch, area: QRect) -> None:
    monkeypatch.setattr(screen_fit, "available_area", lambda _w: QRect(area))


def whole_window_fits(widget: QWidget, area: QRect) -> bool:
    """The widget plus the window manager's title bar and borders inside the free area."""
    return (
        widget.width() + screen_fit.FRAME_ALLOWANCE.width() <= area.width()
        and widget.height() + screen_fit.FRAME_ALLOWANCE.height() <= area.height()
    )


@pytest.mark.parametrize("area", [LAPTOP, FHD_150], ids=["1366x768", "1920x1080@150"])
def test_main_window_and_big_dialogs_fit_the_screen(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, area: QRect
) -> None:
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 3, today=DEMO_TODAY)
    on_screen(monkeypatch, area)
    ctx = make_ctx(sqlite_desk, "admin", tmp_path)
    window = MainWindow(ctx)  # first run: no saved geometry
    qtbot.addWidget(window)
    assert whole_window_fits(window, area), window.size()
    assert window.minimumSizeHint().height() + screen_fit.FRAME_ALLOWANCE.height() <= area.height()
    # in the middle of the free area, not pushed past its right or bottom edge
    assert area.contains(QRect(window.pos(), window.size()))
    dialogs: list[QDialog] = [
        PacketDialog(ctx, 1, window),
        BulkImportDialog(ctx, window),
        HandoverWizard(ctx, window),
        ChecklistDialog(ctx, window),
        TemplatesDialog(ctx, window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert whole_window_fits(dialog, area), (type(dialog).__name__, dialog.size())
        # and what it needs to lay out its contents is no taller than that either
        assert dialog.minimumSizeHint().height() <= dialog.height(), type(dialog).__name__
    packet = dialogs[0]
    packet.show()
    settle(qtbot, 1)
    buttons = [b for b in packet.findChildren(QPushButton) if b.isVisible()]
    assert buttons and all(packet.rect().contains(QRect(b.mapTo(packet, QPoint(0, 0)), b.size())) for b in buttons)
    packet.close()
    window.close()


def test_a_big_screen_keeps_the_preferred_sizes(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 1, today=DEMO_TODAY)
    on_screen(monkeypatch, BIG)
    ctx = make_ctx(sqlite_desk, "admin", tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == DEFAULT_WINDOW_SIZE
    packet = PacketDialog(ctx, 1, window)
    qtbot.addWidget(packet)
    assert (packet.width(), packet.height()) == (1180, 760)


def test_handover_wizard_tabs_down_the_debtor_form_in_reading_order(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path
) -> None:
    """The jurisdiction (added above the .ui's rows) came after «Teléfono»: the wizard opened on «Acreedor»,
    and «Número de obligación», the first thing to type, was reached by Tab only after the whole form."""
    wizard = HandoverWizard(make_ctx(sqlite_desk, "abogada", tmp_path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    settle(qtbot, 1)
    page = wizard.debtor_page
    assert QApplication.focusWidget() is page.jurisdictionInput
    expected = [
        page.jurisdictionInput,
        page.accountRefInput,
        page.clientNameInput,
        page.clientIdInput,
        page.nameInput,
        page.idTypeInput,
        page.idNumberInput,
        page.addressInput,
        page.cityInput,
        page.emailInput,
        page.emailSourceInput,
        page.phoneInput,
        *page.channel_boxes.values(),
    ]
    reached = [QApplication.focusWidget()]
    for _ in range(len(expected) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == expected
    # and every field is below the one before it (or beside it, for the channel boxes)
    tops = [w.mapTo(wizard, w.rect().topLeft()).y() for w in reached]
    assert tops == sorted(tops)


def mnemonics(dialog: QWidget) -> dict[str, list[str]]:
    """Alt+letter → the visible labels and buttons that claim it (one each, or Qt cycles between them)."""
    keys: dict[str, list[str]] = {}
    for w in [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]:
        text = w.text().replace("&&", "")
        at = text.find("&")
        if w.isVisible() and 0 <= at < len(text) - 1:
            keys.setdefault(text[at + 1].lower(), []).append(text)
    return keys


@pytest.mark.parametrize("lang", ["es", "en"])
def test_log_contact_dialog_reaches_each_field_with_alt_and_a_letter(qtbot: Any, lang: str) -> None:
    """«Registrar gestión» (Ctrl+G) had no mnemonics and no buddies: a paralegal logging calls from the
    keyboard had to Tab through the date to reach «Resultado» or «Notas»."""
    install_language(lang)
    dialog = ContactDialog(None, "call,sms")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    settle(qtbot, 1)
    keys = mnemonics(dialog)
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}
    # inbound/outbound is named as the contacts list's column names it («Sentido», «Direction»), not «Dirección»
    assert dialog.directionComboLabel.text() == {"es": "&Sentido:", "en": "D&irection:"}[lang]
    fields = {
        dialog.atEditLabel: dialog.atEdit,
        dialog.channelComboLabel: dialog.channelCombo,
        dialog.directionComboLabel: dialog.directionCombo,
        dialog.outcomeComboLabel: dialog.outcomeCombo,
        dialog.notesEditLabel: dialog.notesEdit,
    }
    for label, field in fields.items():
        assert label.buddy() is field
        letter = label.text()[label.text().index("&") + 1]
        qtbot.keyClick(dialog, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is field or field.isAncestorOf(QApplication.focusWidget()), label.text()
    # Esc closes it without saving
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_return_opens_the_case_from_my_handovers(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    """«Mis entregas» (and the agenda and terms lists) opened a case only on a double-click: collections, who
    have no docket, could reach a row with the keyboard but not open it. Return now does what the
    double-click does, as on the docket."""
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 8, today=DEMO_TODAY)
    window = MainWindow(make_ctx(sqlite_desk, "dsuarez", tmp_path))  # the demo's collections analyst
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    handovers = window.handovers
    assert handovers is not None
    tree = handovers.tree
    model = handovers.model
    group = next(model.index(r, 0) for r in range(model.rowCount()) if model.rowCount(model.index(r, 0)))
    tree.setExpanded(group, True)
    row = model.index(0, 0, group)
    tree.setFocus()
    tree.setCurrentIndex(row)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    settle(qtbot)
    assert window.open_case_ids() == [row.data(Qt.ItemDataRole.UserRole)]


def test_a_long_packet_refusal_is_readable_without_growing_the_dialog(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_modal: list[str]
) -> None:
    """The status line under «Armar» showed a long refusal in part (cut off), or took the annex list's
    room. It now holds at most three lines, each within its width (a path is broken, not clipped), the rest
    «…»; the whole text is in its tooltip and in the message box; the dialog keeps its size on a laptop."""
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 1, today=DEMO_TODAY)
    on_screen(monkeypatch, LAPTOP)
    packet = PacketDialog(make_ctx(sqlite_desk, "admin", tmp_path), 1)
    qtbot.addWidget(packet)
    packet.show()
    settle(qtbot, 1)
    size, annexes = packet.size(), packet.annex_view.height()
    sentence = (
        "No se pudo generar el PDF de «Liquidación del crédito (art. 446 CGP)» con corte al 15/03/2025: "
        "LibreOffice no respondió en 120 segundos al convertir el documento. Déjelo fuera del paquete o "
        "instale LibreOffice. "
    )
    path = "/home/maria.restrepo/Documentos/Cobranza_Judicial/Expedientes_2025/Banco_Andino/OB-2024-0077/"
    for message in (sentence * 4, f"No se puede leer {path * 5}pagare.pdf: permiso denegado"):
        packet._refuse(message)
        settle(qtbot, 1)
        status = packet.status
        shown = status.shown_text().split("\n")
        assert status.text() == message and no_modal[-1] == message  # the whole text: caller and message box
        assert status.is_elided() and status.toolTip() == message and shown[-1].endswith("…")
        assert len(shown) == 3 and status.height() <= 3 * status.fontMetrics().lineSpacing() + 4
        width = status.contentsRect().width()
        assert all(status.fontMetrics().horizontalAdvance(line) <= width for line in shown), shown
        assert packet.size() == size and whole_window_fits(packet, LAPTOP)
        assert packet.annex_view.height() >= annexes - 3 * status.fontMetrics().lineSpacing()
    shots = Path(__file__).parents[1] / "_artifacts" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    packet.grab().save(str(shots / "packet_long_refusal.png"))
    packet._refuse("Falta el poder especial.")
    settle(qtbot, 1)
    assert packet.status.shown_text() == "Falta el poder especial." and not packet.status.toolTip()
