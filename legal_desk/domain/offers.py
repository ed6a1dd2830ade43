"""Settlement offers (*propuestas de arreglo*): when an offer has lapsed.

An offer can be answered through its expiry date inclusive (*vence el 10/03* means it can still be
accepted on 10/03). From the day after, an offer nobody answered has lapsed: it is «vencida», and it
is shown and treated as such everywhere, whatever status is stored (nothing writes when a date passes).
"""

from __future__ import annotations

import datetime as dt

#: The statuses an offer can have; "open" is the only one that can still be answered.
OPEN = "open"
EXPIRED = "expired"


def has_lapsed(status: str, expires_on: dt.date | None, today: dt.date) -> bool:
    """True for an offer still open whose expiry date is before `today`."""
    return status == OPEN and expires_on is not None and expires_on < today


def offer_status(status: str, expires_on: dt.date | None, today: dt.date) -> str:
    """The status as the lawyer reads it on `today`: an open offer past its expiry date is «expired»."""
    return EXPIRED if has_lapsed(status, expires_on, today) else status
