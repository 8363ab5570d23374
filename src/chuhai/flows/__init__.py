"""Aggregations over moves: totals, growth, shares and concentration."""

from chuhai.flows.aggregate import DIMENSIONS, FlowFilter, flows

__all__ = ["DIMENSIONS", "FlowFilter", "flows"]
