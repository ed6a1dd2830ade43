"""The schema comes only from Alembic: `upgrade head` on an empty database equals the models exactly."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from legal_desk.config import Config
from legal_desk.db import migrate
from legal_desk.db.models import Base
from legal_desk.db.session import make_engine
from legal_desk.services.desk import Desk
from legal_desk.services.errors import ServiceError
from tests.conftest import fresh_pg_database


def _diff(url: str) -> list:
    engine = make_engine(url)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": migrate.include_name})
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    return diff


def test_sqlite_upgrade_head_matches_models(tmp_path):
    assert _diff(f"sqlite:///{tmp_path / 'm.sqlite3'}") == []


@pytest.mark.postgres
def test_postgresql_upgrade_head_matches_models(pg_url):
    from sqlalchemy import create_engine

    url = pg_url.rsplit("/", 1)[0] + "/empty_for_migration"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS empty_for_migration"))
        conn.execute(text("CREATE DATABASE empty_for_migration"))
    admin.dispose()
    assert _diff(url) == []


@pytest.mark.postgres
def test_template_database_is_at_head(pg_url):
    engine = make_engine(fresh_pg_database(pg_url))
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_database_newer_than_app_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    engine.dispose()
    with pytest.raises(ServiceError, match="más nueva que esta aplicación"):
        Desk.open(Config(db_url=url, store_root=tmp_path / "s"))


def test_upgrade_takes_a_backup_of_an_old_sqlite_file(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    from alembic import command

    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "head")
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("CREATE TABLE legacy (x INTEGER)"))
    # Pretend an older revision: an unknown-but-empty version table means "never migrated".
    assert migrate.backup_sqlite(path) is not None
    assert list(tmp_path.glob("old.before-upgrade-*.sqlite3"))
    engine.dispose()


def test_sqlite_search_words_move_into_fts5_and_back(tmp_path):
    """Revision 5c0e4f1a9b2d moves a SQLite database's existing words into `case_search`; downgrade returns them."""
    from alembic import command

    path = tmp_path / "words.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "673969e1b663")
        conn.execute(
            text(
                "INSERT INTO cases (id, account_ref, stage, jurisdiction, currency, archived, debtor_name, "
                "debtor_id_number, capital, recovered, created_at, updated_at, version) VALUES "
                "(1, 'OB-1', 'intake', 'CO', 'COP', 0, 'Ana Ñañez', '52123', 10, 0, '2026-01-01', '2026-01-01', 1)"
            )
        )
        conn.execute(text("INSERT INTO search_terms (term, case_id) VALUES ('ana', 1), ('nanez', 1), ('ob1', 1)"))
        command.upgrade(cfg, "5c0e4f1a9b2d")
        assert conn.execute(text("SELECT count(*) FROM search_terms")).scalar() == 0
        command.upgrade(cfg, "head")  # 8d3b6a2e7f41 drops the emptied word table
        assert "search_terms" not in inspect(conn).get_table_names()
        assert conn.execute(text("SELECT rowid FROM case_search WHERE case_search MATCH '\"nan\"*'")).all() == [(1,)]
        command.downgrade(cfg, "673969e1b663")
        assert sorted(conn.execute(text("SELECT term FROM search_terms")).scalars()) == ["ana", "nanez", "ob1"]
    engine.dispose()


@pytest.mark.postgres
def test_postgresql_search_words_move_into_a_tsvector_and_back(pg_url):
    """Revision 8d3b6a2e7f41 gathers PostgreSQL's words into one tsvector row per case; downgrade returns them."""
    from alembic import command
    from sqlalchemy import create_engine

    url = pg_url.rsplit("/", 1)[0] + "/words_for_migration"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS words_for_migration"))
        conn.execute(text("CREATE DATABASE words_for_migration"))
    admin.dispose()
    engine = make_engine(url)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "5c0e4f1a9b2d")
        conn.execute(
            text(
                "INSERT INTO cases (id, account_ref, stage, jurisdiction, currency, archived, debtor_name, "
                "debtor_id_number, capital, recovered, created_at, updated_at, version) VALUES "
                "(1, 'OB-1', 'intake', 'CO', 'COP', false, 'Ana Ñañez', '52123', 10, 0, now(), now(), 1)"
            )
        )
        conn.execute(text("INSERT INTO search_terms (term, case_id) VALUES ('ana', 1), ('nanez', 1), ('ob1', 1)"))
        command.upgrade(cfg, "head")
        assert "search_terms" not in inspect(conn).get_table_names()
        found = conn.execute(text("SELECT case_id FROM case_search WHERE words @@ 'nan:* & an:*'::tsquery")).all()
        assert found == [(1,)]
        command.downgrade(cfg, "5c0e4f1a9b2d")
        assert sorted(conn.execute(text("SELECT term FROM search_terms")).scalars()) == ["ana", "nanez", "ob1"]
    engine.dispose()


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_debtor_sort_key_is_filled_for_existing_cases(kind, tmp_path, request):
    """Revision b7e2c9d4a1f0 adds cases.debtor_sort and derives it for the cases already there."""
    from alembic import command
    from sqlalchemy import create_engine

    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'sort.sqlite3'}"
    else:
        pg_url = request.getfixturevalue("pg_url")
        url = pg_url.rsplit("/", 1)[0] + "/sort_for_migration"
        admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("DROP DATABASE IF EXISTS sort_for_migration"))
            conn.execute(text("CREATE DATABASE sort_for_migration"))
        admin.dispose()
    engine = make_engine(url)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "8d3b6a2e7f41")
        for i, name in enumerate(["Zapata Díaz", "Óscar Núñez", "Álvaro Ríos", "andrés Peña", "Ñañez Ruiz"], 1):
            conn.execute(
                text(
                    "INSERT INTO cases (id, account_ref, stage, jurisdiction, currency, archived, debtor_name, "
                    "debtor_id_number, capital, recovered, created_at, updated_at, version) VALUES "
                    "(:id, :ref, 'INTAKE', 'CO', 'COP', false, :name, '52123', 10, 0, :at, :at, 1)"
                ),
                {"id": i, "ref": f"OB-{i}", "name": name, "at": "2026-01-01 00:00:00"},
            )
        command.upgrade(cfg, "head")
        ordered = conn.execute(text("SELECT debtor_name FROM cases ORDER BY debtor_sort, id")).scalars().all()
        assert ordered == ["Álvaro Ríos", "andrés Peña", "Ñañez Ruiz", "Óscar Núñez", "Zapata Díaz"]
        command.downgrade(cfg, "8d3b6a2e7f41")
        assert "debtor_sort" not in {c["name"] for c in inspect(conn).get_columns("cases")}
    engine.dispose()


def test_sqlite_search_index_loses_column_sizes_and_keeps_its_words_and_party_id_index_goes(tmp_path):
    """Revision a7c3e9f1b2d4 rebuilds `case_search` without per-case sizes; the words and matches stay."""
    from alembic import command

    engine = make_engine(f"sqlite:///{tmp_path / 'fts.sqlite3'}")
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "f3a9d2c6b8e1")
        conn.execute(text("INSERT INTO case_search (rowid, words) VALUES (7, 'ana nanez ob1 52123'), (9, 'luis ob2')"))
        assert "case_search_docsize" in inspect(conn).get_table_names()
        command.upgrade(cfg, "a7c3e9f1b2d4")
        assert "case_search_docsize" not in inspect(conn).get_table_names()
        assert "ix_parties_id_number" not in {i["name"] for i in inspect(conn).get_indexes("parties")}
        assert conn.execute(text("SELECT rowid FROM case_search WHERE case_search MATCH '\"nan\"*'")).all() == [(7,)]
        assert conn.execute(text("SELECT rowid, words FROM case_search ORDER BY rowid")).all() == [
            (7, "ana nanez ob1 52123"),
            (9, "luis ob2"),
        ]
        command.downgrade(cfg, "f3a9d2c6b8e1")
        assert "case_search_docsize" in inspect(conn).get_table_names()
        assert "ix_parties_id_number" in {i["name"] for i in inspect(conn).get_indexes("parties")}
        assert conn.execute(text("SELECT rowid FROM case_search WHERE case_search MATCH '\"luis\"'")).all() == [(9,)]
    engine.dispose()


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_ids_take_each_country_writing_and_checklists_each_country_wording(kind, tmp_path, request):
    """Revision d6f1a8c3e2b9: a stored CUIT 20123456786 becomes 20-12345678-6 (party, docket column and
    creditor), an Argentine DNI 7654321 becomes 7.654.321; a Spanish DNI 12345678Z is found by its whole
    form; AR/MX/ES checklist lines still worded as Colombia's take the country's wording, and a line an
    admin reworded is left as the admin wrote it."""
    from alembic import command
    from sqlalchemy import create_engine

    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'ids.sqlite3'}"
    else:
        pg_url = request.getfixturevalue("pg_url")
        url = pg_url.rsplit("/", 1)[0] + "/ids_for_migration"
        admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("DROP DATABASE IF EXISTS ids_for_migration"))
            conn.execute(text("CREATE DATABASE ids_for_migration"))
        admin.dispose()
    engine = make_engine(url)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "a7c3e9f1b2d4")
        conn.execute(
            text("INSERT INTO clients (id, name, id_type, id_number) VALUES (1, 'Banco', 'CUIT', '30500010912')")
        )
        for cid, ref, juris, number in ((1, "AR-1", "AR", "20123456786"), (2, "ES-1", "ES", "12345678Z")):
            conn.execute(
                text(
                    "INSERT INTO cases (id, account_ref, stage, jurisdiction, currency, archived, debtor_name, "
                    "debtor_id_number, capital, recovered, created_at, updated_at, version) VALUES "
                    "(:id, :ref, 'INTAKE', :j, 'EUR', false, 'Ana', :n, 10, 0, :at, :at, 1)"
                ),
                {"id": cid, "ref": ref, "j": juris, "n": number, "at": "2026-01-01 00:00:00"},
            )
        for pid, cid, role, id_type, number in (
            (1, 1, "debtor", "CUIT", "20123456786"),
            (2, 1, "guarantor", "DNI", "7654321"),
            (3, 2, "debtor", "DNI", "12345678Z"),
        ):
            conn.execute(
                text(
                    "INSERT INTO parties (id, case_id, role, name, id_type, id_number) "
                    "VALUES (:p, :c, :r, 'Ana', :t, :n)"
                ),
                {"p": pid, "c": cid, "r": role, "t": id_type, "n": number},
            )
        key = "rowid" if kind == "sqlite" else "case_id"
        conn.execute(
            text(
                f"INSERT INTO case_search ({key}, words) VALUES (1, 'ana ar1 20123456786 7654321'), "
                "(2, 'ana es1 12345678')"
            )
        )
        conn.execute(
            text(
                "UPDATE checklist_items SET label = 'Poder del despacho' "
                "WHERE jurisdiction = 'MX' AND code = 'power_of_attorney'"
            )
        )
        command.upgrade(cfg, "d6f1a8c3e2b9")
        assert conn.execute(text("SELECT id_number FROM parties ORDER BY id")).scalars().all() == [
            "20-12345678-6", "7.654.321", "12345678Z"
        ]
        assert conn.execute(text("SELECT debtor_id_number FROM cases ORDER BY id")).scalars().all() == [
            "20-12345678-6", "12345678Z"
        ]
        assert conn.execute(text("SELECT id_number FROM clients")).scalar() == "30-50001091-2"
        if kind == "sqlite":
            found = conn.execute(text("SELECT rowid FROM case_search WHERE case_search MATCH '\"12345678z\"*'")).all()
        else:
            found = conn.execute(text("SELECT case_id FROM case_search WHERE words @@ to_tsquery('12345678z:*')")).all()
        assert found == [(2,)]
        labels = dict(
            conn.execute(
                text("SELECT jurisdiction || '/' || code, label FROM checklist_items WHERE code IN "
                     "('creditor_certificate', 'power_of_attorney')")
            ).all()
        )
        assert labels == {
            "CO/creditor_certificate": "Certificado de existencia y representación del acreedor",
            "CO/power_of_attorney": "Poder especial para actuar",
            "AR/creditor_certificate": (
                "Estatuto o contrato social del acreedor inscrito y acta de designación de autoridades"
            ),
            "AR/power_of_attorney": "Poder general o especial para juicios (escritura pública)",
            "MX/creditor_certificate": "Acta constitutiva del acreedor inscrita en el Registro Público de Comercio",
            "MX/power_of_attorney": "Poder del despacho",  # the admin's own wording stays
            "ES/creditor_certificate": "Escritura de constitución del acreedor y nota simple del Registro Mercantil",
            "ES/power_of_attorney": "Poder para pleitos a favor de procurador y abogado (escritura o apud acta)",
        }
        command.downgrade(cfg, "a7c3e9f1b2d4")
        assert conn.execute(
            text("SELECT label FROM checklist_items WHERE jurisdiction = 'ES' AND code = 'creditor_certificate'")
        ).scalar() == "Certificado de existencia y representación del acreedor"
    engine.dispose()
