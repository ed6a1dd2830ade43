"""Demo portfolio: deterministic, valid identities, plausible figures and dates, fast."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from decimal import Decimal

import holidays
import pytest
from pypdf import PdfReader

from legal_desk.demo import CREDITORS, EVIDENCE_KEYS, STAGES, DemoLawyer, evidence_pdf, generate_portfolio
from legal_desk.domain.ids import normalize_id

TODAY = dt.date(2025, 7, 1)


@pytest.fixture(scope="module")
def cases() -> list:
    """Two thousand cases as of TODAY."""
    return list(generate_portfolio(2000, seed=7, today=TODAY))


def test_same_seed_same_cases_and_prefix_independent_of_n(cases: list) -> None:
    assert list(generate_portfolio(50, seed=7, today=TODAY)) == cases[:50]
    other = list(generate_portfolio(50, seed=8, today=TODAY))
    assert other != cases[:50]


def test_account_refs_and_debtor_ids_are_unique(cases: list) -> None:
    assert len({c.account_ref for c in cases}) == len(cases)
    assert cases[0].account_ref.startswith("OB-") and len(cases[0].account_ref) == len("OB-2024-000001")
    people = [(p.id_type, p.id_number) for c in cases for p in (c.debtor, *c.guarantors)]
    assert len(set(people)) == len(people)


def test_identities_are_valid(cases: list) -> None:
    for c in cases:
        for party in (c.debtor, *c.guarantors):
            assert normalize_id(party.id_type, party.id_number) == party.id_number
            assert party.phone.startswith("+57 3")
            assert "@" in party.email and "#" in party.address
    for creditor in CREDITORS:
        assert normalize_id("NIT", creditor.nit) == creditor.nit
    assert any(c.debtor.is_company and c.debtor.id_type == "NIT" for c in cases)
    assert any("ñ" in c.debtor.name.lower() or "ñ" in c.debtor.name for c in cases)


def test_amounts_and_dates_are_plausible(cases: list) -> None:
    four_years_ago = dt.date(2021, 7, 1)
    for c in cases:
        assert Decimal("1000000") <= c.debt.capital <= Decimal("250000000")
        assert c.debt.capital == c.debt.capital.quantize(Decimal("0.01"))
        assert four_years_ago <= c.debt.due_date <= TODAY
        assert c.debt.issue_date < c.debt.due_date
        dates = [h.on for h in c.history]
        assert dates == sorted(dates) and dates[-1] <= TODAY
        assert c.history[0].stage == "PRE_LEGAL" and c.history[-1].stage == c.stage
        for p in c.payments:
            assert p.amount > 0 and p.on <= TODAY
    capitals = sorted(c.debt.capital for c in cases)
    median = capitals[len(capitals) // 2]
    assert Decimal("4000000") < median < Decimal("15000000")
    titles = Counter(c.debt.title_type for c in cases)
    assert titles.most_common(1)[0][0] == "pagare"


def test_stages_spread_along_the_lifecycle(cases: list) -> None:
    seen = Counter(c.stage for c in cases)
    assert set(seen) <= set(STAGES)
    assert len(seen) >= 20
    assert max(seen.values()) < 0.15 * len(cases)


def test_filed_cases_have_court_and_radicado(cases: list) -> None:
    filed = [c for c in cases if c.stage in ("FILED", "PAYMENT_ORDER_ISSUED", "EXECUTION", "LIQUIDATION")]
    assert filed
    for c in filed:
        assert c.court and c.court.startswith("Juzgado ")
        assert c.radicado and len(c.radicado) == 23 and c.radicado.isdigit()
        assert c.radicado[12:16] == str(c.filed_on.year)
    bogota = next(c for c in filed if c.court.endswith("de Bogotá"))
    assert bogota.radicado.startswith("11001")
    assert all(c.court is None for c in cases if c.stage in ("PRE_LEGAL", "INTAKE", "EVIDENCE"))


def test_contacts_respect_hours_and_one_channel_a_week(cases: list) -> None:
    closed = holidays.country_holidays("CO", years=range(2020, 2027))
    for c in cases:
        weeks = set()
        for contact in c.contacts:
            local = contact.at
            assert local.tzinfo is not None and local.weekday() != 6 and local.date() not in closed
            limit = (8, 15) if local.weekday() == 5 else (7, 19)
            assert limit[0] <= local.hour < limit[1]
            assert contact.channel in c.debtor.authorised_channels
            week = local.isocalendar()[:2]
            assert week not in weeks
            weeks.add(week)


def test_stage_specific_records(cases: list) -> None:
    for c in cases:
        if c.stage == "HEARING_SCHEDULED":
            assert c.hearings and c.hearings[0].at.date() > TODAY and c.hearings[0].outcome is None
        if c.stage == "SETTLEMENT_ACTIVE":
            assert c.previous_stage and any(o.status == "accepted" for o in c.settlement_offers)
        if c.stage == "CLOSED_SETTLED":
            accepted = next(o for o in c.settlement_offers if o.status == "accepted")
            assert sum(p.amount for p in c.payments) == accepted.amount
        if c.stage == "CLOSED_PAID":
            assert sum(p.amount for p in c.payments) > c.debt.capital
        for notice in c.notices:
            if notice.carrier == "4-72":
                assert notice.tracking.startswith("RA") and notice.tracking.endswith("CO")
        for ev in c.evidence:
            assert ev.key in EVIDENCE_KEYS
    assert any(e.status == "registered" for c in cases if c.stage == "EXECUTION" for e in c.embargoes)


LAWYER = DemoLawyer(
    "Juan Pablo Castaño Ruiz", "80.245.667", "204.331 del C. S. de la J.", "Carrera 7 # 71-21, Bogotá D.C."
)


def _text(data: bytes) -> str:
    """The page's text, one space between words (lines of a scanned page may break anywhere)."""
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def _money(amount: Decimal) -> str:
    whole, cents = f"{amount:,.2f}".split(".")
    return f"$ {whole.replace(',', '.')},{cents}"


def _long(day: dt.date) -> str:
    months = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre")
    return f"{day.day} de {months[day.month - 1]} de {day.year}"


def _dotted(number: str) -> str:
    main, dash, check = number.partition("-")
    return f"{int(main):,}".replace(",", ".") + dash + check


def test_every_evidence_pdf_agrees_with_its_case(cases: list) -> None:
    """A demo case's files name its own creditor, debtor, obligation, amounts, dates, notices and lawyer.

    They used to be six fixed PDFs shared by every case: a case of Financiera Altamar carried a pagaré of
    «BANCO CORDILLERA» signed by another debtor and a liquidation of obligation OB-2024-000101.
    """
    seen: set[str] = set()
    for c in cases[:260]:
        for ev in c.evidence:
            data = evidence_pdf(c, ev, LAWYER)
            assert data == evidence_pdf(c, ev, LAWYER), ev.key  # same case, same bytes
            assert data.startswith(b"%PDF-") and len(data) < 4096, (ev.key, len(data))  # one disk block
            text = _text(data)
            seen.add(ev.key)
            creditor, debtor, debt = c.creditor, c.debtor, c.debt
            own = " ".join((c.account_ref, debt.title_number, *(f"{p.name.upper()} {_dotted(p.id_number)}"
                                                                   for p in (debtor, *c.guarantors))))
            for fixed in ("OB-2024-000101", "PG-778812", "GÓMEZ ÑAÑEZ", "52.987.654"):  # the old shared files
                assert fixed not in text.upper() or fixed in own, (c.account_ref, ev.key, fixed)
            for other in CREDITORS:  # no other creditor's name on the case's papers
                if other != creditor:
                    assert other.name.upper() not in text.upper(), (c.account_ref, ev.key, other.name)
            if ev.kind == "creditor_certificate":
                assert creditor.name.upper() in text and _dotted(creditor.nit) in text
                assert creditor.legal_representative in text and _long(ev.on) in text
                continue
            assert debtor.name.upper() in text.upper(), (c.account_ref, ev.key)
            if ev.kind == "title":
                assert debt.title_number in text and _money(debt.capital) in text
                assert _dotted(debtor.id_number) in text and creditor.name.upper() in text.upper()
                assert _long(debt.due_date) in text or f"{debt.due_date:%d/%m/%Y}" in text
                if debt.title_type != "factura":
                    assert all(g.name in text for g in c.guarantors), (c.account_ref, ev.key)
            elif ev.kind == "power_of_attorney":
                assert c.account_ref in text and debt.title_number in text and _money(debt.capital) in text
                assert creditor.legal_representative.upper() in text and LAWYER.name.upper() in text
                assert LAWYER.card in text
            elif ev.kind == "liquidation":
                assert c.account_ref in text and _money(debt.capital) in text and _long(ev.on) in text
            elif ev.kind == "delivery_certificate":
                notice = next(n for n in c.notices if n.proof_key == ev.key)
                assert notice.carrier and notice.carrier in text and notice.tracking in text
                assert " ".join(notice.recipient.split()) in text
                assert f"{notice.sent:%d/%m/%Y}" in text and f"{notice.delivered:%d/%m/%Y}" in text
                assert ev.on == notice.delivered
                if notice.kind == "demand_letter":
                    assert c.account_ref in text and "requerimiento" in text
                else:
                    assert ("291" in text) == (notice.kind == "summons_291") and c.radicado in text
            elif ev.kind == "payment_agreement":
                assert c.agreement is not None and c.account_ref in text
                assert _money(c.agreement.total) in text and _long(c.agreement.signed_on) in text
                assert all(_money(amount) in text for _due, amount, _paid in c.agreement.instalments)
            else:
                raise AssertionError(ev.kind)
    assert seen == set(EVIDENCE_KEYS)


def test_each_notice_with_proof_has_its_own_certificate(cases: list) -> None:
    """The citación (art. 291) and the aviso (art. 292) used to point at the demand letter's certificate."""
    for c in cases:
        keys = [ev.key for ev in c.evidence]
        assert len(keys) == len(set(keys)), c.account_ref
        proofs = [n.proof_key for n in c.notices if n.proof_key]
        assert len(proofs) == len(set(proofs)) and set(proofs) <= set(keys), c.account_ref


def test_ten_thousand_cases_have_unique_references() -> None:
    refs = [c.account_ref for c in generate_portfolio(10_000, seed=1, today=TODAY)]
    assert len(refs) == len(set(refs)) == 10_000


def test_contact_log_and_reasons_agree_with_the_case(cases: list) -> None:
    """The first things a user reads in a demo case do not contradict its files.

    A visit «el deudor ya no reside en la dirección» sat beside a demand letter handed to the debtor at that
    very address; a citación (art. 291) was delivered where the carrier had just brought the letter back from;
    a company debtor was written off as «fallecido»; a factura was returned for lack of «título original
    (pagaré)»; a WhatsApp said the debtor sent proof of a partial payment the case never received.
    """
    wrong_address = {"Dirección inexistente", "El deudor ya no reside en la dirección",
                     "Carta devuelta: dirección errada"}
    for c in cases:
        outcomes = {ct.outcome for ct in c.contacts}
        if any(n.channel == "courier" and n.delivered for n in c.notices):
            assert not outcomes & wrong_address, c.account_ref
        if any(n.kind == "demand_letter" and n.returned for n in c.notices):
            assert not any(n.kind in ("summons_291", "notice_292") for n in c.notices), c.account_ref
        if "Envía soporte de pago parcial" in outcomes:
            assert c.payments, c.account_ref
        reasons = " ".join(h.reason for h in c.history)
        if c.debtor.is_company:
            assert "fallecido" not in reasons, c.account_ref
        if c.debt.title_type != "pagare":
            assert "(pagaré)" not in reasons, c.account_ref
        if c.debt.title_type == "factura":
            assert "original" not in reasons, c.account_ref
