"""Long work off the UI thread: QThreadPool runnables with progress, cancel and a result signal."""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal


class WorkerSignals(QObject):
    """Signals a worker emits (queued to the UI thread)."""

    progress = Signal(int, int, str)  # done, total (0 = unknown), label
    finished = Signal(object)  # the function's result
    failed = Signal(str, str)  # user message, technical detail
    cancelled = Signal()


class Worker(QRunnable):
    """Runs `fn(progress=..., cancelled=...)` in the pool; the UI connects to `signals`."""

    def __init__(
        self,
        fn: Callable[..., Any],
        *args: Any,
        with_progress: bool = True,
        done_is_done: bool = False,
        **kwargs: Any,
    ) -> None:
        """`done_is_done`: a result is reported as finished even when Cancel came after the work's last check
        (for work that commits: «cancelled» would then say nothing was saved while it was)."""
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self._with_progress = with_progress
        self._done_is_done = done_is_done
        self.setAutoDelete(False)  # Python owns it (see start())

    def cancel(self) -> None:
        """Ask the work to stop at its next check; the service rolls back."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, *args: Any) -> None:
        """`progress(done, total, label)`: the label is text, or a catalogue `Text` worded in the interface language."""
        from legal_desk.domain.messages import Text
        from legal_desk.ui.errors import error_text

        nums = [a for a in args if isinstance(a, int)]
        found = next((a for a in args if isinstance(a, (str, Text))), "")
        label = error_text(found) if isinstance(found, Text) else found
        done = nums[0] if nums else 0
        total = nums[1] if len(nums) > 1 else 0
        self._emit(self.signals.progress, done, total, label)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        """Report to the UI, unless its end is gone (the window closed, the app quitting): nobody to tell."""
        with contextlib.suppress(RuntimeError):  # «Signal source has been deleted»
            signal.emit(*args)

    def run(self) -> None:
        from legal_desk.services.errors import Cancelled, ServiceError
        from legal_desk.ui.errors import error_text

        try:
            if self._with_progress:
                result = self.fn(*self.args, progress=self._progress, cancelled=self.is_cancelled, **self.kwargs)
            else:
                result = self.fn(*self.args, **self.kwargs)
        except Cancelled:
            self._emit(self.signals.cancelled)
        except ServiceError as exc:
            self._emit(self.signals.failed, error_text(exc), "")  # in the interface language
        except Exception as exc:  # an unexpected failure is shown, never swallowed
            unexpected = QCoreApplication.translate("Worker", "Error inesperado: {0}").format(error_text(exc))
            self._emit(self.signals.failed, unexpected, traceback.format_exc())
        else:
            if self._cancel.is_set() and not self._done_is_done:
                self._emit(self.signals.cancelled)
            else:
                self._emit(self.signals.finished, result)


def numbered_call(number: int, fn: Callable[..., Any], *args: Any) -> tuple[int, Any]:
    """`fn(*args)` with the number of the request it answers (runs in a worker).

    For a view that may ask again before an answer is in: it keeps a counter and shows an answer only when its
    number is the newest, so an older read finishing late never replaces a newer one.
    """
    return number, fn(*args)


_running: set[Worker] = set()


def start(worker: Worker, pool: QThreadPool | None = None) -> Worker:
    """Queue a worker on the global pool, keeping it (and its signals object) alive until it reports.

    A caller may drop its reference to a superseded worker (a new search replaced an old count); without
    this the signals QObject could be destroyed while the pool thread is still emitting from it.
    """
    _running.add(worker)

    def release(*_args: Any) -> None:
        _running.discard(worker)

    for signal in (worker.signals.finished, worker.signals.failed, worker.signals.cancelled):
        signal.connect(release, Qt.ConnectionType.QueuedConnection)  # released on the UI thread
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker
