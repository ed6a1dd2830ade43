"""What collections may read and change once a handover has left them (on SQLite and PostgreSQL).

Product decision: collections hand over, fix and withdraw their own handovers while the case waits for
legal (INTAKE) or after it came back (RETURNED_TO_COLLECTIONS). Once legal accepts it they see only what
«Mis entregas» needs (reference, debtor, capital, stage, lawyer, radicado, closing or return reason) and
change nothing; the legal file is refused in a Spanish sentence. Every read of case data takes the actor.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from legal_desk.db.models import AuditEvent
from legal_desk.paths import resources_dir
from legal_desk.services import (
    agenda,
    cases,
    contacts,
    deadlines,
    documents,
    evidence,
    packets,
    payments,
    rates,
    tracking,
)
from legal_desk.services.cases import CaseQuery, CaseUpdate, PartyInput, PartyUpdate
from legal_desk.services.errors import PermissionDenied
from legal_desk.services.users import actor_for, add_user, update_user
from tests.integration.test_services_core import PDF, handover

READ_REFUSAL = r"El expediente OB-2024-0001 ya lo aceptó jurídico \(etapa «Recaudo de pruebas»\): cobranza solo ve"
WRITE_REFUSAL = (
    r"El expediente OB-2024-0001 ya lo aceptó jurídico \(etapa «Recaudo de pruebas»\): "
    r"cobranza ya no puede modificarlo; pida el cambio al abogado a cargo"
)


def _accepted_with_legal_file(desk, tmp_path) -> dict:
    """A handover by «cobranza» that the lawyer accepted and worked: evidence, offer, embargo, hearing, payment…"""
    col, law = actor_for(desk, "cobranza"), actor_for(desk, "abogada")
    cid = handover(desk, col).case_id
    scan = tmp_path / "pagare.pdf"
    scan.write_bytes(PDF)
    own = evidence.add_evidence(desk, col, cid, scan, "title")  # collections' own scan, before acceptance
    agreement = tracking.record_agreement(
        desk, col, cid, signed_on=dt.date(2024, 4, 1), instalments=[(dt.date(2024, 5, 1), "1000000")], prelegal=True
    )
    cases.move_stage(desk, law, cid, "EVIDENCE")
    admin = actor_for(desk, "admin")
    rates.import_rates(desk, admin, resources_dir() / "rates" / "sample_rates_co.csv")
    update_user(
        desk, admin, "abogada", id_number="52.111.222", professional_card="123.456", email="lrestrepo@example.com"
    )
    poder = tmp_path / "poder.pdf"
    poder.write_bytes(PDF + b"%poder")
    legal_ev = evidence.add_evidence(desk, law, cid, poder, "power_of_attorney")
    tracking.make_offer(desk, law, cid, party="debtor", amount="9000000", made_on=dt.date(2025, 1, 10))
    tracking.request_embargo(desk, law, cid, asset_type="account", description="Cuentas en Bancolombia")
    tracking.schedule_hearing(  # not filed yet: a warning, confirmed
        desk, law, cid, kind="conciliation", at=dt.datetime(2027, 3, 2, 9), place="Sala 3", confirm=True
    )
    payments.add_payment(desk, law, cid, dt.date(2025, 2, 1), "500000", "Consignación")
    doc = documents.generate_document(desk, law, cid, "carta_requerimiento", pdf=False)
    return {
        "col": col,
        "law": law,
        "cid": cid,
        "own_evidence": own.evidence_id,
        "legal_evidence": legal_ev.evidence_id,
        "agreement": agreement,
        "document": doc.document_id,
    }


def test_collections_see_only_the_handover_once_legal_accepted_it(desk, tmp_path):
    f = _accepted_with_legal_file(desk, tmp_path)
    col, law, cid = f["col"], f["law"], f["cid"]
    cf = cases.get_case_file(desk, col, cid)
    assert cf.limited
    assert (cf.account_ref, cf.stage_label, cf.capital, cf.lawyer) == (
        "OB-2024-0001",
        "Recaudo de pruebas",
        Decimal("12500000.00"),
        "Laura Restrepo",
    )
    assert cf.debtor is not None and (cf.debtor.name, cf.debtor.id_number) == ("María José Ñañez Peña", "52123456")
    assert cf.debtor.address is None and cf.debtor.email is None  # contact data is part of the legal file now
    assert cf.evidence == cf.settlement_offers == cf.embargoes == cf.hearings == cf.payments == cf.documents == []
    assert cf.agreements == cf.contacts == cf.deadlines == cf.tasks == [] and cf.readiness == []
    assert cf.court is None and cf.notes is None and cf.client is None
    data = cf.to_json()
    assert data["limited"] is True
    assert set(data) == {
        "case_id", "account_ref", "stage", "stage_label", "currency", "capital", "debtor", "lawyer", "radicado",
        "handed_over_by", "handed_over_at", "return_reason", "stage_reason", "version", "limited",
    }  # fmt: skip
    # the legal team still reads the whole file, as before
    for name in ("abogada", "dependiente", "admin"):
        full = cases.get_case_file(desk, actor_for(desk, name), cid)
        assert not full.limited and full.to_json()["limited"] is False
        assert (len(full.evidence), len(full.settlement_offers), len(full.embargoes)) == (2, 1, 1)
        assert (len(full.hearings), len(full.payments), len(full.documents)) == (1, 1, 1)
    # before acceptance collections saw their whole handover
    assert not cases.get_case_file(desk, law, cid).limited


def test_collections_get_the_closing_reason_but_not_the_history(desk):
    col, law = actor_for(desk, "cobranza"), actor_for(desk, "abogada")
    cid = handover(desk, col).case_id
    cases.move_stage(desk, law, cid, "EVIDENCE")
    cases.move_stage(desk, law, cid, "CLOSED_WRITTEN_OFF", reason="Deudor sin bienes embargables")
    cf = cases.get_case_file(desk, col, cid)
    assert cf.limited and cf.stage_reason == "Deudor sin bienes embargables"
    assert cases.get_case_file(desk, law, cid).stage_reason == "Deudor sin bienes embargables"
    with pytest.raises(PermissionDenied, match="ya lo aceptó jurídico"):
        cases.timeline(desk, col, cid)
    assert [e["action"] for e in cases.timeline(desk, law, cid)][:1] == ["case.stage"]


def test_every_read_of_the_legal_file_is_refused_to_collections_in_spanish(desk, tmp_path):
    f = _accepted_with_legal_file(desk, tmp_path)
    col, cid = f["col"], f["cid"]
    reads = {
        "timeline": lambda a: cases.timeline(desk, a, cid),
        "list_evidence": lambda a: evidence.list_evidence(desk, a, cid),
        "evidence_path (own scan)": lambda a: evidence.evidence_path(desk, a, f["own_evidence"]),
        "evidence_path (legal's)": lambda a: evidence.evidence_path(desk, a, f["legal_evidence"]),
        "verify_evidence": lambda a: evidence.verify_evidence(desk, a, f["legal_evidence"]),
        "list_documents": lambda a: documents.list_documents(desk, a, cid),
        "document_path": lambda a: documents.document_path(desk, a, f["document"], pdf=False),
        "case_document_data": lambda a: documents.case_document_data(desk, a, cid),
        "liquidation": lambda a: payments.liquidation(desk, a, cid, dt.date(2025, 6, 30)),
        "instalment_status": lambda a: tracking.instalment_status(desk, a, f["agreement"]),
        "list_packets": lambda a: packets.list_packets(desk, a, cid),
        "default_annexes": lambda a: packets.default_annexes(desk, a, cid),
    }
    for name, read in reads.items():
        with pytest.raises(PermissionDenied, match=READ_REFUSAL):
            read(col)
        for who in ("abogada", "dependiente", "admin"):  # the legal team reads all of it
            assert read(actor_for(desk, who)) is not None, (name, who)


def test_reads_check_whose_handover_it_is(desk, tmp_path):
    """Before acceptance collections read their own handover's evidence, not another analyst's."""
    admin = actor_for(desk, "admin")
    col = actor_for(desk, "cobranza")
    add_user(desk, admin, "cobranza2", "collections", full_name="Jorge Pérez")
    other = actor_for(desk, "cobranza2")
    cid = handover(desk, col).case_id
    scan = tmp_path / "pagare.pdf"
    scan.write_bytes(PDF)
    ev = evidence.add_evidence(desk, col, cid, scan, "title")
    assert [e.filename for e in evidence.list_evidence(desk, col, cid)] == ["pagare.pdf"]
    assert evidence.evidence_path(desk, col, ev.evidence_id)[1].read_bytes() == PDF
    assert evidence.verify_evidence(desk, col, ev.evidence_id)[1] is None
    assert documents.list_documents(desk, col, cid) == []
    for read in (
        lambda: evidence.list_evidence(desk, other, cid),
        lambda: evidence.evidence_path(desk, other, ev.evidence_id),
        lambda: evidence.verify_evidence(desk, other, ev.evidence_id),
        lambda: documents.list_documents(desk, other, cid),
        lambda: cases.get_case_file(desk, other, cid),
    ):
        with pytest.raises(PermissionDenied, match=r"^Cobranza solo ve los expedientes que entregó$"):
            read()


def test_collections_cannot_change_a_handover_legal_accepted(desk, tmp_path):
    col, law = actor_for(desk, "cobranza"), actor_for(desk, "abogada")
    cid = handover(desk, col).case_id
    # while waiting for legal, collections fix their handover (capital, debtor data, a co-debtor)
    cf = cases.update_case(desk, col, cid, CaseUpdate(capital=Decimal("12600000")))
    assert cf.capital == Decimal("12600000.00")
    debtor_id = cf.debtor.party_id
    cases.update_party(desk, col, debtor_id, PartyUpdate(phone="3001234567"))
    cases.move_stage(desk, law, cid, "EVIDENCE")
    before = cases.get_case_file(desk, law, cid)
    scan = tmp_path / "extracto.pdf"
    scan.write_bytes(PDF)
    writes = [
        lambda: cases.update_case(desk, col, cid, CaseUpdate(capital=Decimal("99000000"))),
        lambda: cases.update_case(desk, col, cid, CaseUpdate(due_date=dt.date(2024, 1, 1), notes="corrección")),
        lambda: cases.update_party(desk, col, debtor_id, PartyUpdate(address="Otra dirección")),
        lambda: cases.add_party(desk, col, cid, PartyInput("Pedro Gómez", "CC", "79.111.222", role="guarantor")),
        lambda: evidence.add_evidence(desk, col, cid, scan, "other"),
        lambda: contacts.log_contact(
            desk, col, cid, channel="call", at=dt.datetime(2025, 7, 1, 10), outcome="no_answer"
        ),
        lambda: payments.add_payment(desk, col, cid, dt.date(2025, 2, 1), "100000"),
        lambda: tracking.record_agreement(
            desk, col, cid, signed_on=dt.date(2025, 2, 1), instalments=[(dt.date(2025, 3, 1), "100000")]
        ),
    ]
    for write in writes:
        with pytest.raises(PermissionDenied, match=WRITE_REFUSAL):
            write()
    after = cases.get_case_file(desk, law, cid)
    assert (after.version, after.capital, after.due_date, after.debtor.address) == (
        before.version,
        Decimal("12600000.00"),
        before.due_date,
        before.debtor.address,
    )
    assert (len(after.evidence), len(after.contacts), len(after.payments), len(after.guarantors)) == (0, 0, 0, 0)
    # the lawyer and the paralegal still change it
    assert cases.update_case(desk, law, cid, CaseUpdate(court="Juzgado 3 Civil Municipal")).court
    assert cases.update_party(desk, actor_for(desk, "dependiente"), debtor_id, PartyUpdate(city="Chía")).debtor


def test_a_returned_handover_is_collections_again(desk):
    col, law = actor_for(desk, "cobranza"), actor_for(desk, "abogada")
    cid = handover(desk, col).case_id
    cases.return_to_collections(desk, law, cid, "Falta el pagaré original")
    cf = cases.get_case_file(desk, col, cid)
    assert not cf.limited and cf.return_reason == "Falta el pagaré original"
    assert next(e["action"] for e in cases.timeline(desk, col, cid)) == "case.stage"
    cf = cases.update_case(desk, col, cid, CaseUpdate(capital=Decimal("13000000")))
    assert cf.capital == Decimal("13000000.00")
    with desk.reading() as s:
        actions = s.execute(select(AuditEvent.action).where(AuditEvent.case_id == cid)).scalars().all()
    assert actions.count("case.update") == 1


def test_collections_lists_leave_out_the_process_dates(desk, tmp_path):
    """«Mis entregas» rows keep stage and lawyer but not the court, next hearing or term; agenda lists are empty."""
    f = _accepted_with_legal_file(desk, tmp_path)
    col, law, cid = f["col"], f["law"], f["cid"]
    cases.update_case(desk, law, cid, CaseUpdate(court="Juzgado 3 Civil Municipal"))
    row = cases.list_cases(desk, col, CaseQuery())[0]
    assert (row.account_ref, row.stage, row.lawyer) == ("OB-2024-0001", "EVIDENCE", "Laura Restrepo")
    assert (row.court, row.next_hearing_at, row.next_deadline) == (None, None, None)
    law_row = cases.list_cases(desk, law, CaseQuery())[0]
    assert law_row.court == "Juzgado 3 Civil Municipal" and law_row.next_hearing_at is not None
    start, end = dt.date(2027, 3, 1), dt.date(2027, 3, 31)
    assert agenda.agenda(desk, col, start, end) == []
    assert [e.kind for e in agenda.agenda(desk, law, start, end)] == ["hearing"]
    assert deadlines.list_deadlines(desk, col, dt.date(2020, 1, 1), dt.date(2030, 1, 1)) == []
    assert deadlines.inactivity_alerts(desk, col, dt.date(2030, 1, 1)) == []
