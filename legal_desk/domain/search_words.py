"""Search words: what a case is found by, and what a query looks for (folded ASCII, so `Ñañez` = `nanez`).

Pure functions shared by the database index (legal_desk.db.search) and the import's reader process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from legal_desk.domain.text import fold

_SPLIT: Final = re.compile(r"[^0-9a-z]+")
_NAME_WORD: Final = re.compile(r"[0-9a-z]{2,}")  # a name's words: one letter (an initial) finds too much
_NOT_DIGIT: Final = re.compile(r"\D")
MAX_QUERY_WORDS: Final = 6


def _lower(text: str) -> str:
    """`fold` for splitting into words: plain ASCII (most references and many names) only lower-cased."""
    return text.lower() if text.isascii() else fold(text)


def words_for(account_ref: str, radicado: str | None, parties: Iterable[tuple[str, str | None]]) -> set[str]:
    """Folded words a case is found by: names, ID numbers, account reference, *radicado*."""
    words: set[str] = set()
    for name, id_number in parties:
        words.update(_NAME_WORD.findall(_lower(name)))
        if id_number:
            if id_number.isdigit():  # CC, CE: the number as it is
                words.add(id_number)
                continue
            # 900123456-8, 20-12345678-6, 12.345.678: found by their digits; 12345678Z, X1234567L,
            # GODE561231GR8: also by the whole document as written (a query keeps the letters)
            digits = _NOT_DIGIT.sub("", id_number)
            if digits:
                words.add(digits)
            whole = _SPLIT.sub("", _lower(id_number))
            if whole != digits:
                words.add(whole)
    words.add(_SPLIT.sub("", _lower(account_ref)))
    if radicado:
        words.add(_NOT_DIGIT.sub("", radicado))
    return {w[:80] for w in words if w}


def query_words(text: str) -> list[str]:
    """Words of a query; a single token with separators (`OB-2024-0001`, `900.123.456`) is joined."""
    folded = fold(text).strip()
    if folded and " " not in folded and _SPLIT.search(folded):
        joined = _SPLIT.sub("", folded)
        return [joined] if joined else []
    return [w for w in _SPLIT.split(folded) if w][:MAX_QUERY_WORDS]
