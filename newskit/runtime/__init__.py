"""Runtime: model loading, batching and the process pool, the fingerprint, the caches, the store, ``analyze``.

- :mod:`.fingerprint` the one key of every cache and store row (``newskit.EXTRACTION_VERSION``);
- :mod:`.pipeline` :func:`~newskit.load_pipeline`, batched and chunked parsing into plain rows, the row cache;
- :mod:`.extract` the ``extract_*`` DataFrame entry points;
- :mod:`.analysis` :func:`~newskit.analyze` and :class:`~newskit.Analysis`;
- :mod:`.store` the DuckDB :class:`~newskit.Store` (a plain repository);
- :mod:`.cache` the notebooks' Parquet cache (:func:`load_or_analyze`).

Only this package parses: :mod:`newskit.frames` works on the rows it produces.
"""
