"""The case lifecycle (DOMAIN.md §2): stages, allowed transitions and who may make them."""

from __future__ import annotations

from enum import StrEnum

from legal_desk.domain import messages as M
from legal_desk.domain.messages import Term, Text, TextError


class Stage(StrEnum):
    """Stage of a case (*etapa del expediente*)."""

    PRE_LEGAL = "PRE_LEGAL"
    INTAKE = "INTAKE"
    EVIDENCE = "EVIDENCE"
    DEMAND_LETTER_SENT = "DEMAND_LETTER_SENT"
    READY_TO_FILE = "READY_TO_FILE"
    FILED = "FILED"
    CORRECTION_PENDING = "CORRECTION_PENDING"
    REJECTED = "REJECTED"
    PAYMENT_ORDER_ISSUED = "PAYMENT_ORDER_ISSUED"
    DEBTOR_SERVED = "DEBTOR_SERVED"
    DEFENCES_FILED = "DEFENCES_FILED"
    HEARING_SCHEDULED = "HEARING_SCHEDULED"
    ORDER_TO_PROCEED = "ORDER_TO_PROCEED"
    LIQUIDATION = "LIQUIDATION"
    EXECUTION = "EXECUTION"
    SETTLEMENT_ACTIVE = "SETTLEMENT_ACTIVE"
    CLOSED_PAID = "CLOSED_PAID"
    CLOSED_SETTLED = "CLOSED_SETTLED"
    CLOSED_WRITTEN_OFF = "CLOSED_WRITTEN_OFF"
    CLOSED_DISMISSED = "CLOSED_DISMISSED"
    CLOSED_JUDGMENT_EXECUTED = "CLOSED_JUDGMENT_EXECUTED"
    RETURNED_TO_COLLECTIONS = "RETURNED_TO_COLLECTIONS"


STAGE_LABELS_ES: dict[Stage, str] = {
    Stage.PRE_LEGAL: "Cobro prejurídico",
    Stage.INTAKE: "Recibido de cobranza",
    Stage.EVIDENCE: "Recaudo de pruebas",
    Stage.DEMAND_LETTER_SENT: "Requerimiento enviado",
    Stage.READY_TO_FILE: "Listo para radicar",
    Stage.FILED: "Demanda radicada",
    Stage.CORRECTION_PENDING: "Inadmitida: por subsanar",
    Stage.REJECTED: "Rechazada",
    Stage.PAYMENT_ORDER_ISSUED: "Mandamiento de pago",
    Stage.DEBTOR_SERVED: "Deudor notificado",
    Stage.DEFENCES_FILED: "Excepciones propuestas",
    Stage.HEARING_SCHEDULED: "Audiencia programada",
    Stage.ORDER_TO_PROCEED: "Seguir adelante la ejecución",
    Stage.LIQUIDATION: "Liquidación del crédito",
    Stage.EXECUTION: "Ejecución (embargo, secuestro, remate)",
    Stage.SETTLEMENT_ACTIVE: "Acuerdo de pago vigente",
    Stage.CLOSED_PAID: "Terminado por pago",
    Stage.CLOSED_SETTLED: "Terminado por acuerdo cumplido",
    Stage.CLOSED_WRITTEN_OFF: "Castigado (incobrable)",
    Stage.CLOSED_DISMISSED: "Terminado: excepciones prósperas",
    Stage.CLOSED_JUDGMENT_EXECUTED: "Terminado: crédito recaudado",
    Stage.RETURNED_TO_COLLECTIONS: "Devuelto a cobranza",
}

STAGE_LABELS_EN: dict[Stage, str] = {
    Stage.PRE_LEGAL: "Pre-legal collection",
    Stage.INTAKE: "Handed over",
    Stage.EVIDENCE: "Gathering evidence",
    Stage.DEMAND_LETTER_SENT: "Demand letter sent",
    Stage.READY_TO_FILE: "Ready to file",
    Stage.FILED: "Filed",
    Stage.CORRECTION_PENDING: "Correction pending",
    Stage.REJECTED: "Rejected",
    Stage.PAYMENT_ORDER_ISSUED: "Payment order issued",
    Stage.DEBTOR_SERVED: "Debtor served",
    Stage.DEFENCES_FILED: "Defences filed",
    Stage.HEARING_SCHEDULED: "Hearing scheduled",
    Stage.ORDER_TO_PROCEED: "Order to proceed",
    Stage.LIQUIDATION: "Debt liquidation",
    Stage.EXECUTION: "Execution",
    Stage.SETTLEMENT_ACTIVE: "Settlement active",
    Stage.CLOSED_PAID: "Closed: paid",
    Stage.CLOSED_SETTLED: "Closed: settled",
    Stage.CLOSED_WRITTEN_OFF: "Closed: written off",
    Stage.CLOSED_DISMISSED: "Closed: dismissed",
    Stage.CLOSED_JUDGMENT_EXECUTED: "Closed: judgment executed",
    Stage.RETURNED_TO_COLLECTIONS: "Returned to collections",
}

CLOSED_STAGES = frozenset(
    {
        Stage.CLOSED_PAID,
        Stage.CLOSED_SETTLED,
        Stage.CLOSED_WRITTEN_OFF,
        Stage.CLOSED_DISMISSED,
        Stage.CLOSED_JUDGMENT_EXECUTED,
        Stage.RETURNED_TO_COLLECTIONS,
        Stage.REJECTED,
    }
)
ACTIVE_STAGES = frozenset(s for s in Stage if s not in CLOSED_STAGES and s is not Stage.PRE_LEGAL)
FILED_STAGES = frozenset(
    {
        Stage.FILED,
        Stage.CORRECTION_PENDING,
        Stage.PAYMENT_ORDER_ISSUED,
        Stage.DEBTOR_SERVED,
        Stage.DEFENCES_FILED,
        Stage.HEARING_SCHEDULED,
        Stage.ORDER_TO_PROCEED,
        Stage.LIQUIDATION,
        Stage.EXECUTION,
    }
)
# The payment order has been served on the debtor (the stages that only come after service).
SERVED_STAGES = frozenset(
    {
        Stage.DEBTOR_SERVED,
        Stage.DEFENCES_FILED,
        Stage.HEARING_SCHEDULED,
        Stage.ORDER_TO_PROCEED,
        Stage.LIQUIDATION,
        Stage.EXECUTION,
        Stage.CLOSED_JUDGMENT_EXECUTED,
    }
)
# A judgment or an order to proceed is in the file (CGP art. 317 num. 2 lit. b: 2 years of inactivity).
POST_JUDGMENT_STAGES = frozenset({Stage.ORDER_TO_PROCEED, Stage.LIQUIDATION, Stage.EXECUTION})

_FORWARD: dict[Stage, tuple[Stage, ...]] = {
    Stage.PRE_LEGAL: (Stage.INTAKE,),
    Stage.INTAKE: (Stage.EVIDENCE, Stage.RETURNED_TO_COLLECTIONS),
    Stage.EVIDENCE: (Stage.DEMAND_LETTER_SENT, Stage.READY_TO_FILE),
    Stage.DEMAND_LETTER_SENT: (Stage.READY_TO_FILE, Stage.EVIDENCE),
    Stage.READY_TO_FILE: (Stage.FILED, Stage.EVIDENCE),
    Stage.FILED: (Stage.CORRECTION_PENDING, Stage.PAYMENT_ORDER_ISSUED, Stage.REJECTED),
    Stage.CORRECTION_PENDING: (Stage.FILED, Stage.REJECTED),
    Stage.PAYMENT_ORDER_ISSUED: (Stage.DEBTOR_SERVED,),
    Stage.DEBTOR_SERVED: (Stage.ORDER_TO_PROCEED, Stage.DEFENCES_FILED),
    Stage.DEFENCES_FILED: (Stage.HEARING_SCHEDULED,),
    Stage.HEARING_SCHEDULED: (Stage.ORDER_TO_PROCEED, Stage.CLOSED_DISMISSED),
    Stage.ORDER_TO_PROCEED: (Stage.LIQUIDATION,),
    Stage.LIQUIDATION: (Stage.EXECUTION,),
    Stage.EXECUTION: (Stage.CLOSED_JUDGMENT_EXECUTED,),
    Stage.SETTLEMENT_ACTIVE: (Stage.CLOSED_SETTLED,),
}

#: From any active stage (DOMAIN.md §2): a signed agreement, full payment, or write-off.
_FROM_ANY_ACTIVE = (Stage.SETTLEMENT_ACTIVE, Stage.CLOSED_PAID, Stage.CLOSED_WRITTEN_OFF)

#: Stages only a lawyer (or admin) may move a case into.
LAWYER_ONLY_TARGETS = frozenset(
    {
        Stage.READY_TO_FILE,
        Stage.FILED,
        Stage.CORRECTION_PENDING,
        Stage.REJECTED,
        Stage.PAYMENT_ORDER_ISSUED,
        Stage.DEBTOR_SERVED,
        Stage.DEFENCES_FILED,
        Stage.HEARING_SCHEDULED,
        Stage.ORDER_TO_PROCEED,
        Stage.LIQUIDATION,
        Stage.EXECUTION,
        Stage.SETTLEMENT_ACTIVE,
        Stage.CLOSED_PAID,
        Stage.CLOSED_SETTLED,
        Stage.CLOSED_WRITTEN_OFF,
        Stage.CLOSED_DISMISSED,
        Stage.CLOSED_JUDGMENT_EXECUTED,
        Stage.RETURNED_TO_COLLECTIONS,
    }
)


class TransitionError(TextError, ValueError):
    """A stage change that the lifecycle does not allow."""


def allowed_transitions(stage: Stage, *, settlement_return_to: Stage | None = None) -> list[Stage]:
    """Stages a case in `stage` may move to next (a reopen of a closed case is a separate event)."""
    targets = list(_FORWARD.get(stage, ()))
    if stage in ACTIVE_STAGES and stage is not Stage.SETTLEMENT_ACTIVE:
        targets += [t for t in _FROM_ANY_ACTIVE if t not in targets]
    if stage is Stage.SETTLEMENT_ACTIVE:
        targets += [Stage.CLOSED_PAID, Stage.CLOSED_WRITTEN_OFF]
        if settlement_return_to is not None:
            targets.append(settlement_return_to)
    return targets


def check_transition(
    current: Stage, target: Stage, *, reason: str = "", settlement_return_to: Stage | None = None
) -> None:
    """Raise TransitionError unless `current → target` is allowed and carries what it needs."""
    if target not in allowed_transitions(current, settlement_return_to=settlement_return_to):
        raise TransitionError(Text(M.STAGE_MOVE, current=stage_term(current), target=stage_term(target)))
    if target in (Stage.RETURNED_TO_COLLECTIONS, Stage.CLOSED_WRITTEN_OFF, Stage.REJECTED) and not reason.strip():
        raise TransitionError(Text(M.STAGE_REASON, target=stage_term(target)))


def stage_term(stage: Stage) -> Term:
    """A stage inside a message: named in the interface language, in Spanish in the sentence."""
    return Term("stage", stage.value, STAGE_LABELS_ES[stage])


def is_closed(stage: Stage) -> bool:
    """Closed cases are never deleted; only an explicit reopen event brings them back."""
    return stage in CLOSED_STAGES


def reopen_targets(stage: Stage) -> list[Stage]:
    """Where an explicit reopen event may take a closed case (DOMAIN.md §2); empty for an open case."""
    if stage not in CLOSED_STAGES:
        return []
    if stage is Stage.RETURNED_TO_COLLECTIONS:
        return [Stage.INTAKE]
    if stage is Stage.REJECTED:
        return [Stage.EVIDENCE, Stage.READY_TO_FILE]
    if stage is Stage.CLOSED_DISMISSED:
        return [Stage.HEARING_SCHEDULED, Stage.ORDER_TO_PROCEED]  # e.g. the decision was revoked on appeal
    return [s for s in Stage if s in ACTIVE_STAGES and s is not Stage.SETTLEMENT_ACTIVE]
