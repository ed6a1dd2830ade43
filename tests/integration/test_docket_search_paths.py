"""A docket search gives the same cases in every order, however it reaches the database.

`search.search_clause` looks the matches up first and hands up to FEW_MATCHES (PostgreSQL:
FEW_MATCHES_PG) of them to the docket's queries as case ids (neither planner can estimate a prefix
search); more matches keep the FTS5 / tsquery subquery, on PostgreSQL not fenced off by OFFSET 0.
Both forms, on both databases, must page, filter and count exactly like a full sort in Python of the
cases whose words match.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from legal_desk.db import search
from legal_desk.db.models import Case
from legal_desk.services import cases
from legal_desk.services.cases import CaseQuery
from legal_desk.services.users import actor_for
from tests.integration.test_priority_docket import _expected, _pages, _portfolio

#: «deudor 1» matches the debtors named «Deudor 10» … «Deudor 19» (words are prefixes; one-letter words
#: are not indexed, so «Deudor 1» is not among them).
_MATCH = re.compile(r"Deudor 1\d")


@pytest.mark.parametrize("few", [search.FEW_MATCHES, 5, 0])
def test_search_pages_and_counts_alike_whichever_form(desk, tmp_path, monkeypatch, few):
    monkeypatch.setattr(search, "FEW_MATCHES", few)
    monkeypatch.setattr(search, "FEW_MATCHES_PG", few)
    lawyer_id = _portfolio(desk, tmp_path)
    admin, law = actor_for(desk, "admin"), actor_for(desk, "abogada")
    with desk.reading() as s:
        names = dict(s.execute(select(Case.id, Case.debtor_name)).all())
        clause = search.search_clause("deudor 1", s)
    as_ids = few >= 10
    assert isinstance(clause, search.CaseMatches) is not as_ids
    # Many matches: PostgreSQL's planner may walk the order's index and probe each case's words.
    assert as_ids or not clause.fenced

    def found(r) -> bool:  # type: ignore[no-untyped-def]
        return _MATCH.fullmatch(names[r.id]) is not None

    def mine(r) -> bool:  # type: ignore[no-untyped-def]
        return found(r) and (r.lawyer_id == lawyer_id or (r.lawyer_id is None and r.stage == "INTAKE"))

    for order in cases._ORDERS:
        everything, own = _expected(desk, found, order), _expected(desk, mine, order)
        assert len(everything) == 10 and 0 < len(own) < 10
        for size in (4, 40):
            pages = _pages(desk, admin, CaseQuery(order=order, search="deudor 1"), size)
            assert pages == [everything[i : i + size] for i in range(0, 45, size)], order
            query = CaseQuery(order=order, search="deudor 1", lawyer_id=lawyer_id, with_unclaimed=True)
            assert _pages(desk, law, query, size) == [own[i : i + size] for i in range(0, 45, size)], order
    assert cases.count_cases(desk, admin, CaseQuery(search="deudor 1")) == 10
    mis = CaseQuery(search="Deudor 1", lawyer_id=lawyer_id, with_unclaimed=True)
    assert cases.count_cases(desk, law, mis) == len(_expected(desk, mine))
    intake = CaseQuery(search="deudor 1", stage="INTAKE", order="priority")
    assert [r.case_id for r in cases.list_cases(desk, admin, intake)] == _expected(
        desk, lambda r: found(r) and r.stage == "INTAKE"
    )
    # No match at all: an empty page and a zero count, not every case.
    assert cases.list_cases(desk, admin, CaseQuery(search="zzzz")) == []
    assert cases.count_cases(desk, admin, CaseQuery(search="zzzz")) == 0


def test_one_cedula_in_mis_expedientes_reads_the_match_by_primary_key(sqlite_desk, tmp_path):
    """SQLite walked the lawyer's whole limitation index testing each case against the FTS5 matches
    (0.1–0.4 s at 1,000,000 cases for one cédula); given the few match ids it reads them by key."""
    from sqlalchemy import event

    lawyer_id = _portfolio(sqlite_desk, tmp_path)
    law = actor_for(sqlite_desk, "abogada")
    with sqlite_desk.reading() as s:
        cedula = s.execute(select(Case.debtor_id_number).where(Case.lawyer_id == lawyer_id)).scalars().first()
    statements: list[tuple[str, object]] = []

    def seen(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().startswith("SELECT") and "cases" in statement:
            statements.append((statement, params))

    event.listen(sqlite_desk.engine, "before_cursor_execute", seen)
    try:
        query = CaseQuery(order="priority", search=cedula, lawyer_id=lawyer_id, with_unclaimed=True)
        rows = cases.list_cases(sqlite_desk, law, query)
    finally:
        event.remove(sqlite_desk.engine, "before_cursor_execute", seen)
    assert [r.debtor_id_number for r in rows] == [cedula]
    plans = []
    with sqlite_desk.engine.connect() as conn:
        for statement, params in statements:
            plans += [r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)]
    cases_reads = [p for p in plans if p.startswith(("SEARCH cases", "SCAN cases"))]
    assert cases_reads and all("INTEGER PRIMARY KEY" in p for p in cases_reads), cases_reads
