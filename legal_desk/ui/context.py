"""What every window needs: the open desk, the logged-in actor, the event hub, the settings."""

from __future__ import annotations

from dataclasses import dataclass, replace

from legal_desk.domain.permissions import Action, can
from legal_desk.services.desk import Actor, Desk
from legal_desk.ui.events import AppEvents
from legal_desk.ui.settings import UiSettings


@dataclass
class UiContext:
    """Passed to windows and dialogs instead of globals (UI layer)."""

    desk: Desk
    actor: Actor
    events: AppEvents
    settings: UiSettings
    # How often the desk looks for other users' changes (legal_desk.ui.watch), in ms; 0: never. The app
    # sets it; a test context leaves it off unless the test is about it.
    watch_ms: int = 0

    def __post_init__(self) -> None:
        # A refusal because an admin deactivated this user or changed their role reaches the window
        # (which ends or reopens the session), whichever view or worker met it.
        if self.actor.on_revoked is None:
            self.actor = replace(self.actor, on_revoked=self.events.account_revoked.emit)

    def can(self, action: Action) -> bool:
        return can(self.actor.role, action)
