"""Cases outside Colombia (Argentina, Mexico, Spain) end to end: money in the case's currency, no
Colombian rule applied silently where DOMAIN.md gives none for the country."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from legal_desk.cli import main
from legal_desk.config import Config
from legal_desk.services import cases
from legal_desk.services.cases import DebtInput, HandoverInput, PartyInput
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for

RATES = "desde,hasta,tasa_efectiva_anual\n2023-01-01,2026-12-31,\"12,00\"\n"


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """Run `legal-desk --db … --store … ARGS`; returns (exit code, stdout, stderr)."""
    db = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    store = str(tmp_path / "store")

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        rc = main(["--db", db, "--store", store, *args])
        out = capsys.readouterr()
        return rc, out.out, out.err

    run("db", "upgrade")
    run.db = db  # type: ignore[attr-defined]
    run.store = store  # type: ignore[attr-defined]
    run.tmp = tmp_path  # type: ignore[attr-defined]
    return run


def _hand_over(cli, ref: str, jurisdiction: str, capital: str, *, currency: str | None = None) -> None:
    desk = Desk.open(Config(db_url=cli.db, store_root=Path(cli.store)))
    try:
        cases.hand_over_case(
            desk,
            actor_for(desk, "admin"),
            HandoverInput(
                account_ref=ref,
                debtor=PartyInput("María García López", "PP", "XA1234567", address="Calle Mayor 1", city="Madrid"),
                debt=DebtInput(capital=Decimal(capital), due_date=dt.date(2024, 2, 29), currency=currency),
                jurisdiction=jurisdiction,
            ),
        )
    finally:
        desk.close()


def test_spanish_case_in_euros_in_the_cli(cli) -> None:
    """A Madrid case handed over without a currency is in euros, and the case file, the docket and the
    liquidation write «12.500,00 €», never Colombian pesos («$ 12.500,00»)."""
    _hand_over(cli, "ES-1", "ES", "12500")
    _hand_over(cli, "AR-1", "AR", "900000")
    _hand_over(cli, "MX-1", "MX", "250000")
    rc, out, _ = cli("case", "show", "ES-1")
    assert rc == 0
    assert "Capital: 12.500,00 € (EUR)" in out and "$" not in out
    rc, out, _ = cli("cases", "list")
    lines = {line.split()[1]: line for line in out.splitlines()[1:-1]}
    assert lines["ES-1"].endswith("12.500,00 €")
    assert lines["AR-1"].endswith("$ 900.000,00 ARS")
    assert lines["MX-1"].endswith("$ 250,000.00 MXN")
    # Colombia's table is there, Spain's is not: the liquidation asks for Spain's (it said «la tabla de
    # tasas no cubre el 2024-03-01», as if the Colombian table were the one to extend)
    co_rates = cli.tmp / "tasas_co.csv"
    co_rates.write_text(RATES, encoding="utf-8")
    assert cli("rates", "import", str(co_rates))[0] == 0
    rc, _, err = cli("liquidation", "ES-1", "--as-of", "2024-04-10")
    assert rc == 1 and "No hay tabla de tasas moratorias de ES" in err and "--jurisdiction ES" in err
    rates = cli.tmp / "tasas_es.csv"
    rates.write_text(RATES, encoding="utf-8")
    assert cli("rates", "import", str(rates), "--jurisdiction", "ES")[0] == 0
    rc, out, _ = cli("liquidation", "ES-1", "--as-of", "2024-04-10")
    assert rc == 0
    assert "TOTAL:" in out and "$" not in out
    assert out.splitlines()[-1].startswith("TOTAL:") and out.splitlines()[-1].endswith(" €")
    rc, out, _ = cli("--json", "liquidation", "ES-1", "--as-of", "2024-04-10")
    assert json.loads(out)["currency"] == "EUR"
    rc, out, _ = cli("payment", "add", "ES-1", "--date", "2024-04-05", "--amount", "1.000,00")
    assert rc == 0 and "Abono 1 de 1.000,00 €" in out


def test_no_colombian_deadline_for_a_spanish_case(cli) -> None:
    """Recording the service of a Madrid case used to give «5 días hábiles … (CGP art. 431)» and «10 …
    (CGP art. 442)»: Colombian terms for a Spanish court. It is now refused, saying why and how to
    count the term by Spain's calendar; a Colombian case still gets its terms."""
    _hand_over(cli, "ES-1", "ES", "12500")
    rc, out, err = cli("deadlines", "event", "ES-1", "--code", "DEBTOR_SERVED", "--date", "2025-07-24")
    assert rc == 1 and out == ""
    assert "Código General del Proceso de Colombia" in err and "España (ES)" in err
    assert "calendar add-days --jurisdiction ES" in err
    rc, out, _ = cli("calendar", "add-days", "--jurisdiction", "ES", "--from", "2025-07-24", "--days", "10")
    assert rc == 0 and "vence el 05/09/2025" in out
    _hand_over(cli, "CO-1", "CO", "1000000")
    rc, out, _ = cli("deadlines", "event", "CO-1", "--code", "DEBTOR_SERVED", "--date", "2025-07-24")
    assert rc == 0 and "CGP art. 442" in out


def test_colombian_templates_are_not_filled_in_for_a_spanish_case(cli, monkeypatch) -> None:
    """The shipped templates are a CGP demanda in pesos «M/CTE»: for a Madrid case the app refuses,
    naming the folder where the firm's own es_ES templates would go, instead of a Colombian document."""
    _hand_over(cli, "ES-1", "ES", "12500")
    rc, out, err = cli("document", "generate", "ES-1", "demanda_ejecutiva", "--out", str(cli.tmp / "d.docx"))
    assert rc == 1 and out == ""
    assert "Demanda ejecutiva singular" in err and "España (ES)" in err
    assert "colombianas (es_CO" in err and "es_ES" in err
    assert not (cli.tmp / "d.docx").exists()
    # A firm's own folder for Spain is used once it exists (here it lacks that template, and says so).
    from legal_desk.documents.templates import templates_root

    root = cli.tmp / "plantillas"
    (root / "es_ES").mkdir(parents=True)
    (root / "es_ES" / "catalog.json").write_text('{"locale": "es_ES", "templates": []}', encoding="utf-8")
    import shutil

    shutil.copytree(templates_root() / "es_CO", root / "es_CO")
    monkeypatch.setenv("LEGAL_DESK_TEMPLATES", str(root))
    rc, _, err = cli("document", "generate", "ES-1", "demanda_ejecutiva", "--out", str(cli.tmp / "d.docx"))
    assert rc == 1 and "no existe para es_ES" in err


def test_colombian_contact_and_notice_rules_are_not_applied_abroad(cli) -> None:
    """A Sunday call on a Madrid case was logged as «Conforme» with Ley 2300 (a Colombian law) silently
    skipped, and a Ley 1266 bureau notice got a Colombian «report from» date. Now the contact says the
    rules were not checked, and Colombian-law notices are refused for a foreign case."""
    _hand_over(cli, "ES-1", "ES", "12500")
    rc, out, _ = cli("contact", "add", "ES-1", "--channel", "call", "--date", "2025-07-06", "--time", "10:30",
                     "--outcome", "no_answer")
    assert rc == 0 and "Reglas de contacto no revisadas: la Ley 2300 de 2023 es colombiana" in out
    rc, out, _ = cli("--json", "contact", "add", "ES-1", "--channel", "call", "--date", "2025-07-07",
                     "--time", "10:30", "--outcome", "no_answer")
    assert json.loads(out)["rules_checked"] is False
    for kind in ("bureau_notice", "summons_291", "notice_292", "email_service"):
        rc, _, err = cli("notice", "add", "ES-1", "--kind", kind, "--channel", "email", "--sent", "2025-07-01")
        assert rc == 1 and "es una comunicación de la ley colombiana" in err and "de ES" in err
    rc, _, _ = cli("notice", "add", "ES-1", "--kind", "demand_letter", "--channel", "email", "--sent", "2025-07-01")
    assert rc == 0
    _hand_over(cli, "CO-1", "CO", "1000000")
    rc, out, _ = cli("contact", "add", "CO-1", "--channel", "call", "--date", "2025-07-06", "--time", "10:30",
                     "--outcome", "no_answer")
    assert rc == 0 and "domingo" in out.lower() and "no revisadas" not in out


def test_foreign_liquidations_use_simple_nominal_rates_in_the_cli(cli) -> None:
    """Spain's interés legal del dinero is a nominal annual rate applied simply: 12.500,00 € due 2024-02-29
    at 3,25 % to 2024-04-10 is 41 days × 12.500 × 0,0325 / 365 = 45,63 € (the Colombian compounded daily
    rate gave 44,91 €). A Mexican pagaré with an agreed 24 % needs no table (LGTOC art. 174): 30 days ×
    250.000 × 0,24 / 365 = 4.931,51; and its agreed rate is not capped by any table."""
    _hand_over(cli, "ES-1", "ES", "12500")
    rates = cli.tmp / "interes_legal_es.csv"
    rates.write_text('desde,hasta,tasa\n2024-01-01,2024-12-31,"3,25"\n', encoding="utf-8")
    assert cli("rates", "import", str(rates), "--jurisdiction", "ES")[0] == 0
    rc, out, _ = cli("liquidation", "ES-1", "--as-of", "2024-04-10")
    assert rc == 0
    assert "01/03/2024–10/04/2024   41 días  3,25 % nominal anual  sobre 12.500,00 €: 45,63 €" in out
    assert "Interés simple" in out and "% EA" not in out
    rc, out, _ = cli("--json", "liquidation", "ES-1", "--as-of", "2024-04-10")
    assert json.loads(out)["interest"] == "45.63" and json.loads(out)["rate_kind"] == "nominal"

    desk = Desk.open(Config(db_url=cli.db, store_root=Path(cli.store)))
    try:
        cases.hand_over_case(
            desk,
            actor_for(desk, "admin"),
            HandoverInput(
                account_ref="MX-1",
                debtor=PartyInput(
                    "Pedro López Ruiz", "PP", "G12345678", address="Av. Reforma 1", city="Ciudad de México"
                ),
                debt=DebtInput(
                    capital=Decimal("250000"), due_date=dt.date(2023, 3, 15), agreed_rate=Decimal("24")
                ),
                jurisdiction="MX",
            ),
        )
    finally:
        desk.close()
    rc, out, err = cli("--json", "liquidation", "MX-1", "--as-of", "2023-04-14")
    assert rc == 0, err
    doc = json.loads(out)
    assert (doc["interest"], doc["currency"], doc["warnings"]) == ("4931.51", "MXN", [])
    assert [(p["days"], p["annual_rate"]) for p in doc["periods"]] == [(30, "24.0000")]
    rc, _, err = cli("case", "update", "MX-1", "--agreed-rate", "250")
    assert rc == 1 and "porcentaje nominal anual entre 0 y 200" in err


def test_argentine_and_spanish_limitation_dates_are_not_moved_off_a_sunday(cli) -> None:
    """A handed-over pagaré due Thu 2024-02-29 prescribes on 28/02/2027 (three years, to the last day of
    February, CC art. 5.1 / CCyC art. 6), a Sunday: Spain and Argentina do not move civil terms off
    closed days, so the case says 28/02/2027 (it said 01/03/2027); Mexico and Colombia move it to
    Mon 01/03/2027."""
    for ref, code in (("ES-1", "ES"), ("AR-1", "AR"), ("MX-1", "MX"), ("CO-1", "CO")):
        _hand_over(cli, ref, code, "1000")
    shown = {}
    for ref in ("ES-1", "AR-1", "MX-1", "CO-1"):
        rc, out, _ = cli("--json", "case", "show", ref)
        assert rc == 0
        shown[ref] = json.loads(out)["limitation_date"]
    assert shown == {"ES-1": "2027-02-28", "AR-1": "2027-02-28", "MX-1": "2027-03-01", "CO-1": "2027-03-01"}


def test_importing_a_foreign_cheque_does_not_fail_the_whole_file(cli) -> None:
    """«Error inesperado (LimitationError …)» and nothing imported, for one Spanish cheque in a file; now
    each cheque gets its country's term: ES 6 months (Ley 19/1985 art. 146), AR 1 year (Ley 24.452 art. 61):
    due 2024-02-29 → ES 2024-08-29, AR 2025-02-28."""
    f = cli.tmp / "cheques.csv"
    f.write_text(
        "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento;tipo_titulo;"
        "jurisdiccion\nES-CH1;Ana Ruiz;DNI;12345678Z;1000;2024-02-29;cheque;ES\n"
        "AR-CH1;Ana Ruiz;DNI;12345678;1000;2024-02-29;cheque;AR\n",
        encoding="utf-8",
    )
    rc, out, err = cli("import", "referrals", str(f))
    assert rc == 0 and "Importados 2 expedientes" in out, err
    for ref, date in (("ES-CH1", "29/08/2024"), ("AR-CH1", "28/02/2025")):
        rc, out, _ = cli("case", "show", ref)
        assert rc == 0 and f"Prescribe: {date}" in out


def test_each_case_checks_ids_by_its_own_country(cli) -> None:
    """A Spanish case accepted «DNI 12345678» (the Argentine shape, without the control letter: the check
    did not know the case's country), and a CUIT was stored and shown as 20123456786. Now the case's
    jurisdiction picks the rule at handover, when a party is corrected or added and for the creditor,
    and an Argentine case keeps and shows 20-12345678-6 (DNI 7.654.321), found by its digits.
    Worked check digit: CUIT 20-12345678-?: 2·5+0·4+1·3+2·2+3·7+4·6+5·5+6·4+7·3+8·2 = 148; 148 mod 11 = 5;
    11 − 5 = 6. Spanish DNI 12345678: 12345678 mod 23 = 14 → Z."""
    desk = Desk.open(Config(db_url=cli.db, store_root=Path(cli.store)))
    admin = actor_for(desk, "admin")
    debt = DebtInput(capital=Decimal("1000"), due_date=dt.date(2024, 2, 29))
    try:
        with pytest.raises(cases.ValidationFailed) as info:
            cases.hand_over_case(
                desk, admin, HandoverInput("ES-9", PartyInput("Ana Ruiz", "DNI", "12345678"), debt, jurisdiction="ES")
            )
        assert str(info.value) == (
            "Deudor: DNI 12345678: en España el DNI tiene 8 dígitos y la letra de control (12345678Z)"
        )
        es = cases.hand_over_case(
            desk, admin, HandoverInput("ES-1", PartyInput("Ana Ruiz", "DNI", "12345678-z"), debt, jurisdiction="ES")
        )
        with pytest.raises(cases.ValidationFailed, match="CUIT: no es un documento de identidad de España"):
            cases.add_party(desk, admin, es.case_id, PartyInput("Juan Sosa", "CUIT", "20123456786", role="guarantor"))
        ar = cases.hand_over_case(
            desk,
            admin,
            HandoverInput(
                "AR-1",
                PartyInput("Martín Sosa", "CUIL", "20123456786"),
                debt,
                jurisdiction="AR",
                guarantors=[PartyInput("Ana Sosa", "DNI", "7654321", role="guarantor")],
                client_name="Banco del Plata S.A.",
                client_id_number="30500010912",
            ),
        )
        debtor = cases.get_case_file(desk, admin, ar.case_id).debtor
        assert debtor is not None
        with pytest.raises(cases.ValidationFailed, match="en Argentina el DNI tiene 7 u 8 dígitos y ninguna letra"):
            cases.update_party(desk, admin, debtor.party_id, cases.PartyUpdate(id_type="DNI", id_number="12345678Z"))
        cases.update_creditor(desk, admin, ar.case_id, cases.CreditorUpdate(id_number="30-50001091-2"))
    finally:
        desk.close()
    rc, out, _ = cli("case", "show", "AR-1")
    assert rc == 0
    assert "Deudor: Martín Sosa (CUIT 20-12345678-6)" in out
    assert "Acreedor: Banco del Plata S.A. (CUIT 30-50001091-2)" in out
    assert "Avalista / codeudor: Ana Sosa (DNI 7.654.321)" in out  # the co-debtor as Argentines write its DNI
    assert "falta: Poder general o especial para juicios (escritura pública)" in out  # Argentina's checklist
    rc, out, _ = cli("--json", "case", "show", "AR-1")
    doc = json.loads(out)
    assert doc["client"]["id_number"] == "30-50001091-2"
    assert [(g["id_type"], g["id_number"]) for g in doc["guarantors"]] == [("DNI", "7.654.321")]
    for query in ("20123456786", "20-12345678-6", "7654321"):
        rc, out, _ = cli("cases", "list", "--search", query)
        assert rc == 0 and "AR-1" in out, query
    for query in ("12345678Z", "12345678"):  # a Spanish DNI by its whole form too (it was only by its digits)
        rc, out, _ = cli("cases", "list", "--search", query)
        assert rc == 0 and "ES-1" in out, query


def test_mexican_terms_run_from_the_day_after_the_notice_takes_effect(cli) -> None:
    """Mexico's calculator said «CFPC art. 284» and counted from the day after the notification; in a
    juicio ejecutivo mercantil the Código de Comercio rules: a personal notification takes effect
    (surte efectos) the next day and the term runs from the day after that (art. 1075), closed days not
    counted (art. 1076). Notified Thu 12/03/2026 → takes effect Fri 13/03 → Sat 14, Sun 15 and Mon 16
    (Benito Juárez, a holiday) skipped → 8 days Tue 17, 18, 19, 20, 23, 24, 25, 26 → due Thu 26/03/2026
    (it said 25/03). Colombia is unchanged: from the day after the notification (CGP art. 118)."""
    rc, out, _ = cli("--json", "calendar", "add-days", "--jurisdiction", "MX", "--from", "2026-03-12", "--days", "8")
    assert rc == 0
    doc = json.loads(out)
    assert (doc["due"], doc["takes_effect"]) == ("2026-03-26", "2026-03-13")
    assert "CCom arts. 1075 y 1076" in doc["rule"] and "CFPC" not in doc["rule"]
    assert "2026-03-16" in [s["date"] for s in doc["skipped"]]
    rc, out, _ = cli("calendar", "add-days", "--jurisdiction", "MX", "--from", "2026-03-12", "--days", "8")
    assert "vence el 26/03/2026" in out and "surte efectos el 13/03/2026" in out
    rc, out, _ = cli("--json", "calendar", "add-days", "--jurisdiction", "CO", "--from", "2026-03-12", "--days", "8")
    assert (json.loads(out)["due"], json.loads(out)["takes_effect"]) == ("2026-03-25", None)


@pytest.mark.parametrize(
    ("jurisdiction", "certificate"),
    [
        ("AR", "Estatuto o contrato social del acreedor inscrito y acta de designación de autoridades"),
        ("MX", "Acta constitutiva del acreedor inscrita en el Registro Público de Comercio"),
        ("ES", "Escritura de constitución del acreedor y nota simple del Registro Mercantil"),
    ],
)
def test_the_packet_index_names_the_creditors_papers_as_its_country_does(
    cli, jurisdiction: str, certificate: str
) -> None:
    """A Madrid packet's index listed «Certificado de existencia y representación del acreedor», a document
    of Colombian chambers of commerce a Spanish court has never seen; the evidence list said the same."""
    from pypdf import PdfReader, PdfWriter

    _hand_over(cli, "X-1", jurisdiction, "12500")
    scan = cli.tmp / "acreedor.pdf"
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.write(scan)
    assert cli("evidence", "add", "X-1", str(scan), "--kind", "creditor_certificate")[0] == 0
    desk = Desk.open(Config(db_url=cli.db, store_root=Path(cli.store)))
    try:
        from legal_desk.services.evidence import list_evidence

        [info] = list_evidence(desk, actor_for(desk, "admin"), "X-1")
        assert info.kind == "creditor_certificate" and info.kind_label == certificate
    finally:
        desk.close()
    out_pdf = cli.tmp / "paquete.pdf"
    rc, out, err = cli("--json", "packet", "build", "X-1", "--out", str(out_pdf))
    assert rc == 0, err
    assert [a["title"] for a in json.loads(out)["annexes"]] == [certificate]
    index = "".join(page.extract_text() for page in PdfReader(out_pdf).pages[:2])
    assert "existencia y representación" not in index
    assert " ".join(certificate.split()[:4]) in " ".join(index.split())
