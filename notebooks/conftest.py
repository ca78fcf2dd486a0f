"""The ``.py`` files here are jupytext sources of the notebooks, not modules: pytest executes the ``.ipynb``
pairs with nbmake and must not import the ``.py`` files (``--doctest-modules`` would run them)."""

collect_ignore_glob = ["0*.py"]
