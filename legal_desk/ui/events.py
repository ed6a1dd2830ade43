"""The one app-wide event hub: services commit, then the UI says what changed and views re-query."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Typed signals fired after a service call has committed (UI layer)."""

    case_changed = Signal(int)  # case_id whose file changed (evidence, contacts, stage, …)
    cases_changed = Signal()  # many cases changed or were added (import, demo, recompute)
    calendar_changed = Signal()  # closures or calendar settings changed; deadlines recomputed
    rates_changed = Signal()  # a new moratory-rate table was imported
    users_changed = Signal()  # users were added or changed
    language_changed = Signal(str)  # the UI language switched ("es" or "en")
    open_case = Signal(int)  # ask the main window to open a case file
    # services.errors.AccountRevoked: an admin deactivated this user or changed their role; emitted from
    # the thread the refused work ran in, before the refusal is shown (connect it queued)
    account_revoked = Signal(object)
