"""Roles, audit and transactions across the services, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select

from legal_desk.db.models import AuditEvent
from legal_desk.services import audit, cases, contacts, tracking, users
from legal_desk.services.cases import CaseQuery, CaseUpdate
from legal_desk.services.desk import Desk
from legal_desk.services.errors import PermissionDenied, ValidationFailed
from legal_desk.services.users import actor_for
from tests.integration.test_services_core import handover


def test_refusals_name_the_role_and_action_in_spanish(desk):
    col = actor_for(desk, "cobranza")
    with pytest.raises(PermissionDenied) as err:
        users.add_user(desk, col, "nuevo", "lawyer")
    assert str(err.value) == "El usuario «cobranza» (rol Cobranza) no puede administrar usuarios"
