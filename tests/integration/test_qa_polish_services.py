"""QA polish round (services): the bulk import checks the creditor by its own country's tax ID."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from legal_desk.db.models import Client
from legal_desk.services.desk import Desk
from legal_desk.services.errors import ValidationFailed
from legal_desk.services.intake import import_referrals
from legal_desk.services.users import actor_for

HEADER = "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento;jurisdiccion\n"


def test_import_checks_a_spanish_creditor_as_nif_not_as_a_colombian_nit(sqlite_desk: Desk, tmp_path: Path) -> None:
    """A Madrid file with its creditor's NIF B12345674 was refused as «NIT inválido»."""
    f = tmp_path / "entregas_es.csv"
    f.write_text(HEADER + "ES-1;María García López;DNI;12345678Z;12500;2024-02-29;ES\n", "utf-8")
    col = actor_for(sqlite_desk, "cobranza")
    dry = import_referrals(
        sqlite_desk, col, f, dry_run=True, client_name="Banco Ibérico SA", client_id_number="B12345674"
    )
    assert dry.accepted == 1
    report = import_referrals(sqlite_desk, col, f, client_name="Banco Ibérico SA", client_id_number="B12345674")
    assert report.accepted == 1 and report.errors == []
    with sqlite_desk.reading() as s:
        client = s.execute(select(Client)).scalar_one()
        assert (client.id_type, client.id_number) == ("NIF", "B12345674")


def test_import_refuses_a_bad_creditor_id_by_its_jurisdiction_even_on_a_dry_run(
    sqlite_desk: Desk, tmp_path: Path
) -> None:
    f = tmp_path / "entregas_ar.csv"
    f.write_text(HEADER + "AR-1;Juan Pérez;DNI;30123456;900000;2024-02-29;AR\n", "utf-8")
    col = actor_for(sqlite_desk, "cobranza")
    for dry_run in (True, False):
        with pytest.raises(ValidationFailed, match="Acreedor \\(CUIT\\)"):
            import_referrals(sqlite_desk, col, f, dry_run=dry_run, client_name="Banco", client_id_number="123")
    # a Colombian file still checks the NIT (with its check digit)
    g = tmp_path / "entregas_co.csv"
    g.write_text(HEADER + "CO-1;Ana Ruiz;CC;52000001;900000;2024-02-29;CO\n", "utf-8")
    assert import_referrals(sqlite_desk, col, g, client_name="Banco", client_id_number="900123456-8").accepted == 1
