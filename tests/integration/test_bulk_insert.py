"""BulkInsert writes exactly what it is given on both databases, whichever columns it sends as NULL literals."""

from __future__ import annotations

from legal_desk.db.bulk import BulkInsert
from legal_desk.db.models import Client
from legal_desk.importing.referrals import ChunkColumns, chunk_columns, read_referrals


def _clients(desk):
    with desk.uow() as uow:
        rows = uow.session.query(Client.id, Client.name, Client.address, Client.city, Client.email).order_by(Client.id)
        return [tuple(r) for r in rows]


def test_columns_none_in_every_row_and_none_constants_are_written_as_null(desk):
    with desk.uow() as uow:
        s = uow.session
        insert = BulkInsert(
            s, Client.__table__, ["id", "name", "id_number", "address", "city"], {"email": None, "id_type": "NIT"}
        )
        batch = insert.params(
            [
                [901, 902, 903],
                ["Banco A", "Banco B", "Banco C"],
                ["1", "2", "3"],
                [None, None, None],
                ["Cali", None, "Pasto"],
            ]
        )
        if desk.dialect == "sqlite":
            # the empty column and the None constant are NULL literals; the mixed column is bound
            assert batch.nulls == ["email", "address"]
            assert batch.columns == ["id", "name", "id_number", "city", "id_type"]
            assert batch.rows[1] == (902, "Banco B", "2", None, "NIT")
        else:  # COPY sends every column
            assert batch.nulls == [] and len(batch.columns) == 7
        insert.write(s, batch)
        uow.commit()
    assert _clients(desk)[-3:] == [
        (901, "Banco A", None, "Cali", None),
        (902, "Banco B", None, None, None),
        (903, "Banco C", None, "Pasto", None),
    ]


def test_a_batch_with_every_varying_column_empty_still_writes_its_rows(desk):
    with desk.uow() as uow:
        s = uow.session
        insert = BulkInsert(
            s, Client.__table__, ["address"], {"id": 950, "name": "Solo", "id_number": "950", "id_type": "NIT"}
        )
        insert.write(s, insert.params([[None]]))
        uow.commit()
    assert _clients(desk)[-1] == (950, "Solo", None, None, None)


def test_chunk_columns_hold_the_rows_field_by_field_in_stored_form(tmp_path):
    f = tmp_path / "r.csv"
    f.write_text(
        "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento;tipo_titulo\n"
        "A-1;Ñañez Peña;CC;123456;1.250.000,5;15/06/2024;\n"
        "A-2;Álvaro Ruiz;CC;654321;10;2024-01-31;factura\n"
        "A-3;Zoe;CC;777;3,00;01/02/2024;\n",
        encoding="utf-8",
    )
    rows = read_referrals(f).rows
    cols = chunk_columns(rows)
    assert len(cols) == 3
    assert cols.account_ref == ("A-1", "A-2", "A-3")
    assert cols.capital == ("1250000.50", "10.00", "3.00")
    assert cols.due_date == ("2024-06-15", "2024-01-31", "2024-02-01")
    assert cols.title_type == ("pagare", "factura", "pagare")  # blank is a pagaré, as a handover reads it
    assert cols.debtor_sort[0] == "n~an~ez pen~a" and cols.debtor_sort[1] == "alvaro ruiz"
    assert "nanez" in cols.search_doc[0].split() and "123456" in cols.search_doc[0].split()
    picked = cols.take([2, 0])
    assert picked.account_ref == ("A-3", "A-1") and picked.line == (cols.line[2], cols.line[0])
    assert cols.take([1]).capital == ("10.00",)
    assert len(cols.take([])) == 0 and chunk_columns([]) == ChunkColumns(*(() for _ in ChunkColumns._fields))
