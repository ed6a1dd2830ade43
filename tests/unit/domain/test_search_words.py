"""What a case is found by: ID numbers by their digits, and documents with letters also as written."""

from __future__ import annotations

from legal_desk.domain.search_words import query_words, words_for


def _found(words: set[str], query: str) -> bool:
    """True when every query word is a prefix of some indexed word (the index's prefix match)."""
    return all(any(w.startswith(q) for w in words) for q in query_words(query))


def test_documents_are_found_by_their_digits_and_as_written() -> None:
    """A Spanish DNI 12345678Z, an NIE or an RFC was indexed by its digits only (12345678, 1234567,
    5612318), so searching the document as written on the ID found nothing; a CUIT kept as
    20-12345678-6 and a DNI as 12.345.678 are still found by their bare digits."""
    words = words_for(
        "OB-1",
        None,
        [
            ("Lucía Pérez", "12345678Z"),
            ("Ana Ruiz", "X1234567L"),
            ("Pedro Gómez", "GODE561231GR8"),
            ("Martín Sosa", "20-12345678-6"),
            ("Juan Sosa", "12.345.678"),
            ("Banco", "900123456-8"),
            ("Luis", "79123456"),
        ],
    )
    for query in (
        "12345678Z", "12345678-z", "X1234567L", "gode561231gr8", "GODE561231",
        "20123456786", "20-12345678-6", "12345678", "12.345.678", "9001234568", "79123456",
    ):
        assert _found(words, query), query
    assert not _found(words, "X9999999")
    # a number of digits only is one word (no duplicate for its «whole form»)
    digits = {"12345678", "1234567", "5612318", "20123456786", "9001234568", "79123456"}
    assert {w for w in words if w.isdigit()} == digits
    assert {w for w in words if not w.isdigit() and any(c.isdigit() for c in w)} == {
        "12345678z", "x1234567l", "gode561231gr8", "ob1"
    }
