"""Trade and investment measures: which apply to a good, and the duty it pays."""

from chuhai.measures.duties import DutyBreakdown, applicable, duty, load_measures

__all__ = ["DutyBreakdown", "applicable", "duty", "load_measures"]
