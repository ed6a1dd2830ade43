"""Search folding: accents, ñ, case and spacing do not matter."""

from __future__ import annotations

import pytest

from legal_desk.domain.text import fold, sort_key


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


def test_sort_key_orders_names_as_a_spanish_reader_expects():
    names = ["Zapata", "Óscar Núñez", "andrés Peña", "Álvaro Ríos", "Ñañez Ruiz", "Nava Gil", "Bernal", "ÁNGEL"]
    assert sorted(names, key=sort_key) == [
        "Álvaro Ríos",
        "andrés Peña",
        "ÁNGEL",
        "Bernal",
        "Nava Gil",
        "Ñañez Ruiz",
        "Óscar Núñez",
        "Zapata",
    ]
    assert sorted(names) != sorted(names, key=sort_key)  # plain code-point order puts Á, Ñ, Ó and «a…» after Z
    assert sort_key(None) == sort_key("") == ""
