"""Search folding: accents, ñ, case and spacing do not matter."""

from __future__ import annotations

import pytest

from legal_desk.domain.text import fold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ñañez", "nanez"),
        ("  JOSÉ   María\tMuñoz  ", "jose maria munoz"),
        ("Ibáñez Güiza", "ibanez guiza"),
        ("BOGOTÁ D.C.", "bogota d.c."),
        ("Straße", "strasse"),
        ("ﬁnca", "finca"),  # compatibility ligature
        ("Ωμέγα", "ωμεγα"),  # outside Latin: accents still dropped
        ("a\u00a0b", "a b"),
        ("", ""),
        (None, ""),
        ("plain ascii", "plain ascii"),
    ],
)
def test_fold(text: str | None, expected: str) -> None:
    assert fold(text) == expected


def test_fold_matches_decomposed_and_composed_forms() -> None:
    assert fold("Man\u0303ez") == fold("Mañez") == "manez"


def test_fold_many_rows_is_stable() -> None:
    names = [f"José Ñañez Muñoz {i}" for i in range(1_000)]
    assert {fold(n).rsplit(" ", 1)[0] for n in names} == {"jose nanez munoz"}
