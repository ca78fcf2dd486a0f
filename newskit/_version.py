"""The package version: the single source (pyproject.toml reads it through ``[tool.hatch.version]``)."""

__version__ = "0.2.0"
