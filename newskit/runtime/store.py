"""``Store``: a persistent, embedded DuckDB store of analysed articles.

``newskit.analyze(articles, store=Store("corpus.duckdb"))`` writes the articles and their claims, sources,
time expressions, timeline, copies (``duplicates``) and claim groups into DuckDB tables, one transaction per batch of articles, and on the next run
skips every article whose text (and publication date) and extraction fingerprint (newskit version,
extraction code and lexicons, model: :data:`~newskit.EXTRACTION_VERSION` for the default model) are
unchanged: a re-run over an unchanged corpus costs the hashing and one read of the stored rows. An article
stored under another fingerprint (an older newskit, changed rules, another model) is analysed again, never
served as current; :meth:`Store.stale` lists them.

The store is a plain repository: it reads and writes tables when asked and never calls back into an
analysis. :func:`newskit.analyze` writes the corpus frames of a run (timeline, duplicates, claim groups) at its
end (``timeline=True``, ``travel=True``).

Layout (one DuckDB file, no server):

- ``articles``: the article columns of :data:`newskit.frames.schema.ARTICLES` plus ``text_key`` (see
  :func:`newskit.runtime.pipeline.text_key`), ``extraction_version`` (the fingerprint) and ``analysed_at``.
  One row per ``article_id``: the last analysis of that article. An article counts as analysed when its row
  has ``error`` null and the key and fingerprint match.
- ``claims``, ``sources``, ``timexes``, ``timeline``, ``duplicates``, ``claim_groups``: the columns of the
  matching schema (:data:`TABLES`) plus
  ``extraction_version``; ``mentions`` of ``sources`` is a ``VARCHAR[]`` (a DuckDB list; a Python list when
  read back). Columns a component adds beyond the declared ones are added to the table the first time they
  appear. :meth:`Store.table` returns the declared columns (the fingerprint stays queryable in SQL).

Consistency: an article's ``articles`` row and its claims, sources and time expressions are written in the
same transaction, so after an interruption (``KeyboardInterrupt``, a crash, a killed process) every article
is either fully stored or not at all, and a re-run analyses exactly the missing ones. The timeline groups
articles into stories, copies and claim groups span articles: these corpus frames (:data:`CORPUS_TABLES`)
are built once per run, for that run's articles, from the stored frames, at the end of
:func:`newskit.analyze` (a re-run that parses nothing over exactly the articles of the last stored frame,
with the same fingerprint, reuses it); :meth:`Store.write_frame` writes one you built yourself. A claim
group's row is stored under its first article (``first_article_id``).

Memory: ``analyze(..., store=store)`` keeps none of the rows it writes; the returned Analysis reads each
frame back on first access. DuckDB's own buffer memory is capped by ``memory_limit`` (file-backed stores
spill to disk beyond it).

Examples
--------
>>> import newskit, tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "news.duckdb")
>>> with newskit.Store(path) as store:
...     a = newskit.analyze(newskit.datasets.seed(), store=store, progress=False)
...     int(store.sql("SELECT count(*) AS n FROM articles")["n"].iloc[0])
1
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from ..frames import schema
from .fingerprint import EXTRACTION_VERSION
from .frame_attrs import StoredTable
from .pipeline import text_key

__all__ = ["CORPUS_TABLES", "Store", "TABLES"]

#: Table name -> declared schema.
TABLES: dict[str, dict[str, str]] = {
    "articles": schema.ARTICLES,
    "claims": schema.CLAIMS,
    "sources": schema.SOURCES,
    "timexes": schema.TIMEXES,
    "timeline": schema.TIMELINE,
    "duplicates": schema.DUPLICATES,
    "claim_groups": schema.CLAIM_GROUPS,
}
_ROW_TABLES = ("claims", "sources", "timexes")
#: Tables built from a whole run's articles at its end (not per article), each with the key of the run in
#: ``newskit_meta``.
CORPUS_TABLES = ("timeline", "duplicates", "claim_groups")
#: The article column a table's rows are replaced and selected by (``article_id`` unless named here): a claim
#: group belongs to the article it first appeared in.
_ARTICLE_KEY = {"claim_groups": "first_article_id"}
#: Columns the store adds to the ``articles`` table (and ``extraction_version`` to every table).
_STORE_COLUMNS = {"text_key": "VARCHAR", "extraction_version": "VARCHAR", "analysed_at": "TIMESTAMPTZ"}
_VERSION_COLUMN = "extraction_version"
_DUCK = {
    "string": "VARCHAR",
    "Int64": "BIGINT",
    "boolean": "BOOLEAN",
    "float64": "DOUBLE",
    "datetime64[ns, UTC]": "TIMESTAMPTZ",
}


def _duck_type(col: str, dtype: str) -> str:
    if dtype == "object":  # the only object column is sources.mentions: a list of mention texts
        return "VARCHAR[]"
    return _DUCK[dtype]


def _ident(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'


class Store:
    """A DuckDB file holding analysed articles and their claims, sources, time expressions and timeline.

    Parameters
    ----------
    path : str or Path
        The DuckDB database file (created when missing). ``":memory:"`` keeps it in memory.
    read_only : bool
        Open without write access (several readers may share a file).
    memory_limit : str, optional
        DuckDB's ``memory_limit`` for this connection (default ``"512MB"`` for a file, DuckDB's own default
        for ``":memory:"``, whose data must fit in memory anyway); ``None`` keeps DuckDB's default.

    Examples
    --------
    >>> store = Store(":memory:")
    >>> store.claims().columns[:2].tolist()
    ['article_id', 'claim_id']
    >>> store.close()
    """

    def __init__(
        self, path: str | Path = "newskit.duckdb", *, read_only: bool = False, memory_limit: str | None = "512MB"
    ):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(self.path, read_only=read_only)
        self.con.execute("SET TimeZone = 'UTC'")
        if memory_limit and self.path != ":memory:":
            self.con.execute(f"SET memory_limit = '{memory_limit}'")
        self._closed = False
        if not read_only:
            self._create()

    # ------------------------------------------------------------------ set-up

    def _create(self) -> None:
        for name, sch in TABLES.items():
            cols = [f"{_ident(c)} {_duck_type(c, t)}" for c, t in sch.items()]
            extra = _STORE_COLUMNS if name == "articles" else {_VERSION_COLUMN: "VARCHAR"}
            cols += [f"{_ident(c)} {t}" for c, t in extra.items()]
            self.con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(cols)})")
            # a store written by newskit 0.1 has no fingerprint on row tables: its rows read as stale
            self.con.execute(f"ALTER TABLE {name} ADD COLUMN IF NOT EXISTS {_VERSION_COLUMN} VARCHAR")
        self.con.execute("CREATE TABLE IF NOT EXISTS newskit_meta (key VARCHAR, value VARCHAR)")

    def _columns(self, table: str) -> list[str]:
        return [r[0] for r in self.con.execute(f"DESCRIBE {table}").fetchall()]

    # ------------------------------------------------------------------ reading

    def sql(self, query: str, *params: Any) -> pd.DataFrame:
        """Run SQL over the tables (:data:`TABLES`: ``articles``, ``claims``, ``sources``, ``timexes``,
        ``timeline``, ``duplicates``, ``claim_groups``).

        Examples
        --------
        >>> s = Store(":memory:")
        >>> s.sql("SELECT count(*) AS n FROM claims")["n"].tolist()
        [0]
        """
        rel = self.con.sql(query, params=list(params)) if params else self.con.sql(query)
        if rel is None:  # a statement without a result (CREATE, INSERT, ...)
            return pd.DataFrame()
        return _to_pandas(_arrow(rel))

    def table(self, name: str, article_ids: Iterable[str] | None = None, *, ordered: bool = False) -> pd.DataFrame:
        """One stored table as a DataFrame with the declared columns and dtypes, optionally for some articles.

        Parameters
        ----------
        name : one of :data:`TABLES`
        article_ids : only the rows of these articles (all when None)
        ordered : rows in the order they were written (else DuckDB's order)
        """
        if name not in TABLES:
            raise ValueError(f"no table {name!r}; tables are {', '.join(TABLES)}")
        drop = list(_STORE_COLUMNS) if name == "articles" else [_VERSION_COLUMN]
        cols = ", ".join(_ident(c) for c in self._columns(name) if c not in drop)
        order = " ORDER BY rowid" if ordered else ""
        if article_ids is None:
            rel = self.con.sql(f"SELECT {cols} FROM {name}{order}")
        else:
            ids = pd.DataFrame({"article_id": pd.Series(list(article_ids), dtype="object")})
            self.con.register("_newskit_ids", ids)
            key = _ARTICLE_KEY.get(name, "article_id")
            try:
                rel = self.con.sql(
                    f"SELECT {cols} FROM {name} WHERE {key} IN (SELECT article_id FROM _newskit_ids){order}"
                )
                tbl = _arrow(rel)
            finally:
                self.con.unregister("_newskit_ids")
            return schema.frame(_to_pandas(tbl, TABLES[name]), TABLES[name])
        return schema.frame(_to_pandas(_arrow(rel), TABLES[name]), TABLES[name])

    articles = StoredTable()
    claims = StoredTable()
    sources = StoredTable()
    timexes = StoredTable()
    timeline = StoredTable()
    duplicates = StoredTable()
    claim_groups = StoredTable()

    def analysed(self, keys: Mapping[str, str] | pd.DataFrame, version: str | None = None) -> set[str]:
        """The article ids already analysed with this text key and fingerprint.

        Parameters
        ----------
        keys : mapping ``article_id -> text_key`` or a DataFrame with those two columns
        version : the fingerprint (default :data:`newskit.EXTRACTION_VERSION`)
        """
        if not isinstance(keys, pd.DataFrame):
            keys = pd.DataFrame({"article_id": list(keys), "text_key": list(keys.values())})
        if keys.empty:
            return set()
        version = version or EXTRACTION_VERSION
        probe = pd.DataFrame(
            {
                "article_id": keys["article_id"].astype(str).to_numpy(dtype=object),
                "text_key": keys["text_key"].astype(str).to_numpy(dtype=object),
            }
        )
        self.con.register("_newskit_keys", probe)
        try:
            rows = self.con.execute(
                "SELECT a.article_id FROM articles a JOIN _newskit_keys k "
                "ON a.article_id = k.article_id AND a.text_key = k.text_key "
                "WHERE a.error IS NULL AND a.extraction_version = ?",
                [version],
            ).fetchall()
        finally:
            self.con.unregister("_newskit_keys")
        return {r[0] for r in rows}

    def stale(self, version: str | None = None) -> pd.DataFrame:
        """Stored articles whose rows were made with another fingerprint (an older newskit, changed rules or
        lexicons, another model): ``article_id``, ``extraction_version``, ``analysed_at``.

        :func:`newskit.analyze` with this store analyses them again; until then their rows are not current.

        Parameters
        ----------
        version : the current fingerprint (default :data:`newskit.EXTRACTION_VERSION`; pass
            ``newskit.runtime.fingerprint.model_fingerprint("my_model")`` for another model)

        Examples
        --------
        >>> s = Store(":memory:")
        >>> s.stale().columns.tolist()
        ['article_id', 'extraction_version', 'analysed_at']
        """
        return self.sql(
            "SELECT article_id, extraction_version, analysed_at FROM articles "
            "WHERE extraction_version IS DISTINCT FROM ? ORDER BY rowid",
            version or EXTRACTION_VERSION,
        )

    # ------------------------------------------------------------------ writing

    def write_batch(
        self,
        articles: pd.DataFrame,
        frames: Mapping[str, pd.DataFrame],
        keys: Mapping[str, str] | None = None,
        version: str | None = None,
    ) -> None:
        """Replace the stored rows of ``articles`` by these, in one transaction.

        Parameters
        ----------
        articles : article rows (``error`` set for the ones that failed; they are retried next run)
        frames : ``{"claims": ..., "sources": ..., "timexes": ...}`` rows of exactly these articles
        keys : ``article_id -> text_key``; computed from ``text`` and ``published`` when missing
        version : the fingerprint of the pipeline that made the rows (default :data:`newskit.EXTRACTION_VERSION`)
        """
        if articles.empty:
            return
        version = version or EXTRACTION_VERSION
        arts = schema.frame(articles, schema.ARTICLES, extra=False)
        ids = arts["article_id"].astype(str).tolist()
        if keys is None:
            keys = {a: text_key(t, p) for a, t, p in zip(ids, arts["text"].fillna(""), arts["published"])}
        arts["text_key"] = pd.Series([keys.get(a) for a in ids], dtype="string")
        arts["analysed_at"] = pd.Timestamp(_dt.datetime.now(_dt.timezone.utc))
        rows = {k: frames[k] for k in _ROW_TABLES if k in frames}
        self._replace({"articles": arts, **rows}, ids, version)

    def write_frame(
        self, name: str, frame: pd.DataFrame, article_ids: Iterable[str], version: str | None = None
    ) -> None:
        """Replace the stored rows of a corpus frame (:data:`CORPUS_TABLES`) for ``article_ids`` (one transaction).

        Parameters
        ----------
        name : ``"timeline"``, ``"duplicates"`` or ``"claim_groups"``
        frame : that frame (:func:`newskit.build_timeline`, :func:`newskit.find_duplicates`,
            :func:`newskit.claim_groups`) built from exactly these articles
        article_ids : the articles it was built from (claim groups are stored under their first article)
        version : the fingerprint of the rows it was built from (default :data:`newskit.EXTRACTION_VERSION`)
        """
        if name not in CORPUS_TABLES:
            raise ValueError(f"{name!r} is not a corpus frame; those are {', '.join(CORPUS_TABLES)}")
        ids = list(article_ids)
        version = version or EXTRACTION_VERSION
        self._replace({name: frame}, ids, version, run_key=_ids_key(ids, version))

    def has_frame_for(self, name: str, article_ids: Iterable[str], version: str | None = None) -> bool:
        """Whether the last ``name`` frame (of :data:`CORPUS_TABLES`) written was built for exactly these
        articles with this fingerprint."""
        row = self.con.execute("SELECT value FROM newskit_meta WHERE key = ?", [name]).fetchone()
        return row is not None and row[0] == _ids_key(list(article_ids), version or EXTRACTION_VERSION)

    def write_timeline(self, timeline: pd.DataFrame, article_ids: Iterable[str], version: str | None = None) -> None:
        """:meth:`write_frame` of the timeline."""
        self.write_frame("timeline", timeline, article_ids, version)

    def has_timeline_for(self, article_ids: Iterable[str], version: str | None = None) -> bool:
        """:meth:`has_frame_for` of the timeline."""
        return self.has_frame_for("timeline", article_ids, version)

    def _replace(
        self, frames: Mapping[str, pd.DataFrame], ids: list[str], version: str, run_key: str | None = None
    ) -> None:
        con = self.con
        id_frame = pd.DataFrame({"article_id": pd.Series(ids, dtype="object")})
        prepared = {name: _with_version(_to_arrow(df, TABLES[name]), version) for name, df in frames.items()}
        con.execute("BEGIN TRANSACTION")
        try:
            con.register("_newskit_ids", id_frame)
            for name, tbl in prepared.items():
                key = _ARTICLE_KEY.get(name, "article_id")
                con.execute(f"DELETE FROM {name} WHERE {key} IN (SELECT article_id FROM _newskit_ids)")
                if tbl.num_rows == 0:
                    continue
                self._add_columns(name, tbl)
                con.register("_newskit_rows", tbl)
                con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _newskit_rows")
                con.unregister("_newskit_rows")
            con.unregister("_newskit_ids")
            # any change of articles invalidates the corpus frames' keys; writing one sets its key
            for name in CORPUS_TABLES if "articles" in frames else [n for n in CORPUS_TABLES if n in frames]:
                con.execute("DELETE FROM newskit_meta WHERE key = ?", [name])
                if run_key is not None and name in frames:
                    con.execute("INSERT INTO newskit_meta VALUES (?, ?)", [name, run_key])
            con.execute("COMMIT")
        except BaseException:  # KeyboardInterrupt too: never leave half a batch behind
            with contextlib.suppress(Exception):  # the transaction may already be gone with the connection
                con.execute("ROLLBACK")
            raise

    def _add_columns(self, name: str, tbl) -> None:
        have = set(self._columns(name))
        new = [c for c in tbl.column_names if c not in have]
        if not new:
            return
        self.con.register("_newskit_probe", tbl.select(new).slice(0, 0))
        try:
            types = {r[0]: r[1] for r in self.con.execute("DESCRIBE SELECT * FROM _newskit_probe").fetchall()}
        finally:
            self.con.unregister("_newskit_probe")
        for c in new:
            t = types.get(c, "VARCHAR")
            self.con.execute(f"ALTER TABLE {name} ADD COLUMN {_ident(c)} {'VARCHAR' if t == 'NULL' else t}")

    # ------------------------------------------------------------------ misc

    def clear(self) -> None:
        """Delete every stored row (the tables stay)."""
        for name in TABLES:
            self.con.execute(f"DELETE FROM {name}")
        self.con.execute("DELETE FROM newskit_meta")

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called (a closed store answers no query)."""
        return self._closed

    def close(self) -> None:
        """Close the DuckDB connection. Frames of a store-backed :class:`newskit.Analysis` not read yet can
        no longer be read (call :meth:`newskit.Analysis.load` before closing to keep them all)."""
        if not self._closed:
            self._closed = True
            self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        try:
            row = self.con.execute("SELECT count(*) FROM articles").fetchone()
            n = row[0] if row else "?"
        except Exception:
            n = "?"
        return f"<newskit.Store {self.path!r}: {n} articles>"


def _ids_key(ids: list[str], version: str) -> str:
    h = hashlib.sha1(version.encode())
    for a in ids:
        h.update(b"\x00" + str(a).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _arrow(result):
    """A DuckDB relation as a pyarrow Table (the method name changed across DuckDB versions)."""
    for name in ("to_arrow_table", "fetch_arrow_table", "arrow"):
        fn = getattr(result, name, None)
        if fn is not None:
            return fn()
    raise AttributeError("this DuckDB version cannot return Arrow tables")


def _with_version(tbl: pa.Table, version: str) -> pa.Table:
    """``tbl`` with the fingerprint column (replacing one the frame may carry)."""
    if _VERSION_COLUMN in tbl.column_names:
        tbl = tbl.drop_columns([_VERSION_COLUMN])
    return tbl.append_column(_VERSION_COLUMN, pa.array([version] * tbl.num_rows, type=pa.string()))


def _to_arrow(df: pd.DataFrame, sch: Mapping[str, str]):
    """A pyarrow Table of ``df`` (declared columns first, typed), ``mentions`` as a list of strings."""
    df = df.copy()
    for col, dtype in sch.items():
        if col in df.columns and dtype == "object":
            df[col] = df[col].map(_as_str_list)
    fields = []
    for col in df.columns:
        if col not in sch:
            continue
        dtype = sch[col]
        fields.append(
            (
                col,
                {
                    "string": pa.string(),
                    "Int64": pa.int64(),
                    "boolean": pa.bool_(),
                    "float64": pa.float64(),
                    "object": pa.list_(pa.string()),
                }.get(dtype, pa.timestamp("ns", tz="UTC")),
            )
        )
    tbl = pa.Table.from_pandas(df, preserve_index=False)
    for col, typ in fields:
        i = tbl.schema.get_field_index(col)
        if tbl.schema.field(i).type != typ:
            tbl = tbl.set_column(i, col, tbl.column(i).cast(typ))
    return tbl


def _as_str_list(v):
    if v is None or (isinstance(v, float) and v != v):
        return None
    if isinstance(v, str):
        return [v]
    try:
        return [None if x is None else str(x) for x in v]
    except TypeError:
        return [str(v)]


def _to_pandas(tbl, declared: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Arrow -> pandas keeping lists as Python lists (not numpy arrays).

    Declared columns (or all, when ``declared`` is None) get pandas' nullable dtypes; columns a component
    added beyond its schema come back with pandas' default dtypes (as they were before storing: object)."""
    nullable = {
        pa.string(): pd.StringDtype(),
        pa.large_string(): pd.StringDtype(),
        pa.int64(): pd.Int64Dtype(),
        pa.int32(): pd.Int64Dtype(),
        pa.bool_(): pd.BooleanDtype(),
    }.get
    names = tbl.column_names
    extras = [c for c in names if declared is not None and c not in declared]
    df = tbl.select([c for c in names if c not in extras]).to_pandas(types_mapper=nullable)
    if extras:
        more = tbl.select(extras).to_pandas()
        for c in extras:
            df[c] = more[c].to_numpy(dtype=object) if more[c].dtype.kind in "OUS" else more[c].to_numpy()
        df = df[names]
    for i, field in enumerate(tbl.schema):
        if pa.types.is_list(field.type) or pa.types.is_large_list(field.type):
            df[field.name] = pd.Series(tbl.column(i).to_pylist(), dtype="object", index=df.index)
    return df
