"""Runtime: model loading, batching and the process pool, the row cache, the DuckDB store, ``analyze``."""
