import pytest
from django.core.exceptions import ValidationError
from django.db import transaction

from gongkai.core.audit import audit_history, audit_record
from gongkai.core.codes import is_valid_org_code, is_valid_uscc, validate_issuer_code


def test_real_issuer_codes_from_catalogue_pages_are_valid():
    # Both appear as 索引号 front parts on real government sites (DOMAIN.md §4).
    assert is_valid_org_code("000014349")
    assert is_valid_uscc("11441700007280420Y")


@pytest.mark.parametrize(
    "code", ["000014340", "11441700007280420X", "1144170000728042", "ABC", "11441700007280420I"]
)
def test_codes_with_a_wrong_check_character_or_shape_are_refused(code):
    with pytest.raises(ValidationError):
        validate_issuer_code(code)


@pytest.mark.django_db(transaction=True)
def test_audit_events_are_written_only_inside_the_changes_transaction(org, reference_data):
    with pytest.raises(RuntimeError):
        audit_record(actor=org.office, action="admin_change", obj=org.edu)
    with transaction.atomic():
        audit_record(
            actor=org.office,
            action="admin_change",
            obj=org.edu,
            before={"name": "旧"},
            after={"name": "新"},
            reason="机构改革",
        )
    event = audit_history(org.edu).get()
    assert (event.actor, event.action, event.before, event.after, event.reason, event.department) == (
        org.office,
        "admin_change",
        {"name": "旧"},
        {"name": "新"},
        "机构改革",
        org.edu,
    )
