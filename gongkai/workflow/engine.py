"""Declarative state transitions: who may move an object from which state to which, and what happens then.

A domain declares one `Workflow` per model: a table of `Transition`s (name, from states, to state, who may,
guards, audit code, Chinese label). Services call `apply_transition`, which locks the row, checks everything
again under the lock, changes and saves it, writes the audit event in the same transaction, runs the
transition's effects (dependent rows, in the same transaction) and queues its on-commit hooks (work that must
only happen once the change is durable, e.g. notifications). Pages call `available_transitions`, so no view
restates a rule and every refusal is written once, in the table.

This room imports no domain: the rules it runs are callables the domains put in their tables.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from django.db import models, transaction

from gongkai.core.audit import audit_record
from gongkai.core.exceptions import ApplicationError


@dataclass
class Move:
    """One transition being applied, handed to its guards, changes, effects and hooks."""

    obj: Any
    actor: Any
    transition: "Transition"
    reason: str = ""
    params: dict = field(default_factory=dict)
    from_state: str = ""
    # Added to the audit event's `after` (e.g. the department a 会签 was given for).
    details: dict = field(default_factory=dict)


Check = Callable[[Move], str | None]
Effect = Callable[[Move], None]


@dataclass(frozen=True)
class Guard:
    """A check on the object's content; its refusal is shown next to `field` of the action's form."""

    check: Check
    field: str | None = None


@dataclass(frozen=True)
class Transition:
    name: str
    label: str  # Chinese, for buttons and messages
    sources: tuple[str, ...]
    target: str | None  # None: the state stays (a recorded step such as 会签)
    may: Callable[[Any, Any], bool]  # (actor, obj): the role rule; refused → `refusal`, not offered
    refusal: str
    audit: str  # audit code, stable
    # The transition applies only to objects of this shape (e.g. 主动公开 → 发布, otherwise → 登记).
    when: Callable[[Any], bool] | None = None
    # Person-based refusals (separation of duties): the action is refused and not offered to this person.
    duties: tuple[Check, ...] = ()
    reason_required: str = ""  # refusal when no reason is given (shown at the form's `reason` field)
    guards: tuple[Guard | Check, ...] = ()  # content checks: offered, but refused with the reason
    before: tuple[Effect, ...] = ()  # in the transaction, before the state changes (sees the old state)
    changes: Callable[[Move], dict] | None = None  # further fields saved together with the state
    effects: tuple[Effect, ...] = ()  # in the transaction, after the change and its audit event
    on_commit: tuple[Effect, ...] = ()  # after the transaction commits
    offered: bool = True  # False: applied by the system (a hook of another transition), never on a page


_WORKFLOWS: dict[type[models.Model], "Workflow"] = {}


class Workflow:
    """The transition table of one model."""

    def __init__(
        self,
        model: type[models.Model],
        transitions: Iterable[Transition],
        *,
        state_field: str = "state",
        audit_object: Callable[[Any], models.Model] | None = None,
        register: bool = True,
    ):
        self.model = model
        self.state_field = state_field
        # The object whose history shows the event (default: the object itself).
        self.audit_object = audit_object or (lambda obj: obj)
        self.transitions: dict[str, Transition] = {}
        for transition in transitions:
            if transition.name in self.transitions:
                raise ValueError(f"duplicate transition {transition.name}")
            self.transitions[transition.name] = transition
        self._effects: dict[str, list[Effect]] = {}
        self._on_commit: dict[str, list[Effect]] = {}
        if register:
            _WORKFLOWS[model] = self

    def __getitem__(self, name: str) -> Transition:
        return self.transitions[name]

    def connect(self, name: str, *, effect: Effect | None = None, on_commit: Effect | None = None) -> None:
        """Another app reacts to a transition (a dependent object follows it); idempotent per function."""
        self.transitions[name]  # noqa: B018 (a KeyError names the unknown transition at start-up)
        for registry, fn in ((self._effects, effect), (self._on_commit, on_commit)):
            if fn is not None and fn not in registry.setdefault(name, []):
                registry[name].append(fn)

    def state_of(self, obj) -> str:
        return getattr(obj, self.state_field)

    def applies(self, transition: Transition, obj) -> bool:
        return self.state_of(obj) in transition.sources and (transition.when is None or transition.when(obj))

    def refusal(self, obj, actor, name: str, move: Move | None = None) -> tuple[str, str | None] | None:
        """Why `actor` may not take transition `name` now: (Chinese message, form field), or None."""
        transition = self.transitions[name]
        if not self.applies(transition, obj) or not transition.may(actor, obj):
            return transition.refusal, None
        move = move or Move(obj=obj, actor=actor, transition=transition, from_state=self.state_of(obj))
        for duty in transition.duties:
            message = duty(move)
            if message:
                return message, None
        if transition.reason_required and not move.reason:
            return transition.reason_required, "reason"
        for guard in transition.guards:
            check, form_field = (guard.check, guard.field) if isinstance(guard, Guard) else (guard, None)
            message = check(move)
            if message:
                return message, form_field
        return None

    def permits(self, obj, actor, name: str) -> bool:
        """The role rule alone (state and who may): what a view checks before it reads the form."""
        transition = self.transitions[name]
        return self.applies(transition, obj) and transition.may(actor, obj)

    def duty_refusal(self, obj, actor, name: str) -> str | None:
        """The separation-of-duties refusal for a person who otherwise holds the step, or None."""
        if not self.permits(obj, actor, name):
            return None
        move = Move(obj=obj, actor=actor, transition=self.transitions[name], from_state=self.state_of(obj))
        return next((m for m in (duty(move) for duty in self.transitions[name].duties) if m), None)

    def available(self, obj, actor) -> list[Transition]:
        """The transitions a page offers this person now (content guards are shown, not hidden)."""
        return [
            t
            for t in self.transitions.values()
            if t.offered and self.permits(obj, actor, t.name) and not self.duty_refusal(obj, actor, t.name)
        ]

    def apply(self, obj, name: str, *, actor, reason: str = "", **params):
        """Lock, check, change, save, audit, effects, on-commit hooks; returns the updated object."""
        transition = self.transitions[name]
        with transaction.atomic():
            obj = self.model._default_manager.select_for_update().get(pk=obj.pk)
            move = Move(
                obj=obj,
                actor=actor,
                transition=transition,
                reason=(reason or "").strip(),
                params=params,
                from_state=self.state_of(obj),
            )
            refused = self.refusal(obj, actor, name, move)
            if refused:
                raise ApplicationError(refused[0], field=refused[1])
            for fn in transition.before:
                fn(move)
            self._save(move)
            self._audit(move)
            for fn in (*transition.effects, *self._effects.get(name, ())):
                fn(move)
            for fn in (*transition.on_commit, *self._on_commit.get(name, ())):
                transaction.on_commit(partial(fn, move))
        return obj

    def _save(self, move: Move) -> None:
        changed = {} if move.transition.target is None else {self.state_field: move.transition.target}
        if move.transition.changes:
            changed |= move.transition.changes(move)
        if not changed:
            return
        for key, value in changed.items():
            setattr(move.obj, key, value)
        fields = list(changed)
        if any(f.name == "updated_at" for f in self.model._meta.concrete_fields):
            fields.append("updated_at")
        move.obj.save(update_fields=fields)

    def _audit(self, move: Move) -> None:
        target = move.transition.target
        before = None if target is None else {self.state_field: move.from_state}
        after = ({} if target is None else {self.state_field: target}) | move.details
        audit_record(
            actor=move.actor,
            action=move.transition.audit,
            obj=self.audit_object(move.obj),
            before=before,
            after=after or None,
            reason=move.reason,
        )


def _workflow_of(obj) -> Workflow:
    try:
        return _WORKFLOWS[type(obj)]
    except KeyError:
        raise LookupError(f"no workflow declared for {type(obj).__name__}") from None


def available_transitions(obj, actor) -> list[Transition]:
    return _workflow_of(obj).available(obj, actor)


def transition_refusal(obj, actor, name: str) -> str | None:
    refused = _workflow_of(obj).refusal(obj, actor, name)
    return refused[0] if refused else None


def apply_transition(obj, name: str, *, actor, reason: str = "", **params):
    return _workflow_of(obj).apply(obj, name, actor=actor, reason=reason, **params)
