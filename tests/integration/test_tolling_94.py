"""CGP art. 94 on SQLite and PostgreSQL: filing the lawsuit interrupts the limitation provided the debtor is
served within one year from the day after the creditor is notified of the payment order.

Worked example (CO calendar): pagaré due Tue 01/09/2023 → prescribes Tue 01/09/2026; lawsuit filed Mon
06/10/2025; payment order notified to the creditor (por estado) Tue 04/11/2025 → serve the debtor by Wed
04/11/2026. The limitation watch, the docket's colouring and the case file used to flag it as prescribing
from March 2026 and as prescribed after 01/09/2026 although the filing had interrupted it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from legal_desk.db.models import Case
from legal_desk.domain.limitation import filing_tolling
from legal_desk.services import agenda as ag
from legal_desk.services import cases, deadlines
from legal_desk.services.cases import CaseQuery
from legal_desk.services.users import actor_for
from tests.integration.test_services_legal import assign, handover

DUE = dt.date(2023, 9, 1)  # prescribes Tue 01/09/2026
FILED = dt.date(2025, 10, 6)
NOTIFIED_CREDITOR = dt.date(2025, 11, 4)  # serve the debtor by Wed 04/11/2026
SERVE_BY = dt.date(2026, 11, 4)
TODAY = dt.date(2026, 11, 26)


def _filed(desk, ref, filed_on=FILED, due=DUE, stage="PAYMENT_ORDER_ISSUED"):
    handover(desk, ref, due=due)
    assign(desk, ref)
    with desk.uow() as uow:
        c = uow.session.execute(select(Case).where(Case.account_ref == ref)).scalar_one()
        c.stage, c.filed_on, c.radicado = stage, filed_on, f"1100140030122025{ref[-5:]}"
        uow.commit()


def _watched(desk, today, days=180):
    return {r.account_ref: r for r in ag.limitation_watch(desk, actor_for(desk, "admin"), today, days)}


def test_filing_interrupts_the_limitation_until_the_art_94_year_runs_out(desk):
    law = actor_for(desk, "abogada")
    _filed(desk, "OB-00001")
    cf = cases.get_case_file(desk, law, "OB-00001", today=dt.date(2026, 8, 1))
    assert cf.limitation_date == dt.date(2026, 9, 1)
    # Before the creditor is notified of the payment order the year has not started: interrupted, pending.
    assert "OB-00001" not in _watched(desk, dt.date(2026, 8, 1))
    assert cf.limitation_tolling.state == "pending" and not cf.limitation_tolling.alerts
    assert cf.to_json()["limitation_note"] == (
        "Interrumpida por la demanda radicada el 06/10/2025 (art. 94 CGP), sujeta a notificar al deudor dentro "
        "del año siguiente a la notificación por estado del mandamiento de pago"
    )

    info = deadlines.record_event(desk, law, "OB-00001", "PAYMENT_ORDER_NOTIFIED_CREDITOR", NOTIFIED_CREDITOR)
    assert [(d.rule_code, d.due) for d in info.deadlines if d.rule_code == "SERVE_DEBTOR"] == [
        ("SERVE_DEBTOR", SERVE_BY)
    ]
    # Past the limitation date but within the art. 94 year: still interrupted, not alerted.
    assert "OB-00001" not in _watched(desk, dt.date(2026, 10, 1))
    cf = cases.get_case_file(desk, law, "OB-00001", today=dt.date(2026, 10, 1))
    assert cf.to_json()["limitation_note"] == (
        "Interrumpida por la demanda radicada el 06/10/2025 (art. 94 CGP), sujeta a notificar al deudor a más "
        "tardar el 04/11/2026"
    )
    # The year ran out without service: the filing did not interrupt it, alerted by its limitation date.
    row = _watched(desk, TODAY)["OB-00001"]
    assert (row.alert, row.days_left, row.tolling.state) == (0, -86, "lapsed")
    assert row.note == (
        "La demanda radicada el 06/10/2025 no la interrumpió: no se notificó dentro del año del art. 94 CGP "
        "(vencía el 04/11/2026)"
    )
    assert row.to_json()["tolling"] == "lapsed" and row.to_json()["serve_by"] == SERVE_BY

    # Served late, after the limitation date: the service came too late to interrupt it.
    deadlines.record_event(desk, law, "OB-00001", "DEBTOR_SERVED", dt.date(2026, 11, 20), today=TODAY)
    assert _watched(desk, TODAY)["OB-00001"].tolling.state == "lapsed"


def test_a_debtor_served_within_the_year_keeps_the_case_off_the_watch_and_the_docket_colours(desk):
    law = actor_for(desk, "abogada")
    _filed(desk, "OB-00002")
    deadlines.record_event(desk, law, "OB-00002", "PAYMENT_ORDER_NOTIFIED_CREDITOR", NOTIFIED_CREDITOR)
    deadlines.record_event(desk, law, "OB-00002", "DEBTOR_SERVED", dt.date(2026, 3, 10))
    assert "OB-00002" not in _watched(desk, TODAY)
    cf = cases.get_case_file(desk, law, "OB-00002", today=TODAY)
    assert cf.limitation_tolling.state == "served"
    assert cf.to_json()["limitation_note"] == (
        "Interrumpida por la demanda radicada el 06/10/2025 (art. 94 CGP); deudor notificado el 10/03/2026"
    )
    # The docket row carries the facts, so the model colours by them (ui.models.case_table).
    (row,) = cases.list_cases(desk, law, CaseQuery(search="OB-00002", order="priority"))
    assert row.filing is not None and row.filing.serve_by == SERVE_BY and row.filing.served_on == dt.date(2026, 3, 10)
    assert not filing_tolling(row.limitation_date, row.filing, TODAY).alerts


def test_a_case_filed_after_its_limitation_date_stays_flagged(desk):
    # due Mon 02/02/2023 → prescribes Mon 02/02/2026; filed a month later
    _filed(desk, "OB-00003", filed_on=dt.date(2026, 3, 2), due=dt.date(2023, 2, 2), stage="FILED")
    row = _watched(desk, TODAY)["OB-00003"]
    assert (row.limitation_date, row.alert, row.tolling.state) == (dt.date(2026, 2, 2), 0, "late_filing")
    assert row.note == "Demanda radicada el 02/03/2026, después de la fecha de prescripción: no la interrumpió"


def test_a_case_not_filed_alerts_as_before_and_a_rejected_lawsuit_interrupts_nothing(desk):
    handover(desk, "OB-00004", due=DUE)
    row = _watched(desk, TODAY)["OB-00004"]
    assert (row.alert, row.tolling.state, row.note) == (0, "none", "")
    _filed(desk, "OB-00005", stage="REJECTED")  # closed: off the watch; its file says nothing of art. 94
    cf = cases.get_case_file(desk, actor_for(desk, "abogada"), "OB-00005", today=TODAY)
    assert cf.limitation_tolling.state == "none" and cf.to_json()["limitation_note"] == ""
