"""Declarative state transitions shared by every domain (see engine.py)."""

from .engine import (
    Guard,
    Move,
    Transition,
    Workflow,
    apply_transition,
    available_transitions,
    transition_refusal,
)

__all__ = [
    "Guard",
    "Move",
    "Transition",
    "Workflow",
    "apply_transition",
    "available_transitions",
    "transition_refusal",
]
