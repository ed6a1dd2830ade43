"""What was still done on the UI thread: the first case file's imports, the debt tab's liquidation, hidden panels
re-reading after every save, and older answers shown over newer ones."""

from __future__ import annotations

import datetime as dt
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QDate, QEvent, QThreadPool
from PySide6.QtWidgets import QApplication

from legal_desk.domain.dates import format_date_short
from legal_desk.services import rates, tracking
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from legal_desk.ui import main_window
from legal_desk.ui.main_window import MainWindow
from legal_desk.ui.views.agenda import AgendaView
from legal_desk.ui.views.case_file import CaseFileView
from tests.ui.helpers import make_ctx, settle, wait_loaded
from tests.ui.test_case_file import ctx_for, hand_over
from tests.ui.test_case_lifecycle import rate_table

pytestmark = pytest.mark.usefixtures("spanish", "no_modal")


def test_the_case_file_is_imported_in_the_background_once_the_window_is_shown(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first case opened in a session froze the window 0.3-0.8 s importing the case file, its tabs and the
    document engine; later ones took 35-70 ms. The imports are now done in a thread after start-up."""
    name = "warm_up_probe_module"
    (tmp_path / f"{name}.py").write_text(
        "import threading\nIMPORTED_IN = threading.current_thread().name\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(main_window, "WARM_UP_MODULES", (name, "warm_up_missing_module"))
    monkeypatch.setattr(main_window, "WARM_UP_DELAY_MS", 20)
    try:
        window = MainWindow(make_ctx(sqlite_desk, "admin", tmp_path))
        qtbot.addWidget(window)
        qtbot.wait(60)
        assert name not in sys.modules  # not during start-up: only once the window is shown
        window.show()
        qtbot.waitUntil(lambda: name in sys.modules, timeout=10_000)
        thread = window.warm_up_thread
        assert thread is not None
        thread.join(timeout=10)
        assert sys.modules[name].IMPORTED_IN == "legal_desk-warm-up" != threading.current_thread().name
        assert "warm_up_missing_module" not in sys.modules  # a failed import is left for the real one to report
        window.hide()
        window.show()  # shown again: nothing imported twice, no second thread
        qtbot.wait(60)
        assert window.warm_up_thread is thread
    finally:
        sys.modules.pop(name, None)


# ------------------------------------------------------------------ the debt tab's liquidation


class Held:
    """A service function made to wait for the test: each call runs, then is held until released."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> None:
        self.real = getattr(module, name)
        self.threads: list[str] = []
        self.calls: list[tuple[Any, ...]] = []
        self.gates: list[threading.Event] = []
        self.done: list[threading.Event] = []
        self.hold = False
        monkeypatch.setattr(module, name, self.call)

    def call(self, *args: Any, **kwargs: Any) -> Any:
        self.threads.append(threading.current_thread().name)
        self.calls.append(args)
        if not self.hold:
            return self.real(*args, **kwargs)
        gate, done = threading.Event(), threading.Event()
        self.gates.append(gate)
        self.done.append(done)
        try:
            return self.real(*args, **kwargs)
        finally:
            done.set()
            assert gate.wait(10), "the test never released this call"

    def release(self, qtbot: Any, index: int) -> None:
        qtbot.waitUntil(lambda: len(self.done) > index and self.done[index].is_set(), timeout=10_000)
        self.gates[index].set()

    def release_all(self) -> None:
        for gate in self.gates:
            gate.set()
        QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def held_liquidations(monkeypatch: pytest.MonkeyPatch) -> Iterator[Held]:
    from legal_desk.services import payments

    held = Held(monkeypatch, payments, "liquidation")
    yield held
    held.release_all()  # a failed test leaves no worker waiting


def opened_case(qtbot: Any, desk: Desk, tmp_path: Path, *, keep: bool = True) -> CaseFileView:
    rates.import_rates(desk, actor_for(desk, "admin"), rate_table(tmp_path))
    case_id = hand_over(desk)
    view = wait_loaded(qtbot, CaseFileView(ctx_for(desk, "abogada"), case_id))
    if keep:  # else the test deletes it
        qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.debt_tab.is_computing(), timeout=10_000)
    return view


def test_the_liquidation_is_computed_in_a_worker_and_the_newest_date_wins(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, held_liquidations: Held
) -> None:
    """The debt tab liquidated on the UI thread at every reload after a save and on a rate import (18-83 ms
    of a frozen window each time on a case with hundreds of payments)."""
    view = opened_case(qtbot, sqlite_desk, tmp_path)
    tab = view.debt_tab
    assert held_liquidations.threads and threading.current_thread().name not in held_liquidations.threads
    assert tab.liquidation is not None and "TOTAL: $\xa0" in tab.totals.text()
    shown_total = tab.totals.text()
    assert view.case is not None and view.case.due_date is not None
    older, newer = view.case.due_date + dt.timedelta(days=30), view.case.due_date + dt.timedelta(days=90)
    held_liquidations.hold = True
    tab.as_of.setDate(QDate(older.year, older.month, older.day))
    tab.run_button.click()  # an older date, then a newer one before the first answer is in
    qtbot.waitUntil(lambda: len(held_liquidations.done) == 1 and held_liquidations.done[0].is_set())
    tab.as_of.setDate(QDate(newer.year, newer.month, newer.day))
    tab.run_button.click()
    assert tab.is_computing() and tab.totals.text() == shown_total  # the figures shown stay meanwhile
    held_liquidations.release(qtbot, 1)
    qtbot.waitUntil(lambda: not tab.is_computing(), timeout=10_000)
    assert tab.liquidation is not None, tab.message.text()
    assert tab.liquidation.as_of == newer
    newest = tab.totals.text()
    held_liquidations.release(qtbot, 0)  # the first request answering last is not shown
    QThreadPool.globalInstance().waitForDone()
    for _ in range(3):
        QApplication.processEvents()
    assert tab.liquidation.as_of == newer and tab.totals.text() == newest


def test_a_rate_import_re_liquidates_in_the_background(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    case_id = hand_over(sqlite_desk)
    view = wait_loaded(qtbot, CaseFileView(ctx_for(sqlite_desk, "abogada"), case_id))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.debt_tab.is_computing(), timeout=10_000)
    assert "No hay tabla de tasas moratorias de CO" in view.debt_tab.message.text()  # the refusal, inline
    rates.import_rates(sqlite_desk, actor_for(sqlite_desk, "admin"), rate_table(tmp_path))
    view.ctx.events.rates_changed.emit()
    # the case is re-read (the payments' split may change too), then liquidated: both in workers
    assert view.is_loading() or view.debt_tab.is_computing()
    qtbot.waitUntil(lambda: view.debt_tab.liquidation is not None, timeout=10_000)
    assert view.debt_tab.message.text() == "" and "TOTAL: $\xa0" in view.debt_tab.totals.text()


def test_a_liquidation_finishing_after_the_case_file_closed_is_ignored(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, held_liquidations: Held
) -> None:
    view = opened_case(qtbot, sqlite_desk, tmp_path, keep=False)
    held_liquidations.hold = True
    view.debt_tab.run_liquidation()
    qtbot.waitUntil(lambda: len(held_liquidations.done) == 1 and held_liquidations.done[0].is_set())
    view.close()
    view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(view)
    held_liquidations.release(qtbot, 0)  # pytest-qt fails the test on an exception in a slot
    QThreadPool.globalInstance().waitForDone()
    for _ in range(3):
        QApplication.processEvents()


# ------------------------------------------------------------------ the agenda and «Mis entregas»


def test_the_hidden_agenda_re_reads_when_shown_not_after_every_save(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from legal_desk.services import agenda as agenda_service

    reads = Held(monkeypatch, agenda_service, "agenda")
    view = AgendaView(make_ctx(sqlite_desk, "admin", tmp_path))
    qtbot.addWidget(view)
    settle(qtbot)

    def range_reads() -> int:  # the start-up reminders read the agenda too, for the next days
        return sum(1 for args in reads.calls if tuple(args[2:4]) == view.current_range())

    assert range_reads() == 1 and view.model.rowCount() == 0
    case_id = hand_over(sqlite_desk)
    tracking.schedule_hearing(
        sqlite_desk,
        actor_for(sqlite_desk, "abogada"),
        case_id,
        kind="initial",
        at=dt.datetime.combine(dt.date.today(), dt.time(9, 0)),
        place="Juzgado 12 Civil Municipal de Bogotá",
        confirm=True,  # the case is not filed yet (and today may be a closed day): warnings, confirmed
    )
    for _ in range(3):  # saves in a case file, the agenda hidden behind it
        view.ctx.events.case_changed.emit(case_id)
    view.ctx.events.calendar_changed.emit()
    view.ctx.events.cases_changed.emit()
    settle(qtbot)
    assert range_reads() == 1  # hidden: nothing read for nobody
    view.show()  # the user comes to the agenda: read once, with every change
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    assert range_reads() == 2
    view.ctx.events.case_changed.emit(case_id)  # in view: at once
    settle(qtbot)
    assert range_reads() == 3


def test_the_agenda_shows_the_newest_read_and_is_safe_once_deleted(
    qtbot: Any, sqlite_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from legal_desk.services import agenda as agenda_service

    reads = Held(monkeypatch, agenda_service, "agenda")
    try:
        view = AgendaView(make_ctx(sqlite_desk, "admin", tmp_path))
        view.show()
        settle(qtbot)
        reads.hold = True
        view.set_mode("month")  # a month, then the next one before the first is in
        view.step(1)
        month = view.current_range()
        reads.release(qtbot, 1)
        qtbot.waitUntil(lambda: view.range_label.text().startswith(format_date_short(month[0])), timeout=10_000)
        settle(qtbot)
        rows = view.model.rowCount()
        view.model.set_entries([])
        reads.release(qtbot, 0)  # the older range answering last is not shown
        settle(qtbot)
        assert view.model.rowCount() == 0 == rows
        # deleted with a read in flight: neither its answer nor a later save reaches the deleted view
        reads.hold = True
        view.reload()
        qtbot.waitUntil(lambda: len(reads.done) == 3 and reads.done[2].is_set(), timeout=10_000)
        events = view.ctx.events
        view.close()
        view.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(view)
        reads.release(qtbot, 2)
        settle(qtbot)
        events.case_changed.emit(1)  # pytest-qt fails the test on an exception in a slot
        events.calendar_changed.emit()
        events.language_changed.emit("es")
        settle(qtbot)
    finally:
        reads.release_all()


def test_handovers_show_the_newest_read(qtbot: Any, sqlite_desk: Desk, tmp_path: Path) -> None:
    view = main_window.HandoversView(make_ctx(sqlite_desk, "cobranza", tmp_path))
    qtbot.addWidget(view)
    settle(qtbot)
    older = main_window.load_handovers(view.ctx)
    assert older["pending"].total == 0
    hand_over(sqlite_desk)
    view.reload()
    view.reload()  # two saves in a row: the first read is outdated by the second
    newest = view._generation
    settle(qtbot)
    assert view.groups["pending"].total == 1
    view._on_loaded((newest - 1, older))  # the first read answering last
    assert view.groups["pending"].total == 1
