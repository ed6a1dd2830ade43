"""Case-file services on SQLite and PostgreSQL: handover, search, stages, evidence, notices, audit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from legal_desk.domain.calendar import JudicialCalendar
from legal_desk.services import cases, contacts, evidence, integrity, notices, tracking
from legal_desk.services.cases import CaseQuery, DebtInput, HandoverInput, PartyInput
from legal_desk.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from legal_desk.services.users import actor_for, authenticate

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def handover(
    desk,
    actor,
    ref="OB-2024-0001",
    name="María José Ñañez Peña",
    capital="12.500.000,00",
    due=dt.date(2024, 3, 15),
    guarantors=(),
):
    return cases.hand_over_case(
        desk,
        actor,
        HandoverInput(
            account_ref=ref,
            debtor=PartyInput(
                name,
                "CC",
                "52.123.456",
                address="Calle 45 # 12-30",
                city="Bogotá D.C.",
                email="mjn@example.com",
                email_source="Solicitud de crédito",
                authorised_channels="call,email",
            ),
            debt=DebtInput(capital=capital, due_date=due, title_number="P-778", original_location="Bóveda Bogotá"),
            guarantors=guarantors,
            client_name="Banco Andino S.A.",
            client_id_number="900123456-8",
            prelegal_summary="Tres llamadas sin acuerdo",
        ),
    )


def test_handover_and_case_file(desk):
    col = actor_for(desk, "cobranza")
    row = handover(desk, col, guarantors=[PartyInput("Pedro Pérez", "CC", "1020304050", role="guarantor")])
    assert row.stage == "INTAKE" and row.capital == Decimal("12500000.00")
    cf = cases.get_case_file(desk, col, "OB-2024-0001", today=dt.date(2025, 1, 10))
    assert cf.debtor.id_number == "52123456"
    assert [g.name for g in cf.guarantors] == ["Pedro Pérez"]
    assert cf.limitation_date == dt.date(2027, 3, 15)
    assert cf.client["id_number"] == "900123456-8"
    assert not cf.ready
    codes = {c.code for c in cf.readiness if not c.ok}
    assert {"title_scan", "demand_letter", "contact_log", "creditor_certificate", "power_of_attorney"} <= codes
    js = cf.to_json()
    assert js["capital"] == "12500000.00" and js["due_date"] == "2024-03-15"
    assert js["readiness"]["ready"] is False and js["readiness"]["missing"]


def test_handover_refuses_bad_input_and_duplicates(desk):
    col = actor_for(desk, "cobranza")
    handover(desk, col)
    with pytest.raises(Conflict, match="OB-2024-0001"):
        handover(desk, col)
    with pytest.raises(ValidationFailed, match="Capital"):
        handover(desk, col, ref="X-1", capital="-3")
    with pytest.raises(ValidationFailed, match="Deudor"):
        cases.hand_over_case(
            desk,
            col,
            HandoverInput(
                "X-2", PartyInput("Empresa", "NIT", "900123456-7"), DebtInput(Decimal(1), dt.date(2024, 1, 1))
            ),
        )
    assert cases.count_cases(desk, actor_for(desk, "admin"), CaseQuery()) == 1


def test_search_is_accent_and_case_insensitive(desk):
    col = actor_for(desk, "cobranza")
    handover(desk, col, "OB-1", "María José Ñañez Peña")
    handover(desk, col, "OB-2", "Andrés Gómez Ruiz")
    handover(desk, col, "OB-3", "Nancy Ortega")
    admin = actor_for(desk, "admin")

    def refs(text):
        return sorted(r.account_ref for r in cases.list_cases(desk, admin, CaseQuery(search=text)))

    assert refs("nanez") == ["OB-1"]
    assert refs("ÑAÑEZ") == ["OB-1"]
    assert refs("na") == ["OB-1", "OB-3"]  # prefix of Ñañez and Nancy
    assert refs("gomez andres") == ["OB-2"]
    assert refs("52123") == ["OB-1", "OB-2", "OB-3"]  # same test ID number prefix for all three
    assert refs("ob-2") == ["OB-2"]
    assert cases.count_cases(desk, admin, CaseQuery(search="jose")) == 1


def test_collections_see_only_their_handovers(desk):
    col = actor_for(desk, "cobranza")
    admin = actor_for(desk, "admin")
    handover(desk, admin, "OB-A")
    handover(desk, col, "OB-C")
    assert [r.account_ref for r in cases.list_cases(desk, col, CaseQuery())] == ["OB-C"]
    with pytest.raises(PermissionDenied):
        cases.get_case_file(desk, col, "OB-A")


def test_lifecycle_permissions_readiness_and_conflict(desk, tmp_path):
    col, law, para = (actor_for(desk, n) for n in ("cobranza", "abogada", "dependiente"))
    handover(desk, col)
    with pytest.raises(PermissionDenied):
        cases.move_stage(desk, col, "OB-2024-0001", "EVIDENCE")
    cf = cases.move_stage(desk, law, "OB-2024-0001", "EVIDENCE")
    assert cf.stage == "EVIDENCE" and cf.lawyer == "Laura Restrepo"
    with pytest.raises(ValidationFailed, match="No se puede pasar"):
        cases.move_stage(desk, law, "OB-2024-0001", "FILED")
    with pytest.raises(ValidationFailed, match="no está listo"):
        cases.move_stage(desk, law, "OB-2024-0001", "READY_TO_FILE")
    # the paralegal assembles the evidence until the checklist is green
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(PDF)
    for kind in ("title", "creditor_certificate", "power_of_attorney", "liquidation"):
        evidence.add_evidence(desk, para, "OB-2024-0001", pdf, kind)
    contacts.log_contact(
        desk, para, "OB-2024-0001", channel="call", at=dt.datetime(2025, 7, 1, 10, 0), outcome="no_answer"
    )
    n = notices.add_notice(
        desk, para, "OB-2024-0001", channel="mail", sent=dt.date(2025, 7, 2), carrier="4-72", tracking="RA123456789CO"
    )
    receipt = tmp_path / "certificado.pdf"
    receipt.write_bytes(PDF.replace(b"1.4", b"1.5"))
    # a return needs its reason and cannot precede the sending; a notice is delivered or returned, not both
    with pytest.raises(ValidationFailed, match="motivo de la devolución"):
        notices.register_notice_receipt(
            desk, para, n.notice_id, delivered=None, proof=None, returned=dt.date(2025, 7, 3)
        )
    with pytest.raises(ValidationFailed, match=r"devolución \(01/07/2025\) no puede ser anterior al envío"):
        notices.register_notice_receipt(
            desk, para, n.notice_id, delivered=None, proof=None, returned=dt.date(2025, 7, 1), return_reason="x"
        )
    with pytest.raises(ValidationFailed, match="solo una"):
        notices.register_notice_receipt(
            desk, para, n.notice_id, delivered=dt.date(2025, 7, 4), proof=receipt, returned=dt.date(2025, 7, 4)
        )
    notices.register_notice_receipt(desk, para, n.notice_id, delivered=dt.date(2025, 7, 4), proof=receipt)
    cf = cases.get_case_file(desk, para, "OB-2024-0001", today=dt.date(2025, 8, 1))
    assert cf.ready, cf.missing
    with pytest.raises(PermissionDenied):
        cases.move_stage(desk, para, "OB-2024-0001", "READY_TO_FILE")
    v = cf.version
    cases.move_stage(desk, law, "OB-2024-0001", "READY_TO_FILE", expected_version=v, today=dt.date(2025, 8, 1))
    with pytest.raises(Conflict, match="abogada modificó"):
        cases.update_case(desk, para, "OB-2024-0001", cases.CaseUpdate(court="Juzgado 1"), expected_version=v)
    with pytest.raises(ValidationFailed, match="radicado"):
        cases.move_stage(desk, law, "OB-2024-0001", "FILED")
    cf = cases.move_stage(
        desk,
        law,
        "OB-2024-0001",
        "FILED",
        radicado="11001400301220250012300",
        court="Juzgado 12 Civil Municipal de Bogotá",
    )
    assert cf.stage == "FILED" and cf.radicado == "11001400301220250012300"
    admin = actor_for(desk, "admin")
    assert [r.case_id for r in cases.list_cases(desk, admin, CaseQuery(search="110014003012"))] == [cf.case_id]
    # collections may not touch a filed case
    with pytest.raises(PermissionDenied):
        contacts.log_contact(
            desk, col, "OB-2024-0001", channel="call", at=dt.datetime(2025, 8, 5, 10), outcome="no_answer"
        )


def test_return_to_collections_needs_reason(desk):
    col, law = actor_for(desk, "cobranza"), actor_for(desk, "abogada")
    handover(desk, col)
    with pytest.raises(ValidationFailed, match="motivo"):
        cases.return_to_collections(desk, law, "OB-2024-0001", "  ")
    cf = cases.return_to_collections(desk, law, "OB-2024-0001", "Falta el pagaré original")
    assert cf.stage == "RETURNED_TO_COLLECTIONS" and cf.return_reason == "Falta el pagaré original"
    assert any(t["action"] == "case.stage" for t in cases.timeline(desk, law, "OB-2024-0001"))


def test_closing_paid_with_registered_embargo_creates_blocking_task(desk):
    law = actor_for(desk, "abogada")
    handover(desk, law)
    eid = tracking.request_embargo(
        desk,
        law,
        "OB-2024-0001",
        asset_type="account",
        description="Cuenta de ahorros Banco X",
        cap="20.000.000",
        requested_on=dt.date(2025, 1, 6),
    )
    tracking.advance_embargo(desk, law, eid, "decreed", on=dt.date(2025, 1, 10), oficio_number="OF-1")
    # Registered before it was decreed: refused, naming both dates (it used to be stored as given).
    with pytest.raises(ValidationFailed, match=r"«decretada» el 10/01/2025: .* anterior \(09/01/2025\)"):
        tracking.advance_embargo(desk, law, eid, "registered", on=dt.date(2025, 1, 9))
    tracking.advance_embargo(desk, law, eid, "registered", on=dt.date(2025, 1, 20))
    with pytest.raises(ValidationFailed):
        tracking.advance_embargo(desk, law, eid, "requested")
    cf = cases.move_stage(desk, law, "OB-2024-0001", "CLOSED_PAID")
    assert cf.stage == "CLOSED_PAID"
    assert [t["kind"] for t in cf.tasks if t["blocking"]] == ["lift_measures"]


def test_hearings_offers_agreements(desk):
    law = actor_for(desk, "abogada")
    handover(desk, law)
    # Three days ahead, on a day the courts work, at 10:00: «now + 3 days» fell on a weekend two days a week
    # and outside office hours after 14:00. The case is not filed yet: a warning, confirmed.
    day = JudicialCalendar("CO").next_business_day(dt.date.today() + dt.timedelta(days=3))
    when = dt.datetime.combine(day, dt.time(10, 0))
    tracking.schedule_hearing(
        desk, law, "OB-2024-0001", kind="initial", at=when, link="https://teams/x", confirm=True
    )
    oid = tracking.make_offer(
        desk,
        law,
        "OB-2024-0001",
        party="debtor",
        amount="8.000.000",
        made_on=dt.date(2025, 3, 1),
        expires_on=dt.date(2025, 3, 15),
    )
    counter = tracking.make_offer(
        desk, law, "OB-2024-0001", party="creditor", amount="10.000.000", made_on=dt.date(2025, 3, 2), parent_id=oid
    )
    # neither has lapsed: the first was answered before it expired, the counter-offer has no expiry date
    later = cases.get_case_file(desk, law, "OB-2024-0001", today=dt.date(2025, 4, 1))
    assert [(o["offer_id"], o["status"]) for o in later.settlement_offers] == [(oid, "countered"), (counter, "open")]
    aid = tracking.record_agreement(
        desk,
        law,
        "OB-2024-0001",
        signed_on=dt.date(2025, 3, 5),
        instalments=[(dt.date(2025, 4, 5), "5.000.000"), (dt.date(2025, 5, 5), "5.000.000")],
    )
    tracking.mark_agreement(desk, law, aid, "broken", on=dt.date(2025, 4, 20))
    cf = cases.get_case_file(desk, law, "OB-2024-0001")
    assert cf.hearings[0]["at"] == when
    assert [o["status"] for o in cf.settlement_offers] == ["countered", "open"]
    assert cf.settlement_offers[1]["offer_id"] == counter
    assert cf.agreements[0]["status"] == "broken" and cf.agreements[0]["total"] == Decimal("10000000.00")
    rows = cases.list_cases(desk, law, CaseQuery())
    assert rows[0].next_hearing_at == when


def test_next_hearing_is_judged_in_court_time_not_the_computers(desk, monkeypatch):
    """A hearing two hours from now in Bogotá is still ahead, even on a computer that runs in UTC.

    At 09:00 in Bogotá a server clock in UTC says 14:00; read in that clock, an 11:00 hearing
    would already be over and the docket would show no next hearing.
    """
    import time

    from legal_desk.services.legal import court_now

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        law = actor_for(desk, "abogada")
        handover(desk, law)
        when = court_now("CO").replace(microsecond=0) + dt.timedelta(hours=2)
        # confirmed: two hours from now is often after office hours or on a closed day, and the case is not filed
        tracking.schedule_hearing(desk, law, "OB-2024-0001", kind="initial", at=when, place="Sala 3", confirm=True)
        assert cases.list_cases(desk, law, CaseQuery())[0].next_hearing_at == when
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_lapsed_offer_cannot_be_accepted_or_countered(desk):
    """Debtor offers 8.000.000 on 2025-03-01, valid through 2025-03-15 (inclusive).

    Nothing marks offers expired in everyday use (the UI only paints them amber), and the offer
    could still be accepted on 2025-04-01, two weeks after it lapsed, or answered with a
    counter-offer. Now: accepting on 03-16 or countering on 03-16 is refused naming the expiry
    date; on 03-15 itself a counter-offer is still possible, and the counter-offer (no expiry)
    can be accepted later.
    """
    law = actor_for(desk, "abogada")
    handover(desk, law)
    oid = tracking.make_offer(
        desk,
        law,
        "OB-2024-0001",
        party="debtor",
        amount="8.000.000",
        made_on=dt.date(2025, 3, 1),
        expires_on=dt.date(2025, 3, 15),
    )
    with pytest.raises(ValidationFailed, match="venció el 15/03/2025: no puede aceptarse el 16/03/2025"):
        tracking.close_offer(desk, law, oid, "accepted", on=dt.date(2025, 3, 16))
    with pytest.raises(ValidationFailed, match="venció el 15/03/2025: ya no admite contrapropuesta"):
        tracking.make_offer(
            desk, law, "OB-2024-0001", party="creditor", amount="9.000.000", made_on=dt.date(2025, 3, 16), parent_id=oid
        )
    counter = tracking.make_offer(
        desk, law, "OB-2024-0001", party="creditor", amount="9.000.000", made_on=dt.date(2025, 3, 15), parent_id=oid
    )
    tracking.close_offer(desk, law, counter, "accepted", on=dt.date(2025, 4, 1))
    cf = cases.get_case_file(desk, law, "OB-2024-0001")
    assert [o["status"] for o in cf.settlement_offers] == ["countered", "accepted"]


def test_contact_rules_flag_but_keep(desk):
    col = actor_for(desk, "cobranza")
    handover(desk, col)
    sunday = contacts.log_contact(
        desk, col, "OB-2024-0001", channel="call", at=dt.datetime(2025, 6, 29, 10), outcome="no_answer"
    )
    assert sunday.violations and "domingo" in sunday.violations[0]
    ok = contacts.log_contact(
        desk, col, "OB-2024-0001", channel="call", at=dt.datetime(2025, 7, 1, 10), outcome="no_answer"
    )
    assert ok.violations == []
    sms = contacts.log_contact(
        desk, col, "OB-2024-0001", channel="sms", at=dt.datetime(2025, 7, 2, 10), outcome="message_left"
    )
    assert any("autorizado" in v for v in sms.violations)
    assert len(cases.get_case_file(desk, col, "OB-2024-0001").contacts) == 3


def test_evidence_stored_once_and_verify_detects_tampering(desk, tmp_path: Path):
    para = actor_for(desk, "dependiente")
    handover(desk, actor_for(desk, "cobranza"))
    f = tmp_path / "pagare.pdf"
    f.write_bytes(PDF)
    a = evidence.add_evidence(desk, para, "OB-2024-0001", f, "title", date=dt.date(2024, 1, 1))
    b = evidence.add_evidence(desk, para, "OB-2024-0001", f, "other")
    assert a.sha256 == b.sha256 and a.evidence_id != b.evidence_id
    stored = desk.store.path_for(a.sha256)
    assert stored.read_bytes() == PDF
    assert len([p for p in (tmp_path / "store").rglob("*") if p.is_file()]) == 1
    rep = integrity.verify(desk)
    assert rep.ok and rep.files_checked == 1 and rep.events_checked >= 6
    stored.chmod(0o644)
    stored.write_bytes(PDF + b"x")
    rep = integrity.verify(desk)
    assert not rep.ok and "pagare.pdf" in rep.file_problems[0]["file"]
    fake = tmp_path / "falso.pdf"
    fake.write_text("no soy un pdf")
    with pytest.raises(ValidationFailed, match="no es un archivo PDF"):
        evidence.add_evidence(desk, para, "OB-2024-0001", fake, "title")
    with pytest.raises(ValidationFailed, match="no existe"):
        evidence.add_evidence(desk, para, "OB-2024-0001", tmp_path / "nada.pdf", "title")
    with pytest.raises(NotFound):
        evidence.add_evidence(desk, para, "NO-EXISTE", f, "title")


def test_audit_chain_detects_edit(desk):
    from sqlalchemy import update

    from legal_desk.db.models import AuditEvent

    handover(desk, actor_for(desk, "cobranza"))
    assert integrity.verify(desk).ok
    with desk.uow() as uow:
        uow.session.execute(update(AuditEvent).where(AuditEvent.action == "case.hand_over").values(summary="alterado"))
        uow.commit()
    rep = integrity.verify(desk)
    assert rep.audit_problems and "alterado" in rep.audit_problems[0]["problem"]


def test_authenticate(desk):
    assert authenticate(desk, "abogada", "secreto-123").role.value == "lawyer"
    with pytest.raises(PermissionDenied):
        authenticate(desk, "abogada", "mala")


def test_import_cancel_leaves_nothing(desk, tmp_path):
    from legal_desk.services.errors import Cancelled
    from legal_desk.services.intake import import_referrals

    lines = ["numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento"]
    lines += [f"C-{i};Deudor {i};CC;{1000000 + i};1.000,00;2024-01-01" for i in range(4500)]
    f = tmp_path / "big.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    admin = actor_for(desk, "admin")
    seen: list[tuple[str, int, int]] = []

    def progress(stage, done, total):
        seen.append((stage, done, total))

    with pytest.raises(Cancelled):
        import_referrals(desk, admin, f, progress=progress,
                         cancelled=lambda: any(done >= 2000 for _, done, _ in seen))
    assert ("import", 2000, 4500) in seen  # 2,000 rows were checked and written before the cancel
    assert cases.count_cases(desk, admin, CaseQuery()) == 0
    rep = import_referrals(desk, admin, f)
    assert rep.accepted == 4500 and cases.count_cases(desk, admin, CaseQuery()) == 4500


def test_reopen_and_archive(desk):
    col, law, para = (actor_for(desk, n) for n in ("cobranza", "abogada", "dependiente"))
    handover(desk, col)
    with pytest.raises(ValidationFailed, match="no está cerrado"):
        cases.reopen_case(desk, law, "OB-2024-0001", "INTAKE", "x")
    cf = cases.move_stage(desk, law, "OB-2024-0001", "CLOSED_WRITTEN_OFF", reason="Sin bienes embargables")
    assert cf.stage == "CLOSED_WRITTEN_OFF" and "EXECUTION" in cf.reopen_stages
    with pytest.raises(PermissionDenied):
        cases.reopen_case(desk, para, "OB-2024-0001", "EXECUTION", "Apareció un inmueble")
    with pytest.raises(ValidationFailed, match="motivo"):
        cases.reopen_case(desk, law, "OB-2024-0001", "EXECUTION", " ")
    cf = cases.reopen_case(desk, law, "OB-2024-0001", "EXECUTION", "Apareció un inmueble")
    assert cf.stage == "EXECUTION" and cf.reopen_stages == []
    cases.set_archived(desk, law, "OB-2024-0001", True, "Duplicado de OB-2024-0002")
    admin = actor_for(desk, "admin")
    assert cases.count_cases(desk, admin, CaseQuery()) == 0
    assert cases.count_cases(desk, admin, CaseQuery(include_archived=True)) == 1
    assert cases.get_case_file(desk, law, "OB-2024-0001").archived
    actions = [t["action"] for t in cases.timeline(desk, law, "OB-2024-0001")]
    assert actions[:3] == ["case.archive", "case.reopen", "case.stage"]


def test_concurrent_duplicate_becomes_a_conflict(desk):
    """Two desks handing over the same account at once: the loser gets a Conflict, not a crash."""
    from legal_desk.db.models import Case

    col = actor_for(desk, "cobranza")
    handover(desk, col, "OB-RACE")
    with pytest.raises(Conflict, match="al mismo tiempo"), desk.uow() as uow:
        uow.session.add(Case(account_ref="OB-RACE", stage="INTAKE"))  # what a second desk would insert
        uow.commit()


def test_completing_parties_and_case_data_turns_the_checklist_green(desk):
    """An imported case lacks the address, e-mail source and title location: editing them fixes readiness."""
    col, para, law = (actor_for(desk, n) for n in ("cobranza", "dependiente", "abogada"))
    cases.hand_over_case(desk, col, HandoverInput(
        "OB-EDIT", PartyInput("Ana Ruiz", "CC", "52123456", email="ana@example.com"),
        DebtInput(Decimal("1000000"), dt.date(2025, 1, 10))))
    cf = cases.get_case_file(desk, para, "OB-EDIT", today=dt.date(2025, 6, 1))
    missing = {c.code: c.detail for c in cf.readiness if not c.ok}
    assert "dirección" in missing["debtor_identified"] and "origen del correo" in missing["debtor_identified"]
    assert missing["title_scan"] == "falta el escaneo del título"
    with pytest.raises(ValidationFailed, match="correo"):
        cases.update_party(desk, para, cf.debtor.party_id, cases.PartyUpdate(email="no-es-correo"))
    cf = cases.update_party(desk, para, cf.debtor.party_id, cases.PartyUpdate(
        name="Ana María Ruiz", address="Calle 1 # 2-3", city="Cali", email_source="Solicitud de crédito",
        authorised_channels="call,email"), expected_version=cf.version)
    assert cf.debtor.address == "Calle 1 # 2-3" and "debtor_identified" not in {
        c.code for c in cf.readiness if not c.ok}
    admin = actor_for(desk, "admin")
    assert [r.debtor_name for r in cases.list_cases(desk, admin, CaseQuery(search="maria ruiz"))] == ["Ana María Ruiz"]
    cf = cases.update_case(desk, law, "OB-EDIT", cases.CaseUpdate(original_location="Bóveda Cali, caja 12",
                                                                    costs=Decimal("150000.00")))
    assert cf.original_location == "Bóveda Cali, caja 12" and cf.costs == Decimal("150000.00")
    with pytest.raises(ValidationFailed, match="negativas"):
        cases.update_case(desk, law, "OB-EDIT", cases.CaseUpdate(costs=Decimal("-1")))
    cf = cases.add_party(desk, para, "OB-EDIT", PartyInput("Luis Peña", "CC", "79111222", role="guarantor"))
    assert [g.name for g in cf.guarantors] == ["Luis Peña"]
    # A codeudor with an e-mail but no source: the demanda would be refused (Ley 2213 art. 8), so the
    # checklist must not call the case ready.
    guarantor = cf.guarantors[0]
    cf = cases.update_party(desk, para, guarantor.party_id, cases.PartyUpdate(email="luis@example.com"))
    missing = {c.code: c.detail for c in cf.readiness if not c.ok}
    assert missing["debtor_identified"] == "falta origen del correo de los codeudores"
    cf = cases.update_party(desk, para, guarantor.party_id, cases.PartyUpdate(email_source="Pagaré firmado"))
    assert "debtor_identified" not in {c.code for c in cf.readiness if not c.ok}
    assert cases.count_cases(desk, admin, CaseQuery(search="79111222")) == 1
    actions = {t["action"] for t in cases.timeline(desk, law, "OB-EDIT")}
    assert {"party.update", "party.add", "case.update"} <= actions


def test_correcting_the_debt_recomputes_limitation(desk):
    col = actor_for(desk, "cobranza")
    handover(desk, col, due=dt.date(2024, 3, 15))
    cf = cases.update_case(desk, col, "OB-2024-0001", cases.CaseUpdate(
        capital=Decimal("13000000.00"), due_date=dt.date(2022, 6, 15), title_type="pagare"))
    assert cf.capital == Decimal("13000000.00") and cf.due_date == dt.date(2022, 6, 15)
    assert cf.limitation_date == dt.date(2025, 6, 16)  # DOMAIN §9.6: 15 June 2025 is a Sunday → Monday
    row = cases.list_cases(desk, actor_for(desk, "admin"), CaseQuery())[0]
    assert row.capital == Decimal("13000000.00") and row.limitation_date == dt.date(2025, 6, 16)
    with pytest.raises(ValidationFailed, match="mayor que cero"):
        cases.update_case(desk, col, "OB-2024-0001", cases.CaseUpdate(capital=Decimal("0")))


def test_broken_settlement_returns_to_the_stage_it_came_from(desk):
    law = actor_for(desk, "abogada")
    handover(desk, law)
    cases.move_stage(desk, law, "OB-2024-0001", "EVIDENCE")
    with pytest.raises(ValidationFailed, match="registre primero el acuerdo de pago firmado"):
        cases.move_stage(desk, law, "OB-2024-0001", "SETTLEMENT_ACTIVE")  # DOMAIN §2: a signed agreement does it
    aid = tracking.record_agreement(desk, law, "OB-2024-0001", signed_on=dt.date(2025, 3, 5),
                                    instalments=[(dt.date(2025, 4, 5), "5.000.000")])
    cases.move_stage(desk, law, "OB-2024-0001", "SETTLEMENT_ACTIVE")
    tracking.mark_agreement(desk, law, aid, "broken", on=dt.date(2025, 4, 20))
    cf = cases.get_case_file(desk, law, "OB-2024-0001")
    assert cf.stage == "EVIDENCE"
    assert cases.timeline(desk, law, "OB-2024-0001")[0]["summary"].endswith("(acuerdo incumplido)")


def test_priority_order_floats_cases_near_limitation(desk):
    col, law = actor_for(desk, "cobranza"), actor_for(desk, "abogada")
    handover(desk, col, "FAR", due=dt.date(2026, 1, 1))  # prescribes 2029
    handover(desk, col, "SOON", due=dt.date(2023, 12, 1))  # prescribes 2026-12-01
    handover(desk, col, "CLOSED", due=dt.date(2023, 6, 1))
    cases.move_stage(desk, law, "CLOSED", "CLOSED_PAID")
    refs = [r.account_ref for r in cases.list_cases(desk, law, CaseQuery(order="priority"))]
    assert refs == ["SOON", "FAR", "CLOSED"]


def _handover_for(desk, ref: str, nit: str, bank: str):  # type: ignore[no-untyped-def]
    return cases.hand_over_case(
        desk,
        actor_for(desk, "cobranza"),
        HandoverInput(
            account_ref=ref,
            debtor=PartyInput("Deudor " + ref, "CC", "52123456", address="Calle 1", city="Bogotá D.C."),
            debt=DebtInput(capital="1.000.000", due_date=dt.date(2024, 2, 29), title_type="pagare"),
            client_name=bank,
            client_id_number=nit,
        ),
    )


def test_lawyer_docket_mine_includes_unclaimed_handovers(desk, actors) -> None:  # type: ignore[no-untyped-def]
    """«Mis expedientes»: own cases plus handovers no lawyer accepted; not other lawyers' cases."""
    a = _handover_for(desk, "OB-U1", "900123456", "Banco Andino S.A.")
    b = _handover_for(desk, "OB-U2", "900123456", "Banco Andino S.A.")
    cases.move_stage(desk, actors["admin"], b.case_id, "EVIDENCE")  # accepted by the admin: no longer unclaimed
    law = actors["abogada"]
    refs = [r.account_ref for r in cases.list_cases(desk, law, CaseQuery(lawyer_id=law.user_id, with_unclaimed=True))]
    assert refs == ["OB-U1"]
    assert cases.list_cases(desk, law, CaseQuery(lawyer_id=law.user_id)) == []
    cases.move_stage(desk, law, a.case_id, "EVIDENCE")
    refs = [r.account_ref for r in cases.list_cases(desk, law, CaseQuery(lawyer_id=law.user_id))]
    assert refs == ["OB-U1"]


def test_update_creditor_completes_the_data_documents_need(desk, actors) -> None:  # type: ignore[no-untyped-def]
    a = _handover_for(desk, "OB-C1", "900123456", "Banco Andino S.A.")
    _handover_for(desk, "OB-C2", "800765432", "Financiera Sur S.A.")
    law = actors["abogada"]
    update = cases.CreditorUpdate(
        address="Carrera 7 # 71-21", city="Bogotá D.C.", representative="Andrés Rojas", representative_id="80123456"
    )
    cf = cases.update_creditor(desk, law, a.case_id, update)
    assert cf.client is not None
    assert (cf.client["address"], cf.client["city"], cf.client["representative_id"]) == (
        "Carrera 7 # 71-21",
        "Bogotá D.C.",
        "80123456",
    )
    assert any(
        r["summary"].startswith("Acreedor Banco Andino S.A.: address") for r in cases.timeline(desk, law, a.case_id)
    )
    with pytest.raises(ValidationFailed, match=r"ya es de «Financiera Sur S\.A\.»"):
        cases.update_creditor(desk, law, a.case_id, cases.CreditorUpdate(id_number="800765432"))
    with pytest.raises(ValidationFailed, match="Correo del acreedor"):
        cases.update_creditor(desk, law, a.case_id, cases.CreditorUpdate(email="no-es-correo"))


def test_correction_keeps_filing_date_and_closes_its_term(desk, actors) -> None:  # type: ignore[no-untyped-def]
    """Art. 90: back to «radicada» keeps the filing date and meets the 5-day term; defences meet theirs."""
    from legal_desk.db.models import Case
    from legal_desk.services import deadlines

    a = _handover_for(desk, "OB-T1", "900123456", "Banco Andino S.A.")
    law = actors["abogada"]
    with desk.uow() as uow:  # set-up: a filed case (the readiness path is covered elsewhere)
        uow.session.get(Case, a.case_id).stage = "READY_TO_FILE"
        uow.commit()
    cases.move_stage(desk, law, a.case_id, "FILED", radicado="11001400301220260000300", filed_on=dt.date(2026, 11, 2))
    cases.move_stage(desk, law, a.case_id, "CORRECTION_PENDING")
    deadlines.record_event(desk, law, a.case_id, "INADMISSION", dt.date(2026, 11, 20), today=dt.date(2026, 11, 27))
    cf = cases.move_stage(desk, law, a.case_id, "FILED", filed_on=dt.date(2026, 11, 25), today=dt.date(2026, 11, 25))
    assert cf.filed_on == dt.date(2026, 11, 2) and cf.radicado == "11001400301220260000300"
    # (the art. 317 term it also holds runs from the last actuación: tests/integration/test_inactivity_317.py)
    assert [(d["rule"], d["status"], d["met_on"]) for d in cf.deadlines if d["rule"] != "INACTIVITY_317"] == [
        ("CORRECT", "met", dt.date(2026, 11, 25))
    ]
    cases.move_stage(desk, law, a.case_id, "CORRECTION_PENDING")
    deadlines.record_event(desk, law, a.case_id, "INADMISSION", dt.date(2026, 11, 26), today=dt.date(2026, 11, 27))
    cf = cases.move_stage(desk, law, a.case_id, "REJECTED", reason="No subsanó")
    assert [d["status"] for d in cf.deadlines if d["rule"] != "INACTIVITY_317"] == ["met", "missed"]
    row = cases.list_cases(desk, law, CaseQuery(search="OB-T1"))[0]
    assert row.next_deadline is None  # nothing runs any more


def test_closing_a_case_stops_its_terms(desk, actors) -> None:  # type: ignore[no-untyped-def]
    """A paid case's 5/10-day terms must not stay «open» in the agenda and later count as overdue."""
    from legal_desk.db.models import Case
    from legal_desk.services import deadlines

    a = _handover_for(desk, "OB-T2", "900123456", "Banco Andino S.A.")
    law = actors["abogada"]
    with desk.uow() as uow:
        uow.session.get(Case, a.case_id).stage = "PAYMENT_ORDER_ISSUED"
        uow.commit()
    cases.update_case(desk, actors["admin"], a.case_id, cases.CaseUpdate(lawyer_id=law.user_id))
    cases.move_stage(desk, law, a.case_id, "DEBTOR_SERVED")
    deadlines.record_event(desk, law, a.case_id, "DEBTOR_SERVED", dt.date(2026, 11, 13), today=dt.date(2026, 11, 27))
    window = (dt.date(2026, 11, 1), dt.date(2026, 12, 31))
    assert len(deadlines.list_deadlines(desk, law, *window, status="open", today=dt.date(2026, 11, 14))) == 2
    cf = cases.move_stage(desk, law, a.case_id, "CLOSED_PAID", today=dt.date(2026, 11, 27))
    assert [(d["rule"], d["status"]) for d in cf.deadlines] == [
        ("PAY", "closed"),
        ("DEFENCES", "closed"),
        ("INACTIVITY_317", "closed"),  # art. 317 runs only while the process is pending
    ]
    assert deadlines.list_deadlines(desk, law, *window, status="open", today=dt.date(2026, 11, 14)) == []
    assert deadlines.list_deadlines(desk, law, *window, status="missed", today=dt.date(2026, 12, 31)) == []
