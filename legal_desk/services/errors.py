"""Typed service errors, each with a message a user can act on (Spanish first).

A message may be a `legal_desk.domain.messages.Text` (a catalogue template and its values): `message`
and `str()` stay the Spanish sentence for the CLI and the audit, and `text` lets the desktop interface
word it in its own language (legal_desk/ui/errors.py). See domain/messages.py for the rule.
"""

from __future__ import annotations

from legal_desk.domain.messages import Term, Text, TextError


class ServiceError(TextError):
    """Base of every refusal the services make; `code` is stable for scripts (CLI --json)."""

    code = "error"

    def __init__(self, message: str | Text) -> None:
        super().__init__(message)
        self.message = str(message)


class NotFound(ServiceError):
    """The case, notice, user… asked for does not exist."""

    code = "not_found"


class PermissionDenied(ServiceError):
    """The acting user's role may not do this."""

    code = "permission_denied"


class AccountRevoked(PermissionDenied):
    """An administrator deactivated the acting user, or gave them another role, after they logged in.

    `deactivated` says which; `role` is the role the actor had, `new_role` the one the user has now
    (None when deactivated); `noticed`: found by the desk looking for other users' changes, not by
    refusing the user's own work. The desktop ends or reopens the session on it (ui/main_window.py).
    """

    def __init__(
        self,
        message: str | Text,
        *,
        deactivated: bool,
        role: str,
        new_role: str | None = None,
        noticed: bool = False,
    ) -> None:
        super().__init__(message)
        self.deactivated = deactivated
        self.role = role
        self.new_role = new_role
        self.noticed = noticed


class ValidationFailed(ServiceError):
    """Input broke a rule; `errors` may list (line, field, Spanish message) for bulk input, `error_texts`
    the same messages as catalogue `Text`s where they have one and `field_texts` the fields as `Term`s where
    they have one (what an interface words)."""

    code = "validation"

    def __init__(
        self,
        message: str | Text,
        errors: list[tuple[int | None, str, str]] | None = None,
        *,
        error_texts: list[str | Text] | None = None,
        field_texts: list[str | Term] | None = None,
    ) -> None:
        super().__init__(message)
        self.errors = errors or []
        self.error_texts: list[str | Text] = error_texts or [msg for _line, _field, msg in self.errors]
        self.field_texts: list[str | Term] = field_texts or [name for _line, name, _msg in self.errors]


class NeedsConfirmation(ValidationFailed):
    """The request is allowed but unusual; it is saved only when the caller confirms (`confirm=True`).

    `warnings` are the problems found, each a catalogue `Text` (an interface lists them and asks).
    """

    code = "confirmation_required"

    def __init__(self, message: str | Text, warnings: list[Text]) -> None:
        super().__init__(message)
        self.warnings = warnings


class Conflict(ServiceError):
    """Someone else changed the same record since it was read (optimistic locking), or a duplicate."""

    code = "conflict"


class DatabaseUnavailable(ServiceError):
    """The database cannot be opened: the server is down or unknown, the database or user does not exist…"""

    code = "db_unavailable"


class ConnectionLost(ServiceError):
    """The database server went away in the middle of a unit of work; it was rolled back."""

    code = "connection_lost"


class DatabaseBusy(ServiceError):
    """Another program (another desk importing) held the SQLite file's write lock past the busy timeout; nothing was
    written."""

    code = "busy"


class Cancelled(ServiceError):
    """The user cancelled a long operation; nothing was written."""

    code = "cancelled"
