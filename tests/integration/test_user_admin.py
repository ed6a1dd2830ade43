"""User administration: role, activation, the lawyer's data the documents print, passwords; guards and audit."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from legal_desk.cli import main
from legal_desk.db.models import AuditEvent
from legal_desk.services.errors import NotFound, PermissionDenied, ValidationFailed
from legal_desk.services.users import (
    SYSTEM,
    actor_for,
    add_user,
    authenticate,
    get_user,
    list_users,
    set_password,
    update_user,
)


def test_admin_changes_role_activation_and_professional_data(desk):
    admin = actor_for(desk, "admin")
    info = update_user(
        desk, admin, "abogada", professional_card=" 187.654 del C. S. de la J. ", id_number="52.874.113", email=""
    )
    assert info.professional_card == "187.654 del C. S. de la J." and info.id_number == "52.874.113"
    assert info.email is None  # an emptied field is stored as nothing
    update_user(desk, admin, "dependiente", role="lawyer")
    assert get_user(desk, "dependiente").role == "lawyer"
    update_user(desk, admin, "cobranza", active=False)
    assert get_user(desk, "cobranza").active is False
    with pytest.raises(PermissionDenied):
        actor_for(desk, "cobranza")  # a deactivated user cannot act
    update_user(desk, admin, "cobranza", active=True)
    assert actor_for(desk, "cobranza").username == "cobranza"
    with desk.reading() as s:
        events = s.execute(select(AuditEvent).where(AuditEvent.action == "user.update")).scalars().all()
    summaries = [e.summary for e in events]
    assert "usuario abogada: cédula, tarjeta profesional" in summaries
    assert "usuario dependiente: rol Dependiente judicial → Abogado" in summaries
    assert "usuario cobranza: desactivado" in summaries and "usuario cobranza: activado" in summaries


def test_no_change_writes_no_audit_event(desk):
    admin = actor_for(desk, "admin")
    update_user(desk, admin, "abogada", full_name="Laura Restrepo")
    with desk.reading() as s:
        assert s.execute(select(AuditEvent).where(AuditEvent.action == "user.update")).first() is None


def test_the_desk_keeps_one_active_admin_and_nobody_deactivates_themself(desk):
    admin = actor_for(desk, "admin")
    with pytest.raises(ValidationFailed, match="propio usuario"):
        update_user(desk, admin, "admin", active=False)
    with pytest.raises(ValidationFailed, match="único administrador activo"):
        update_user(desk, admin, "admin", role="lawyer")
    add_user(desk, SYSTEM, "admin2", "admin", full_name="Otra Admin")
    update_user(desk, admin, "admin", role="lawyer")  # now there is another admin
    second = actor_for(desk, "admin2")
    with pytest.raises(ValidationFailed, match="único administrador activo"):
        update_user(desk, second, "admin2", role="paralegal")  # the former admin is a lawyer now
    assert get_user(desk, "admin2").role == "admin" and get_user(desk, "admin").role == "lawyer"


def test_a_lawyer_corrects_their_own_data_but_not_their_role_or_anyone_else(desk):
    lawyer = actor_for(desk, "abogada")
    assert update_user(desk, lawyer, "abogada", professional_card="99.999").professional_card == "99.999"
    with pytest.raises(PermissionDenied):
        update_user(desk, lawyer, "abogada", role="admin")
    with pytest.raises(PermissionDenied):
        update_user(desk, lawyer, "dependiente", phone="123")
    with pytest.raises(ValidationFailed, match="nombre completo"):
        update_user(desk, lawyer, "abogada", full_name="  ")


def test_admin_resets_a_password(desk):
    set_password(desk, actor_for(desk, "admin"), "abogada", "nueva-clave-9")
    assert authenticate(desk, "abogada", "nueva-clave-9").username == "abogada"


def test_cli_user_list_update_password(tmp_path, capsys):
    base = ["--db", f"sqlite:///{tmp_path / 'u.sqlite3'}", "--store", str(tmp_path / "store")]

    def run(*args: str) -> tuple[int, str, str]:
        rc = main([*base, *args])
        out, err = capsys.readouterr()
        return rc, out, err

    assert run("db", "upgrade")[0] == 0
    assert run("user", "add", "laura", "--role", "lawyer", "--full-name", "Laura R")[0] == 0
    rc, out, _ = run("user", "update", "laura", "--professional-card", "187.654", "--deactivate", "--json")
    assert rc == 0
    data = json.loads(out)
    assert data["professional_card"] == "187.654" and data["active"] is False
    rc, out, _ = run("user", "list", "--role", "lawyer", "--json")
    assert rc == 0 and [u["username"] for u in json.loads(out)] == ["laura"]
    rc, _out, err = run("user", "update", "admin", "--deactivate")
    assert rc == 1 and "propio usuario" in err
    rc, _out, err = run("user", "password", "laura", "--password", "corta")
    assert rc == 1 and "8 caracteres" in err
    assert run("user", "password", "laura", "--password", "larga-12345")[0] == 0


def test_cli_user_unlock(tmp_path, capsys):
    import datetime as dt

    from legal_desk.config import Config
    from legal_desk.services import users
    from legal_desk.services.desk import Desk

    base = ["--db", f"sqlite:///{tmp_path / 'u.sqlite3'}", "--store", str(tmp_path / "store")]
    assert main([*base, "db", "upgrade"]) == 0
    assert main([*base, "user", "add", "laura", "--role", "lawyer", "--password", "larga-12345"]) == 0
    desk = Desk.open(Config(db_url=f"sqlite:///{tmp_path / 'u.sqlite3'}", store_root=tmp_path / "store"))
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for k in range(users.MAX_FAILED_LOGINS):
        with pytest.raises(PermissionDenied):
            users.authenticate(desk, "laura", f"mala-{k}", now=now)
    with pytest.raises(PermissionDenied, match="bloqueada"):
        users.authenticate(desk, "laura", "larga-12345", now=now)
    capsys.readouterr()
    assert main([*base, "user", "unlock", "laura"]) == 0
    assert "desbloqueada" in capsys.readouterr().out
    assert users.authenticate(desk, "laura", "larga-12345", now=now).username == "laura"
    desk.close()


def test_two_admins_removing_each_other_at_once_leave_one_admin(desk, monkeypatch):
    """Two admins on two desks demote each other at the same moment (PostgreSQL runs both at once).

    Each checked «another active admin remains» before the other had committed, so both changes went
    through and the desk was left with no admin at all. Both now hold the admins' rows while they check:
    the second waits for the first and is refused.
    """
    import contextlib
    import threading

    from legal_desk.services import users as users_service
    from legal_desk.services.errors import ServiceError

    add_user(desk, SYSTEM, "admin2", "admin", full_name="Otra Admin")
    first, second = actor_for(desk, "admin"), actor_for(desk, "admin2")
    both_checked = threading.Barrier(2)
    real_record = users_service.audit.record

    def record_after_both_checked(*args, **kwargs):
        # Hold the first change until the second has checked too (or 3 s, when the second waits on a lock).
        with contextlib.suppress(threading.BrokenBarrierError):
            both_checked.wait(timeout=3)
        return real_record(*args, **kwargs)

    monkeypatch.setattr(users_service.audit, "record", record_after_both_checked)
    outcome: dict[str, object] = {}

    def demote(actor, target):
        try:
            update_user(desk, actor, target, role="lawyer")
            outcome[actor.username] = "done"
        except ServiceError as exc:
            outcome[actor.username] = exc

    threads = [
        threading.Thread(target=demote, args=(first, "admin2")),
        threading.Thread(target=demote, args=(second, "admin")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    monkeypatch.undo()
    admins = [u.username for u in list_users(desk, role="admin") if u.active]
    assert len(admins) == 1, outcome
    assert sorted(str(v) == "done" for v in outcome.values()) == [False, True]
    refused = next(v for v in outcome.values() if v != "done")
    assert isinstance(refused, PermissionDenied | ValidationFailed) and str(refused)


def test_workload_counts_what_a_user_has_in_hand(desk):
    """Before deactivating someone or changing their role the admin is told what stays in their name."""
    import datetime as dt

    from legal_desk.services import cases, deadlines, tracking
    from legal_desk.services.cases import CaseUpdate
    from legal_desk.services.users import Workload, workload
    from tests.integration.test_services_core import handover

    law, par, col = (actor_for(desk, n) for n in ("abogada", "dependiente", "cobranza"))
    cid = handover(desk, col).case_id
    cases.move_stage(desk, law, cid, "EVIDENCE")  # accepting makes her its lawyer
    cases.update_case(desk, law, cid, CaseUpdate(paralegal_id=par.user_id))
    deadlines.record_event(desk, law, cid, "DEBTOR_SERVED", dt.date(2025, 4, 1))  # opens two terms
    tracking.schedule_hearing(  # not filed yet: a warning, confirmed
        desk, law, cid, kind="initial", at=dt.datetime(2026, 3, 2, 9), place="Sala 3", confirm=True
    )
    returned = handover(desk, col, ref="OB-2").case_id  # a case no longer in progress does not count
    cases.update_case(desk, law, returned, CaseUpdate(lawyer_id=law.user_id))
    cases.move_stage(desk, law, returned, "RETURNED_TO_COLLECTIONS", reason="Falta el pagaré original")
    assert workload(desk, "abogada", today=dt.date(2026, 1, 15)) == Workload(1, 0, 2, 1)
    assert workload(desk, "abogada", today=dt.date(2026, 3, 3)).upcoming_hearings == 0  # already held
    assert workload(desk, "dependiente", today=dt.date(2026, 1, 15)) == Workload(0, 1, 0, 0)
    assert not workload(desk, "cobranza")
    with pytest.raises(NotFound):
        workload(desk, "nadie")


def test_cli_deactivating_a_lawyer_with_cases_warns_on_stderr(sqlite_desk, capsys):
    """The JSON on stdout stays the user; the warning names what stays in their name and how to reassign it."""
    from legal_desk.services import cases
    from tests.integration.test_services_core import handover

    cases.move_stage(
        sqlite_desk,
        actor_for(sqlite_desk, "abogada"),
        handover(sqlite_desk, actor_for(sqlite_desk, "cobranza")).case_id,
        "EVIDENCE",
    )
    base = ["--db", sqlite_desk.config.db_url, "--store", str(sqlite_desk.config.store_root)]
    capsys.readouterr()
    assert main([*base, "--json", "user", "update", "abogada", "--deactivate"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["active"] is False
    assert "«abogada» sigue a cargo de expedientes en curso (como abogado: 1; como dependiente: 0;" in err
    assert "legal-desk case update CASO --lawyer USUARIO" in err
    assert main([*base, "user", "update", "cobranza", "--deactivate"]) == 0  # nothing in hand: no warning
    assert capsys.readouterr().err == ""
