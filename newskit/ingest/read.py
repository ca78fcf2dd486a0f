"""Temporary minimal reader (full version in progress)."""
import pandas as pd
from .. import schema


def read_articles(source, **kw):
    df = pd.DataFrame(source) if not isinstance(source, pd.DataFrame) else source.copy()
    df["article_id"] = df.get("article_id", pd.Series([f"a{i}" for i in range(len(df))]))
    df["n_chars"] = df["text"].str.len()
    return schema.frame(df, schema.ARTICLES)
