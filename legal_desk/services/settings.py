"""Desk-wide settings that are not calendar switches: interest day basis and the art. 317 inactivity periods."""

from __future__ import annotations

from dataclasses import dataclass

from legal_desk.domain import messages as M
from legal_desk.domain.interest import DAY_BASES
from legal_desk.domain.messages import Text
from legal_desk.domain.permissions import Action
from legal_desk.services import audit
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import ValidationFailed
from legal_desk.services.legal import SETTING_KEYS, get_setting, put_setting

_MAX_INACTIVITY_YEARS = 10


@dataclass(frozen=True)
class _Spec:
    """How one setting is checked and who may change it."""

    action: Action
    label: str


_SPECS: dict[str, _Spec] = {
    # The day basis drives every interest liquidation: whoever keeps the rate table sets it.
    "interest.day_basis": _Spec(Action.MANAGE_RATES, "Base de días para intereses"),
    # The art. 317 period drives the inactivity alerts: part of the desk's judicial calendar rules.
    "deadlines.inactivity_years": _Spec(Action.MANAGE_CALENDAR, "Años de inactividad (CGP art. 317)"),
    "deadlines.inactivity_years_judgment": _Spec(
        Action.MANAGE_CALENDAR, "Años de inactividad con auto de seguir adelante (CGP art. 317 lit. b)"
    ),
}
EDITABLE_KEYS: tuple[str, ...] = tuple(_SPECS)


def _normalise(key: str, value: int | str) -> str:
    """The value as stored, or a Spanish refusal that says what is allowed."""
    text = str(value).strip()
    try:
        number = int(text)
    except ValueError:
        number = None
    if key == "interest.day_basis":
        if number not in DAY_BASES:
            raise ValidationFailed(Text(M.DAY_BASIS, value=text))
        return str(number)
    if number is None or not 1 <= number <= _MAX_INACTIVITY_YEARS:
        raise ValidationFailed(Text(M.INACTIVITY_YEARS, max=_MAX_INACTIVITY_YEARS, value=text))
    return str(number)


def set_setting(desk: Desk, actor: Actor, key: str, value: int | str) -> str:
    """Validate and store one desk-wide setting, audited in the same transaction; returns the stored value."""
    spec = _SPECS.get(key)
    if spec is None:
        raise ValidationFailed(Text(M.SETTING_UNKNOWN, key=key, keys=", ".join(EDITABLE_KEYS)))
    actor.require(spec.action)
    new = _normalise(key, value)
    with desk.uow() as uow:
        s = uow.session
        actor.confirm(s)
        old = get_setting(s, key)
        put_setting(s, key, new)
        if key.startswith("deadlines.inactivity_years") and new != old:
            # the open art. 317 terms run the new period at once, like the alerts (one rule, one date)
            from legal_desk.services.deadlines import recompute_session  # local: deadlines imports settings' peers

            recompute_session(s)
        elif key == "interest.day_basis" and new != old:
            from legal_desk.services.payments import reapply_payments

            s.flush()
            reapply_payments(s)  # every stored payment split follows the new daily rate
        audit.record(
            s,
            actor.username,
            "setting.change",
            "setting",
            key,
            summary=f"{spec.label}: {old} → {new}",
            before={"value": old},
            after={"value": new},
        )
        uow.commit()
    return new


def desk_settings(desk: Desk) -> dict[str, str]:
    """Every desk-wide setting with its stored value or its default."""
    with desk.reading() as s:
        return {key: get_setting(s, key) for key in SETTING_KEYS}
