"""What a user saw at 1280×800 in both languages: tab titles, group titles, chart labels, English labels."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from legal_desk.domain.ids import ID_TYPE_LABELS
from legal_desk.domain.readiness import EVIDENCE_KINDS
from legal_desk.services import cases
from legal_desk.services.cases import TITLE_TYPES, CaseQuery
from legal_desk.services.contacts import CHANNELS, OUTCOMES
from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.notices import NOTICE_CHANNELS, NOTICE_KINDS
from legal_desk.services.tracking import ASSET_TYPES, EMBARGO_STATUSES, HEARING_KINDS, HEARING_STATUSES
from legal_desk.services.users import actor_for
from legal_desk.ui.dialogs.records import ContactDialog, EmbargoDialog, NoticeDialog
from legal_desk.ui.i18n import install_language
from legal_desk.ui.labels import LABELS, domain_label
from legal_desk.ui.main_window import MainWindow
from legal_desk.ui.views.agenda import AgendaView, weekday_short
from legal_desk.ui.views.case_tabs.lists import AGREEMENT_STATUSES, PARTY_ROLES
from legal_desk.ui.views.dashboard import DashboardData, DashboardView, in_millions
from legal_desk.ui.wizards.handover import HandoverWizard
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import make_ctx, settle, wait_loaded

SHOTS = Path("tests/_artifacts/screenshots")
DOMAIN_DICTS = (
    CHANNELS,
    OUTCOMES,
    NOTICE_CHANNELS,
    NOTICE_KINDS,
    ASSET_TYPES,
    EMBARGO_STATUSES,
    HEARING_KINDS,
    HEARING_STATUSES,
    EVIDENCE_KINDS,
    TITLE_TYPES,
    ID_TYPE_LABELS,
    AGREEMENT_STATUSES,
    PARTY_ROLES,
)

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")


def test_collections_case_tab_is_titled_by_the_obligation_and_group_titles_are_not_cut(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path
) -> None:
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 60, seed=3, today=DEMO_TODAY)
    window = MainWindow(make_ctx(sqlite_desk, "dsuarez", tmp_path))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    settle(qtbot)
    view = window.handovers
    assert view is not None
    tree, model = view.tree, view.model
    for row in range(model.rowCount()):
        # «Pendientes de aceptar (n)» spans the whole row instead of being cut to «Pendientes de a…»
        assert tree.isFirstColumnSpanned(row, model.index(row, 0).parent())
    assert model.item(0).text().startswith("Devueltas a cobranza (")
    assert model.item(1).text().startswith("Pendientes de aceptar por jurídico (")
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "collections_handovers.png"))
    # open a case from «Mis entregas»: the tab says OB-…, not the internal «Expediente 35»
    first = model.item(0).child(0, 0)
    assert first is not None
    case_id = int(first.data(Qt.ItemDataRole.UserRole))
    wait_loaded(qtbot, window.open_case(case_id))
    tab = window.tabs.tabText(window.tabs.currentIndex())
    assert tab == first.text() and tab.startswith("OB-")
    window.close()


def test_navigation_fits_english_titles_without_a_scroll_bar(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    install_language("en")
    window = MainWindow(make_ctx(sqlite_desk, "abogada", tmp_path))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    settle(qtbot)
    assert "Deadlines and rates" in window.panel_titles()
    font = window.nav.font()
    font.setPointSizeF(11)
    font.setBold(True)
    widest = max(QFontMetrics(font).horizontalAdvance(t) for t in window.panel_titles())
    assert window.nav.width() >= widest + 28  # both paddings of the item
    assert window.nav.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert window.nav.horizontalScrollBar().maximum() == 0
    window.grab().save(str(SHOTS / "main_window_english.png"))
    window.close()


def test_portfolio_chart_labels_are_plain_millions(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    assert in_millions(Decimal("29154073500.00")) == 29154.0
    assert in_millions(Decimal("4385030313.00")) == 4385.0
    assert in_millions(Decimal("450000")) == 0.5
    view = DashboardView(make_ctx(sqlite_desk, "abogada", tmp_path))
    qtbot.addWidget(view)
    settle(qtbot)
    data = DashboardData(
        stages={"FILED": 3},
        ready_to_file=0,
        hearings_this_week=0,
        overdue_deadlines=0,
        near_limitation=0,
        money={"COP": (Decimal("29154073500.00"), Decimal("4385030313.00"))},
    )
    view._draw_money_chart(data)
    series = view.money_charts["COP"].chart().series()[0]
    recovered, claimed = series.barSets()
    assert (claimed.at(0), recovered.at(0)) == (29154.0, 4385.0)
    # Qt writes the label as %g with this precision: 5 digits need at least 5, or 29154 shows «2.915e+04»
    assert series.labelsPrecision() >= len("29154")
    assert f"{claimed.at(0):.{series.labelsPrecision()}g}" == "29154"


def test_agenda_rows_and_reminders_in_english(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    friday = dt.date(2026, 11, 27)
    assert weekday_short(friday) == "vie"
    install_language("en")
    assert weekday_short(friday) == "Fri"
    view = AgendaView(make_ctx(sqlite_desk, "abogada", tmp_path))
    qtbot.addWidget(view)
    settle(qtbot)
    deadline = SimpleNamespace(day=friday, title="Vence: Término para pagar — OB-1 (Ana)")
    view._show_reminders(([], [deadline] * 7))
    text = view.notice_label.text()
    assert "7 deadlines fall due" in text
    assert text.count("OB-1") == 5 and "… and 2 more (see the agenda)" in text


def test_every_domain_label_is_listed_and_translated(qapp: Any) -> None:
    listed = set(LABELS)
    missing = [label for d in DOMAIN_DICTS for label in d.values() if label not in listed]
    assert missing == []
    install_language("en")
    spanish_left = [
        label for label in listed if domain_label(label) == label and label not in ("SMS", "WhatsApp", "Cheque")
    ]
    assert spanish_left == []


def test_english_record_dialogs_show_english_choices(qtbot: Any) -> None:
    install_language("en")
    contact = ContactDialog(None, "call,email")
    qtbot.addWidget(contact)
    assert contact.channelCombo.itemText(0) == "Call" and contact.channelCombo.itemData(0) == "call"
    assert contact.outcomeCombo.itemText(0) == "No answer"
    assert contact.authorisedLabel.text() == "Call, E-mail"
    contact.outcomeCombo.setCurrentIndex(contact.outcomeCombo.findData("promise_to_pay"))
    contact.accept()
    assert contact.result_values.outcome == "promise_to_pay"  # stored as its code, shown in words everywhere
    notice = NoticeDialog(None)
    qtbot.addWidget(notice)
    assert notice.kindCombo.currentText() == "Demand letter" and notice.kindCombo.currentData() == "demand_letter"
    assert notice.channelCombo.currentText() == "Certified mail"
    embargo = EmbargoDialog(None)
    qtbot.addWidget(embargo)
    assert embargo.assetCombo.currentText() == "Bank account"
    SHOTS.mkdir(parents=True, exist_ok=True)
    contact.show()
    contact.grab().save(str(SHOTS / "contact_dialog_english.png"))


def test_handover_wizard_channels_are_check_boxes_in_words(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    wiz = HandoverWizard(make_ctx(sqlite_desk, "cobranza", tmp_path))
    qtbot.addWidget(wiz)
    wiz.show()
    d = wiz.debtor_page
    assert [b.text() for b in d.channel_boxes.values()] == list(CHANNELS.values())
    for key, text in (
        ("account_ref", "OB-QA-77"),
        ("name", "Jorge Enrique Salazar Mejía"),
        ("id_number", "79456123"),
    ):
        d.inputs[key].setText(text)
    d.channel_boxes["call"].setChecked(True)
    d.channel_boxes["whatsapp"].setChecked(True)
    wiz.next()
    wiz.next()
    wiz.debt_page.inputs["capital"].setText("1.500.000")
    wiz.debt_page.inputs["due_date"].setText("01/05/2024")
    wiz.next()
    wiz.next()
    summary = wiz.summary_page.browser.toPlainText()
    assert "Llamada, WhatsApp" in summary and "0 (0 incumplidos)" in summary
    wiz.grab().save(str(SHOTS / "handover_wizard_channels.png"))
    wiz.accept()
    assert wiz.created is not None
    cf = cases.get_case_file(sqlite_desk, actor_for(sqlite_desk, "abogada"), wiz.created.case_id)
    assert cf.debtor is not None and cf.debtor.authorised_channels == "call,whatsapp"
    assert [r.account_ref for r in cases.list_cases(sqlite_desk, actor_for(sqlite_desk, "admin"), CaseQuery())] == [
        "OB-QA-77"
    ]
    install_language("en")
    english = HandoverWizard(make_ctx(sqlite_desk, "cobranza", tmp_path))
    qtbot.addWidget(english)
    assert [b.text() for b in english.debtor_page.channel_boxes.values()][:2] == ["Call", "SMS"]


def test_case_file_field_names_are_english_in_the_english_ui(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    """«Etapa:», «Costas:», «Entregado por:»… stayed Spanish in the English summary and debt tabs."""
    from legal_desk.ui.views.case_file import CaseFileView

    install_language("en")
    view = CaseFileView(make_ctx(sqlite_desk, "abogada", tmp_path), 1)
    qtbot.addWidget(view)
    wait_loaded(qtbot, view)
    names = {key: label.text() for key, label in view.summary_tab.names.items()}
    assert names["stage"] == "Stage:" and names["costs"] == "Costs:" and names["handed"] == "Handed over by:"
    form = view.debt_tab.form
    items = [form.itemAt(i, form.ItemRole.LabelRole) for i in range(form.rowCount())]
    debt_names = [item.widget().text() for item in items if item is not None and item.widget() is not None]
    assert "Currency:" in debt_names and "Where the original is kept:" in debt_names
