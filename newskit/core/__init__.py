"""Core: spaCy components that turn a parsed ``Doc`` into plain records (claims, sources, time expressions).

- :mod:`.attribution` the ``newskit_attribution`` component and its rules;
- :mod:`.timex` the ``newskit_timex`` component and its rules;
- :mod:`.extensions` the ``Doc`` extensions both components write.

Nothing here builds DataFrames or touches files: that is :mod:`newskit.frames` and :mod:`newskit.runtime`.
"""
