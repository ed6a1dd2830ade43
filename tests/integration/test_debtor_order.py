"""The docket sorted by debtor: Spanish order, the same on SQLite and PostgreSQL, kept by every writer."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from decimal import Decimal

from sqlalchemy import text

from legal_desk.services import backup, cases
from legal_desk.services.cases import CaseQuery, DebtInput, HandoverInput, PartyInput
from legal_desk.services.intake import import_referrals
from legal_desk.services.users import actor_for

EXPECTED = ["Álvaro Ríos", "andrés Peña", "Bernal Gómez", "Nava Gil", "Ñañez Ruiz", "Óscar Núñez", "Zapata Díaz"]


def _debtors(desk) -> list[str]:
    rows = cases.list_cases(desk, actor_for(desk, "admin"), CaseQuery(order="debtor", limit=100))
    return [r.debtor_name for r in rows]


def test_debtor_order_is_spanish_for_handover_and_import(desk, tmp_path):
    col = actor_for(desk, "cobranza")
    for i, name in enumerate(["Zapata Díaz", "Óscar Núñez", "Álvaro Ríos"]):
        cases.hand_over_case(
            desk,
            col,
            HandoverInput(
                f"H-{i}", PartyInput(name, "CC", f"5200000{i}"), DebtInput(Decimal(1000), dt.date(2024, 1, 1))
            ),
        )
    f = tmp_path / "entregas.csv"
    rows = [
        f"I-{i};{n};CC;6200000{i};1000;2024-01-01"
        for i, n in enumerate(["andrés Peña", "Ñañez Ruiz", "Nava Gil", "Bernal Gómez"])
    ]
    f.write_text(
        "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento\n"
        + "\n".join(rows)
        + "\n",
        "utf-8",
    )
    assert import_referrals(desk, col, f).accepted == 4
    # before: SQLite put «andrés», «Álvaro», «Ñañez», «Óscar» after «Zapata»; a Spanish PostgreSQL server did not
    assert _debtors(desk) == EXPECTED


def test_renaming_the_debtor_moves_the_case(desk):
    col, para = actor_for(desk, "cobranza"), actor_for(desk, "dependiente")
    for i, name in enumerate(["Bernal Gómez", "Zapata Díaz"]):
        cases.hand_over_case(
            desk,
            col,
            HandoverInput(
                f"R-{i}", PartyInput(name, "CC", f"5300000{i}"), DebtInput(Decimal(1000), dt.date(2024, 1, 1))
            ),
        )
    cf = cases.get_case_file(desk, para, "R-1")
    cases.update_party(desk, para, cf.debtor.party_id, cases.PartyUpdate(name="Ángela Zapata"))
    assert _debtors(desk) == ["Ángela Zapata", "Bernal Gómez"]


def test_a_backup_from_before_the_sort_key_restores_in_order(desk, tmp_path):
    """A copy written before cases.debtor_sort existed has no such field: the restore derives it."""
    col = actor_for(desk, "cobranza")
    for i, name in enumerate(["Zapata Díaz", "Óscar Núñez", "Álvaro Ríos", "andrés Peña"]):
        cases.hand_over_case(
            desk,
            col,
            HandoverInput(
                f"B-{i}", PartyInput(name, "CC", f"5400000{i}"), DebtInput(Decimal(1000), dt.date(2024, 1, 1))
            ),
        )
    admin = actor_for(desk, "admin")
    new = tmp_path / "nueva.zip"
    backup.backup(desk, admin, new)
    old = tmp_path / "antigua.zip"
    with zipfile.ZipFile(new) as src, zipfile.ZipFile(old, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "tables/cases.jsonl":
                lines = [json.loads(x) for x in io.BytesIO(data)]
                assert all("debtor_sort" in x for x in lines)
                data = "".join(
                    json.dumps({k: v for k, v in x.items() if k != "debtor_sort"}) + "\n" for x in lines
                ).encode()
            if item.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["schema"] = "8d3b6a2e7f41"  # the revision before the sort key
                data = json.dumps(manifest).encode()
            dst.writestr(item, data)
    with desk.uow() as uow:
        uow.session.execute(text("UPDATE cases SET debtor_sort = ''"))
        uow.commit()
    backup.restore(desk, admin, old, replace=True)
    assert _debtors(desk) == ["Álvaro Ríos", "andrés Peña", "Óscar Núñez", "Zapata Díaz"]
