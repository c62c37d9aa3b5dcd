"""Griffe extension for `make docs`: show each resource method's return type as callers see it.

A method of `novu_facade.api` is written as a plan (see novu_facade._core), so its source says
`-> Plan[T]`; the decorators make it return `T` (`@endpoint`), an `Iterator[T]` (`@lazy_endpoint`)
or a `PaginationIterator[T]` (`@paged_endpoint`). Static analysis only reads the source, so this
rewrites the documented return annotation the way the decorators rewrite the runtime signature.
"""

from __future__ import annotations

from typing import Any

import griffe


def _argument(expression: Any, outer: str) -> Any:
    """`X` of an annotation `outer[X]`, else None."""
    if isinstance(expression, griffe.ExprSubscript) and str(expression.left) == outer:
        return expression.slice
    return None


class EndpointReturns(griffe.Extension):
    def on_function_instance(self, *, node: Any, func: griffe.Function, agent: Any, **kwargs: Any) -> None:
        decorators = {str(decorator.value) for decorator in func.decorators}
        returns = func.returns
        if "endpoint" in decorators:
            inner = _argument(returns, "Plan")
            if inner is not None:
                func.returns = inner
        elif "lazy_endpoint" in decorators:
            items = _argument(_argument(returns, "Plan"), "Iterable")
            if items is not None:
                func.returns = griffe.ExprSubscript(griffe.ExprName("Iterator", parent=func), items)
        elif "paged_endpoint" in decorators:
            items = _argument(returns, "Pages")
            if items is not None:
                func.returns = griffe.ExprSubscript(griffe.ExprName("PaginationIterator", parent=func), items)
