"""Pure-pandas frames built from the frames :func:`newskit.analyze` returns (no article is parsed again)."""
