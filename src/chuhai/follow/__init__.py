"""Must this supplier follow its customers abroad, and to where.

>>> from chuhai.follow import load_profile
>>> load_profile("example").max_new_sites
3
"""

from chuhai.follow.api import (Inputs, build_plan, exposure, follow_report, follow_section,
                               landed_table, plan_follow, read_inputs, risk_score)
from chuhai.follow.plan import (PlanProblem, PlanSolution, solve_brute_force, solve_plan,
                                solve_textbook)
from chuhai.follow.profile import Profile, load_profile, parse_profile

__all__ = ["Profile", "load_profile", "parse_profile", "Inputs", "read_inputs", "exposure",
           "landed_table", "build_plan", "plan_follow", "risk_score", "follow_report",
           "follow_section", "PlanProblem", "PlanSolution", "solve_plan", "solve_textbook",
           "solve_brute_force"]
