"""The firm's own SMLMV and Pequeñas Causas cities, on SQLite and PostgreSQL: precedence over the
program's CO.json, survival of a program update that replaces that file, backup and restore, the CLI."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

import legal_desk.domain.calendar as calendar_module
from legal_desk.cli import main
from legal_desk.documents.context import build_context
from legal_desk.paths import resources_dir
from legal_desk.services import documents, legal_data
from legal_desk.services.backup import backup, restore
from legal_desk.services.errors import PermissionDenied, ValidationFailed
from legal_desk.services.users import actor_for
from tests.integration.test_services_legal import handover


@pytest.fixture(autouse=True)
def _fresh_jurisdiction_data():
    """The jurisdiction files are cached once read: a test's «updated program» must not outlive it."""
    calendar_module.jurisdiction_data.cache_clear()
    yield
    calendar_module.jurisdiction_data.cache_clear()


def _program_update(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, change) -> None:
    """Install a «new version» of the program whose CO.json differs (an update overwrites the file)."""
    folder = tmp_path / "program" / "resources"
    shutil.copytree(resources_dir(), folder, dirs_exist_ok=True)
    path = folder / "jurisdictions" / "CO.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(calendar_module, "resources_dir", lambda: folder)
    calendar_module.jurisdiction_data.cache_clear()


def _cuantia(desk, ref: str, year_of_cut_off: int | None = None) -> dict:
    import datetime as dt

    law = actor_for(desk, "admin")
    today = dt.date(year_of_cut_off or 2026, 2, 2)
    return build_context(documents.case_document_data(desk, law, ref, today=today))


def test_the_firm_values_win_over_the_program_and_survive_its_update(desk, tmp_path, monkeypatch):
    """SMLMV 2027 set by the firm at 1.850.000 (the program has none yet): a claim of 70.000.000 is
    37,84 SMLMV, mínima cuantía, instead of no cuantía at all. The firm's 2026 value of 1.800.000 wins
    over the program's 1.750.905. Pereira (added) gets Pequeñas Causas; Cali (removed) does not.

    Then the program is updated: its CO.json now brings 2027 at 1.900.000 and Tunja as a new city,
    and still lists Cali. The firm's 2027, its Pereira and its removal of Cali stay; Tunja comes in.
    """
    admin = actor_for(desk, "admin")
    legal_data.set_minimum_wage(desk, admin, 2027, "1.850.000")
    legal_data.set_minimum_wage(desk, admin, "2026", "1800000")
    legal_data.add_small_claims_city(desk, admin, "Pereira")
    legal_data.remove_small_claims_city(desk, admin, "cali")
    with desk.reading() as s:
        wages = legal_data.minimum_wages(s)
        assert (wages[2027], wages[2026], wages[2025]) == (Decimal("1850000"), Decimal("1800000"), Decimal("1423500"))
        cities = legal_data.small_claims_cities(s)
    assert "Pereira" in cities and "Cali" not in cities and "Medellín" in cities
    rows = {r.year: r for r in legal_data.wage_rows(desk)}
    assert (rows[2026].source, rows[2026].packaged, rows[2025].source) == ("firm", Decimal("1750905"), "packaged")

    for ref, city in (("PE-1", "Pereira"), ("CA-1", "Cali"), ("TU-1", "Tunja")):
        handover(desk, ref, capital="70.000.000,00")
        from legal_desk.services.cases import CaseUpdate, update_case

        update_case(desk, admin, ref, CaseUpdate(city=city))
    pereira = _cuantia(desk, "PE-1", 2027)
    assert (pereira["cuantia"], pereira["cuantia_smlmv"], pereira["cuantia_smlmv_fmt"]) == (
        "mínima", "37,84", "$ 1.850.000,00"
    )
    assert pereira["cuantia_office"] == "Juzgado de Pequeñas Causas y Competencia Múltiple"
    assert _cuantia(desk, "CA-1", 2027)["cuantia_office"] == "Juzgado Civil Municipal"
    assert _cuantia(desk, "CA-1", 2026)["cuantia_smlmv"] == "38,89"  # 70.000.000 / 1.800.000

    def newer(data: dict) -> None:
        data["minimum_wage"]["by_year"]["2027"] = "1900000"
        data["small_claims_courts"]["cities"].append("Tunja")

    _program_update(monkeypatch, tmp_path, newer)
    rows = {r.year: r for r in legal_data.wage_rows(desk)}
    assert (rows[2027].amount, rows[2027].source) == (Decimal("1850000"), "firm")
    assert rows[2027].packaged == Decimal("1900000")  # the update's value is shown beside the firm's
    assert _cuantia(desk, "PE-1", 2027)["cuantia_office"] == "Juzgado de Pequeñas Causas y Competencia Múltiple"
    assert _cuantia(desk, "CA-1", 2027)["cuantia_office"] == "Juzgado Civil Municipal"
    assert _cuantia(desk, "TU-1", 2027)["cuantia_office"] == "Juzgado de Pequeñas Causas y Competencia Múltiple"
    # going back to the program's value takes the update's 2027; Cali back on the list
    legal_data.clear_minimum_wage(desk, admin, 2027)
    legal_data.add_small_claims_city(desk, admin, "Cali")
    assert _cuantia(desk, "PE-1", 2027)["cuantia_smlmv_fmt"] == "$ 1.900.000,00"
    assert _cuantia(desk, "CA-1", 2027)["cuantia_office"] == "Juzgado de Pequeñas Causas y Competencia Múltiple"


def test_only_an_admin_edits_and_bad_values_are_named(desk):
    admin, law = actor_for(desk, "admin"), actor_for(desk, "abogada")
    with pytest.raises(PermissionDenied):
        legal_data.set_minimum_wage(desk, law, 2027, "1850000")
    with pytest.raises(PermissionDenied):
        legal_data.add_small_claims_city(desk, law, "Pereira")
    with pytest.raises(ValidationFailed, match="entre 1990 y 2100, no «1900»"):
        legal_data.set_minimum_wage(desk, admin, 1900, "5")
    with pytest.raises(ValidationFailed, match="mayor que cero"):
        legal_data.set_minimum_wage(desk, admin, 2027, "0")
    with pytest.raises(ValidationFailed, match="«Bogotá» ya está en la lista"):
        legal_data.add_small_claims_city(desk, admin, "Bogotá")
    with pytest.raises(ValidationFailed, match="«Tunja» no está en la lista"):
        legal_data.remove_small_claims_city(desk, admin, "Tunja")
    with pytest.raises(ValidationFailed, match="no fijó un salario mínimo propio para 2026"):
        legal_data.clear_minimum_wage(desk, admin, 2026)


def test_the_firm_values_travel_with_a_backup(desk, tmp_path):
    admin = actor_for(desk, "admin")
    legal_data.set_minimum_wage(desk, admin, 2027, "1850000")
    legal_data.add_small_claims_city(desk, admin, "Pereira")
    legal_data.remove_small_claims_city(desk, admin, "Cali")
    backup(desk, admin, tmp_path / "copia.zip")
    legal_data.clear_minimum_wage(desk, admin, 2027)
    legal_data.remove_small_claims_city(desk, admin, "Pereira")
    legal_data.add_small_claims_city(desk, admin, "Cali")
    restore(desk, admin, tmp_path / "copia.zip", replace=True)
    with desk.reading() as s:
        assert legal_data.minimum_wages(s)[2027] == Decimal("1850000")
        cities = legal_data.small_claims_cities(s)
    assert "Pereira" in cities and "Cali" not in cities


def test_cli_legal_data(sqlite_desk, capsys):
    base = ["--db", sqlite_desk.config.db_url, "--store", str(sqlite_desk.config.store_root)]
    assert main([*base, "--json", "legal-data", "wage", "set", "2027", "1.850.000"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["minimum_wage"][0] == {"year": 2027, "amount": "1850000.00", "source": "firm", "packaged": None}
    assert main([*base, "legal-data", "city", "add", "Pereira"]) == 0
    assert "Pereira  del despacho" in capsys.readouterr().out
    assert main([*base, "--json", "legal-data", "city", "remove", "Cali"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"city": "Cali", "source": "packaged", "active": False} in out["small_claims_courts"]
    assert main([*base, "--user", "abogada", "legal-data", "wage", "set", "2028", "2000000"]) == 1
    assert "no puede cambiar la configuración" in capsys.readouterr().err
    assert main([*base, "legal-data", "show"]) == 0
    assert "2027      $ 1.850.000,00  del despacho" in capsys.readouterr().out


def test_two_admins_editing_at_once_keep_both_changes(desk):
    """Each edit reads and rewrites the firm's list in one transaction: neither undoes the other."""
    import threading

    admin = actor_for(desk, "admin")
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def add(city: str) -> None:
        try:
            start.wait(30)
            legal_data.add_small_claims_city(desk, admin, city)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(c,)) for c in ("Tunja", "Neiva", "Yopal", "Mocoa")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    firm = {r.city for r in legal_data.city_rows(desk) if r.source == "firm"}
    assert {"Tunja", "Neiva", "Yopal", "Mocoa"} <= firm
