"""kg: knowledge graphs (RDF) from Korean-language articles on China's economy.

>>> import kg
>>> callable(kg.build)
True
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "build", "build_corpus", "build_named", "evaluate"]


def __getattr__(name: str):  # noqa: ANN202 - lazy imports keep `import kg` light
    if name in ("build", "build_corpus", "build_named"):
        from kg import pipeline

        return getattr(pipeline, name)
    if name == "evaluate":
        from kg.evaluate import evaluate

        return evaluate
    raise AttributeError(name)
