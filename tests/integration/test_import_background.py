"""A big file is read in a reader process: same report, same cases, same errors as reading in-process."""

from __future__ import annotations

import datetime as dt
import io
import pickle
import subprocess

import pytest

from legal_desk.importing import background
from legal_desk.importing.background import ReaderCrashed, referral_chunks
from legal_desk.importing.referrals import ReferralFileError
from legal_desk.services import cases
from legal_desk.services.cases import CaseQuery, DebtInput, HandoverInput, PartyInput
from legal_desk.services.errors import Cancelled, ValidationFailed
from legal_desk.services.intake import import_referrals
from legal_desk.services.users import actor_for
from tests.conftest import make_desk

HEADER = (
    "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento;"
    "nombre_codeudor;tipo_documento_codeudor;numero_documento_codeudor"
)


def _file(path, n=3500):
    """n rows over several chunks, with guarantors and (from 3,100 rows) bad rows and an in-file duplicate."""
    lines = [HEADER]
    for i in range(n):
        g = f"Codeudor Ñañez {i};CC;{3000000 + i}" if i % 3 == 0 else ";;"
        lines.append(f"B-{i};Deudora Peña {i};CC;{1000000 + i};1.250.000,{i % 100:02d};15/06/2024;{g}")
    if n < 3100:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path
    lines[1200] = "B-1198;Repetida;CC;1234567;10,00;2024-01-01;;;"  # line 1201 repeats line 1200
    lines[2000] = "B-1999;Sin fecha;CC;1234568;10,00;31/02/2024;;;"  # line 2001: impossible date
    lines[3001] = "B-3000;Sin capital;CC;1234569;;2024-01-01;;;"  # line 3002: capital missing
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _already_there(desk):
    cases.hand_over_case(
        desk,
        actor_for(desk, "admin"),
        HandoverInput(
            "B-7", PartyInput("Ya Entregada", "CC", "52000111"), DebtInput(capital="100", due_date=dt.date(2024, 1, 1))
        ),
    )


def _snapshot(desk):
    admin = actor_for(desk, "admin")
    rows = cases.list_cases(desk, admin, CaseQuery(search="nanez codeudor 2", limit=5000))
    return cases.count_cases(desk, admin, CaseQuery()), sorted(r.account_ref for r in rows)


@pytest.mark.parametrize("dry_run", [False, True])
def test_reader_process_matches_in_process(desk, tmp_path, request, dry_run):
    f = _file(tmp_path / "big.csv")
    (tmp_path / "other").mkdir()
    other = make_desk(desk.dialect, tmp_path / "other", request)
    _already_there(desk)
    _already_there(other)
    inline = import_referrals(desk, actor_for(desk, "admin"), f, dry_run=dry_run, background=False)
    piped = import_referrals(other, actor_for(other, "admin"), f, dry_run=dry_run, background=True)
    assert piped.accepted == inline.accepted == 3500 - 4
    assert piped.rejected == inline.rejected == 4
    assert piped.errors == inline.errors
    assert [e["line"] for e in piped.errors] == [9, 1201, 2001, 3002]  # line 9: B-7 was handed over before
    assert [(c["line"], c["account_ref"]) for c in piped.cases] == [(c["line"], c["account_ref"]) for c in inline.cases]
    assert piped.total_lines == inline.total_lines == 3500
    assert _snapshot(other) == _snapshot(desk)
    if not dry_run:
        assert _snapshot(other)[0] == 1 + 3496 and "B-2001" in _snapshot(other)[1]
    other.close()


def test_reader_process_reports_file_problems_like_in_process(desk, tmp_path):
    f = tmp_path / "sin_capital.csv"
    f.write_text("numero_obligacion;nombre_deudor;tipo_documento;numero_documento\nX-1;Ana;CC;123\n", "utf-8")
    admin = actor_for(desk, "admin")
    with pytest.raises(ValidationFailed) as inline:
        import_referrals(desk, admin, f, background=False)
    with pytest.raises(ValidationFailed) as piped:
        import_referrals(desk, admin, f, background=True)
    assert str(piped.value) == str(inline.value) and "capital" in str(piped.value)


def test_cancel_stops_the_reader_and_saves_nothing(desk, tmp_path, monkeypatch):
    f = _file(tmp_path / "big.csv", n=20000)
    started: list[subprocess.Popen] = []
    real_popen = subprocess.Popen

    def popen(*args, **kwargs):
        started.append(real_popen(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(background.subprocess, "Popen", popen)
    seen: list[int] = []
    with pytest.raises(Cancelled):
        import_referrals(
            desk,
            actor_for(desk, "admin"),
            f,
            background=True,
            progress=lambda _s, done, _t: seen.append(done),
            cancelled=lambda: bool(seen),
        )
    assert len(started) == 1 and started[0].poll() is not None  # the reader was stopped, not left running
    assert cases.count_cases(desk, actor_for(desk, "admin"), CaseQuery()) == 0


def test_size_decides_where_the_file_is_read(tmp_path, monkeypatch):
    small = _file(tmp_path / "small.csv", n=50)
    calls: list[list[str]] = []
    real_popen = subprocess.Popen
    monkeypatch.setattr(background.subprocess, "Popen", lambda args, **kw: calls.append(args) or real_popen(args, **kw))
    with referral_chunks(small) as (_info, chunks):
        assert sum(len(c.valid) for c in chunks) == 50
    assert calls == []
    monkeypatch.setattr(background, "BACKGROUND_MIN_BYTES", 10)
    with referral_chunks(small) as (_info, chunks):
        assert sum(len(c.valid) for c in chunks) == 50
    assert len(calls) == 1 and "legal_desk.importing.background" in calls[0]


def test_a_reader_that_dies_or_fails_is_an_error_not_a_hang():
    with pytest.raises(ReaderCrashed, match="terminó de forma inesperada"):
        background._receive(io.BytesIO(b""))
    with pytest.raises(ReaderCrashed, match="MemoryError"):
        background._receive(io.BytesIO(pickle.dumps(("crash", "MemoryError: "))))
    with pytest.raises(ReferralFileError, match="vacío"):
        background._receive(io.BytesIO(pickle.dumps(("file_error", "x.csv está vacío"))))


def test_no_reader_process_means_reading_in_process(desk, tmp_path, monkeypatch):
    def cannot_start(*_a, **_k):
        raise OSError("no interpreter")

    monkeypatch.setattr(background.subprocess, "Popen", cannot_start)
    rep = import_referrals(desk, actor_for(desk, "admin"), _file(tmp_path / "f.csv", n=40), background=True)
    assert rep.accepted == 40 and rep.rejected == 0
