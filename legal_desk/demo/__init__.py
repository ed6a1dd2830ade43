"""Demo data: a fictitious Colombian collections portfolio and the evidence files its cases cite."""

from legal_desk.demo.evidence import DemoLawyer, case_evidence_pdfs, evidence_pdf
from legal_desk.demo.portfolio import (
    CREDITORS,
    EVIDENCE_KEYS,
    STAGES,
    DemoCase,
    DemoContact,
    DemoCreditor,
    DemoDebt,
    DemoEmbargo,
    DemoEvidence,
    DemoHearing,
    DemoNotice,
    DemoParty,
    DemoPayment,
    DemoSettlementOffer,
    DemoStageChange,
    generate_portfolio,
)

__all__ = [
    "CREDITORS",
    "EVIDENCE_KEYS",
    "STAGES",
    "DemoCase",
    "DemoContact",
    "DemoCreditor",
    "DemoDebt",
    "DemoEmbargo",
    "DemoEvidence",
    "DemoHearing",
    "DemoLawyer",
    "DemoNotice",
    "DemoParty",
    "DemoPayment",
    "DemoSettlementOffer",
    "DemoStageChange",
    "case_evidence_pdfs",
    "evidence_pdf",
    "generate_portfolio",
]
