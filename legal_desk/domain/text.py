"""Search keys: text folded to lower case without accents, so `Ñañez` is found by `nanez`."""

from __future__ import annotations

import unicodedata
from typing import Final

# Combining marks left by NFKD decomposition (acute, tilde, diaeresis, …): deleted by str.translate.
_MARK_BLOCKS: Final = (
    (0x0300, 0x0370), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00), (0x20D0, 0x2100), (0xFE20, 0xFE30),
)
_MARKS: Final[dict[int, None]] = {cp: None for start, end in _MARK_BLOCKS for cp in range(start, end)}


def _slow_fold_char(char: str) -> str:
    """Fold one character the general way (NFKD, drop marks, casefold)."""
    return unicodedata.normalize("NFKD", char).translate(_MARKS).casefold()


# Latin-1 and Latin Extended-A/B folded once, so Spanish text never reaches the general path.
_LATIN: Final[dict[int, str]] = {cp: _slow_fold_char(chr(cp)) for cp in range(0x80, 0x250)}


def fold(text: str | None) -> str:
    """Lower-case, drop accents (ñ → n), collapse runs of whitespace; `None` folds to ``""``."""
    if not text:
        return ""
    if not text.isascii():
        text = text.translate(_LATIN)
        if not text.isascii():
            text = unicodedata.normalize("NFKD", text).translate(_MARKS).casefold()
    return " ".join(text.lower().split())


def sort_key(text: str | None) -> str:
    """The key names sort by, the same on SQLite and PostgreSQL whatever the server's locale.

    Accents and case do not count (Álvaro beside alvarez, Óscar among the O), and ñ comes after n as
    in Spanish (Nava, Ñañez): folded text with ñ as «n~», since «~» sorts after every letter.
    """
    if not text:
        return ""
    return fold(text.replace("ñ", "n~").replace("Ñ", "n~"))
