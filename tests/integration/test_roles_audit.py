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
from legal_desk.services.errors import Conflict, PermissionDenied, ValidationFailed
from legal_desk.services.users import actor_for
from tests.integration.test_services_core import handover


def test_audit_chain_holds_under_concurrent_desks(desk):
    """Two desks (two engines, like two PCs) writing at once from threads keep one unbroken chain."""
    admin = actor_for(desk, "admin")
    ids = [handover(desk, admin, ref=f"OB-C-{i}").case_id for i in range(4)]
    other = Desk.open(desk.config)
    errors: list[BaseException] = []

    def work(d: Desk, case_id: int) -> None:
        try:
            for n in range(6):
                contacts.log_contact(
                    d, admin, case_id, channel="call", at=dt.datetime(2025, 1, 2 + n, 10, 0), outcome="no_answer"
                )
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(desk if i % 2 else other, cid)) for i, cid in enumerate(ids)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.close()
    assert errors == []
    with desk.reading() as s:
        count, problems = audit.verify_chain(s)
    assert problems == []
    assert count >= 4 * 6 + 4


def _make_pre_legal(desk, ref: str) -> int:
    """A pre-legal account nobody has handed over yet (as the demo portfolio has them)."""
    from legal_desk.db.models import Case

    cid = handover(desk, actor_for(desk, "admin"), ref=ref).case_id
    with desk.uow() as uow:
        c = uow.session.get(Case, cid)
        c.stage, c.handed_over_by_id, c.handed_over_at = "PRE_LEGAL", None, None
        uow.commit()
    return cid


def test_accepting_a_handover_is_the_lawyers(desk):
    """INTAKE → EVIDENCE is the lawyer's acceptance: a paralegal is refused, in Spanish, and nothing moves."""
    col, par, law = (actor_for(desk, n) for n in ("cobranza", "dependiente", "abogada"))
    cid = handover(desk, col).case_id
    with pytest.raises(PermissionDenied) as err:
        cases.move_stage(desk, par, cid, "EVIDENCE")
    assert str(err.value) == (
        "El usuario «dependiente» (rol Dependiente judicial) no puede aceptar expedientes entregados "
        "ni asignar abogado o dependiente"
    )
    assert cases.get_case_file(desk, law, cid).stage == "INTAKE"
    cf = cases.move_stage(desk, law, cid, "EVIDENCE")
    assert (cf.stage, cf.lawyer_id) == ("EVIDENCE", law.user_id)
    # Later evidence-gathering moves stay the team's: the paralegal may send the demand letter.
    assert cases.move_stage(desk, par, cid, "DEMAND_LETTER_SENT").stage == "DEMAND_LETTER_SENT"


def test_collections_hand_over_a_pre_legal_account(desk):
    """Collections hand over a pre-legal account with a stage move; it is then theirs in every list.

    Before the handover the account is nobody's: collections may open it, and their lists show it (they did
    not, so in the desktop, which lists only «Mis entregas», a pre-legal account could not be found at all).
    """
    col, law = actor_for(desk, "cobranza"), actor_for(desk, "abogada")
    cid = _make_pre_legal(desk, "OB-PRE-1")
    handover(desk, actor_for(desk, "admin"), ref="OB-OTHER")  # someone else's handover stays hidden
    assert [(r.account_ref, r.stage) for r in cases.list_cases(desk, col, CaseQuery())] == [("OB-PRE-1", "PRE_LEGAL")]
    assert cases.count_cases(desk, col, CaseQuery()) == 1
    assert cases.stage_counts(desk, col) == {"PRE_LEGAL": 1}
    cf = cases.move_stage(desk, col, "OB-PRE-1", "INTAKE")
    assert (cf.stage, cf.handed_over_by) == ("INTAKE", "Diana Suárez")
    assert [r.account_ref for r in cases.list_cases(desk, col, CaseQuery(stage="INTAKE"))] == ["OB-PRE-1"]
    assert cases.count_cases(desk, col, CaseQuery()) == 1
    # Once handed over, the account is the legal team's to accept, not collections'.
    with pytest.raises(PermissionDenied, match="Cobranza"):
        cases.move_stage(desk, col, cid, "EVIDENCE")
    assert cases.move_stage(desk, law, cid, "EVIDENCE").stage == "EVIDENCE"


def test_assigned_lawyer_and_paralegal_must_fit_the_role(desk):
    """A case or hearing cannot be assigned to collections staff, a paralegal as its lawyer, or a deactivated user."""
    from legal_desk.db.models import User

    law, col, par = (actor_for(desk, n) for n in ("abogada", "cobranza", "dependiente"))
    cid = handover(desk, col).case_id
    with pytest.raises(ValidationFailed, match="«cobranza» tiene el rol Cobranza: no puede asignarse como abogado"):
        cases.update_case(desk, law, cid, CaseUpdate(lawyer_id=col.user_id))
    with pytest.raises(ValidationFailed, match="«dependiente» tiene el rol Dependiente judicial"):
        cases.update_case(desk, law, cid, CaseUpdate(lawyer_id=par.user_id))
    with pytest.raises(ValidationFailed, match="no puede asignarse como dependiente"):
        cases.update_case(desk, law, cid, CaseUpdate(paralegal_id=col.user_id))
    with pytest.raises(ValidationFailed, match="como abogado no existe"):
        cases.update_case(desk, law, cid, CaseUpdate(lawyer_id=99999))
    with pytest.raises(ValidationFailed, match="como abogado no existe"):
        tracking.schedule_hearing(
            desk, law, cid, kind="initial", at=dt.datetime(2026, 3, 2, 9), place="Sala 3", lawyer_id=99999
        )
    with pytest.raises(ValidationFailed, match="no puede asignarse como abogado"):
        tracking.schedule_hearing(
            desk, law, cid, kind="initial", at=dt.datetime(2026, 3, 2, 9), place="Sala 3", lawyer_id=col.user_id
        )
    cf = cases.update_case(desk, law, cid, CaseUpdate(lawyer_id=law.user_id, paralegal_id=par.user_id))
    assert (cf.lawyer_id, cf.paralegal) == (law.user_id, "Camilo Ortiz")
    with desk.uow() as uow:
        uow.session.get(User, par.user_id).active = False
        uow.commit()
    cid2 = handover(desk, col, ref="OB-2").case_id
    with pytest.raises(ValidationFailed, match="«dependiente» está desactivado"):
        cases.update_case(desk, law, cid2, CaseUpdate(paralegal_id=par.user_id))
    with desk.reading() as s:
        actions = s.execute(select(AuditEvent.action).where(AuditEvent.case_id == cid)).scalars().all()
    assert actions.count("case.update") == 1  # only the assignment that was allowed


def test_every_refused_login_costs_one_password_check(desk, monkeypatch):
    """Unknown, deactivated or passwordless users are refused as slowly as a wrong password (no user probing)."""
    from legal_desk.db.models import User

    with desk.uow() as uow:
        uow.session.execute(select(User).where(User.username == "dependiente")).scalar_one().active = False
        uow.commit()
    checks: list[str] = []
    real = users._hasher

    class Counting:
        def hash(self, password: str) -> str:
            return real.hash(password)

        def verify(self, hash_: str, password: str) -> bool:
            checks.append(password)
            return real.verify(hash_, password)

    monkeypatch.setattr(users, "_hasher", Counting())
    for username, password in [
        ("nadie", "cualquier-cosa"),  # unknown
        ("dependiente", "cualquier-cosa"),  # deactivated
        ("cobranza", "cualquier-cosa"),  # no password yet, one given
        ("abogada", "equivocada-1"),  # wrong password
    ]:
        checks.clear()
        with pytest.raises(PermissionDenied, match=r"^Usuario o contraseña incorrectos$"):
            users.authenticate(desk, username, password)
        assert checks == [password], username
    checks.clear()
    assert users.authenticate(desk, "abogada", "secreto-123").username == "abogada"
    assert users.authenticate(desk, "admin", "").username == "admin"  # first log-in, must set a password


def test_a_deactivated_user_with_the_right_password_is_told_the_account_is_deactivated(desk, monkeypatch):
    """Only the right password earns the real reason; each answer still costs one password check."""
    users.update_user(desk, actor_for(desk, "admin"), "abogada", active=False)
    checks: list[str] = []
    real = users._hasher

    class Counting:
        def hash(self, password: str) -> str:
            return real.hash(password)

        def verify(self, hash_: str, password: str) -> bool:
            checks.append(password)
            return real.verify(hash_, password)

    monkeypatch.setattr(users, "_hasher", Counting())
    with pytest.raises(PermissionDenied, match=r"^El usuario «abogada» está desactivado: pida a un administrador"):
        users.authenticate(desk, "abogada", "secreto-123")
    assert checks == ["secreto-123"]
    checks.clear()
    with pytest.raises(PermissionDenied, match=r"^Usuario o contraseña incorrectos$"):
        users.authenticate(desk, "abogada", "equivocada-1")
    assert checks == ["equivocada-1"]
    for _ in range(users.MAX_FAILED_LOGINS):  # wrong passwords on a deactivated account lock nothing
        with pytest.raises(PermissionDenied, match=r"^Usuario o contraseña incorrectos$"):
            users.authenticate(desk, "abogada", "equivocada-1")
    with pytest.raises(PermissionDenied, match="está desactivado"):
        users.authenticate(desk, "abogada", "secreto-123")


def test_refusals_name_the_role_and_action_in_spanish(desk):
    col = actor_for(desk, "cobranza")
    with pytest.raises(PermissionDenied) as err:
        users.add_user(desk, col, "nuevo", "lawyer")
    assert str(err.value) == "El usuario «cobranza» (rol Cobranza) no puede administrar usuarios"


def test_stale_edit_says_who_changed_what_and_when_in_local_time(desk):
    """ARCHITECTURE.md: the user is told who changed what; the time is the court's (Bogotá), not UTC."""
    from legal_desk.db.models import Case

    col, law, par = (actor_for(desk, n) for n in ("cobranza", "abogada", "dependiente"))
    cid = handover(desk, col).case_id
    opened = cases.move_stage(desk, law, cid, "EVIDENCE").version
    cases.update_case(desk, law, cid, CaseUpdate(court="Juzgado 3 Civil Municipal"), expected_version=opened)
    with desk.uow() as uow:  # pin the moment: 02:30 UTC on 5 March is 21:30 of 4 March in Bogotá
        c = uow.session.get(Case, cid)
        c.updated_at = dt.datetime(2026, 3, 5, 2, 30)
        uow.commit()
    with pytest.raises(Conflict) as err:
        cases.update_case(desk, par, cid, CaseUpdate(city="Medellín"), expected_version=opened)
    assert str(err.value) == (
        "abogada modificó el expediente OB-2024-0001 el 04/03/2026 a las 21:30 («Datos del expediente: court») "
        "después de que usted lo abrió. Vuelva a cargarlo y repita el cambio."
    )
    assert cases.get_case_file(desk, par, cid).city != "Medellín"


@pytest.mark.parametrize("operation", ["move_stage", "update_case", "log_contact", "add_notice", "add_party"])
def test_a_write_that_fails_midway_leaves_nothing(desk, monkeypatch, operation):
    """An error after the rows are flushed (here: the audit log refuses) rolls the whole use case back."""
    from legal_desk.services import notices
    from legal_desk.services.cases import PartyInput

    law = actor_for(desk, "abogada")
    cid = handover(desk, actor_for(desk, "cobranza")).case_id
    cases.move_stage(desk, law, cid, "EVIDENCE")
    run = {
        "move_stage": lambda: cases.move_stage(desk, law, cid, "DEMAND_LETTER_SENT"),
        "update_case": lambda: cases.update_case(desk, law, cid, CaseUpdate(court="Juzgado 9", lawyer_id=law.user_id)),
        "log_contact": lambda: contacts.log_contact(
            desk, law, cid, channel="call", at=dt.datetime(2025, 7, 1, 10), outcome="no_answer"
        ),
        "add_notice": lambda: notices.add_notice(
            desk, law, cid, channel="mail", sent=dt.date(2025, 7, 2), carrier="4-72", tracking="RA1CO"
        ),
        "add_party": lambda: cases.add_party(
            desk, law, cid, PartyInput("Pedro Gómez", "CC", "79.111.222", role="guarantor")
        ),
    }[operation]

    def snapshot() -> tuple:
        cf = cases.get_case_file(desk, law, cid)
        with desk.reading() as s:
            events = s.execute(select(AuditEvent.id)).scalars().all()
        return (cf.version, cf.stage, cf.court, len(cf.contacts), len(cf.notices), len(cf.guarantors), len(events))

    before = snapshot()

    def refuse(*_a, **_k):
        raise RuntimeError("disco lleno")

    monkeypatch.setattr(audit, "record", refuse)
    with pytest.raises(RuntimeError, match="disco lleno"):
        run()
    monkeypatch.undo()
    assert snapshot() == before
    run()  # and the same write succeeds once the fault is gone
    assert snapshot() != before


def test_collections_cannot_read_another_handovers_history(desk):
    """The timeline (audit summaries: offers, stage reasons…) follows the same rule as the case file."""
    col, admin = actor_for(desk, "cobranza"), actor_for(desk, "admin")
    other = handover(desk, admin, ref="OB-AJENO").case_id
    own = handover(desk, col, ref="OB-PROPIO").case_id
    with pytest.raises(PermissionDenied, match="Cobranza solo ve los expedientes que entregó"):
        cases.timeline(desk, col, other)
    assert [e["action"] for e in cases.timeline(desk, col, own)] == ["case.hand_over"]
    assert [e["action"] for e in cases.timeline(desk, admin, other)] == ["case.hand_over"]


def test_a_first_password_is_chosen_once(desk):
    """Two people claiming a passwordless account at once: the second is told, not silently overwritten."""
    first = actor_for(desk, "dependiente")
    users.set_password(desk, first, "dependiente", "elegida-primero", first=True)
    with pytest.raises(Conflict, match="ya fue elegida"):
        users.set_password(desk, first, "dependiente", "elegida-despues", first=True)
    assert users.authenticate(desk, "dependiente", "elegida-primero").username == "dependiente"
    users.set_password(desk, first, "dependiente", "cambiada-luego")  # an ordinary change still works
    assert users.authenticate(desk, "dependiente", "cambiada-luego").username == "dependiente"


def test_five_wrong_passwords_lock_the_account_for_a_while(desk):
    """Guessing is slowed: the 5th wrong password in a row locks the account for 15 minutes, right password
    included; the lock lifts by itself, by an admin, or with a new password, and each lock is audited."""
    admin = actor_for(desk, "admin")
    users.set_password(desk, admin, "dependiente", "la-buena-1")
    t0 = dt.datetime(2026, 3, 4, 15, 0)
    for k in range(users.MAX_FAILED_LOGINS - 1):
        with pytest.raises(PermissionDenied, match="incorrectos"):
            users.authenticate(desk, "dependiente", f"mala-{k}", now=t0)
    assert users.authenticate(desk, "dependiente", "la-buena-1", now=t0).username == "dependiente"  # resets
    for k in range(users.MAX_FAILED_LOGINS):
        with pytest.raises(PermissionDenied, match="incorrectos"):
            users.authenticate(desk, "dependiente", f"mala-{k}", now=t0)
    with pytest.raises(PermissionDenied, match="Cuenta bloqueada por 5 contraseñas erradas"):
        users.authenticate(desk, "dependiente", "la-buena-1", now=t0 + dt.timedelta(minutes=14))
    assert users.authenticate(desk, "dependiente", "la-buena-1", now=t0 + dt.timedelta(minutes=16))
    with desk.reading() as s:
        locks = s.execute(select(AuditEvent.action).where(AuditEvent.action == "user.locked")).scalars().all()
    assert locks == ["user.locked"]
    # locked again; an admin lifts it at once
    for k in range(users.MAX_FAILED_LOGINS):
        with pytest.raises(PermissionDenied):
            users.authenticate(desk, "dependiente", f"otra-{k}", now=t0)
    with pytest.raises(PermissionDenied, match="bloqueada"):
        users.authenticate(desk, "dependiente", "la-buena-1", now=t0)
    with pytest.raises(PermissionDenied):
        users.unlock_user(desk, actor_for(desk, "dependiente"), "dependiente")
    users.unlock_user(desk, admin, "dependiente")
    assert users.authenticate(desk, "dependiente", "la-buena-1", now=t0)
