"""Figures with alt text: a matplotlib figure shown in a notebook or written into HTML carries a description.

:func:`alt_text` describes an Axes from its title, axis labels and legend; :func:`show_figure` displays a
figure as a PNG whose ``<img>`` has that ``alt`` (in JupyterLab and in nbconvert's HTML export, which reads the
``text/html`` output) and closes it, so it is not drawn twice.
"""

from __future__ import annotations

import base64
import html
import io

__all__ = ["FigureView", "alt_text", "figure_html", "show_figure"]


def _figure(obj):
    """The matplotlib Figure of an Axes, a Figure, or a sequence of Axes."""
    if hasattr(obj, "savefig"):
        return obj
    if hasattr(obj, "figure"):
        return obj.figure
    first = next(iter(getattr(obj, "flat", obj)))
    return first.figure


def _describe_axes(ax) -> str:
    parts = []
    title = " ".join(t.get_text() for t in (ax.title, ax._left_title, ax._right_title) if t.get_text())
    if title:
        parts.append(" ".join(title.split()))
    if ax.get_xlabel():
        parts.append(f"x axis: {ax.get_xlabel()}")
    if ax.get_ylabel():
        parts.append(f"y axis: {ax.get_ylabel()}")
    legend = ax.get_legend()
    if legend is not None:
        labels = [t.get_text() for t in legend.get_texts() if t.get_text()]
        if labels:
            parts.append("legend: " + ", ".join(labels))
    return ". ".join(parts)


def alt_text(obj) -> str:
    """A description of a figure for screen readers and HTML exports: title, axes and legend of each Axes.

    Parameters
    ----------
    obj : matplotlib Axes or Figure

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> _ = ax.set(title="Claims per month", xlabel="month", ylabel="claims")
    >>> alt_text(ax)
    'Figure: Claims per month. x axis: month. y axis: claims'
    >>> plt.close(fig)
    """
    fig = _figure(obj)
    custom = getattr(fig, "_newskit_alt", None)
    if custom:
        return custom
    described = [d for d in (_describe_axes(ax) for ax in fig.axes) if d]
    suptitle = fig._suptitle.get_text() if getattr(fig, "_suptitle", None) is not None else ""
    text = "; ".join(([suptitle] if suptitle else []) + described)
    return "Figure: " + (text or "a newskit chart")


def _png(fig, dpi: int) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight")
    return buf.getvalue()


class FigureView:
    """A rendered figure: PNG bytes plus alt text; shows itself in Jupyter as ``<img alt=...>``."""

    def __init__(self, png: bytes, alt: str):
        self.png = png
        self.alt = alt

    @property
    def html(self) -> str:
        b64 = base64.b64encode(self.png).decode("ascii")
        alt = html.escape(self.alt, quote=True)
        return f'<img alt="{alt}" src="data:image/png;base64,{b64}" style=\'max-width:100%\'>'

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"text/html": self.html, "image/png": base64.b64encode(self.png).decode("ascii"), "text/plain": self.alt}
        return data, {"image/png": {"alt": self.alt}}

    def __repr__(self) -> str:
        return f"<FigureView: {self.alt[:80]}>"


def figure_html(obj, alt: str | None = None, dpi: int = 110) -> str:
    """``<img>`` HTML of a figure (PNG inline) with ``alt`` (default: :func:`alt_text`)."""
    fig = _figure(obj)
    return FigureView(_png(fig, dpi), alt or alt_text(fig)).html


def show_figure(obj, alt: str | None = None, dpi: int = 110, close: bool = True) -> FigureView:
    """Render a figure with alt text and return it (the last line of a cell displays it); closes the figure.

    Parameters
    ----------
    obj : matplotlib Axes or Figure
    alt : str, optional
        The description; default :func:`alt_text`.
    dpi : int
        Resolution of the PNG (rendered at this size, not upscaled).
    close : bool
        Close the figure after rendering (so the inline backend does not draw it a second time).
    """
    fig = _figure(obj)
    view = FigureView(_png(fig, dpi), alt or alt_text(fig))
    if close:
        import matplotlib.pyplot as plt

        plt.close(fig)
    return view
