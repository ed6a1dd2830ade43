"""The docket's orders, read in index-ordered segments (`cases._segments`), page exactly like one full sort.

«priority» is DOMAIN.md §6's order; the others are the column headers. A lawyer's «Mis expedientes»
(their cases and the unaccepted handovers) is read as two branches merged per segment.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select, text

from legal_desk.db.models import Case, User
from legal_desk.domain.lifecycle import CLOSED_STAGES
from legal_desk.services import cases
from legal_desk.services.cases import CaseQuery
from legal_desk.services.intake import import_referrals
from legal_desk.services.users import actor_for

_OPEN = ["INTAKE", "EVIDENCE", "FILED", "INTAKE"]
_CLOSED = ["CLOSED_PAID", "REJECTED"]


def _portfolio(desk, tmp_path) -> int:  # type: ignore[no-untyped-def]
    """40 cases with a mix of stages, lawyers and limitation dates (some none, some on the same day)."""
    f = tmp_path / "entregas.csv"
    lines = [f"P-{i:03d};Deudor {i};CC;{52000000 + i};1000;2024-01-01" for i in range(40)]
    f.write_text(
        "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento\n"
        + "\n".join(lines)
        + "\n",
        "utf-8",
    )
    assert import_referrals(desk, actor_for(desk, "cobranza"), f).accepted == 40
    with desk.reading() as s:
        lawyer = s.execute(select(User.id).where(User.username == "abogada")).scalar_one()
        ids = list(s.execute(select(Case.id).order_by(Case.id)).scalars())
    rnd = random.Random(7)
    with desk.engine.begin() as conn:
        for i, cid in enumerate(ids):
            stage = rnd.choice(_OPEN + _CLOSED)
            limitation = None if i % 5 == 0 else dt.date(2026, 1, 1) + dt.timedelta(days=rnd.randrange(6))
            owner = lawyer if i % 3 else None
            deadline = None if i % 4 == 1 else dt.date(2026, 2, 1) + dt.timedelta(days=rnd.randrange(4))
            conn.execute(
                text(
                    "UPDATE cases SET stage = :st, limitation_date = :lim, lawyer_id = :law, "
                    "next_deadline = :nd, capital = :cap WHERE id = :id"
                ),
                {"st": stage, "lim": limitation, "law": owner, "nd": deadline, "cap": 1000 * rnd.randrange(1, 5),
                 "id": cid},
            )
    return lawyer


def _key(order: str):  # type: ignore[no-untyped-def]
    """Each order as a Python sort key over the stored row (what one full ORDER BY gives)."""
    closed = {st.value for st in CLOSED_STAGES}
    last = dt.date.max
    return {
        "id": lambda r: r.id,
        "-id": lambda r: -r.id,
        "priority": lambda r: (r.stage in closed, r.limitation_date is None, r.limitation_date or last, r.id),
        "limitation": lambda r: (r.limitation_date is None, r.limitation_date or last, r.id),
        "capital": lambda r: (r.capital, r.id),
        "-capital": lambda r: (-r.capital, -r.id),
        "debtor": lambda r: (r.debtor_sort, r.id),
        "stage": lambda r: (r.stage, r.id),
        "next_deadline": lambda r: (r.next_deadline is None, r.next_deadline or last, r.id),
        "account_ref": lambda r: r.account_ref,
    }[order]


def _expected(desk, keep, order: str = "priority") -> list[int]:  # type: ignore[no-untyped-def]
    """The order by one full sort in Python over the cases `keep` selects."""
    with desk.reading() as s:
        rows = s.execute(
            select(
                Case.id, Case.stage, Case.limitation_date, Case.lawyer_id, Case.capital, Case.next_deadline,
                Case.debtor_sort, Case.account_ref,
            )
        ).all()
    return [r.id for r in sorted((r for r in rows if keep(r)), key=_key(order))]


def _pages(desk, actor, query: CaseQuery, size: int) -> list[list[int]]:  # type: ignore[no-untyped-def]
    out = []
    for offset in range(0, 45, size):
        q = CaseQuery(**{**query.__dict__, "limit": size, "offset": offset})
        out.append([r.case_id for r in cases.list_cases(desk, actor, q)])
    return out


def test_every_order_pages_like_one_full_sort(desk, tmp_path):
    lawyer_id = _portfolio(desk, tmp_path)
    admin, law = actor_for(desk, "admin"), actor_for(desk, "abogada")
    def is_mine(r) -> bool:  # type: ignore[no-untyped-def]
        return r.lawyer_id == lawyer_id or (r.lawyer_id is None and r.stage == "INTAKE")

    for order in cases._ORDERS:
        everything = _expected(desk, lambda r: True, order)
        mine = _expected(desk, is_mine, order)
        assert 10 < len(mine) < 40  # both branches of «Mis expedientes» take part
        for size in (3, 7, 40):
            chunks = [everything[i : i + size] for i in range(0, 45, size)]
            assert _pages(desk, admin, CaseQuery(order=order), size) == chunks, order
            mine_chunks = [mine[i : i + size] for i in range(0, 45, size)]
            query = CaseQuery(order=order, lawyer_id=lawyer_id, with_unclaimed=True)
            assert _pages(desk, law, query, size) == mine_chunks, order


def test_priority_with_a_stage_filter_and_search(desk, tmp_path):
    _portfolio(desk, tmp_path)
    admin = actor_for(desk, "admin")
    intake = _expected(desk, lambda r: r.stage == "INTAKE")
    assert [r.case_id for r in cases.list_cases(desk, admin, CaseQuery(order="priority", stage="INTAKE"))] == intake
    found = cases.list_cases(desk, admin, CaseQuery(order="priority", search="Deudor 17"))
    assert [r.account_ref for r in found] == ["P-017"]
