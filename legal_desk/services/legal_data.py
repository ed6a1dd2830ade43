"""The firm's own values of the Colombian reference data behind the cuantía (CGP arts. 17, 25).

The yearly SMLMV and the cities with Juzgados de Pequeñas Causas come with the program in
`resources/jurisdictions/CO.json`, which every update of the program replaces. A firm that adds next
year's wage before the update ships it, or a city whose courts were just created, keeps its values in
the database (table `settings`, so they travel with backups and are shared by every desk):

- SMLMV: the firm's amount for a year wins over the program's; a year the firm has not set takes the
  program's (`legal.CO.minimum_wage`: {"2027": "1850000.00"}).
- Cities: the program's list, plus the cities the firm added, minus the ones it removed
  (`legal.CO.small_claims_courts`: {"added": [...], "removed": [...]}); a court typed on the case
  still wins over the list.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from legal_desk.domain import messages as M
from legal_desk.domain.calendar import jurisdiction_data
from legal_desk.domain.messages import Text, text_of
from legal_desk.domain.money import AmountError, parse_amount
from legal_desk.domain.permissions import Action
from legal_desk.domain.text import fold
from legal_desk.services import audit
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import ValidationFailed
from legal_desk.services.legal import get_setting, put_setting

_PG_LEGAL_DATA_LOCK = 7_316_004  # the firm's legal data is read and rewritten one edit at a time

WAGE_SETTING = "legal.CO.minimum_wage"
CITIES_SETTING = "legal.CO.small_claims_courts"
_FIRST_YEAR, _LAST_YEAR = 1990, 2100


@dataclass(frozen=True)
class WageRow:
    """One year's SMLMV as the cuantía uses it, where it comes from, and the program's own value."""

    year: int
    amount: Decimal
    source: str  # "firm" or "packaged"
    packaged: Decimal | None

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "amount": str(self.amount),
            "source": self.source,
            "packaged": None if self.packaged is None else str(self.packaged),
        }


@dataclass(frozen=True)
class CityRow:
    """A city of the Pequeñas Causas list: from the program or the firm, and whether it is in use."""

    city: str
    source: str  # "firm" or "packaged"
    active: bool  # False: a city of the program's list the firm removed

    def to_json(self) -> dict[str, Any]:
        return {"city": self.city, "source": self.source, "active": self.active}


def city_key(city: str | None) -> str:
    """`Bogotá D.C.`, `bogota, d.c.` and `Bogotá` are the same city for the list of courts."""
    words = fold(city).replace(",", " ").replace(".", " ").split()
    while words and words[-1] in {"d", "c", "dc"}:
        words.pop()
    return " ".join(words)


def _packaged_wages() -> dict[int, Decimal]:
    table = jurisdiction_data("CO").get("minimum_wage", {}).get("by_year", {})
    return {int(year): Decimal(str(value)) for year, value in table.items()}


def _packaged_cities() -> list[str]:
    return list(jurisdiction_data("CO").get("small_claims_courts", {}).get("cities", []))


def _json(s: Session, key: str) -> Any:
    text = get_setting(s, key)
    try:
        return json.loads(text) if text else {}
    except ValueError:
        return {}


def firm_wages(s: Session) -> dict[int, Decimal]:
    """The SMLMV the firm set, by year."""
    return {int(y): Decimal(str(v)) for y, v in dict(_json(s, WAGE_SETTING)).items()}


def minimum_wages(s: Session) -> dict[int, Decimal]:
    """The SMLMV by year the cuantía uses: the program's, with the firm's values over them."""
    return {**_packaged_wages(), **firm_wages(s)}


def _city_edits(s: Session) -> tuple[list[str], list[str]]:
    data = dict(_json(s, CITIES_SETTING))
    return list(data.get("added", [])), list(data.get("removed", []))


def small_claims_cities(s: Session) -> list[str]:
    """The cities with Pequeñas Causas the cuantía uses: the program's + the firm's added − removed."""
    added, removed = _city_edits(s)
    gone = {city_key(c) for c in removed}
    seen: set[str] = set()
    cities: list[str] = []
    for city in [*_packaged_cities(), *added]:
        key = city_key(city)
        if key not in gone and key not in seen:
            seen.add(key)
            cities.append(city)
    return cities


def wage_rows(desk: Desk) -> list[WageRow]:
    """Every year with a SMLMV, newest first, marked as the firm's or the program's."""
    packaged = _packaged_wages()
    with desk.reading() as s:
        firm = firm_wages(s)
    years = sorted({*packaged, *firm}, reverse=True)
    return [
        WageRow(y, firm.get(y, packaged.get(y, Decimal(0))), "firm" if y in firm else "packaged", packaged.get(y))
        for y in years
    ]


def city_rows(desk: Desk) -> list[CityRow]:
    """The program's cities (removed ones inactive) and the firm's, alphabetically."""
    with desk.reading() as s:
        added, removed = _city_edits(s)
    gone = {city_key(c) for c in removed}
    packaged = _packaged_cities()
    rows = [CityRow(c, "packaged", city_key(c) not in gone) for c in packaged]
    known = {city_key(c) for c in packaged}
    rows += [CityRow(c, "firm", True) for c in added if city_key(c) not in known]
    return sorted(rows, key=lambda r: city_key(r.city))


def _year(value: int | str) -> int:
    text = str(value).strip()
    if not text.isdigit() or not _FIRST_YEAR <= int(text) <= _LAST_YEAR:
        raise ValidationFailed(Text(M.WAGE_YEAR, first=_FIRST_YEAR, last=_LAST_YEAR, text=text))
    return int(text)


def _change(desk: Desk, actor: Actor, key: str, edit: Callable[[Session], tuple[Any, str, Any]]) -> None:
    """Read the firm's values, change them (`edit` gives the new value, the audit summary and the old
    value, or refuses) and store them, all in one transaction: two admins editing at once on a shared
    server wait for each other instead of one silently undoing the other's change."""
    with desk.uow() as uow:
        s = uow.session
        actor.confirm(s)
        if s.get_bind().dialect.name == "postgresql":
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LEGAL_DATA_LOCK})
        value, summary, before = edit(s)
        put_setting(s, key, json.dumps(value, ensure_ascii=False, sort_keys=True))
        audit.record(
            s, actor.username, "legal_data.change", "setting", key, summary=summary, before=before, after=value
        )
        uow.commit()


def set_minimum_wage(desk: Desk, actor: Actor, year: int | str, amount: str | int | Decimal) -> WageRow:
    """The firm's SMLMV for a year (wins over the program's value for that year), audited."""
    actor.require(Action.ADMIN_SETTINGS)
    y = _year(year)
    try:
        value = parse_amount(amount)
    except AmountError as exc:
        raise ValidationFailed(Text(M.WAGE_AMOUNT, year=y, error=text_of(exc))) from None
    if value <= 0:
        raise ValidationFailed(Text(M.WAGE_NOT_POSITIVE, year=y, amount=amount))

    def edit(s: Session) -> tuple[Any, str, Any]:
        firm = {str(k): str(v) for k, v in firm_wages(s).items()}
        before = dict(firm)
        firm[str(y)] = str(value)
        return firm, f"Salario mínimo {y}: {before.get(str(y), 'del programa')} → {value}", before

    _change(desk, actor, WAGE_SETTING, edit)
    return next(r for r in wage_rows(desk) if r.year == y)


def clear_minimum_wage(desk: Desk, actor: Actor, year: int | str) -> None:
    """Drop the firm's SMLMV of a year: the program's value (if any) applies again."""
    actor.require(Action.ADMIN_SETTINGS)
    y = _year(year)

    def edit(s: Session) -> tuple[Any, str, Any]:
        firm = {str(k): str(v) for k, v in firm_wages(s).items()}
        if str(y) not in firm:
            raise ValidationFailed(Text(M.WAGE_NOT_SET, year=y))
        before = dict(firm)
        del firm[str(y)]
        return firm, f"Salario mínimo {y}: se vuelve al del programa", before

    _change(desk, actor, WAGE_SETTING, edit)


def _city_name(city: str) -> str:
    name = " ".join((city or "").split())
    if not city_key(name):
        raise ValidationFailed(Text(M.CITY_NAME_MISSING))
    if len(name) > 100:
        raise ValidationFailed(Text(M.CITY_NAME_LONG, length=len(name)))
    return name


def add_small_claims_city(desk: Desk, actor: Actor, city: str) -> None:
    """Add a city with Juzgados de Pequeñas Causas (or take back a program city the firm removed)."""
    actor.require(Action.ADMIN_SETTINGS)
    name = _city_name(city)
    key = city_key(name)

    def edit(s: Session) -> tuple[Any, str, Any]:
        added, removed = _city_edits(s)
        if key in {city_key(c) for c in small_claims_cities(s)}:
            raise ValidationFailed(Text(M.CITY_LISTED, name=name))
        before = {"added": list(added), "removed": list(removed)}
        if key in {city_key(c) for c in removed}:
            removed = [c for c in removed if city_key(c) != key]
        else:
            added.append(name)
        return {"added": added, "removed": removed}, f"Pequeñas Causas: se agrega {name}", before

    _change(desk, actor, CITIES_SETTING, edit)


def remove_small_claims_city(desk: Desk, actor: Actor, city: str) -> None:
    """Take a city off the list (the firm's own, or one of the program's, which stays off after updates)."""
    actor.require(Action.ADMIN_SETTINGS)
    name = _city_name(city)
    key = city_key(name)

    def edit(s: Session) -> tuple[Any, str, Any]:
        added, removed = _city_edits(s)
        current = small_claims_cities(s)
        if key not in {city_key(c) for c in current}:
            raise ValidationFailed(Text(M.CITY_NOT_LISTED, name=name, cities=", ".join(current)))
        before = {"added": list(added), "removed": list(removed)}
        added = [c for c in added if city_key(c) != key]
        if key in {city_key(c) for c in _packaged_cities()}:
            removed.append(name)
        return {"added": added, "removed": removed}, f"Pequeñas Causas: se quita {name}", before

    _change(desk, actor, CITIES_SETTING, edit)
