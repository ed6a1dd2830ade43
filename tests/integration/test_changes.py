"""What other users changed since a desk last looked (services.changes), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from legal_desk.services import cases, changes, contacts
from legal_desk.services.cases import DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.intake import import_referrals
from legal_desk.services.users import actor_for, update_user


def _handover(desk: Desk, ref: str) -> int:
    return cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            ref, PartyInput("Rosa Ñañez", "CC", "52111222"), DebtInput(Decimal("5000000"), dt.date(2024, 3, 15))
        ),
    ).case_id


def test_another_users_writes_are_named_by_case_and_ones_own_are_left_out(desk: Desk, tmp_path: Path) -> None:
    a, b = _handover(desk, "OB-A"), _handover(desk, "OB-B")
    lawyer, paralegal, admin = actor_for(desk, "abogada"), actor_for(desk, "dependiente"), actor_for(desk, "admin")
    start = changes.last_event_id(desk)
    assert changes.changes_since(desk, lawyer, start).any is False  # nothing since

    contacts.log_contact(desk, paralegal, "OB-A", channel="call", at=dt.datetime(2025, 7, 1, 9), outcome="no_answer")
    contacts.log_contact(desk, lawyer, "OB-B", channel="call", at=dt.datetime(2025, 7, 1, 10), outcome="no_answer")
    seen = changes.changes_since(desk, lawyer, start)
    assert seen.case_ids == {a} and seen.by == ["dependiente"]  # the lawyer's own call on OB-B is not news to her
    assert not (seen.many_cases or seen.rates or seen.calendar or seen.users)
    assert seen.last_id == changes.last_event_id(desk) > start
    assert changes.changes_since(desk, paralegal, start).case_ids == {b}

    # looking again from where the last look ended: only what came after
    assert changes.changes_since(desk, lawyer, seen.last_id).any is False
    f = tmp_path / "r.csv"
    f.write_text(
        "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento\n"
        "OB-C;Luis Peña;CC;1234567;1.000,00;15/03/2024\n",
        encoding="utf-8",
    )
    import_referrals(desk, admin, f)
    update_user(desk, admin, "cobranza", full_name="Diana Suárez Ruiz")
    later = changes.changes_since(desk, lawyer, seen.last_id)
    assert later.many_cases and later.users and later.case_ids == set() and later.by == ["admin"]


def test_a_flood_of_changes_is_one_read_everything(desk: Desk, monkeypatch) -> None:
    _handover(desk, "OB-A")
    paralegal = actor_for(desk, "dependiente")
    start = changes.last_event_id(desk)
    monkeypatch.setattr(changes, "MAX_EVENTS", 3)
    for day in range(1, 6):
        contacts.log_contact(
            desk, paralegal, "OB-A", channel="sms", at=dt.datetime(2025, 7, day, 9), outcome="no_answer"
        )
    seen = changes.changes_since(desk, actor_for(desk, "abogada"), start)
    assert seen.many_cases and seen.last_id == changes.last_event_id(desk)
