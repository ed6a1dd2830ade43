"""The readiness checklist as data (DOMAIN.md §3): an admin turns requirements on or off and words them,
per jurisdiction and title type; the rules that check each requirement stay in `domain/readiness.py`."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from legal_desk.db.models import ChecklistItem
from legal_desk.domain import messages as M
from legal_desk.domain.messages import Text
from legal_desk.domain.permissions import Action
from legal_desk.domain.readiness import DEFAULT_CHECKLIST
from legal_desk.services import audit
from legal_desk.services.cases import JURISDICTIONS, TITLE_TYPES
from legal_desk.services.desk import Actor, Desk
from legal_desk.services.errors import ValidationFailed

#: Requirement codes the domain knows how to check.
KNOWN_CODES = tuple(code for code, _label in DEFAULT_CHECKLIST["CO"])


@dataclass(frozen=True)
class ChecklistEntry:
    """One requirement as configured."""

    item_id: int
    jurisdiction: str
    title_type: str  # "*" = every title type
    code: str
    label: str
    active: bool


def list_checklist(desk: Desk, jurisdiction: str | None = None) -> list[ChecklistEntry]:
    """The configured requirements, in checklist order."""
    with desk.reading() as s:
        q = select(ChecklistItem).order_by(ChecklistItem.jurisdiction, ChecklistItem.title_type, ChecklistItem.id)
        if jurisdiction:
            q = q.where(ChecklistItem.jurisdiction == jurisdiction)
        return [
            ChecklistEntry(i.id, i.jurisdiction, i.title_type, i.code, i.label, i.active)
            for i in s.execute(q).scalars()
        ]


def set_requirement(
    desk: Desk,
    actor: Actor,
    jurisdiction: str,
    code: str,
    *,
    title_type: str = "*",
    active: bool | None = None,
    label: str | None = None,
) -> ChecklistEntry:
    """Turn a requirement on/off or reword it for a jurisdiction (and optionally one title type only)."""
    actor.require(Action.ADMIN_SETTINGS)
    if jurisdiction not in JURISDICTIONS:
        raise ValidationFailed(Text(M.CHECKLIST_JURISDICTION, value=jurisdiction, codes=", ".join(JURISDICTIONS)))
    if code not in KNOWN_CODES:
        raise ValidationFailed(Text(M.CHECKLIST_CODE, code=code, codes=", ".join(KNOWN_CODES)))
    if title_type != "*" and title_type not in TITLE_TYPES:
        raise ValidationFailed(Text(M.CHECKLIST_TITLE_TYPE, value=title_type, types=", ".join(TITLE_TYPES)))
    if label is not None and not label.strip():
        raise ValidationFailed(Text(M.CHECKLIST_LABEL_EMPTY))
    with desk.uow() as uow:
        s = uow.session
        actor.confirm(s)
        item = s.execute(
            select(ChecklistItem).where(
                ChecklistItem.jurisdiction == jurisdiction,
                ChecklistItem.title_type == title_type,
                ChecklistItem.code == code,
            )
        ).scalar_one_or_none()
        before = None if item is None else {"active": item.active, "label": item.label}
        if item is None:
            default = next(lbl for c, lbl in DEFAULT_CHECKLIST[jurisdiction] if c == code)
            item = ChecklistItem(
                jurisdiction=jurisdiction,
                title_type=title_type,
                code=code,
                label=(label or default).strip(),
                active=True if active is None else active,
            )
            s.add(item)
        else:
            if active is not None:
                item.active = active
            if label is not None:
                item.label = label.strip()
        s.flush()
        audit.record(
            s,
            actor.username,
            "checklist.set",
            "checklist_item",
            item.id,
            summary=f"Requisito {code} ({jurisdiction}, título {title_type}): "
            + ("activo" if item.active else "inactivo"),
            before=before,
            after={"active": item.active, "label": item.label},
        )
        entry = ChecklistEntry(item.id, item.jurisdiction, item.title_type, item.code, item.label, item.active)
        uow.commit()
    return entry
