"""The passes that link mentions into quantities, most certain evidence first.

They share a :class:`~tui.core.quantities.passes.state.Links` and run in the
order of :data:`tui.core.quantities.link.PASSES`.
"""
