"""The staff search sees what the catalogue's ownership policy lets each person see."""

import pytest

from gongkai.search.views import _staff_scope

pytestmark = pytest.mark.django_db


def test_the_staff_search_scope_is_the_catalogue_policy(org):
    assert _staff_scope(org.office).everything
    assert _staff_scope(org.edu_first).department_ids == (org.edu.pk,)
    assert _staff_scope(org.sysadmin).department_ids == ()
