"""A team at work: two desks (two processes' engines) on one database, SQLite file or PostgreSQL server.

Each desk keeps the actor it logged in with; another desk's admin, or another user's save, changes the
database underneath it. What the second desk does next must see that change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from legal_desk.config import Config
from legal_desk.db.models import ContactAttempt, Setting
from legal_desk.services import cases, contacts, settings
from legal_desk.services.cases import DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.errors import PermissionDenied
from legal_desk.services.users import actor_for, update_user


@pytest.fixture
def other_desk(desk: Desk) -> Iterator[Desk]:
    """A second desk on the same database and store, as another computer of the team opens it."""
    d = Desk.open(Config(db_url=desk.config.db_url, store_root=desk.config.store_root))
    yield d
    d.close()


def _handover(desk: Desk, ref: str) -> None:
    cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            ref, PartyInput("Rosa Ñañez", "CC", "52111222"), DebtInput(Decimal("5000000"), dt.date(2024, 3, 15))
        ),
    )


def test_a_user_deactivated_on_another_desk_can_no_longer_work_on_theirs(desk, other_desk):
    """The admin deactivates a paralegal who left the firm while their desk is still logged in."""
    _handover(desk, "OB-BAJA")
    still_logged_in = actor_for(other_desk, "dependiente")
    update_user(desk, actor_for(desk, "admin"), "dependiente", active=False)
    call: dict[str, Any] = {"channel": "call", "at": dt.datetime(2025, 7, 1, 10, 0), "outcome": "no_answer"}
    # before: the call was saved and audited under the deactivated user
    refused = "Un administrador desactivó el usuario «dependiente»: no se guardó nada"
    with pytest.raises(PermissionDenied, match=refused):
        contacts.log_contact(other_desk, still_logged_in, "OB-BAJA", **call)
    with pytest.raises(PermissionDenied, match="desactivó"):
        cases.get_case_file(other_desk, still_logged_in, "OB-BAJA")  # nor read the debtor's file
    with desk.reading() as s:
        assert s.execute(select(ContactAttempt)).first() is None
    update_user(desk, actor_for(desk, "admin"), "dependiente", active=True)
    assert contacts.log_contact(other_desk, still_logged_in, "OB-BAJA", **call)  # activated again: works


def test_a_role_taken_away_on_another_desk_stops_its_powers_there(desk, other_desk):
    """A lawyer made paralegal (or an admin made lawyer) keeps no power of the old role on an open desk."""
    _handover(desk, "OB-ROL")
    admin = actor_for(desk, "admin")
    lawyer_there, admin_there = actor_for(other_desk, "abogada"), actor_for(other_desk, "admin")
    update_user(desk, admin, "abogada", role="paralegal")
    with pytest.raises(PermissionDenied, match="cambió el rol de «abogada» de Abogado a Dependiente judicial"):
        cases.move_stage(other_desk, lawyer_there, "OB-ROL", "EVIDENCE")  # before: accepted as a lawyer
    assert cases.get_case_file(desk, admin, "OB-ROL").stage == "INTAKE"
    # the other way round: the admin's own powers, taken on one desk, end on the other
    update_user(desk, admin, "abogada", role="admin")
    new_admin = actor_for(desk, "abogada")
    update_user(desk, new_admin, "admin", role="lawyer")
    with pytest.raises(PermissionDenied, match="cambió el rol de «admin»"):
        settings.set_setting(other_desk, admin_there, "deadlines.inactivity_years", 2)
    with pytest.raises(PermissionDenied, match="cambió el rol de «admin»"):
        update_user(other_desk, admin_there, "abogada", role="paralegal")
    with desk.reading() as s:
        assert s.execute(select(Setting).where(Setting.key == "deadlines.inactivity_years")).first() is None
