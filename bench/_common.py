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


def temp_desk(prefix: str = "bench", db_url: str | None = None) -> tuple[Desk, Path]:
    """A fresh, migrated desk in a temp folder (SQLite there, unless db_url names another database)."""
    root = Path(tempfile.mkdtemp(prefix=f"legal_desk_{prefix}_"))
    desk = Desk.open(Config(db_url=db_url or f"sqlite:///{root / 'desk.sqlite3'}", store_root=root / "store"))
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
