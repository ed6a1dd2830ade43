"""A large first load builds the cases' indexes once at the end (SQLite); the result is the same desk."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from legal_desk.services import cases, intake
from legal_desk.services.cases import CaseQuery, DebtInput, HandoverInput, PartyInput
from legal_desk.services.errors import Cancelled
from legal_desk.services.intake import import_referrals
from legal_desk.services.users import actor_for

HEADER = "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento"


def _file(path, n, prefix="L"):
    lines = [HEADER] + [
        f"{prefix}-{i};Deudora Peña {i};CC;{1000000 + i};1.000,{i % 100:02d};15/06/2024" for i in range(n)
    ]
    lines.append(f"{prefix}-0;Repetida;CC;1234567;10,00;2024-01-01")  # in-file duplicate: reported, not imported
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _indexes(desk):
    """The cases' index definitions as the database holds them."""
    with desk.engine.connect() as conn:
        if desk.dialect == "sqlite":
            rows = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='cases'"))
        else:
            rows = conn.execute(text("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'cases'"))
        return sorted((r[0], r[1]) for r in rows)


def _uses_index(desk, sql):
    with desk.engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
    return plan


def _spy(monkeypatch):
    calls: list[str] = []
    real_defer, real_rebuild = intake.defer_indexes, intake.rebuild_indexes
    monkeypatch.setattr(intake, "defer_indexes", lambda s, t: calls.append("defer") or real_defer(s, t))
    monkeypatch.setattr(
        intake, "rebuild_indexes", lambda s, sql: calls.append(f"rebuild {len(sql)}") or real_rebuild(s, sql)
    )
    return calls


def test_large_first_load_rebuilds_the_same_indexes(desk, tmp_path, monkeypatch):
    monkeypatch.setattr(intake, "_LARGE_LOAD", 100)
    calls = _spy(monkeypatch)
    before = _indexes(desk)
    admin = actor_for(desk, "admin")
    report = import_referrals(desk, admin, _file(tmp_path / "big.csv", 2500), background=False)
    assert report.accepted == 2500 and report.rejected == 1
    assert _indexes(desk) == before  # every index back, defined exactly as before
    if desk.dialect == "sqlite":
        assert calls == ["defer", "rebuild 4"]  # the four plain secondary indexes of cases
        plan = _uses_index(desk, "SELECT id FROM cases ORDER BY debtor_sort, id LIMIT 5")
        assert "ix_cases_debtor_sort_id" in plan  # built and used
        with desk.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    else:
        assert calls == ["defer"]  # PostgreSQL: nothing dropped (DROP INDEX would lock out the team's readers)
    q = cases.list_cases(desk, admin, CaseQuery(search="pena 1000007", limit=10))
    assert [r.account_ref for r in q] == ["L-7"]
    first = cases.list_cases(desk, admin, CaseQuery(limit=3, order="debtor"))
    assert [r.debtor_name for r in first] == ["Deudora Peña 0", "Deudora Peña 1", "Deudora Peña 10"]


def test_small_load_into_a_bigger_desk_keeps_the_indexes(desk, tmp_path, monkeypatch):
    monkeypatch.setattr(intake, "_LARGE_LOAD", 100)
    admin = actor_for(desk, "admin")
    import_referrals(desk, admin, _file(tmp_path / "first.csv", 600, "A"), background=False)
    calls = _spy(monkeypatch)
    report = import_referrals(desk, admin, _file(tmp_path / "second.csv", 300, "B"), background=False)
    assert report.accepted == 300
    assert calls == []  # 300 rows into a desk of 600 cases: indexes kept up to date row by row


def test_cancel_or_failure_leaves_indexes_and_cases_as_they_were(desk, tmp_path, monkeypatch):
    monkeypatch.setattr(intake, "_LARGE_LOAD", 100)
    admin = actor_for(desk, "admin")
    cases.hand_over_case(
        desk,
        admin,
        HandoverInput(
            "X-1", PartyInput("Ya Entregada", "CC", "52000111"), DebtInput(capital="100", due_date=dt.date(2024, 1, 1))
        ),
    )
    before = _indexes(desk)
    seen: list[int] = []
    with pytest.raises(Cancelled):
        import_referrals(
            desk,
            admin,
            _file(tmp_path / "big.csv", 2500),
            background=False,
            progress=lambda _s, done, _t: seen.append(done),
            cancelled=lambda: len(seen) >= 2,  # after the first chunk was written without the indexes
        )
    assert _indexes(desk) == before
    assert cases.count_cases(desk, admin, CaseQuery()) == 1

    if desk.dialect != "sqlite":
        return  # nothing is dropped on PostgreSQL, so there is no rebuild to fail

    def broken(s, sql):
        raise RuntimeError("disco lleno")

    monkeypatch.setattr(intake, "rebuild_indexes", broken)
    with pytest.raises(Exception, match="disco lleno"):
        import_referrals(desk, admin, _file(tmp_path / "big.csv", 2500), background=False)
    assert _indexes(desk) == before
    assert cases.count_cases(desk, admin, CaseQuery()) == 1
