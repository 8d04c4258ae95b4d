"""The ownership policy: one description of who sees and who acts, asked by views, services and search."""

from types import SimpleNamespace

import pytest

from gongkai.core.models import Role, RoleAssignment
from gongkai.core.ownership import Policy, Rule

pytestmark = pytest.mark.django_db

# A policy over a core model, so the class is tested without any domain: assignments belong to a department.
ASSIGNMENTS = Policy(
    label="core.RoleAssignment",
    department_field="department",
    see_roles=(Role.DRAFTER, Role.APPROVER),
    actions={
        "change": (Rule(roles=(Role.DRAFTER,), states=("draft",)), Rule(roles=(Role.APPROVER,))),
        "close": (Rule(roles=(Role.APPROVER,), states=("open",), office=True),),
    },
)


def _obj(department, state):
    return SimpleNamespace(department_id=department.pk, state=state)


def test_the_office_sees_every_row_and_a_department_only_its_own(org):
    everything = RoleAssignment.objects.all()
    assert ASSIGNMENTS.visible(org.office, everything).count() == everything.count()
    own = ASSIGNMENTS.visible(org.edu_drafter, everything)
    assert own.exists() and set(own.values_list("department_id", flat=True)) == {org.edu.pk}
    assert not ASSIGNMENTS.visible(org.edu_first, everything).exists()  # a role that does not see
    assert ASSIGNMENTS.department_ids(org.office) is None
    assert ASSIGNMENTS.department_ids(org.edu_first) == set()


def test_an_action_needs_the_role_in_the_owning_department_and_the_state(org):
    assert ASSIGNMENTS.allows(org.edu_drafter, "change", _obj(org.edu, "draft"))
    assert not ASSIGNMENTS.allows(org.edu_drafter, "change", _obj(org.edu, "open"))  # wrong state
    assert not ASSIGNMENTS.allows(org.health_drafter, "change", _obj(org.edu, "draft"))  # other department
    assert ASSIGNMENTS.allows(org.edu_approver, "change", _obj(org.edu, "open"))  # any state
    assert not ASSIGNMENTS.allows(org.office, "change", _obj(org.edu, "draft"))  # seeing is not acting


def test_the_office_acts_only_where_a_rule_says_so(org):
    assert ASSIGNMENTS.allows(org.office, "close", _obj(org.edu, "open"))
    assert not ASSIGNMENTS.allows(org.office, "close", _obj(org.edu, "closed"))
    assert not ASSIGNMENTS.allows_in(org.sysadmin, "close", org.edu.pk)


def test_a_rule_for_a_department_without_an_object(org):
    assert ASSIGNMENTS.allows_in(org.edu_approver, "change", org.edu.pk)
    assert not ASSIGNMENTS.allows_in(org.edu_approver, "change", org.health.pk)
    assert not ASSIGNMENTS.allows_in(org.edu_approver, "change", None)
