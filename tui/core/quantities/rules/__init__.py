"""The rules that analyse one parsed number in its clause, one concern each.

They share an :class:`~tui.core.quantities.rules.state.Analysis` and run in the
order of :data:`tui.core.quantities.analyse.RULES`; a rule that returns True
has completed the mention and the rest are skipped.
"""
