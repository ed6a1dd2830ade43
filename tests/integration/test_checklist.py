"""The readiness checklist is data an admin edits, per jurisdiction and title type (DOMAIN.md §3)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from legal_desk.services import cases
from legal_desk.services.cases import DebtInput, HandoverInput, PartyInput
from legal_desk.services.checklist import list_checklist, set_requirement
from legal_desk.services.errors import PermissionDenied, ValidationFailed
from legal_desk.services.users import actor_for


def _case(desk, ref, title_type):
    cases.hand_over_case(desk, actor_for(desk, "cobranza"), HandoverInput(
        ref, PartyInput("Ana Ruiz", "CC", "52123456", address="Calle 1"),
        DebtInput(Decimal("1000000"), dt.date(2025, 1, 10), title_type=title_type)))
    return {c.code for c in cases.get_case_file(desk, actor_for(desk, "admin"), ref).readiness}


def test_admin_edits_requirements_per_title_type(desk):
    admin = actor_for(desk, "admin")
    assert {e.code for e in list_checklist(desk, "CO")} >= {"title_scan", "power_of_attorney", "liquidation"}
    assert "creditor_certificate" in _case(desk, "P-1", "pagare")
    # invoices of this client need no creditor certificate; the rest keep it
    set_requirement(desk, admin, "CO", "creditor_certificate", title_type="factura", active=False)
    assert "creditor_certificate" not in _case(desk, "F-1", "factura")
    assert "creditor_certificate" in _case(desk, "P-2", "pagare")
    entry = set_requirement(desk, admin, "CO", "contact_log", label="Bitácora de gestión (mínimo una gestión)")
    cf = cases.get_case_file(desk, admin, "P-1")
    assert next(c.label for c in cf.readiness if c.code == "contact_log") == entry.label
    with pytest.raises(ValidationFailed, match="desconocido"):
        set_requirement(desk, admin, "CO", "no_such_rule", active=False)
    with pytest.raises(PermissionDenied):
        set_requirement(desk, actor_for(desk, "abogada"), "CO", "contact_log", active=False)
