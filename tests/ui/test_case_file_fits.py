"""The case file fits a 1280×720 laptop window, in Spanish and in English."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QScrollArea

from legal_desk.services import cases
from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui.i18n import install_language
from legal_desk.ui.main_window import MainWindow
from legal_desk.ui.views.case_file import CaseFileView
from legal_desk.ui.views.case_tabs.summary import filing_checklist_applies
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import make_ctx, settle, wait_loaded
from tests.ui.test_case_file import SHOTS

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_section_tab_is_readable_at_1280_by_720(qtbot: Any, sqlite_desk: Desk, tmp_path: Path, lang: str) -> None:
    load_demo(sqlite_desk, actor_for(sqlite_desk, "admin"), 5, today=DEMO_TODAY)
    install_language(lang)
    window = MainWindow(make_ctx(sqlite_desk, "admin", tmp_path))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    settle(qtbot)
    # a case still to be filed, so that its «Requisitos para radicar» checklist is shown
    admin = actor_for(sqlite_desk, "admin")
    files = [cases.get_case_file(sqlite_desk, admin, i) for i in range(1, 6)]
    case_id = next(c.case_id for c in files if filing_checklist_applies(c.stage, c.radicado))
    view = window.open_case(case_id)
    assert isinstance(view, CaseFileView)
    wait_loaded(qtbot, view)
    settle(qtbot, 1)
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / f"case_file_1280x720_{lang}.png"))
    bar = view.tabs.tabBar()
    # every tab whole, none behind the scroll arrows (at 1280 px «Negociación», «Pagos» and «Línea de
    # tiempo» used to be), none elided: the tabs take no more room than the bar has
    assert bar.sizeHint().width() <= bar.width()
    for i in range(bar.count()):
        assert bar.rect().contains(bar.tabRect(i)), bar.tabText(i)
        assert "…" not in bar.tabText(i) and view.tabs.tabToolTip(i)
    # the summary needs no sideways scrolling (its stage buttons wrap; the checklist stays in sight)
    scroll = view.summary_tab.findChild(QScrollArea)
    assert scroll is not None
    # once the layout has settled after the case arrived (the old one kept its sideways bar for good)
    qtbot.waitUntil(lambda: not scroll.horizontalScrollBar().isVisible(), timeout=3000)
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    assert view.summary_tab.checklist.isVisible()
    # any section from the ▾ menu, whatever the window's width
    actions = view.sections_menu.actions()
    assert [a.text() for a in actions] == [view.tabs.tabText(i) for i in range(view.tabs.count())]
    actions[-1].trigger()
    assert view.tabs.currentWidget() is view.timeline_tab
    window.close()
