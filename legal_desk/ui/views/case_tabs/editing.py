"""Editing the case file from any tab: the header dialog, a party's data, a new co-debtor (UI helpers)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QWidget

from legal_desk.domain.permissions import Action
from legal_desk.services import cases, users
from legal_desk.services.cases import CaseFile, CaseUpdate, PartyInfo
from legal_desk.ui.dialogs.case_edit import CaseEditDialog, CreditorDialog, PartyDialog
from legal_desk.ui.views.case_tabs.common import CaseHost, shows_saved_case, tr

#: Readiness items a user fixes by editing the case header: code → field the dialog focuses.
HEADER_FIXES = {
    "title_scan": "original_location",
    "demand_letter": "demand_letter_waiver",
    "not_prescribed": "limitation_flag",
}


def may_edit(host: CaseHost) -> bool:
    """Whether this user may edit this case now (collections can't edit a filed case)."""
    return host.may(Action.EDIT_CASE)


def edit_case_header(parent: QWidget, host: CaseHost, focus: str = "") -> bool:
    """Open the case edit dialog and send only the changed fields with the displayed version."""
    if not shows_saved_case(host, lambda: edit_case_header(parent, host, focus)):
        return False
    case = host.case
    if case is None or not may_edit(host):
        return False
    ctx = host.ctx
    lawyers = None
    if ctx.can(Action.ACCEPT_CASE):
        # a deactivated lawyer cannot take a case (the service refuses); the case's own one stays visible
        everyone = users.list_users(ctx.desk, role="lawyer")
        lawyers = [u for u in everyone if u.active or u.user_id == case.lawyer_id]
    changes = CaseEditDialog.ask(
        parent,
        case,
        lawyers,
        may_set_radicado=ctx.can(Action.MOVE_STAGE_LEGAL),
        may_set_account_ref=ctx.actor.role in cases.ACCOUNT_REF_EDITORS,
        focus=focus,
    )
    if changes is None or changes == CaseUpdate():
        return False
    edited = _edited_fields(changes)
    return (
        host.run_write(
            cases.update_case,
            host.case_id,
            changes,
            expected_version=case.version,
            unless_changed=lambda c: [getattr(c, name) for name in edited],
        )
        is not None
    )


def edit_party(parent: QWidget, host: CaseHost, party: PartyInfo) -> bool:
    """Correct or complete a party; sends only the changed fields with the displayed version."""
    if not shows_saved_case(host, lambda: _edit_party_again(parent, host, party.party_id)):
        return False
    case = host.case
    if case is None or not may_edit(host):
        return False
    values = PartyDialog.ask(parent, party, case.jurisdiction)
    if values is None:
        return False
    changes = values.changes_from(party)
    if changes == cases.PartyUpdate():
        return False
    edited = _edited_fields(changes)
    return (
        host.run_write(
            cases.update_party,
            party.party_id,
            changes,
            expected_version=case.version,
            unless_changed=lambda c: [getattr(_party_in(c, party.party_id), name, None) for name in edited],
        )
        is not None
    )


def _edited_fields(changes: object) -> list[str]:
    """The case-file fields an update changes (the clear-the-rate flag changes the agreed rate)."""
    names = []
    for f in dataclasses.fields(changes):  # type: ignore[arg-type]
        value = getattr(changes, f.name)
        if f.name == "clear_agreed_rate":
            if value:
                names.append("agreed_rate")
        elif value is not None:
            names.append({"paralegal_id": "paralegal"}.get(f.name, f.name))  # the case file shows the name
    return names


def _party_in(case: CaseFile, party_id: int) -> PartyInfo | None:
    return next((p for p in [case.debtor, *case.guarantors] if p is not None and p.party_id == party_id), None)


def _edit_party_again(parent: QWidget, host: CaseHost, party_id: int) -> None:
    """`edit_party` on the party as the re-read case shows it (its data may have changed with the save)."""
    case = host.case
    if case is None:
        return
    for party in [case.debtor, *case.guarantors]:
        if party is not None and party.party_id == party_id:
            edit_party(parent, host, party)
            return


def edit_creditor(parent: QWidget, host: CaseHost) -> bool:
    """Complete the creditor's address, city and legal representative (the poder and the demanda cite them)."""
    if not shows_saved_case(host, lambda: edit_creditor(parent, host)):
        return False
    case = host.case
    if case is None or not may_edit(host):
        return False
    changes = CreditorDialog.ask(parent, case.client, case.jurisdiction)
    if changes is None or changes == cases.CreditorUpdate():
        return False
    return (
        host.run_write(
            cases.update_creditor,
            host.case_id,
            changes,
            expected_version=case.version,
            unless_changed=lambda c: c.client,  # the creditor is shared by its cases: any change of it counts
        )
        is not None
    )


def add_codebtor(parent: QWidget, host: CaseHost) -> bool:
    """Add a co-debtor or guarantor to the case."""
    if not shows_saved_case(host, lambda: add_codebtor(parent, host)):
        return False
    case = host.case
    if case is None or not may_edit(host):
        return False
    values = PartyDialog.ask(parent, None, case.jurisdiction)
    if values is None:
        return False
    return (
        host.run_write(
            cases.add_party,
            host.case_id,
            values.as_input(),
            expected_version=case.version,
            unless_changed=lambda c: [(g.id_type, g.id_number) for g in c.guarantors],  # nobody added one meanwhile
        )
        is not None
    )


def edit_button_tooltip() -> str:
    """Tooltip of every «Editar datos…» button."""
    return tr("Juzgado, radicado, abogado, ubicación del título original, tasa pactada, costas y notas")


__all__ = [
    "HEADER_FIXES",
    "add_codebtor",
    "edit_button_tooltip",
    "edit_case_header",
    "edit_creditor",
    "edit_party",
    "may_edit",
]
