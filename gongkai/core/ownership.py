"""Who sees and who acts on a domain's objects, described once per model.

A Policy names the field holding the owning department, the roles that see the department's objects,
extra rows a person sees through another link (a department consulted on a document), and per action the
roles and states in which it may be taken. The 公开办 sees every object. Views look objects up through
`visible` (outside it: 404); services and pages ask `allows` (refused on a visible object: 403); the staff
search scope asks `department_ids`. A policy is registered under its model's label, so a shared room (the
search) can ask for it without importing the domain.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Model, Q, QuerySet

from .models import User
from .permissions import department_ids_with, has_role, is_office


@dataclass(frozen=True)
class Rule:
    """The action is allowed to these roles in the owning department, in these states (None: any state);
    `office` also allows it to the 公开办."""

    roles: tuple[str, ...] = ()
    states: tuple[str, ...] | None = None
    office: bool = False


@dataclass(frozen=True)
class Policy:
    label: str  # the model's label, e.g. "catalogue.Document"
    department_field: str  # the ForeignKey to the owning Department
    see_roles: tuple[str, ...]
    actions: dict[str, tuple[Rule, ...]] = field(default_factory=dict)
    state_field: str = "state"
    # Rows seen through something other than the owning department: user → Q (or None for nothing more).
    also_visible: Callable[[User], Q | None] | None = None
    # The owning department of an object when it is not simply the department field (e.g. a derived issuer).
    owner: Callable[[Model], int | None] | None = None

    def department_ids(self, user: User) -> set[int] | None:
        """Departments whose objects this person sees; None = every department (the 公开办)."""
        if is_office(user):
            return None
        return department_ids_with(user, self.see_roles)

    def visible(self, user: User, queryset: QuerySet) -> QuerySet:
        ids = self.department_ids(user)
        if ids is None:
            return queryset
        condition = Q(**{f"{self.department_field}_id__in": ids})
        extra = self.also_visible(user) if self.also_visible else None
        return queryset.filter(condition | extra if extra is not None else condition)

    def owner_id(self, obj: Model) -> int | None:
        return self.owner(obj) if self.owner else getattr(obj, f"{self.department_field}_id")

    def sees_department(self, user: User, department_id: int | None) -> bool:
        return is_office(user) or (
            department_id is not None and any(has_role(user, r, department_id) for r in self.see_roles)
        )

    def allows(self, user: User, action: str, obj: Model) -> bool:
        """Whether `user` may take `action` on `obj` now (its state and its owning department)."""
        state = getattr(obj, self.state_field, None)
        return self._allowed(user, action, self.owner_id(obj), state)

    def allows_in(self, user: User, action: str, department_id: int | None) -> bool:
        """An action without an object yet (create, register) in a department."""
        return self._allowed(user, action, department_id, None)

    def _allowed(self, user: User, action: str, department_id: int | None, state: str | None) -> bool:
        for rule in self.actions[action]:
            if rule.states is not None and state not in rule.states:
                continue
            if rule.office and is_office(user):
                return True
            if department_id is not None and any(has_role(user, r, department_id) for r in rule.roles):
                return True
        return False


_policies: dict[str, Policy] = {}


def register(policy: Policy) -> Policy:
    _policies[policy.label] = policy
    return policy


def policy_for(label: str) -> Policy:
    """The policy of a model by its label ("catalogue.Document"), registered by the owning app."""
    return _policies[label]
