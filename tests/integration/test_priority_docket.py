"""The «priority» docket (DOMAIN.md §6), read in index-ordered segments, pages exactly like one full sort."""

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
            conn.execute(
                text("UPDATE cases SET stage = :st, limitation_date = :lim, lawyer_id = :law WHERE id = :id"),
                {"st": stage, "lim": limitation, "law": owner, "id": cid},
            )
    return lawyer


def _expected(desk, keep) -> list[int]:  # type: ignore[no-untyped-def]
    """The priority order by one full sort in Python: open first, dated by date, undated, then closed."""
    closed = {st.value for st in CLOSED_STAGES}
    with desk.reading() as s:
        rows = s.execute(select(Case.id, Case.stage, Case.limitation_date, Case.lawyer_id)).all()
    wanted = [r for r in rows if keep(r)]
    wanted.sort(key=lambda r: (r.stage in closed, r.limitation_date is None, r.limitation_date or dt.date.min, r.id))
    return [r.id for r in wanted]


def _pages(desk, actor, query: CaseQuery, size: int) -> list[list[int]]:  # type: ignore[no-untyped-def]
    out = []
    for offset in range(0, 45, size):
        q = CaseQuery(**{**query.__dict__, "limit": size, "offset": offset})
        out.append([r.case_id for r in cases.list_cases(desk, actor, q)])
    return out


def test_priority_pages_match_one_full_sort(desk, tmp_path):
    lawyer_id = _portfolio(desk, tmp_path)
    admin, law = actor_for(desk, "admin"), actor_for(desk, "abogada")
    everything = _expected(desk, lambda r: True)
    mine = _expected(desk, lambda r: r.lawyer_id == lawyer_id or (r.lawyer_id is None and r.stage == "INTAKE"))
    assert 10 < len(mine) < 40  # both branches of «Mis expedientes» take part
    for size in (1, 3, 7, 40):
        chunks = [everything[i : i + size] for i in range(0, 45, size)]
        assert _pages(desk, admin, CaseQuery(order="priority"), size) == chunks
        mine_chunks = [mine[i : i + size] for i in range(0, 45, size)]
        query = CaseQuery(order="priority", lawyer_id=lawyer_id, with_unclaimed=True)
        assert _pages(desk, law, query, size) == mine_chunks


def test_priority_with_a_stage_filter_and_search(desk, tmp_path):
    _portfolio(desk, tmp_path)
    admin = actor_for(desk, "admin")
    intake = _expected(desk, lambda r: r.stage == "INTAKE")
    assert [r.case_id for r in cases.list_cases(desk, admin, CaseQuery(order="priority", stage="INTAKE"))] == intake
    found = cases.list_cases(desk, admin, CaseQuery(order="priority", search="Deudor 17"))
    assert [r.account_ref for r in found] == ["P-017"]
