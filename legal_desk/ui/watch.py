"""Other users' changes reach this desk's views: every few seconds, read in a worker, announced as events.

On a team each desk refreshes its own views after its own saves (legal_desk.ui.events). The watcher
asks the database what other users wrote since it last looked (legal_desk.services.changes) and
announces it on the same events, so the docket re-reads the rows it shows, an open case file reads its
case again, and the agenda, dashboard and liquidations follow, exactly as after a save made here.
The first look only notes where the audit chain ends: nothing written before the log-in is announced.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QObject, QTimer, Signal

from legal_desk.services.changes import Changes, changes_since, last_event_id
from legal_desk.ui.context import UiContext
from legal_desk.ui.workers import Worker, start

WATCH_MS: Final = 5000  # the app's interval: another desk's save shows within about five seconds
MANY_CASES: Final = 50  # more cases than this in one look: the views read everything again, once


class ChangeWatcher(QObject):
    """Looks for other users' changes every `ctx.watch_ms` (one look at a time, never on the UI thread)."""

    announced = Signal(object)  # Changes, after they were announced on ctx.events
    failed = Signal(str)  # a look could not read the database (the next one tries again)

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.after: int | None = None  # the newest audit event seen; None before the first look
        self._worker: Worker | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(max(ctx.watch_ms, 1))
        self.timer.timeout.connect(self.look)

    def start(self) -> None:
        """Note where the audit chain ends now, then look every interval."""
        self.look()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def look(self) -> Worker | None:
        """Start one look in a worker (none while the previous one is still out)."""
        if self._worker is not None:
            return None
        worker = Worker(self._read, self.after, with_progress=False)
        worker.signals.finished.connect(self._on_read)
        worker.signals.failed.connect(self._on_failed)
        self._worker = start(worker)
        return worker

    def _read(self, after: int | None) -> Changes:
        if after is None:
            return Changes(last_id=last_event_id(self.ctx.desk))
        return changes_since(self.ctx.desk, self.ctx.actor, after)

    def _on_read(self, changes: Changes) -> None:
        self._worker = None
        self.after = changes.last_id
        if not changes.any:
            return
        events = self.ctx.events
        if changes.many_cases or len(changes.case_ids) > MANY_CASES:
            events.cases_changed.emit()
        else:
            for case_id in sorted(changes.case_ids):
                events.case_changed.emit(case_id)
        if changes.rates:
            events.rates_changed.emit()
        if changes.calendar:
            events.calendar_changed.emit()
        if changes.users:
            events.users_changed.emit()
        self.announced.emit(changes)

    def _on_failed(self, message: str, _detail: Any) -> None:
        self._worker = None
        self.failed.emit(message)
