"""The engine pauses the cyclic garbage collector only while it runs."""

from __future__ import annotations

import gc

import pytest

from tui.core._gc import gc_paused


@gc_paused
def _inside() -> bool:
    return gc.isenabled()


@gc_paused
def _fails() -> None:
    raise RuntimeError("boom")


def test_collector_is_off_inside_and_restored_after() -> None:
    assert gc.isenabled()
    assert _inside() is False
    assert gc.isenabled()


def test_collector_is_restored_after_an_error() -> None:
    with pytest.raises(RuntimeError):
        _fails()
    assert gc.isenabled()


def test_a_caller_that_disabled_the_collector_keeps_it_disabled() -> None:
    gc.disable()
    try:
        assert _inside() is False
        assert not gc.isenabled()
    finally:
        gc.enable()
