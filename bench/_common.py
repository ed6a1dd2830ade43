"""Helpers shared by the benchmarks: a temp desk and synthetic referral files."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from legal_desk.config import Config
from legal_desk.domain.ids import nit_with_check_digit
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for, ensure_admin

FIRST = [
    "María",
    "José",
    "Luis",
    "Ana",
    "Carlos",
    "Lucía",
    "Andrés",
    "Sofía",
    "Jorge",
    "Valentina",
    "Íñigo",
    "Camila",
    "Julián",
    "Natalia",
    "Sebastián",
    "Paula",
    "Germán",
    "Diana",
    "Óscar",
    "Ángela",
]
LAST = [
    "Gómez",
    "Rodríguez",
    "Martínez",
    "Ñañez",
    "Pérez",
    "López",
    "García",
    "Hernández",
    "Díaz",
    "Muñoz",
    "Rojas",
    "Vargas",
    "Castaño",
    "Zuluaga",
    "Ospina",
    "Restrepo",
    "Cárdenas",
    "Quiñones",
    "Peña",
    "Suárez",
]


def temp_desk(prefix: str = "bench") -> tuple[Desk, Path]:
    """A fresh, migrated SQLite desk in a temp folder."""
    root = Path(tempfile.mkdtemp(prefix=f"legal_desk_{prefix}_"))
    desk = Desk.open(Config(db_url=f"sqlite:///{root / 'desk.sqlite3'}", store_root=root / "store"))
    ensure_admin(desk)
    return desk, root


def admin(desk: Desk):  # type: ignore[no-untyped-def]
    return actor_for(desk, "admin")


def write_referrals(path: Path, n: int, seed: int = 1) -> Path:
    """A bank-like export: Spanish headers, semicolons, decimal comma, DD/MM/YYYY dates."""
    rnd = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(
            "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento;"
            "correo;telefono;ciudad;nombre_codeudor;tipo_documento_codeudor;numero_documento_codeudor\n"
        )
        for i in range(n):
            name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {rnd.choice(LAST)}"
            if i % 10 == 0:
                id_type, number = "NIT", nit_with_check_digit(str(800000000 + i))
                name = f"Comercializadora {rnd.choice(LAST)} S.A.S."
            else:
                id_type, number = "CC", str(10000000 + i * 7)
            pesos = rnd.randint(500_000, 250_000_000)
            capital = f"{pesos:,}".replace(",", ".") + f",{rnd.randint(0, 99):02d}"
            due = f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/{rnd.randint(2021, 2025)}"
            guarantor = f"{rnd.choice(FIRST)} {rnd.choice(LAST)};CC;{20000000 + i}" if i % 3 == 0 else ";;"
            fh.write(
                f"OB-{i:07d};{name};{id_type};{number};{capital};{due};deudor{i}@correo.co;"
                f"+57 300 {i % 10000000:07d};Bogotá D.C.;{guarantor}\n"
            )
    return path


def build_cases(desk: Desk, n: int, seed: int = 3, chunk: int = 20_000) -> None:
    """Fill a desk with n minimal but searchable cases (case row, debtor, debt, search words) in bulk."""
    import datetime as dt
    from decimal import Decimal

    from legal_desk.db.bulk import bulk_insert
    from legal_desk.db.models import Case, Debt, Party, SearchTerm, utcnow
    from legal_desk.domain.lifecycle import Stage
    from legal_desk.services.cases import terms_for

    rnd = random.Random(seed)
    stages = [s.value for s in Stage]
    now = utcnow()
    with desk.uow() as uow:
        s = uow.session
        for start in range(1, n + 1, chunk):
            cases, parties, debts, terms = [], [], [], []
            for cid in range(start, min(start + chunk, n + 1)):
                name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {rnd.choice(LAST)}"
                idn = str(10_000_000 + cid * 7)
                ref = f"OB-{cid:07d}"
                stage = stages[cid % len(stages)]
                rad = f"1100140030{cid % 40:02d}2024{cid:07d}" if cid % 3 == 0 else None
                capital = Decimal(rnd.randint(1_000_000, 250_000_000))
                due = dt.date(2021, 1, 1) + dt.timedelta(days=cid % 1500)
                cases.append(
                    {
                        "id": cid,
                        "account_ref": ref,
                        "stage": stage,
                        "jurisdiction": "CO",
                        "currency": "COP",
                        "radicado": rad,
                        "debtor_name": name,
                        "debtor_id_number": idn,
                        "capital": capital,
                        "recovered": Decimal(0),
                        "archived": False,
                        "created_at": now,
                        "updated_at": now,
                        "version": 1,
                        "limitation_date": due + dt.timedelta(days=1095),
                    }
                )
                parties.append({"case_id": cid, "role": "debtor", "name": name, "id_type": "CC", "id_number": idn})
                debts.append(
                    {
                        "case_id": cid,
                        "capital": capital,
                        "currency": "COP",
                        "due_date": due,
                        "title_type": "pagare",
                        "costs": Decimal(0),
                    }
                )
                terms.extend({"term": t, "case_id": cid} for t in terms_for(ref, rad, [(name, idn)]))
            bulk_insert(s, Case.__table__, cases, list(cases[0]))
            bulk_insert(s, Party.__table__, parties, list(parties[0]))
            bulk_insert(s, Debt.__table__, debts, list(debts[0]))
            bulk_insert(s, SearchTerm.__table__, terms, ["term", "case_id"])
        uow.commit()
    with desk.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
