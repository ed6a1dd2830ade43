"""The case search index: folded words of names, ID numbers, account reference and *radicado*.

Both databases index the same words (`words_for`) and answer the same prefix queries, each in the
way it does best:

- SQLite: the FTS5 table `case_search` (rowid = case id, one row of space-separated words per
  case), created by migration 5c0e4f1a9b2d. FTS5 keeps its postings in a few large
  segments, so a bulk import writes 100,000 cases' words in a fraction of the time that a B-tree
  of one row per word took, and a prefix query reads one posting list per word.
- PostgreSQL: the table `case_search` (case_id primary key, `words` a tsvector of the same words
  with a GIN index), created by migration 8d3b6a2e7f41; a query is a prefix
  tsquery (`nanez:* & maria:*`). One row per case rather than one per word keeps a bulk import
  to one COPY row per case.

Neither is an ORM model: the table differs per database (Alembic's autogenerate skips it, see
legal_desk.db.migrate.include_name). The index is derived data: backups leave it out and a restore
rebuilds it (`rebuild`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Integer, any_, bindparam, cast, column, literal_column, select, table
from sqlalchemy.dialects.postgresql import ARRAY, TSQUERY
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement

from legal_desk.db.bulk import write_rows
from legal_desk.db.models import Case, Party
from legal_desk.domain.search_words import query_words, words_for

FTS_TABLE = "case_search"
_FTS = table(FTS_TABLE, column("rowid"), column("words"))
_PG = table(FTS_TABLE, column("case_id"), column("words"))


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def key_column(session: Session) -> str:
    """The case id column of `case_search`: FTS5's rowid on SQLite, case_id on PostgreSQL."""
    return "rowid" if _is_sqlite(session) else "case_id"


def write_documents(session: Session, items: Sequence[tuple[int, str]]) -> None:
    """Index new cases given as (case id, its words joined by spaces), in the session's transaction."""
    # PostgreSQL reads the text into the tsvector column as given: the words are already [0-9a-z]+.
    write_rows(session, FTS_TABLE, [key_column(session), "words"], items)


def add_cases(session: Session, items: Iterable[tuple[int, Iterable[str]]]) -> None:
    """Index new cases: (case id, its words) pairs, written in the session's transaction."""
    write_documents(session, [(case_id, " ".join(sorted(words))) for case_id, words in items])


def remove_case(session: Session, case_id: int) -> None:
    """Drop a case's words (before indexing it again)."""
    mark = "?" if _is_sqlite(session) else "%s"
    session.connection().exec_driver_sql(
        f"DELETE FROM {FTS_TABLE} WHERE {key_column(session)} = {mark}", (case_id,)
    )


def reindex_case(session: Session, case_id: int) -> None:
    """Rebuild the words of one case after its parties, reference or radicado changed."""
    session.flush()
    case = session.get(Case, case_id)
    assert case is not None
    parties = session.execute(select(Party.name, Party.id_number).where(Party.case_id == case_id)).all()
    remove_case(session, case_id)
    add_cases(session, [(case_id, words_for(case.account_ref, case.radicado, [(p[0], p[1]) for p in parties]))])


def clear(session: Session) -> None:
    """Empty the index (a restore with --replace starts from nothing)."""
    session.connection().exec_driver_sql(f"DELETE FROM {FTS_TABLE}")


def rebuild(session: Session, batch: int = 5000) -> int:
    """Index every case again from its stored reference, radicado and parties; returns the case count."""
    clear(session)
    done = 0
    last = 0
    while True:
        cases = session.execute(
            select(Case.id, Case.account_ref, Case.radicado).where(Case.id > last).order_by(Case.id).limit(batch)
        ).all()
        if not cases:
            return done
        last = cases[-1][0]
        people: dict[int, list[tuple[str, str | None]]] = {}
        for case_id, name, id_number in session.execute(
            select(Party.case_id, Party.name, Party.id_number).where(
                Party.case_id >= cases[0][0], Party.case_id <= last
            )
        ):
            people.setdefault(case_id, []).append((name, id_number))
        add_cases(session, [(cid, words_for(ref, rad, people.get(cid, []))) for cid, ref, rad in cases])
        done += len(cases)


class CaseMatches(ColumnElement[bool]):
    """`cases.id` is among the cases whose words start with every query word (rendered per database)."""

    # No Boolean type on purpose: SQLite would render a Boolean expression in WHERE as `(…) = 1`,
    # which stops the planner from driving the query from the IN list.
    inherit_cache = False

    def __init__(self, words: list[str], *, fenced: bool = True) -> None:
        self.words = words
        self.fenced = fenced


def _tsquery(words: list[str]) -> ColumnElement[bool]:
    """PostgreSQL: `case_search.words` hold a prefix of every word."""
    # Words are [0-9a-z]+ (query_words): safe as tsquery lexemes; `:*` makes each a prefix.
    query = " & ".join(f"{w}:*" for w in words)
    return _PG.c.words.op("@@")(cast(bindparam(None, query, unique=True), TSQUERY))


@compiles(CaseMatches, "postgresql")
def _tsquery_clause(element: CaseMatches, compiler: Any, **kw: Any) -> str:
    matches = select(_PG.c.case_id).where(_tsquery(element.words))
    if element.fenced:
        # OFFSET 0 keeps the subquery apart: the planner has no good estimate for a prefix tsquery and,
        # flattened, it walks both primary keys filtering every row (150 ms at 1M for a rare ID);
        # apart, the GIN index finds the matches first.
        matches = matches.offset(0)
    return str(compiler.process(Case.id.in_(matches), **kw))


@compiles(CaseMatches, "sqlite")
def _fts_clause(element: CaseMatches, compiler: Any, **kw: Any) -> str:
    match = _fts_match(element.words)
    sub = select(_FTS.c.rowid).where(literal_column(FTS_TABLE).op("MATCH")(bindparam(None, match, unique=True)))
    return str(compiler.process(Case.id.in_(sub), **kw))


#: Up to this many matches, a search is given to the docket's queries as the matching case ids
#: (SQLite; PostgreSQL: FEW_MATCHES_PG, where 20,000 ids in one array still read in tens of ms).
FEW_MATCHES = 2000
FEW_MATCHES_PG = 20_000


def _fts_match(words: list[str]) -> str:
    # Words are [0-9a-z]+ (query_words), so quoting each as an FTS5 string is safe; `*` makes it a prefix.
    return " ".join(f'"{w}"*' for w in words)


def search_clause(text: str, session: Session | None = None) -> ColumnElement[bool] | None:
    """A WHERE clause for the docket's search box, or None when the text has no words.

    With a session, the matches are looked up first (up to FEW_MATCHES + 1 of them, a few
    milliseconds at 1,000,000 cases): neither planner can tell one cédula from the commonest
    surname. PostgreSQL assumes any prefix tsquery matches 2 % of the cases; SQLite, asked for a
    lawyer's «Mis expedientes» in priority order, walks the lawyer's index in date order testing
    each case against the matches. Either way a search for one cédula read all of the lawyer's
    cases to find the one match (0.45 s on PostgreSQL, 0.1–0.4 s on SQLite at 1,000,000 cases).
    Given the ids themselves, the database reads just those cases by primary key. A common word
    (more matches) keeps `CaseMatches`, which finds a page of them quickly in any order.

    On PostgreSQL a common word's `CaseMatches` is not fenced off: with more than FEW_MATCHES_PG
    matches (2 % of 1,000,000 cases) a page of the docket is found by walking the order's index
    and probing each case's words by primary key (about 1 in 50 matches: a few thousand probes,
    40 ms); fenced, the planner fetched every match and every one of the lawyer's cases to
    hash-join them (0.6–1 s per keystroke for «restrepo» in «Mis expedientes» at 1,000,000).
    """
    words = query_words(text)
    if not words:
        return None
    if session is not None:
        if _is_sqlite(session):
            match = literal_column(FTS_TABLE).op("MATCH")(bindparam(None, _fts_match(words), unique=True))
            lookup = select(_FTS.c.rowid).where(match)
        else:
            lookup = select(_PG.c.case_id).where(_tsquery(words))
        few = FEW_MATCHES if _is_sqlite(session) else FEW_MATCHES_PG
        found = session.execute(lookup.limit(few + 1)).scalars().all()
        if len(found) <= few:
            if _is_sqlite(session):  # a list of bound values: the planner knows how few they are
                return Case.id.in_(list(found))
            return Case.id == any_(bindparam(None, list(found), type_=ARRAY(Integer), unique=True))
        return CaseMatches(words, fenced=False)
    return CaseMatches(words)
