"""find_duplicates on real Wikinews text: copies and light edits are found, separate reports are not merged."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from datasketch import LeanMinHash, MinHash, MinHashLSH

import newskit
from newskit.frames import duplicates, schema, source_counts
from newskit.frames.duplicates import drop_copies, find_duplicates, wire_credit

_PARA = re.compile(r"\n[ \t]*\n")


@pytest.fixture(scope="module")
def wn():
    return newskit.datasets.wikinews().set_index("article_id", drop=False)


def paragraphs(text: str) -> list[str]:
    return [p for p in _PARA.split(text) if p.strip()]


def corpus(wn, copies: dict[str, str]) -> pd.DataFrame:
    """Ten Wikinews articles (wikinews-000 first, published earliest) plus the given copies of wikinews-000."""
    base = wn.iloc[:10][["article_id", "title", "published", "text", "author"]].reset_index(drop=True)
    later = base.loc[0, "published"] + pd.Timedelta(days=1)
    extra = pd.DataFrame(
        [
            {"article_id": aid, "title": "Another headline", "published": later, "text": text, "author": None}
            for aid, text in copies.items()
        ]
    )
    return pd.concat([base, extra], ignore_index=True)


def test_exact_copy_and_light_edits_are_found(wn):
    original = wn.loc["wikinews-000", "text"]
    paras = paragraphs(original)
    copies = {
        "exact": original,
        "reordered": "\n\n".join(paras[3:] + paras[:3]),
        "trimmed": "\n\n".join(paras[: len(paras) // 2]),
        "byline": "By Maria Ivanova, Associated Press\n\n" + original,
        "edited": "\n\n".join(paras[:-1]).replace("officials", "authorities").replace("Monday", "Tuesday"),
    }
    d = find_duplicates(corpus(wn, copies)).set_index("article_id")
    for aid in copies:
        assert d.loc[aid, "duplicate_of"] == "wikinews-000", aid
        assert d.loc[aid, "similarity"] >= 0.6, aid
    assert pd.isna(d.loc["wikinews-000", "duplicate_of"])
    assert d.loc["wikinews-000", "n_copies"] == len(copies) + 1
    assert d.loc["exact", "similarity"] == 1.0
    # the other nine Wikinews articles are nobody's copy
    assert d.loc[[f"wikinews-{i:03d}" for i in range(1, 10)], "n_copies"].eq(1).all()


def test_earliest_published_copy_heads_the_group(wn):
    arts = corpus(wn, {"earlier": wn.loc["wikinews-000", "text"]})
    arts.loc[arts["article_id"] == "earlier", "published"] = arts["published"].min() - pd.Timedelta(days=3)
    d = find_duplicates(arts).set_index("article_id")
    assert d.loc["wikinews-000", "duplicate_of"] == "earlier"
    assert pd.isna(d.loc["earlier", "duplicate_of"])
    assert d.loc["wikinews-000", "copy_group"] == d.loc["earlier", "copy_group"] == "earlier"


def test_separate_reports_of_the_same_event_are_not_merged(wn):
    # Wikinews 089 and 101: the Queen suspending Parliament at Boris Johnson's request, written two weeks apart
    pair = wn.loc[["wikinews-089", "wikinews-101"]]
    # and two hand-written reports of one fire sharing the fire chief's quote
    quote = '"The fire spread through the roof in minutes and we could not save the upper floors," Chief Ray Moss said.'
    a = (
        "A fire destroyed the old mill on Water Street on Tuesday night. No one was hurt.\n\n"
        + quote
        + "\n\nThe mill, built in 1887, had been empty since the textile company closed it in 2009. Residents of "
        "nearby streets were told to keep their windows shut because of the smoke."
    )
    b = (
        "Firefighters battled flames at the Water Street mill for six hours before bringing them under control "
        "early on Wednesday.\n\n" + quote + "\n\nThe city had planned to turn the building into flats next "
        "year. The mayor said the cause of the fire was not yet known and an investigation had begun."
    )
    hand = pd.DataFrame(
        {
            "article_id": ["fire-a", "fire-b"],
            "text": [a, b],
            "published": pd.to_datetime(["2024-03-05", "2024-03-06"], utc=True),
        }
    )
    d = find_duplicates(pd.concat([pair[["article_id", "text", "published"]], hand], ignore_index=True))
    assert d["duplicate_of"].isna().all()
    assert d["n_copies"].eq(1).all()


def test_wire_credit_from_dateline_byline_and_closing_line_not_from_mentions():
    assert wire_credit("WASHINGTON (AP) — The Senate voted on Tuesday.") == "AP"
    assert wire_credit("BERLIN (dpa) - Die Regierung.") == "dpa"
    assert wire_credit("The talks failed.\n\n(Reporting by Jan Novak; editing by Ann Lee)\n\nReuters") == "Reuters"
    assert wire_credit("The talks failed.\n\nCopyright 2024 The Associated Press. All rights reserved.") == "AP"
    assert wire_credit("The talks failed.", author="Agence France-Presse") == "AFP"
    assert wire_credit("The minister told Reuters that the talks failed, AP and AFP reported later.") is None
    assert wire_credit("Apart from the PA system, nothing worked.") is None
    assert wire_credit(None) is None


def test_group_wire_marks_copies_that_dropped_the_credit(wn):
    original = wn.loc["wikinews-000", "text"]
    arts = corpus(wn, {"credited": "MOSCOW (Reuters) - " + original, "stripped": original})
    d = find_duplicates(arts).set_index("article_id")
    assert d.loc["credited", "wire"] == "Reuters"
    assert pd.isna(d.loc["stripped", "wire"])
    assert d.loc["stripped", "group_wire"] == "Reuters"
    assert pd.isna(d.loc["wikinews-001", "group_wire"])


def test_bad_rows_are_kept_and_match_nothing():
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "d"],
            "text": [None, "", "Short.", "Short."],
            "published": [None, None, "2024-01-01", None],
        }
    )
    d = find_duplicates(arts)
    assert d["article_id"].tolist() == ["a", "b", "c", "d"]
    assert d["duplicate_of"].tolist()[:3] == [pd.NA, pd.NA, pd.NA] and d.loc[3, "duplicate_of"] == "c"
    assert list(d.columns) == list(schema.DUPLICATES)
    assert find_duplicates(arts.iloc[:0]).columns.tolist() == list(schema.DUPLICATES)
    with pytest.raises(TypeError, match="articles DataFrame"):
        find_duplicates(pd.DataFrame({"x": [1]}))


def test_dask_path_gives_the_same_groups(wn):
    dd = pytest.importorskip("dask.dataframe")
    original = wn.loc["wikinews-000", "text"]
    arts = corpus(wn, {"exact": original, "trimmed": "\n\n".join(paragraphs(original)[:6])})
    expected = find_duplicates(arts)
    got = find_duplicates(dd.from_pandas(arts, npartitions=3))
    pd.testing.assert_frame_equal(got, expected)


def test_source_counts_dedupe_counts_each_group_of_copies_once():
    claims = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b", "c"],
            "source_id": ["a:s0", "a:s1", "b:s0", "b:s1", "c:s0"],
            "source_name": ["Ann Lee", "officials", "Ann Lee", "officials", "WHO"],
            "named": [True, False, True, False, True],
        }
    )
    dups = pd.DataFrame({"article_id": ["a", "b", "c"], "duplicate_of": [None, "a", None]})
    arts = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["Courier", "Herald", "Herald"]})
    plain = source_counts(claims, by="outlet", articles=arts).set_index("outlet")
    dedup = source_counts(claims, by="outlet", articles=arts.merge(dups), dedupe=True).set_index("outlet")
    assert plain["n_claims"].to_dict() == {"Courier": 2, "Herald": 3}
    assert dedup["n_claims"].to_dict() == {"Courier": 2, "Herald": 1}
    assert len(drop_copies(claims, duplicates=dups)) == 3
    with pytest.raises(ValueError, match="dedupe=True needs the copy groups"):
        source_counts(claims, dedupe=True)


def test_signatures_do_not_depend_on_the_batch_size(wn, monkeypatch):
    from newskit.frames import duplicates

    texts = wn["text"].iloc[:7].tolist() + ["", "Too short."]
    sig, sizes = duplicates.signatures(texts)
    monkeypatch.setattr(duplicates, "_BATCH", 2)
    sig2, sizes2 = duplicates.signatures(texts)
    assert (sig == sig2).all() and (sizes == sizes2).all()
    assert sizes[-2:].tolist() == [0, 1] and sizes[0] > 100


def test_bulk_signatures_equal_datasketch_minhash(wn):
    """The batch-at-once sketches are exactly datasketch's MinHash (affine32) of each text's shingles."""
    texts = wn["text"].iloc[:20].tolist() + ["Too short.", "", None]
    sig, sizes = duplicates.signatures(texts)
    for text, row, size in zip(texts, sig, sizes):
        fps, _ = duplicates._shingle_hashes([duplicates._words(text)], duplicates.SHINGLE)
        m = MinHash(num_perm=duplicates.NUM_PERM, seed=1, hashfunc=int, scheme="affine32")
        m.update_batch(fps.tolist())
        assert (row == m.hashvalues).all() and size == len(set(fps.tolist()))


def test_candidate_pairs_are_those_of_a_datasketch_lsh_index(wn):
    """Sorting the bands finds the same pairs as inserting and querying each sketch in MinHashLSH."""
    paras = paragraphs(wn.loc["wikinews-000", "text"])
    texts = wn["text"].iloc[:60].tolist() + ["\n\n".join(paras[1:]), "\n\n".join(paras[:-2]), wn["text"].iloc[3], ""]
    sig, sizes = duplicates.signatures(texts)
    a, b = duplicates._candidate_pairs(sig, sizes, duplicates.MIN_JACCARD)
    lsh, expected = MinHashLSH(threshold=duplicates.MIN_JACCARD, num_perm=sig.shape[1]), set()
    for i in range(len(texts)):
        if sizes[i]:
            m = LeanMinHash(seed=1, hashvalues=sig[i], scheme="affine32")
            expected |= {(j, i) for j in lsh.query(m)}
            lsh.insert(i, m)
    assert set(zip(a.tolist(), b.tolist())) == expected
    assert {(0, 60), (0, 61), (3, 62)} <= expected  # the planted copies are candidates
