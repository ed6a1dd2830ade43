"""A user deactivated, or given another role, while logged in saves nothing through any service.

`Actor.confirm` re-reads the acting user inside the unit of work. The case services did it (through
`get_case_for_write`), but the desk-wide writes (court closures, calendar rules, the filing checklist,
the SMLMV table, the templates folder, recomputing terms, backups, restores, the demo,
the docket export) checked only the role the actor had at log-in: a lawyer an admin had just deactivated
could still close a court for everyone, a demoted admin could still rewrite the checklist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from legal_desk.db.models import AuditEvent, ChecklistItem, Closure, Setting
from legal_desk.services import backup, calendars, checklist, deadlines, demo, documents, legal_data, reports
from legal_desk.services.cases import CaseQuery
from legal_desk.services.desk import Desk
from legal_desk.services.errors import AccountRevoked
from legal_desk.services.users import SYSTEM, actor_for, add_user, get_user, update_user

Op = Callable[[Desk, Any, Path], Any]

OPERATIONS: dict[str, Op] = {
    "add_closure": lambda d, a, _p: calendars.add_closure(
        d, a, "CO", dt.date(2026, 12, 1), dt.date(2026, 12, 2), "Paro judicial"
    ),
    "set_calendar_setting": lambda d, a, _p: calendars.set_calendar_setting(d, a, "calendar.holy_week_closed", False),
    "recompute_all": lambda d, a, _p: deadlines.recompute_all(d, a),
    "set_requirement": lambda d, a, _p: checklist.set_requirement(d, a, "CO", "title_scan", active=False),
    "set_minimum_wage": lambda d, a, _p: legal_data.set_minimum_wage(d, a, 2031, "2000000"),
    "add_small_claims_city": lambda d, a, _p: legal_data.add_small_claims_city(d, a, "Sogamoso"),
    "customize_templates": lambda d, a, p: documents.customize_templates(d, a, p / "plantillas"),
    "use_program_templates": lambda d, a, _p: documents.use_program_templates(d, a),
    "backup": lambda d, a, p: backup.backup(d, a, p / "copia.zip"),
    "export_docket": lambda d, a, p: reports.export_docket(d, a, CaseQuery(), p / "cartera.csv"),
    "load_demo": lambda d, a, _p: demo.load_demo(d, a, 1, seed=1, today=dt.date(2026, 11, 26)),
}


def _counts(desk: Desk) -> tuple[int, ...]:
    with desk.reading() as s:
        return tuple(
            s.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (AuditEvent, Closure, ChecklistItem, Setting)
        )


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_an_admin_deactivated_meanwhile_changes_nothing(desk: Desk, tmp_path: Path, name: str) -> None:
    add_user(desk, SYSTEM, "jefe", "admin", full_name="Jefe de jurídico")
    stale = actor_for(desk, "jefe")  # logged in as an admin a moment ago
    update_user(desk, actor_for(desk, "admin"), "jefe", active=False)
    before = _counts(desk)
    with pytest.raises(AccountRevoked, match="desactivó el usuario «jefe»") as caught:
        OPERATIONS[name](desk, stale, tmp_path)
    assert caught.value.deactivated
    assert _counts(desk) == before  # no closure, setting, requirement or audit event written
    assert not (tmp_path / "copia.zip").exists() and not (tmp_path / "cartera.csv").exists()


@pytest.mark.parametrize("name", ["add_closure", "set_requirement", "set_minimum_wage", "use_program_templates"])
def test_a_demoted_admin_is_told_the_new_role(desk: Desk, tmp_path: Path, name: str) -> None:
    add_user(desk, SYSTEM, "jefe", "admin", full_name="Jefe de jurídico")
    stale = actor_for(desk, "jefe")
    update_user(desk, actor_for(desk, "admin"), "jefe", role="paralegal")
    before = _counts(desk)
    with pytest.raises(AccountRevoked, match="de Administrador a Dependiente judicial") as caught:
        OPERATIONS[name](desk, stale, tmp_path)
    assert caught.value.new_role == "paralegal"
    assert _counts(desk) == before


def test_restore_refuses_a_deactivated_admin(desk: Desk, tmp_path: Path) -> None:
    admin = actor_for(desk, "admin")
    backup.backup(desk, admin, tmp_path / "copia.zip")
    add_user(desk, SYSTEM, "jefe", "admin", full_name="Jefe de jurídico")
    stale = actor_for(desk, "jefe")
    update_user(desk, admin, "jefe", active=False)
    with pytest.raises(AccountRevoked):
        backup.restore(desk, stale, tmp_path / "copia.zip", replace=True, force=True)
    assert get_user(desk, "jefe").active is False  # the backup predates «jefe»: nothing was replaced


def test_the_same_work_goes_through_for_an_active_admin(desk: Desk, tmp_path: Path) -> None:
    """The check refuses only the revoked: the admin still logged in does each of these writes."""
    admin = actor_for(desk, "admin")
    for name in ("add_closure", "set_requirement", "set_minimum_wage", "use_program_templates", "export_docket"):
        OPERATIONS[name](desk, admin, tmp_path)
    with desk.reading() as s:
        users = set(s.execute(select(AuditEvent.username).where(AuditEvent.action != "user.add")).scalars())
    assert users == {"admin"}
