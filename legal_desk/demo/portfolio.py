"""A realistic, fictitious Colombian collections portfolio as plain data, for demos and load tests.

Everything is generated from `random.Random(seed)`: the same seed and `today` give the same cases,
and the first k cases of `generate_portfolio(n)` do not depend on n. Creditors are invented (their
NITs carry correct DIAN check digits); debtors' ID numbers are unique across the portfolio.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Final
from zoneinfo import ZoneInfo

import holidays

from legal_desk.documents.context import cuantia_co, has_small_claims_courts, smlmv_co
from legal_desk.domain.calendar import jurisdiction_data
from legal_desk.domain.ids import nit_with_check_digit
from legal_desk.domain.text import fold

BOGOTA: Final = ZoneInfo("America/Bogota")

STAGES: Final = (
    "PRE_LEGAL", "INTAKE", "EVIDENCE", "DEMAND_LETTER_SENT", "READY_TO_FILE", "FILED", "CORRECTION_PENDING",
    "PAYMENT_ORDER_ISSUED", "DEBTOR_SERVED", "DEFENCES_FILED", "HEARING_SCHEDULED", "ORDER_TO_PROCEED",
    "LIQUIDATION", "EXECUTION", "SETTLEMENT_ACTIVE", "CLOSED_PAID", "CLOSED_SETTLED", "CLOSED_WRITTEN_OFF",
    "CLOSED_DISMISSED", "CLOSED_JUDGMENT_EXECUTED", "RETURNED_TO_COLLECTIONS", "REJECTED",
)
# Share of each stage in a working portfolio (per thousand).
_STAGE_WEIGHTS: Final = (
    80, 50, 55, 60, 35, 70, 15, 65, 60, 20, 20, 45, 35, 90, 60, 45, 40, 30, 8, 20, 25, 12,
)
_FILED_STAGES: Final = frozenset({
    "FILED", "CORRECTION_PENDING", "PAYMENT_ORDER_ISSUED", "DEBTOR_SERVED", "DEFENCES_FILED",
    "HEARING_SCHEDULED", "ORDER_TO_PROCEED", "LIQUIDATION", "EXECUTION", "CLOSED_DISMISSED",
    "CLOSED_JUDGMENT_EXECUTED", "REJECTED",
})
_MAIN_PATH: Final = (
    "PRE_LEGAL", "INTAKE", "EVIDENCE", "DEMAND_LETTER_SENT", "READY_TO_FILE", "FILED", "PAYMENT_ORDER_ISSUED",
    "DEBTOR_SERVED", "ORDER_TO_PROCEED", "LIQUIDATION", "EXECUTION", "CLOSED_JUDGMENT_EXECUTED",
)
# Typical days spent before moving on from each stage (low, high).
_DWELL: Final[dict[str, tuple[int, int]]] = {
    "PRE_LEGAL": (30, 120), "INTAKE": (2, 15), "EVIDENCE": (7, 40), "DEMAND_LETTER_SENT": (15, 35),
    "READY_TO_FILE": (3, 20), "FILED": (20, 75), "CORRECTION_PENDING": (5, 12),
    "PAYMENT_ORDER_ISSUED": (30, 120), "DEBTOR_SERVED": (12, 30), "DEFENCES_FILED": (30, 90),
    "HEARING_SCHEDULED": (20, 60), "ORDER_TO_PROCEED": (10, 40), "LIQUIDATION": (15, 45),
    "EXECUTION": (60, 240), "SETTLEMENT_ACTIVE": (60, 300),
}

# ------------------------------------------------------------------ plain data returned


@dataclass(frozen=True, slots=True)
class DemoCreditor:
    """The creditor (*acreedor*) that hands cases over: an invented bank, fintech or utility."""

    name: str
    nit: str  # "860123456-7"
    kind: str  # "bank", "fintech", "cooperative", "utility"
    city: str
    address: str
    email: str
    legal_representative: str
    legal_representative_cc: str
    certificate_key: str  # DemoEvidence.key of its certificado de existencia y representación


@dataclass(frozen=True, slots=True)
class DemoParty:
    """A debtor (*deudor*) or guarantor (*codeudor / avalista*), a person or a company."""

    name: str
    id_type: str  # "CC" or "NIT" (see legal_desk.domain.ids)
    id_number: str  # normalize_id form; NIT with its check digit
    is_company: bool
    email: str
    phone: str  # "+57 310 555 1234"
    address: str  # "Calle 45 # 12-30 Apto 502"
    city: str  # "Medellín"
    department: str  # "Antioquia"
    authorised_channels: tuple[str, ...]  # channels the debtor authorised (Ley 2300 de 2023)


@dataclass(frozen=True, slots=True)
class DemoDebt:
    """The obligation and its title (*título ejecutivo*)."""

    capital: Decimal  # COP, two decimals, 1,000,000–250,000,000
    currency: str  # "COP"
    issue_date: dt.date  # fecha de suscripción
    due_date: dt.date  # fecha de vencimiento / exigibilidad
    title_type: str  # "pagare", "letra", "factura", "contrato", "cheque"
    title_number: str
    original_location: str  # where the original title is kept
    agreed_moratory_rate: Decimal | None  # effective annual %, None = the legal maximum applies


@dataclass(frozen=True, slots=True)
class DemoStageChange:
    """One step of the case's history along the lifecycle (DOMAIN.md §2)."""

    stage: str
    on: dt.date
    reason: str


@dataclass(frozen=True, slots=True)
class DemoContact:
    """A pre-legal contact attempt (*gestión de cobro*), within the hours Ley 2300 allows."""

    at: dt.datetime  # aware, America/Bogota
    channel: str  # "call", "sms", "email", "whatsapp", "visit", "letter"
    outcome: str  # Spanish, e.g. "Promesa de pago"
    notes: str


@dataclass(frozen=True, slots=True)
class DemoNotice:
    """A notice sent to the debtor: demand letter or service of process, with its delivery proof."""

    kind: str  # "demand_letter", "summons_291", "notice_292", "email_service_2213"
    channel: str  # "courier" or "email"
    carrier: str | None  # "4-72", "Servientrega", "Inter Rapidísimo", "Envía"; None for e-mail
    tracking: str | None
    recipient: str  # postal address or e-mail address
    sent: dt.date
    delivered: dt.date | None
    proof_key: str | None  # DemoEvidence.key of the case's certificado de entrega of this notice
    returned: dt.date | None = None  # the carrier gave it back undelivered
    return_reason: str | None = None


@dataclass(frozen=True, slots=True)
class DemoHearing:
    """A hearing (*audiencia*, CGP arts. 372/373)."""

    kind: str  # "initial" (art. 372) or "instruction_judgment" (art. 373)
    at: dt.datetime  # aware, America/Bogota
    place: str
    outcome: str | None  # None while it is in the future


@dataclass(frozen=True, slots=True)
class DemoEmbargo:
    """A precautionary measure (*embargo / medida cautelar*)."""

    asset_type: str  # "account", "salary", "vehicle", "real_estate", "shares"
    registry: str  # bank, employer, transit office or land registry
    description: str
    oficio_number: str
    cap: Decimal  # limit of the measure (CGP art. 599: up to twice the credit)
    status: str  # "requested", "decreed", "registered", "auctioned", "lifted"
    requested_on: dt.date


@dataclass(frozen=True, slots=True)
class DemoSettlementOffer:
    """A settlement offer (*propuesta de acuerdo*) and what became of it."""

    made_on: dt.date
    by: str  # "debtor" or "creditor"
    amount: Decimal
    instalments: int
    status: str  # "proposed", "accepted", "rejected", "expired"
    evidence_key: str | None  # "acuerdo_pago" when signed


@dataclass(frozen=True, slots=True)
class DemoAgreement:
    """The signed settlement (*acuerdo de pago*) and its instalments: (due, amount, paid on or None)."""

    signed_on: dt.date
    total: Decimal
    instalments: tuple[tuple[dt.date, Decimal, dt.date | None], ...]
    status: str  # "active" or "kept"


@dataclass(frozen=True, slots=True)
class DemoPayment:
    """Money received on the case."""

    on: dt.date
    amount: Decimal
    method: str  # "transfer", "cash_deposit", "pse", "judicial_deposit"
    reference: str


@dataclass(frozen=True, slots=True)
class DemoEvidence:
    """A file attached to the case; legal_desk.demo.evidence draws it from the case itself."""

    kind: str  # "title", "creditor_certificate", "delivery_certificate", "payment_agreement", ...
    key: str  # unique within the case, one of EVIDENCE_KEYS; the file is named `{key}.pdf`
    on: dt.date
    description: str


@dataclass(frozen=True, slots=True)
class DemoCase:
    """One demo case with everything around it; map each field to its model."""

    account_ref: str  # "OB-2024-000001" (year of hand-over, sequence)
    jurisdiction: str  # "CO"
    stage: str  # one of STAGES (the current one)
    creditor: DemoCreditor  # shared between cases: store it once (by NIT)
    debtor: DemoParty
    guarantors: tuple[DemoParty, ...]  # 0–2
    debt: DemoDebt
    handed_over_on: dt.date | None  # None while PRE_LEGAL
    history: tuple[DemoStageChange, ...]  # from PRE_LEGAL to `stage`, dated, in order
    previous_stage: str | None  # for SETTLEMENT_ACTIVE: the stage a default returns to
    court: str | None  # "Juzgado 12 Civil Municipal de Bogotá", once filed
    radicado: str | None  # 23 digits, once filed
    filed_on: dt.date | None
    pre_legal_summary: str
    contacts: tuple[DemoContact, ...]
    notices: tuple[DemoNotice, ...]
    hearings: tuple[DemoHearing, ...]
    embargoes: tuple[DemoEmbargo, ...]
    settlement_offers: tuple[DemoSettlementOffer, ...]
    payments: tuple[DemoPayment, ...]
    evidence: tuple[DemoEvidence, ...]
    demand_letter_waiver: str | None = None  # why the case was filed without a delivered demand letter
    agreement: DemoAgreement | None = None  # SETTLEMENT_ACTIVE / CLOSED_SETTLED


# ------------------------------------------------------------------ reference lists

_MALE: Final = (
    "Juan", "Carlos", "José", "Luis", "Andrés", "Jorge", "Diego", "Camilo", "Santiago", "Sebastián",
    "Julián", "Óscar", "Héctor", "Fabián", "Hernán", "Iván", "Germán", "Rubén", "Álvaro", "Edwin",
    "Mauricio", "Ricardo", "Felipe", "Alejandro", "Nicolás", "Jhon", "Wílmar", "Efraín", "Ramón", "Joaquín",
)
_FEMALE: Final = (
    "María", "Luz", "Ana", "Carolina", "Diana", "Paola", "Sandra", "Claudia", "Natalia", "Valentina",
    "Ángela", "Mónica", "Lucía", "Inés", "Sofía", "Daniela", "Marcela", "Yolanda", "Gloria", "Martha",
    "Beatriz", "Adriana", "Liliana", "Jimena", "Nohemí", "Rocío", "Dayana", "Yésica", "Leidy", "Ximena",
)
_SURNAMES: Final = (
    "Rodríguez", "Gómez", "González", "Martínez", "García", "López", "Hernández", "Sánchez", "Ramírez",
    "Pérez", "Díaz", "Muñoz", "Rojas", "Moreno", "Jiménez", "Vargas", "Castro", "Gutiérrez", "Álvarez",
    "Ruiz", "Ortiz", "Suárez", "Torres", "Valencia", "Quintero", "Ospina", "Cárdenas", "Londoño", "Restrepo",
    "Zapata", "Castañeda", "Peña", "Núñez", "Ibáñez", "Ordóñez", "Patiño", "Bolaños", "Ñañez", "Salazar",
    "Cifuentes", "Bermúdez", "Guzmán", "Vásquez", "Ríos", "Mejía", "Arango", "Echeverri", "Muñetón",
    "Montaño", "Avendaño", "Bohórquez", "Agudelo", "Galeano", "Pulgarín", "Giraldo", "Henao", "Rincón",
)
_COMPANY_KIND: Final = (
    "Comercializadora", "Distribuciones", "Inversiones", "Transportes", "Construcciones", "Servicios",
    "Ferretería", "Agroindustrial", "Confecciones", "Droguería", "Logística", "Importadora",
)
_COMPANY_NAME: Final = (
    "Andina", "del Valle", "Santa Rosa", "El Dorado", "La Ceiba", "Los Cerezos", "Montaña Azul", "del Caribe",
    "San Fernando", "La Esperanza", "Nuevo Horizonte", "El Porvenir", "Guayacán", "Cafetera", "Llanera",
    "del Sinú", "Pacífico", "La Sabana", "Tres Ríos", "Altamira",
)
_COMPANY_FORM: Final = ("S.A.S.", "S.A.S.", "S.A.S.", "Ltda.", "S.A.")
# city, department, DANE municipality code, weight, number of civil municipal courts
_CITIES: Final = (
    ("Bogotá D.C.", "Bogotá D.C.", "11001", 32, 86), ("Medellín", "Antioquia", "05001", 14, 45),
    ("Cali", "Valle del Cauca", "76001", 11, 36), ("Barranquilla", "Atlántico", "08001", 7, 20),
    ("Bucaramanga", "Santander", "68001", 5, 15), ("Cartagena", "Bolívar", "13001", 5, 15),
    ("Pereira", "Risaralda", "66001", 3, 10), ("Manizales", "Caldas", "17001", 3, 10),
    ("Ibagué", "Tolima", "73001", 3, 10), ("Cúcuta", "Norte de Santander", "54001", 4, 12),
    ("Santa Marta", "Magdalena", "47001", 2, 8), ("Villavicencio", "Meta", "50001", 3, 9),
    ("Pasto", "Nariño", "52001", 2, 8), ("Neiva", "Huila", "41001", 2, 7),
    ("Armenia", "Quindío", "63001", 2, 7), ("Montería", "Córdoba", "23001", 2, 6),
    ("Tunja", "Boyacá", "15001", 1, 5), ("Popayán", "Cauca", "19001", 1, 6),
)
_STREETS: Final = ("Calle", "Calle", "Carrera", "Carrera", "Avenida Calle", "Transversal", "Diagonal", "Avenida")
_UNITS: Final = ("", "", "", " Apto 502", " Apto 301", " Casa 3", " Torre 2 Apto 1104", " Local 4", " Oficina 702")
_MAIL_DOMAINS: Final = ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "yahoo.es")
_MOBILE_PREFIXES: Final = (
    "300", "301", "302", "304", "305", "310", "311", "312", "313", "314", "315", "316", "317", "318",
    "319", "320", "321", "322", "323", "350", "351",
)
_CHANNELS: Final = ("call", "sms", "email", "whatsapp", "visit", "letter")
_OUTCOMES: Final[dict[str, tuple[str, ...]]] = {
    "call": ("No contesta", "Buzón de voz", "Promesa de pago", "Manifiesta dificultades económicas",
             "Se niega a pagar", "Número equivocado", "Atiende un familiar; deja recado", "Solicita acuerdo de pago"),
    "sms": ("Mensaje entregado", "Mensaje entregado sin respuesta", "Número inactivo"),
    "email": ("Correo entregado sin respuesta", "Correo leído", "Correo rebotado", "Responde pidiendo acuerdo"),
    "whatsapp": ("Mensaje leído sin respuesta", "Mensaje no entregado", "Responde con promesa de pago",
                 "Pide plazo para ponerse al día"),
    "visit": ("Deudor no se encuentra", "Atiende el deudor; promete pagar", "Dirección inexistente",
              "El deudor ya no reside en la dirección"),
    "letter": ("Carta entregada", "Carta devuelta: dirección errada", "Carta entregada; recibió un tercero"),
}
#: Contact outcomes that say the debtor's postal address is wrong, and what a visit or letter to a right
#: address that still failed would say instead.
_ADDRESS_FAILED: Final = {
    "Dirección inexistente": "Deudor no se encuentra",
    "El deudor ya no reside en la dirección": "Deudor no se encuentra; se deja citación",
    "Carta devuelta: dirección errada": "Carta entregada; recibió un tercero",
}
_CARRIERS: Final = ("4-72", "4-72", "Servientrega", "Inter Rapidísimo", "Envía")
#: The evidence key (and file name) of each carrier's certificado de entrega of the demand letter.
_CARRIER_KEYS: Final = {
    "4-72": "certificado_entrega_472", "Servientrega": "certificado_entrega_servientrega",
    "Inter Rapidísimo": "certificado_entrega_interrapidisimo", "Envía": "certificado_entrega_envia",
}
#: The certificado de entrega of each service-of-process notice: key and what it delivered.
_SERVICE_FILES: Final = {
    "summons_291": ("certificado_entrega_citacion_291", "la citación para notificación personal"),
    "notice_292": ("certificado_entrega_aviso_292", "la notificación por aviso"),
}
#: The scanned title by type: key (and file name) and how its description begins.
_TITLE_FILES: Final = {
    "pagare": ("pagare_escaneado", "Pagaré"),
    "letra": ("letra_cambio_escaneada", "Letra de cambio"),
    "factura": ("factura", "Factura"),
    "contrato": ("contrato_escaneado", "Contrato de mutuo"),
    "cheque": ("cheque_escaneado", "Cheque"),
}


def _cuantia(capital: Decimal, year: int) -> str:
    """«mínima», «menor» or «mayor» (CGP art. 25) by the SMLMV of the jurisdiction data (nearest year known)."""
    known = sorted(int(y) for y in jurisdiction_data("CO")["minimum_wage"]["by_year"])
    wage = smlmv_co(min(max(year, known[0]), known[-1]))
    return cuantia_co(capital, year, wage)["cuantia"]


_BANKS_FOR_EMBARGO: Final = ("Banco Cordillera S.A.", "Banco Nacional del Río S.A.", "Banco Popular del Llano S.A.",
                             "Cooperativa Financiera Confianza")


def _creditor(name: str, base_nit: str, kind: str, city: str, address: str, email: str,
              rep: str, rep_cc: str) -> DemoCreditor:
    """An invented creditor with a correct NIT check digit."""
    return DemoCreditor(name, nit_with_check_digit(base_nit), kind, city, address, email, rep, rep_cc,
                        "certificado_existencia")


CREDITORS: Final = (
    _creditor("Banco Cordillera S.A.", "860517304", "bank", "Bogotá D.C.", "Carrera 7 # 71-21 Torre B",
              "notificacionesjudiciales@bancocordillera.com.co", "Adriana Lucía Mejía Restrepo", "51789234"),
    _creditor("Financiera Altamar S.A. Compañía de Financiamiento", "890938127", "bank", "Medellín",
              "Carrera 43A # 14-109 Piso 9", "juridico@altamarfinanciera.com.co", "Jorge Iván Echeverri Henao",
              "71612345"),
    _creditor("Crediágil Colombia S.A.S.", "901488210", "fintech", "Bogotá D.C.", "Calle 93 # 19-55 Oficina 304",
              "cobranza@crediagil.co", "Sebastián Ríos Cifuentes", "1020745112"),
    _creditor("Cooperativa Multiactiva Horizonte", "805027619", "cooperative", "Cali", "Avenida 4N # 7N-46",
              "cartera@coophorizonte.coop", "Gloria Inés Valencia Muñoz", "31945678"),
    _creditor("Energía del Llano S.A. E.S.P.", "892002210", "utility", "Villavicencio", "Calle 37 # 29-84",
              "recuperacion@energiadelllano.com.co", "Hernán Darío Bohórquez Ríos", "17345901"),
)
_CREDITOR_WEIGHTS: Final = (40, 70, 88, 96, 100)  # cumulative

_HEARING_PLACES: Final = ("Audiencia virtual — Microsoft Teams (enlace enviado por el juzgado)",
                          "Audiencia virtual — Lifesize", "Sala de audiencias del juzgado")

# ------------------------------------------------------------------ generation


def _calendar_days(rng: random.Random, low: int, high: int) -> int:
    """A duration in days, uniform in [low, high]."""
    return rng.randint(low, high)


class _Generator:
    """Holds the random stream and precomputed tables for one portfolio."""

    def __init__(self, seed: int, today: dt.date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.start = today.replace(year=today.year - 4) if not (today.month == 2 and today.day == 29) \
            else dt.date(today.year - 4, 2, 28)
        years = range(self.start.year - 1, today.year + 2)
        self.closed = set(holidays.country_holidays("CO", years=years))
        stage_cum, acc = [], 0
        for w in _STAGE_WEIGHTS:
            acc += w
            stage_cum.append(acc)
        self.stage_cum = stage_cum
        city_cum, acc = [], 0
        for c in _CITIES:
            acc += c[3]
            city_cum.append(acc)
        self.city_cum = city_cum

    # -- people

    def person(self, k: int, city_row: tuple[str, str, str, int, int]) -> DemoParty:
        """A natural person with a unique CC derived from party number k."""
        rng = self.rng
        female = rng.random() < 0.5
        first = rng.choice(_FEMALE if female else _MALE)
        if rng.random() < 0.55:
            second = rng.choice(_FEMALE if female else _MALE)
            if second != first:
                first = f"{first} {second}"
        s1, s2 = rng.choice(_SURNAMES), rng.choice(_SURNAMES)
        name = f"{first} {s1} {s2}"
        if rng.random() < 0.45:  # born after 2000-ish: 10-digit NUIP-era number
            number = 1_000_000_000 + (k * 7_919 + 12_345) % 140_000_000
        else:
            number = 10_000_000 + (k * 104_729 + 54_321) % 89_999_999
        user = fold(f"{first.split()[0]}.{s1}").replace(" ", "").replace("ñ", "n")
        email = f"{user}{rng.randint(1, 99)}@{rng.choice(_MAIL_DOMAINS)}"
        channels = ["call", "sms", "email", "whatsapp", "letter", "visit"]
        authorised = tuple(c for c in channels if c in ("call", "letter") or rng.random() < 0.6)
        return DemoParty(name, "CC", str(number), False, email, self.phone(), self.address(), city_row[0],
                         city_row[1], authorised)

    def company(self, k: int, city_row: tuple[str, str, str, int, int]) -> DemoParty:
        """A company debtor with a unique NIT and its check digit."""
        rng = self.rng
        core = f"{rng.choice(_COMPANY_KIND)} {rng.choice(_COMPANY_NAME)}"
        name = f"{core} {rng.choice(_COMPANY_FORM)}"
        base = 900_000_000 + (k * 7_907 + 101) % 1_600_000
        domain = fold(core).replace(" ", "")
        email = f"{rng.choice(('contabilidad', 'gerencia', 'tesoreria', 'cartera'))}@{domain}.com.co"
        return DemoParty(name, "NIT", nit_with_check_digit(str(base)), True, email, self.phone(), self.address(),
                         city_row[0], city_row[1], ("call", "email", "letter"))

    def phone(self) -> str:
        """A Colombian mobile number as people write it."""
        rng = self.rng
        return f"+57 {rng.choice(_MOBILE_PREFIXES)} {rng.randint(200, 999)} {rng.randint(0, 9999):04d}"

    def address(self) -> str:
        """A Colombian urban address (`Calle 45 # 12-30`)."""
        rng = self.rng
        letter = rng.choice(("", "", "", "A", "B", " Bis"))
        return (f"{rng.choice(_STREETS)} {rng.randint(1, 180)}{letter} # {rng.randint(1, 120)}-"
                f"{rng.randint(1, 99)}{rng.choice(_UNITS)}")

    # -- calendar helpers

    def business_day(self, day: dt.date) -> dt.date:
        """The day itself or the next weekday that is not a holiday."""
        while day.weekday() >= 5 or day in self.closed:
            day += dt.timedelta(days=1)
        return day

    def contact_time(self, day: dt.date) -> dt.datetime:
        """A time Ley 2300 allows on that day (Mon–Fri 07–19, Sat 08–15); the day must not be Sunday/holiday."""
        rng = self.rng
        if day.weekday() == 5:
            minute = rng.randint(8 * 60, 15 * 60 - 1)
        else:
            minute = rng.randint(7 * 60, 19 * 60 - 1)
        return dt.datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=BOGOTA)

    # -- one case

    def path(self, stage: str) -> tuple[list[str], str | None]:
        """The stages a case went through to reach `stage`, and the stage a settlement would return to."""
        rng = self.rng
        main = list(_MAIN_PATH)
        if stage in main and stage != "ORDER_TO_PROCEED" and main.index(stage) < main.index("ORDER_TO_PROCEED"):
            return main[: main.index(stage) + 1], None
        if stage in ("CORRECTION_PENDING", "REJECTED"):
            steps = [*main[: main.index("FILED") + 1], "CORRECTION_PENDING"]
            return ([*steps, "REJECTED"] if stage == "REJECTED" else steps), None
        defended = [*main[: main.index("DEBTOR_SERVED") + 1], "DEFENCES_FILED", "HEARING_SCHEDULED"]
        if stage == "DEFENCES_FILED":
            return defended[:-1], None
        if stage == "HEARING_SCHEDULED":
            return defended, None
        if stage == "CLOSED_DISMISSED":
            return [*defended, "CLOSED_DISMISSED"], None
        if stage in ("ORDER_TO_PROCEED", "LIQUIDATION", "EXECUTION", "CLOSED_JUDGMENT_EXECUTED"):
            head = defended if rng.random() < 0.2 else main[: main.index("DEBTOR_SERVED") + 1]
            tail = main[main.index("ORDER_TO_PROCEED"): main.index(stage) + 1]
            return [*head, *tail], None
        if stage == "RETURNED_TO_COLLECTIONS":
            return ["PRE_LEGAL", "INTAKE", "RETURNED_TO_COLLECTIONS"], None
        # SETTLEMENT_ACTIVE, CLOSED_SETTLED, CLOSED_PAID, CLOSED_WRITTEN_OFF: leave from an active stage
        if stage == "CLOSED_WRITTEN_OFF":
            origin = rng.choice(("EVIDENCE", "PAYMENT_ORDER_ISSUED", "EXECUTION", "EXECUTION", "EXECUTION"))
        else:
            origin = rng.choice(("EVIDENCE", "DEMAND_LETTER_SENT", "DEMAND_LETTER_SENT", "READY_TO_FILE",
                                 "PAYMENT_ORDER_ISSUED", "DEBTOR_SERVED", "EXECUTION"))
        steps = main[: main.index(origin) + 1]
        if stage == "SETTLEMENT_ACTIVE":
            return [*steps, "SETTLEMENT_ACTIVE"], origin
        if stage == "CLOSED_SETTLED":
            return [*steps, "SETTLEMENT_ACTIVE", "CLOSED_SETTLED"], origin
        return [*steps, stage], None

    def case(self, i: int) -> DemoCase:
        """Case number i (0-based)."""
        rng, today = self.rng, self.today
        r = rng.random() * self.stage_cum[-1]
        stage = STAGES[_bisect(self.stage_cum, r)]
        steps, previous = self.path(stage)

        # durations, compressed so the due date stays within the last four years
        gaps = [rng.randint(*_DWELL.get(s, (10, 30))) for s in steps[:-1]]
        first_gap = rng.randint(20, 75)  # due date → pre-legal collection starts
        current_for = rng.randint(*_DWELL.get(stage, (20, 200))) if stage in _DWELL else rng.randint(10, 400)
        span = first_gap + sum(gaps) + current_for
        room = (today - self.start).days - 5
        if span > room:
            factor = room / span
            gaps = [max(1, int(g * factor)) for g in gaps]
            first_gap = max(1, int(first_gap * factor))
            current_for = max(0, room - first_gap - sum(gaps))
        due = today - dt.timedelta(days=first_gap + sum(gaps) + current_for)
        dates = [due + dt.timedelta(days=first_gap)]
        for g in gaps:
            dates.append(self.business_day(dates[-1] + dt.timedelta(days=g)))
        dates = [min(d, today) for d in dates]
        on = dict(zip(steps, dates, strict=True))

        city_row = _CITIES[_bisect(self.city_cum, rng.random() * self.city_cum[-1])]
        creditor = CREDITORS[_bisect(_CREDITOR_WEIGHTS, rng.random() * 100)]
        is_company = rng.random() < 0.14 and creditor.kind != "utility"
        debtor = self.company(i, city_row) if is_company else self.person(3 * i, city_row)
        n_guarantors = rng.choices((0, 1, 2), (55, 35, 10))[0] if creditor.kind != "utility" else 0
        if is_company and n_guarantors == 0:
            n_guarantors = 1  # the legal representative signs as avalista
        guarantors = tuple(self.person(3 * i + 1 + g, city_row) for g in range(n_guarantors))

        debt = self.debt(creditor, due, i)
        history = tuple(DemoStageChange(s, d, _reason(s, i, debtor, debt)) for s, d in on.items())
        handed_over = on.get("INTAKE")
        filed = on.get("FILED")
        court = radicado = None
        if filed is not None and stage in _FILED_STAGES | {"SETTLEMENT_ACTIVE", "CLOSED_SETTLED", "CLOSED_PAID",
                                                          "CLOSED_WRITTEN_OFF"}:
            court, radicado = self.court(city_row, debt.capital, filed)

        contacts = self.contacts(debtor, on["PRE_LEGAL"], handed_over or today, at_least_one=handed_over is not None)
        notices, evidence = self.notices_and_evidence(debtor, on, debt, creditor)
        if any(n.channel == "courier" and n.delivered for n in notices):
            # A log that found the postal address wrong would contradict a letter delivered there.
            contacts = tuple(DemoContact(ct.at, ct.channel, _ADDRESS_FAILED[ct.outcome], ct.notes)
                             if ct.outcome in _ADDRESS_FAILED else ct for ct in contacts)
        hearings = self.hearings(on, stage)
        embargoes = self.embargoes(on, stage, debt.capital, debtor)
        offers, payments, agreement = self.money(on, stage, debt.capital)
        if any(o.evidence_key for o in offers):
            signed = next(o for o in offers if o.evidence_key)
            evidence = (*evidence, DemoEvidence("payment_agreement", "acuerdo_pago", signed.made_on,
                                                "Acuerdo de pago firmado por el deudor"))
        summary = self.summary(due, contacts, debtor)
        # A returned letter does not stop the lawsuit; the lawyer records why it went ahead without it.
        returned = any(n.kind == "demand_letter" and n.returned for n in notices)
        waiver = _LETTER_WAIVER if returned and "READY_TO_FILE" in on else None
        year = (handed_over or on["PRE_LEGAL"]).year
        return DemoCase(
            account_ref=f"OB-{year}-{i + 1:06d}", jurisdiction="CO", stage=stage, creditor=creditor,
            debtor=debtor, guarantors=guarantors, debt=debt, handed_over_on=handed_over, history=history,
            previous_stage=previous, court=court, radicado=radicado, filed_on=filed if court else None,
            pre_legal_summary=summary, contacts=contacts, notices=notices, hearings=hearings,
            embargoes=embargoes, settlement_offers=offers, payments=payments, evidence=evidence,
            demand_letter_waiver=waiver, agreement=agreement,
        )

    def debt(self, creditor: DemoCreditor, due: dt.date, i: int) -> DemoDebt:
        """Capital (log-normal, median ≈ 9 M COP; utilities smaller), title and dates."""
        rng = self.rng
        if creditor.kind == "utility":
            pesos = rng.randint(1_000_000, 6_000_000)
            title, prefix = "factura", "FS"
        else:
            pesos = int(min(250_000_000, max(1_000_000, rng.lognormvariate(math.log(9_000_000), 1.0))))
            title = rng.choices(("pagare", "letra", "factura", "contrato", "cheque"), (82, 6, 5, 4, 3))[0]
            prefix = {"pagare": "PG", "letra": "LC", "factura": "FE", "contrato": "CT", "cheque": "CH"}[title]
        pesos = pesos // 1000 * 1000 + (rng.choice((0, 0, 0, 500)) if pesos < 20_000_000 else 0)
        issue = due - dt.timedelta(days=rng.choice((180, 365, 365, 730, 1095, 1460)))
        location = (f"Bóveda de títulos de {creditor.name}, {creditor.city}" if title != "factura"
                    else "Factura electrónica en el sistema de la DIAN (RADIAN)")
        rate = Decimal(rng.choice(("24.00", "26.50", "28.00"))) if rng.random() < 0.3 else None
        return DemoDebt(Decimal(pesos).quantize(Decimal("0.01")), "COP", issue, due, title,
                        f"{prefix}-{rng.randint(100000, 999999)}", location, rate)

    def court(self, city_row: tuple[str, str, str, int, int], capital: Decimal, filed: dt.date) -> tuple[str, str]:
        """Court by amount (mínima, menor, mayor cuantía at 40 and 150 SMMLV) and a 23-digit radicado."""
        rng = self.rng
        city, _dept, dane, _w, courts = city_row
        kind = _cuantia(capital, filed.year)
        if kind == "mínima" and has_small_claims_courts(city):
            number, entity, speciality = rng.randint(1, max(3, courts // 2)), "41", "89"
            name = f"Juzgado {number} de Pequeñas Causas y Competencia Múltiple de {city}"
        elif kind in ("mínima", "menor"):
            number, entity, speciality = rng.randint(1, courts), "40", "03"
            name = f"Juzgado {number} Civil Municipal de {city}"
        else:
            number, entity, speciality = rng.randint(1, max(2, courts // 2)), "31", "03"
            name = f"Juzgado {number} Civil del Circuito de {city}"
        radicado = f"{dane}{entity}{speciality}{number:03d}{filed.year}{rng.randint(1, 1800):05d}00"
        return name.replace("Bogotá D.C.", "Bogotá"), radicado

    def contacts(
        self, debtor: DemoParty, start: dt.date, end: dt.date, at_least_one: bool = False
    ) -> tuple[DemoContact, ...]:
        """0–6 attempts (at least one when asked), one per distinct week, on authorised channels, at allowed hours."""
        rng = self.rng
        weeks = max(0, (end - start).days // 7)
        count = min(weeks, rng.choices((0, 1, 2, 3, 4, 5, 6), (5, 10, 20, 25, 20, 12, 8))[0])
        picked = sorted(rng.sample(range(weeks), count)) if count else []
        monday0 = start - dt.timedelta(days=start.weekday())
        out = []
        for w in picked:
            day = monday0 + dt.timedelta(days=7 * w + rng.randint(0, 5))
            tries = 0
            while (day in self.closed or day.weekday() == 6 or day < start) and tries < 6:
                day += dt.timedelta(days=1)
                tries += 1
            if day in self.closed or day.weekday() == 6 or day < start or day >= end or \
                    (day - monday0).days // 7 != w:
                continue  # no allowed day left in that week: one contact a week at most
            channel = rng.choice(debtor.authorised_channels)
            outcome = rng.choice(_OUTCOMES[channel])
            out.append(DemoContact(self.contact_time(day), channel, outcome, _CONTACT_NOTES[channel]))
        if not out and at_least_one:
            # a handed-over account always has a pre-legal log (the checklist asks for it before filing)
            day = start
            while day < end and (day in self.closed or day.weekday() == 6):
                day += dt.timedelta(days=1)
            if day < end:
                channel = rng.choice(debtor.authorised_channels)
                outcome = rng.choice(_OUTCOMES[channel])
                out.append(DemoContact(self.contact_time(day), channel, outcome, _CONTACT_NOTES[channel]))
        return tuple(out)

    def tracking(self, carrier: str) -> str:
        """A tracking number shaped as the carrier prints it (4-72: UPU S10 with its check digit)."""
        rng = self.rng
        if carrier == "4-72":
            serial = f"{rng.randint(0, 99_999_999):08d}"
            return f"RA{serial}{_s10_check(serial)}CO"
        if carrier == "Servientrega":
            return str(rng.randint(2_000_000_000, 9_999_999_999))
        if carrier == "Inter Rapidísimo":
            return str(rng.randint(700_000_000_000, 799_999_999_999))
        return f"0{rng.randint(10_000_000_000, 99_999_999_999)}"

    def notices_and_evidence(
        self, debtor: DemoParty, on: dict[str, dt.date], debt: DemoDebt, creditor: DemoCreditor
    ) -> tuple[tuple[DemoNotice, ...], tuple[DemoEvidence, ...]]:
        """Demand letter once sent; service of process once the debtor is served; the files that prove them."""
        rng = self.rng
        notices: list[DemoNotice] = []
        evidence: list[DemoEvidence] = []
        if "INTAKE" in on:
            key, what = _TITLE_FILES[debt.title_type]
            scan = "" if debt.title_type == "factura" else " (copia escaneada)"
            evidence.append(DemoEvidence("title", key, on["INTAKE"], f"{what} {debt.title_number}{scan}"))
        if "EVIDENCE" in on:
            evidence.append(DemoEvidence("creditor_certificate", creditor.certificate_key, on["EVIDENCE"],
                                         f"Certificado de existencia y representación legal de {creditor.name}"))
        if "READY_TO_FILE" in on:  # what the lawyer attaches before filing (the checklist asks for both)
            ready = on["READY_TO_FILE"]
            evidence.append(DemoEvidence("power_of_attorney", "poder_especial_firmado", ready,
                                         f"Poder especial otorgado por {creditor.name} al apoderado"))
            evidence.append(DemoEvidence("liquidation", "liquidacion_radicacion", ready,
                                         "Liquidación del crédito a la fecha de radicación"))
        postal = f"{debtor.address}, {debtor.city}"
        if "DEMAND_LETTER_SENT" in on:
            sent = on["DEMAND_LETTER_SENT"]
            carrier = rng.choice(_CARRIERS)
            delivered = min(self.business_day(sent + dt.timedelta(days=rng.randint(1, 6))), self.today)
            ok = rng.random() < 0.85
            key = _CARRIER_KEYS[carrier]
            notices.append(DemoNotice("demand_letter", "courier", carrier, self.tracking(carrier), postal, sent,
                                      delivered if ok else None, key if ok else None,
                                      None if ok else delivered, None if ok else _LETTER_RETURNED))
            if ok:
                evidence.append(DemoEvidence("delivery_certificate", key, delivered,
                                             f"Certificado de entrega de la carta de requerimiento ({carrier})"))
        if "DEBTOR_SERVED" in on:
            served = on["DEBTOR_SERVED"]
            letter_back = any(n.kind == "demand_letter" and n.returned for n in notices)
            # A letter the carrier brought back from that address: the debtor is served by e-mail instead.
            if rng.random() < 0.5 or letter_back:
                sent = served - dt.timedelta(days=rng.randint(2, 4))
                notices.append(DemoNotice("email_service_2213", "email", None, None, debtor.email, sent, sent, None))
            else:
                first = served - dt.timedelta(days=rng.randint(25, 40))
                for kind, when in (("summons_291", first), ("notice_292", served - dt.timedelta(days=1))):
                    when = self.business_day(when)
                    key, what = _SERVICE_FILES[kind]
                    delivered = min(when + dt.timedelta(days=1), self.today)
                    notices.append(DemoNotice(kind, "courier", "4-72", self.tracking("4-72"), postal, when,
                                              delivered, key))
                    evidence.append(DemoEvidence("delivery_certificate", key, delivered,
                                                 f"Certificado de entrega de {what} (4-72)"))
        return tuple(notices), tuple(evidence)

    def hearings(self, on: dict[str, dt.date], stage: str) -> tuple[DemoHearing, ...]:
        """The initial hearing once scheduled; held (with an outcome) if the case moved past it."""
        if "HEARING_SCHEDULED" not in on:
            return ()
        rng = self.rng
        if stage == "HEARING_SCHEDULED":
            day = self.business_day(self.today + dt.timedelta(days=rng.randint(5, 90)))
            outcome = None
        else:
            day = self.business_day(on["HEARING_SCHEDULED"] + dt.timedelta(days=rng.randint(15, 45)))
            day = min(day, self.today)
            outcome = ("Se declaran no probadas las excepciones; se ordena seguir adelante la ejecución"
                       if stage != "CLOSED_DISMISSED" else "Prosperan las excepciones; se termina el proceso")
        at = dt.datetime(day.year, day.month, day.day, rng.choice((8, 9, 10, 14, 15)), rng.choice((0, 30)),
                         tzinfo=BOGOTA)
        return (DemoHearing("initial", at, rng.choice(_HEARING_PLACES), outcome),)

    def embargoes(self, on: dict[str, dt.date], stage: str, capital: Decimal,
                  debtor: DemoParty) -> tuple[DemoEmbargo, ...]:
        """Measures requested with the lawsuit; registered in execution; lifted once the case closes."""
        if "FILED" not in on or stage in ("FILED", "CORRECTION_PENDING", "REJECTED") or self.rng.random() < 0.35:
            return ()
        rng = self.rng
        cap = (capital * 2).quantize(Decimal("0.01"))
        status = {"PAYMENT_ORDER_ISSUED": "decreed", "DEBTOR_SERVED": "decreed", "EXECUTION": "registered",
                  "CLOSED_JUDGMENT_EXECUTED": "auctioned", "CLOSED_PAID": "lifted", "CLOSED_SETTLED": "lifted",
                  "CLOSED_DISMISSED": "lifted"}.get(stage, "registered")
        kinds = rng.sample(("account", "salary", "vehicle", "real_estate"), rng.randint(1, 2))
        out = []
        for kind in kinds:
            if kind == "account":
                registry, desc = rng.choice(_BANKS_FOR_EMBARGO), "Cuentas de ahorro y corrientes del deudor"
            elif kind == "salary":
                registry, desc = "Empleador del deudor (pagador)", "Quinta parte del excedente del salario mínimo"
            elif kind == "vehicle":
                registry = f"Secretaría de Movilidad de {debtor.city}"
                desc = f"Vehículo de placa {_plate(rng)}"
            else:
                registry = f"Oficina de Registro de Instrumentos Públicos de {debtor.city}"
                desc = f"Inmueble con matrícula inmobiliaria {rng.randint(50, 370)}-{rng.randint(10000, 999999)}"
            if kind == "vehicle" and status == "auctioned":
                this_status = "auctioned"
            else:
                this_status = "lifted" if status in ("lifted", "auctioned") else status
            out.append(DemoEmbargo(kind, registry, desc, f"{rng.randint(100, 4999)}", cap, this_status,
                                   on["FILED"]))
        return tuple(out)

    def money(self, on: dict[str, dt.date], stage: str, capital: Decimal
              ) -> tuple[tuple[DemoSettlementOffer, ...], tuple[DemoPayment, ...], DemoAgreement | None]:
        """Settlement offers, payments and the signed agreement, consistent with the stage."""
        rng = self.rng
        offers: list[DemoSettlementOffer] = []
        payments: list[DemoPayment] = []
        agreement: DemoAgreement | None = None
        cent = Decimal("0.01")
        if stage in ("SETTLEMENT_ACTIVE", "CLOSED_SETTLED"):
            signed = on["SETTLEMENT_ACTIVE"]
            if rng.random() < 0.5:
                offers.append(DemoSettlementOffer(signed - dt.timedelta(days=rng.randint(20, 60)), "debtor",
                                                  (capital * Decimal("0.5")).quantize(cent), 24, "rejected", None))
            total = (capital * Decimal(rng.choice(("0.70", "0.80", "0.90", "1.00")))).quantize(Decimal("1"))
            n = rng.choice((3, 6, 6, 12, 12))
            offers.append(DemoSettlementOffer(signed, "debtor", total.quantize(cent), n, "accepted", "acuerdo_pago"))
            instalment = (total / n).quantize(Decimal("1"))
            paid = n if stage == "CLOSED_SETTLED" else min(n - 1, max(0, (self.today - signed).days // 30))
            schedule: list[tuple[dt.date, Decimal, dt.date | None]] = []
            for k in range(n):
                amount = (instalment if k < n - 1 else total - instalment * (n - 1)).quantize(cent)
                day = None
                if k < paid:
                    day = min(signed + dt.timedelta(days=30 * (k + 1) - rng.randint(0, 4)), self.today)
                    payments.append(DemoPayment(day, amount, rng.choice(("transfer", "pse", "cash_deposit")),
                                                f"Cuota {k + 1} de {n} — consignación {rng.randint(10**7, 10**8 - 1)}"))
                schedule.append((signed + dt.timedelta(days=30 * (k + 1)), amount, day))
            agreement = DemoAgreement(signed, total.quantize(cent), tuple(schedule),
                                      "kept" if stage == "CLOSED_SETTLED" else "active")
        elif stage == "CLOSED_PAID":
            day = on["CLOSED_PAID"]
            interest = (capital * Decimal(rng.randint(5, 35)) / 100).quantize(Decimal("1"))
            payments.append(DemoPayment(day, (capital + interest).quantize(cent), "transfer",
                                        f"Pago total — transferencia {rng.randint(10**9, 10**10 - 1)}"))
        elif stage in ("EXECUTION", "CLOSED_JUDGMENT_EXECUTED") and rng.random() < 0.6:
            start = on.get("EXECUTION", on.get("LIQUIDATION", self.today))
            portion = Decimal(rng.choice(("0.10", "0.25", "0.40"))) if stage == "EXECUTION" else Decimal("1.15")
            day = min(start + dt.timedelta(days=rng.randint(20, 120)), self.today)
            payments.append(DemoPayment(day, (capital * portion).quantize(cent), "judicial_deposit",
                                        f"Título de depósito judicial No. {rng.randint(400_000_000, 499_999_999)}"))
        elif stage not in _CLOSED and rng.random() < 0.12 and "INTAKE" in on:
            offers.append(DemoSettlementOffer(on["INTAKE"] + dt.timedelta(days=rng.randint(3, 30)), "debtor",
                                              (capital * Decimal("0.4")).quantize(cent), 36,
                                              rng.choice(("rejected", "expired")), None))
            if rng.random() < 0.5:
                day = min(on["INTAKE"] + dt.timedelta(days=rng.randint(5, 60)), self.today)
                payments.append(DemoPayment(day, (capital * Decimal("0.05")).quantize(Decimal("1")).quantize(cent),
                                            "cash_deposit", f"Abono parcial — recibo {rng.randint(1000, 99999)}"))
        return tuple(offers), tuple(payments), agreement

    def summary(self, due: dt.date, contacts: tuple[DemoContact, ...], debtor: DemoParty) -> str:
        """The pre-legal summary a collections agent writes at hand-over."""
        channels = sorted({_CHANNEL_ES[c.channel] for c in contacts})
        outcome = contacts[-1].outcome.lower() if contacts else "sin gestiones registradas"
        noun = "gestión" if len(contacts) == 1 else "gestiones"
        what = f"{len(contacts)} {noun} ({', '.join(channels)})" if contacts else "ninguna gestión efectiva"
        return (f"Obligación en mora desde el {due.day:02d}/{due.month:02d}/{due.year}. Cobro prejurídico con "
                f"{what}; último resultado: {outcome}. Canales autorizados por el deudor: "
                f"{', '.join(_CHANNEL_ES[c] for c in debtor.authorised_channels)}.")


_CLOSED: Final = frozenset(s for s in STAGES if s.startswith("CLOSED_")) | {"RETURNED_TO_COLLECTIONS", "REJECTED"}
_CHANNEL_ES: Final = {"call": "llamada", "sms": "SMS", "email": "correo electrónico", "whatsapp": "WhatsApp",
                      "visit": "visita", "letter": "carta"}
_CONTACT_NOTES: Final = {
    "call": "Llamada al celular registrado", "sms": "SMS con saldo en mora y canales de pago",
    "email": "Correo de cobro con estado de cuenta", "whatsapp": "Mensaje por WhatsApp Business",
    "visit": "Visita domiciliaria del gestor de campo", "letter": "Carta de cobro enviada por correo certificado",
}
_REASONS: Final = {
    "PRE_LEGAL": "Obligación en mora: inicia cobro prejurídico",
    "INTAKE": "Entrega de la obligación al área jurídica",
    "EVIDENCE": "Abogado acepta el caso; se reúnen pruebas",
    "DEMAND_LETTER_SENT": "Carta de requerimiento enviada",
    "READY_TO_FILE": "Lista de verificación completa",
    "FILED": "Demanda ejecutiva radicada",
    "CORRECTION_PENDING": "Auto inadmisorio: 5 días para subsanar (CGP art. 90)",
    "PAYMENT_ORDER_ISSUED": "Mandamiento de pago librado",
    "DEBTOR_SERVED": "Deudor notificado del mandamiento de pago",
    "DEFENCES_FILED": "El deudor propone excepciones",
    "HEARING_SCHEDULED": "Audiencia inicial fijada (CGP art. 372)",
    "ORDER_TO_PROCEED": "Auto que ordena seguir adelante la ejecución (CGP art. 440)",
    "LIQUIDATION": "Liquidación del crédito presentada (CGP art. 446)",
    "EXECUTION": "Medidas cautelares en práctica",
    "SETTLEMENT_ACTIVE": "Acuerdo de pago firmado",
    "CLOSED_PAID": "Pago total de la obligación",
    "CLOSED_SETTLED": "Acuerdo de pago cumplido",
    "CLOSED_WRITTEN_OFF": "Obligación incobrable: sin bienes embargables",
    "CLOSED_DISMISSED": "Prosperan las excepciones del deudor",
    "CLOSED_JUDGMENT_EXECUTED": "Crédito satisfecho con el remate",
    "RETURNED_TO_COLLECTIONS": "Falta el título original (pagaré) para demandar",
    "REJECTED": "Demanda rechazada por no subsanar a tiempo",
}


_LETTER_RETURNED: Final = "Dirección errada: el destinatario no reside allí"
_LETTER_WAIVER: Final = (
    "Carta de requerimiento devuelta por dirección errada; se demanda con el título vencido "
    "(la notificación del mandamiento de pago hace las veces de requerimiento, CGP art. 94)"
)


#: Other reasons for the stages whose reason differs from case to case (picked by case number, not by the
#: random stream, so the rest of the portfolio stays the same).
_MORE_REASONS: Final = {
    "RETURNED_TO_COLLECTIONS": (
        "El deudor pagó la mora antes de la radicación",
        "Dirección del deudor desconocida: agotar búsqueda en centrales de riesgo",
        "Saldo inferior al mínimo para demandar: seguir en cobro prejurídico",
        "El deudor firmó acuerdo de pago con cobranza",
    ),
    "CLOSED_WRITTEN_OFF": (
        "Deudor fallecido sin sucesión abierta ni bienes",
        "Costo del proceso superior al valor recuperable",
    ),
    "REJECTED": ("Título sin los requisitos del art. 422 CGP: demanda rechazada",),
}


def _reason(stage: str, i: int, debtor: DemoParty, debt: DemoDebt) -> str:
    """The reason recorded when demo case number i entered the stage, true to its debtor and title.

    A company does not die, and an electronic invoice has no paper original to be missing.
    """
    options = (_REASONS.get(stage, ""), *_MORE_REASONS.get(stage, ()))
    reason = options[i % len(options)]
    if reason == _REASONS["RETURNED_TO_COLLECTIONS"] and debt.title_type != "pagare":
        reason = ("Factura sin aceptación registrada en RADIAN: no presta mérito ejecutivo"
                  if debt.title_type == "factura" else
                  f"Falta el original del título ({_TITLE_FILES[debt.title_type][1].lower()}) para demandar")
    if debtor.is_company and reason.startswith("Deudor fallecido"):
        reason = "Sociedad deudora liquidada sin activos ni socios responsables"
    return reason


def _bisect(cumulative: list[int] | tuple[int, ...], x: float) -> int:
    """Index of the first cumulative weight above x."""
    lo, hi = 0, len(cumulative) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cumulative[mid] > x:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _s10_check(serial: str) -> int:
    """UPU S10 check digit of an 8-digit serial (weights 8 6 4 2 3 5 9 7)."""
    total = sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    return 0 if check == 10 else 5 if check == 11 else check


def _plate(rng: random.Random) -> str:
    """A Colombian car plate, `ABC123`."""
    letters = "BCDEFGHJKLMNPRSTUVWXYZ"
    return "".join(rng.choice(letters) for _ in range(3)) + f"{rng.randint(0, 999):03d}"


def generate_portfolio(n: int, seed: int = 7, today: dt.date | None = None) -> Iterator[DemoCase]:
    """Yield n demo cases; deterministic for a seed and `today` (default: the current date)."""
    if n < 0:
        raise ValueError("el número de casos no puede ser negativo")
    generator = _Generator(seed, today or dt.date.today())
    for i in range(n):
        yield generator.case(i)


# ------------------------------------------------------------------ evidence files

#: Every DemoEvidence.key a demo case may carry (legal_desk.demo.evidence draws each from its case).
EVIDENCE_KEYS: Final = (
    *(key for key, _what in _TITLE_FILES.values()),
    "certificado_existencia",
    *_CARRIER_KEYS.values(),
    *(key for key, _what in _SERVICE_FILES.values()),
    "acuerdo_pago",
    "poder_especial_firmado",
    "liquidacion_radicacion",
)
