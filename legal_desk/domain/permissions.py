"""Roles and what each may do (admin, lawyer, paralegal, collections)."""

from __future__ import annotations

from enum import StrEnum

from legal_desk.domain.lifecycle import LAWYER_ONLY_TARGETS, Stage


class Role(StrEnum):
    """A user's role on the desk."""

    ADMIN = "admin"
    LAWYER = "lawyer"
    PARALEGAL = "paralegal"
    COLLECTIONS = "collections"


ROLE_LABELS_ES = {
    Role.ADMIN: "Administrador",
    Role.LAWYER: "Abogado",
    Role.PARALEGAL: "Dependiente judicial",
    Role.COLLECTIONS: "Cobranza",
}


class Action(StrEnum):
    """Something a user may be allowed to do."""

    HAND_OVER = "hand_over"
    IMPORT_REFERRALS = "import_referrals"
    EDIT_CASE = "edit_case"
    EDIT_FILED_CASE = "edit_filed_case"
    ACCEPT_CASE = "accept_case"
    RETURN_CASE = "return_case"
    MOVE_STAGE = "move_stage"
    MOVE_STAGE_LEGAL = "move_stage_legal"
    ADD_EVIDENCE = "add_evidence"
    LOG_CONTACT = "log_contact"
    MANAGE_NOTICES = "manage_notices"
    MANAGE_AGREEMENTS = "manage_agreements"
    MANAGE_HEARINGS = "manage_hearings"
    MANAGE_EMBARGOES = "manage_embargoes"
    MANAGE_SETTLEMENTS = "manage_settlements"
    RECORD_PAYMENTS = "record_payments"
    GENERATE_DOCUMENTS = "generate_documents"
    BUILD_PACKET = "build_packet"
    MANAGE_CALENDAR = "manage_calendar"
    MANAGE_RATES = "manage_rates"
    MANAGE_USERS = "manage_users"
    ADMIN_SETTINGS = "admin_settings"
    BACKUP = "backup"
    VIEW_ALL = "view_all"


#: What each action is, as a refusal names it («… (rol Cobranza) no puede administrar usuarios»).
ACTION_LABELS_ES: dict[Action, str] = {
    Action.HAND_OVER: "entregar expedientes a jurídico",
    Action.IMPORT_REFERRALS: "importar expedientes",
    Action.EDIT_CASE: "modificar expedientes",
    Action.EDIT_FILED_CASE: "modificar expedientes radicados",
    Action.ACCEPT_CASE: "aceptar expedientes entregados ni asignar abogado o dependiente",
    Action.RETURN_CASE: "devolver expedientes a cobranza",
    Action.MOVE_STAGE: "cambiar la etapa de un expediente",
    Action.MOVE_STAGE_LEGAL: "tomar decisiones procesales (radicar, cerrar, reabrir, archivar)",
    Action.ADD_EVIDENCE: "agregar pruebas",
    Action.LOG_CONTACT: "registrar gestiones",
    Action.MANAGE_NOTICES: "registrar comunicaciones",
    Action.MANAGE_AGREEMENTS: "registrar acuerdos de pago",
    Action.MANAGE_HEARINGS: "programar audiencias",
    Action.MANAGE_EMBARGOES: "gestionar medidas cautelares",
    Action.MANAGE_SETTLEMENTS: "hacer o cerrar ofertas de arreglo",
    Action.RECORD_PAYMENTS: "registrar abonos",
    Action.GENERATE_DOCUMENTS: "generar documentos",
    Action.BUILD_PACKET: "armar paquetes de radicación",
    Action.MANAGE_CALENDAR: "modificar el calendario judicial",
    Action.MANAGE_RATES: "importar tasas moratorias",
    Action.MANAGE_USERS: "administrar usuarios",
    Action.ADMIN_SETTINGS: "cambiar la configuración",
    Action.BACKUP: "hacer o restaurar copias de seguridad",
    Action.VIEW_ALL: "ver todos los expedientes",
}

_ALL = frozenset(Action)
_PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.ADMIN: _ALL,
    Role.LAWYER: _ALL - {Action.MANAGE_USERS, Action.ADMIN_SETTINGS, Action.BACKUP},
    Role.PARALEGAL: frozenset(
        {
            Action.EDIT_CASE,
            Action.EDIT_FILED_CASE,
            Action.MOVE_STAGE,
            Action.ADD_EVIDENCE,
            Action.LOG_CONTACT,
            Action.MANAGE_NOTICES,
            Action.MANAGE_AGREEMENTS,
            Action.MANAGE_HEARINGS,
            Action.MANAGE_EMBARGOES,
            Action.RECORD_PAYMENTS,
            Action.GENERATE_DOCUMENTS,
            Action.BUILD_PACKET,
            Action.VIEW_ALL,
        }
    ),
    Role.COLLECTIONS: frozenset(
        {
            Action.HAND_OVER,
            Action.IMPORT_REFERRALS,
            Action.EDIT_CASE,
            Action.ADD_EVIDENCE,
            Action.LOG_CONTACT,
            Action.MANAGE_NOTICES,
            Action.MANAGE_AGREEMENTS,
            Action.RECORD_PAYMENTS,
        }
    ),
}


def can(role: Role | str, action: Action) -> bool:
    """Whether a role may perform an action."""
    return action in _PERMISSIONS[Role(role)]


#: Stages in which a case is still collections' own: not handed over yet, handed over but not yet
#: accepted by legal (INTAKE), or given back. In any other stage legal has it: collections see only
#: what «Mis entregas» shows (identity, stage, lawyer, radicado, closing or return reason) and change nothing.
COLLECTIONS_STAGES = frozenset({Stage.PRE_LEGAL, Stage.INTAKE, Stage.RETURNED_TO_COLLECTIONS})


def legal_has_it(stage: Stage | str) -> bool:
    """Whether legal has accepted the case (it is no longer collections' to read in full or change)."""
    return Stage(stage) not in COLLECTIONS_STAGES


def stage_move_action(current: Stage, target: Stage) -> Action:
    """The permission a stage change needs: handing over, accepting, a legal step, or any other move.

    Handing a pre-legal account to the legal team is collections' act (*traslado a jurídico*);
    accepting a handover (INTAKE → EVIDENCE) is the lawyer's (DOMAIN.md §2); the steps in and
    out of court are the lawyer's too; the rest (gathering evidence, the demand letter) the team's.
    """
    if current is Stage.PRE_LEGAL and target is Stage.INTAKE:
        return Action.HAND_OVER
    if target is Stage.RETURNED_TO_COLLECTIONS:
        return Action.RETURN_CASE
    if current is Stage.INTAKE and target is Stage.EVIDENCE:
        return Action.ACCEPT_CASE
    if target in LAWYER_ONLY_TARGETS:
        return Action.MOVE_STAGE_LEGAL
    return Action.MOVE_STAGE
