"""Documents as each country writes them; each country's own filing checklist

Revision ID: d6f1a8c3e2b9
Revises: a7c3e9f1b2d4
Create Date: 2026-11-27 11:00:00

- A CUIT/CUIL was kept as 11 bare digits (20123456786); it is now kept as the AFIP and every
  Argentine writes it, 20-12345678-6, like the NIT's 900123456-8. An Argentine DNI (7–8 digits, in
  a case of jurisdiction AR) is kept as 12.345.678. Parties, creditors and the docket's debtor
  column are rewritten; the search index keeps finding them by their digits (unchanged).
- A document with letters (a Spanish DNI 12345678Z, an NIE, an RFC, a CURP, a passport) was found
  only by its digits: its whole form is added to its case's search words, as new cases get it.
- The readiness checklist of Argentina, Mexico and Spain was seeded with Colombia's wording
  (certificado de existencia y representación, carta de requerimiento, …). A line still worded as
  seeded takes the country's own (estatuto / acta constitutiva / escritura, poder para juicios /
  poder notarial / poder para pleitos, carta documento / burofax); a line an admin reworded is left.
"""

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = 'd6f1a8c3e2b9'
down_revision = 'a7c3e9f1b2d4'
branch_labels = None
depends_on = None
# Backups of a7c3e9f1b2d4 restore as they are: the old forms are still read (and rewritten on edit).
backup_compatible = True
# upgrade() only rewrites rows, and leaves rows it already rewrote as they are: a restore of an older
# backup runs it again on the restored rows (legal_desk.db.migrate.replay_data_steps).
restore_replays = True

_SEEDED = {
    "debtor_identified": "Deudor identificado (documento, dirección y origen del correo)",
    "demand_letter": "Carta de requerimiento con constancia de entrega, o motivo para omitirla",
    "contact_log": "Bitácora de gestión prejurídica",
    "creditor_certificate": "Certificado de existencia y representación del acreedor",
    "power_of_attorney": "Poder especial para actuar",
    "liquidation": "Liquidación del crédito a la fecha de radicación",
}
# The wording of legal_desk.domain.readiness.DEFAULT_CHECKLIST when this revision was written.
_COUNTRY = {
    "AR": {
        "debtor_identified": "Deudor identificado (DNI o CUIT, domicilio y origen del correo)",
        "demand_letter": "Intimación de pago por carta documento con constancia de entrega, o motivo para omitirla",
        "contact_log": "Bitácora de gestión prejudicial",
        "creditor_certificate": "Estatuto o contrato social del acreedor inscrito y acta de designación de autoridades",
        "power_of_attorney": "Poder general o especial para juicios (escritura pública)",
        "liquidation": "Liquidación de la deuda a la fecha de la demanda",
    },
    "MX": {
        "debtor_identified": "Deudor identificado (RFC o CURP, domicilio y origen del correo)",
        "demand_letter": "Requerimiento extrajudicial de pago con acuse de recibo, o motivo para omitirlo",
        "contact_log": "Bitácora de gestión extrajudicial",
        "creditor_certificate": "Acta constitutiva del acreedor inscrita en el Registro Público de Comercio",
        "power_of_attorney": "Poder notarial para pleitos y cobranzas",
        "liquidation": "Liquidación del adeudo a la fecha de presentación de la demanda",
    },
    "ES": {
        "debtor_identified": "Deudor identificado (DNI, NIE o NIF, domicilio y origen del correo)",
        "demand_letter": (
            "Requerimiento de pago por burofax con certificación de contenido y acuse, o motivo para omitirlo"
        ),
        "contact_log": "Bitácora de gestión prejudicial",
        "creditor_certificate": "Escritura de constitución del acreedor y nota simple del Registro Mercantil",
        "power_of_attorney": "Poder para pleitos a favor de procurador y abogado (escritura o apud acta)",
        "liquidation": "Liquidación de la deuda a la fecha de presentación de la demanda",
    },
}
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_NOT_DIGIT = re.compile(r"\D")


def _cuit(number: str) -> str | None:
    return f"{number[:2]}-{number[2:10]}-{number[10]}" if number.isascii() and number.isdigit() and len(number) == 11 else None


def _dni_ar(number: str) -> str | None:
    if not (number.isascii() and number.isdigit()):
        return None
    number = number.lstrip("0")
    return f"{int(number):,}".replace(",", ".") if 7 <= len(number) <= 8 else None


def _checklist(labels: dict[str, dict[str, str]], old: dict[str, dict[str, str]]) -> None:
    items = sa.table("checklist_items", sa.column("jurisdiction"), sa.column("code"), sa.column("label"))
    for jurisdiction, codes in labels.items():
        for code, label in codes.items():
            op.execute(
                items.update()
                .where(items.c.jurisdiction == jurisdiction, items.c.code == code, items.c.label == old[jurisdiction][code])
                .values(label=label)
            )


def _search_word(id_number: str) -> str | None:
    folded = unicodedata.normalize("NFKD", id_number).encode("ascii", "ignore").decode().lower()
    whole = _NOT_WORD.sub("", folded)
    return whole[:80] if whole and whole != _NOT_DIGIT.sub("", id_number) else None


def upgrade() -> None:
    _checklist(_COUNTRY, {j: _SEEDED for j in _COUNTRY})
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT p.id, p.case_id, p.role, p.id_type, p.id_number, c.jurisdiction FROM parties p "
            "JOIN cases c ON c.id = p.case_id WHERE p.id_type = 'CUIT' OR (p.id_type = 'DNI' AND c.jurisdiction = 'AR')"
        )
    ).all()
    for party_id, case_id, role, id_type, number, _jurisdiction in rows:
        new = _cuit(number) if id_type == "CUIT" else _dni_ar(number)
        if new is None or new == number:
            continue
        conn.execute(sa.text("UPDATE parties SET id_number = :n WHERE id = :i"), {"n": new, "i": party_id})
        if role == "debtor":
            conn.execute(
                sa.text("UPDATE cases SET debtor_id_number = :n WHERE id = :i AND debtor_id_number = :o"),
                {"n": new, "i": case_id, "o": number},
            )
    for client_id, number in conn.execute(sa.text("SELECT id, id_number FROM clients WHERE id_type = 'CUIT'")).all():
        new = _cuit(number)
        if new is not None:
            conn.execute(sa.text("UPDATE clients SET id_number = :n WHERE id = :i"), {"n": new, "i": client_id})
    # Documents with letters: their whole form joins the case's words (their digits are there already).
    extra: dict[int, set[str]] = {}
    for case_id, number in conn.execute(
        sa.text("SELECT case_id, id_number FROM parties WHERE id_type IN ('DNI', 'NIE', 'NIF', 'RFC', 'CURP', 'CE', 'PP')")
    ):
        word = _search_word(number or "")
        if word:
            extra.setdefault(case_id, set()).add(word)
    sqlite = conn.dialect.name == "sqlite"
    for case_id, words in extra.items():
        text = " ".join(sorted(words))
        if sqlite:
            conn.execute(sa.text("UPDATE case_search SET words = words || ' ' || :w WHERE rowid = :i"), {"w": text, "i": case_id})
        else:
            conn.execute(
                sa.text("UPDATE case_search SET words = words || CAST(:w AS tsvector) WHERE case_id = :i"),
                {"w": text, "i": case_id},
            )


def downgrade() -> None:
    # The search words added stay (a search finds a little more); the numbers keep their new form,
    # which the older code also reads.
    _checklist({j: _SEEDED for j in _COUNTRY}, _COUNTRY)
