"""newskit.dask: the Dask path equals the pandas path; a clear error without Dask."""

from __future__ import annotations

import sys

import pandas as pd
import pytest
from test_store import same

import newskit
from newskit.errors import OptionalDependencyError

N_ARTICLES = 20


@pytest.fixture(scope="module")
def articles():
    return newskit.datasets.wikinews().head(N_ARTICLES).reset_index(drop=True)


def test_missing_dask_gives_a_clear_error(monkeypatch, articles):
    import newskit.dask as nd

    monkeypatch.setitem(sys.modules, "dask.dataframe", None)
    with pytest.raises(OptionalDependencyError, match=r"pip install \"newskit\[dask\]\""):
        nd.analyze(articles)


@pytest.mark.slow
def test_dask_on_a_two_worker_cluster_equals_pandas(tmp_path, articles):
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    import newskit.dask as nd

    expected = newskit.analyze(articles, progress=False)
    ddf = dd.from_pandas(articles, npartitions=4)
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster),
    ):
        lazy = nd.analyze(ddf)
        for name in ("claims", "sources", "timexes"):
            assert list(getattr(lazy, name).columns) == list(getattr(lazy, name)._meta.columns)
        got = lazy.compute()
        lazy.to_parquet(tmp_path / "out")
    for name in ("claims", "sources", "timexes"):
        exp = getattr(expected, name)
        cols = list(got[name].columns)
        same(got[name], exp[cols], name)
        back = pd.read_parquet(tmp_path / "out" / name)
        assert len(back) == len(exp)
    assert len(got["claims"]) > 0
