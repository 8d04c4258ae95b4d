"""Each domain's ownership policy is registered in core, and the shared rooms ask it by label."""

import pytest

from gongkai.catalogue.rules import DOCUMENTS
from gongkai.core.models import Role
from gongkai.core.ownership import policy_for
from gongkai.foi.rules import APPLICATIONS
from gongkai.reports.rules import REPORTS

pytestmark = pytest.mark.django_db


def test_each_domain_registers_its_policy_under_the_model_label():
    assert policy_for("catalogue.Document") is DOCUMENTS
    assert policy_for("foi.Application") is APPLICATIONS
    assert policy_for("reports.AnnualReport") is REPORTS
    for policy in (DOCUMENTS, APPLICATIONS, REPORTS):
        roles = {r for rules in policy.actions.values() for rule in rules for r in rule.roles}
        assert roles | set(policy.see_roles) <= set(Role.values)
