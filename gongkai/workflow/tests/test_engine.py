"""The transition engine: lock, check, change, save, audit, effects and on-commit hooks, on a real model.

The table here is the tests' own (not registered), so the engine is tried without any domain's rules.
"""

import pytest

from gongkai.catalogue.models import Document
from gongkai.core import audit_vocabulary
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import AuditEvent
from gongkai.workflow import Guard, Transition, Workflow

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _test_audit_code(monkeypatch):
    """The tests' own transition writes a code of its own, registered for these tests only."""
    monkeypatch.setitem(audit_vocabulary._LABELS, "test_advance", "测试推进")
    monkeypatch.setitem(audit_vocabulary._OWNERS, "test_advance", "workflow-tests")


calls: list[str] = []


def _is(user):
    return lambda actor, obj: actor == user


def _table(org, **overrides):
    calls.clear()
    base = {
        "name": "advance",
        "label": "推进",
        "sources": ("draft",),
        "target": "first_review",
        "may": _is(org.edu_drafter),
        "refusal": "您不能推进。",
        "audit": "test_advance",
    }
    return Workflow(Document, [Transition(**(base | overrides))], register=False)


@pytest.fixture
def document(org):
    return Document.objects.create(index_no="T/1", issuer=org.edu, title="测试", created_by=org.edu_drafter)


def events(document):
    return list(
        AuditEvent.objects.filter(object_id=str(document.pk)).values_list("action", "before", "after")
    )


def test_a_transition_changes_the_state_and_writes_its_audit_event(org, document):
    workflow = _table(org)
    moved = workflow.apply(document, "advance", actor=org.edu_drafter, reason=" 理由 ")
    assert moved.state == "first_review"
    assert Document.objects.get(pk=document.pk).state == "first_review"
    event = AuditEvent.objects.get(object_id=str(document.pk))
    assert (event.action, event.before, event.after, event.reason, event.actor) == (
        "test_advance",
        {"state": "draft"},
        {"state": "first_review"},
        "理由",
        org.edu_drafter,
    )


def test_who_may_and_the_source_state_are_checked_with_the_tables_refusal(org, document):
    workflow = _table(org)
    with pytest.raises(ApplicationError, match="您不能推进。"):
        workflow.apply(document, "advance", actor=org.edu_first)
    Document.objects.filter(pk=document.pk).update(state="withdrawn")
    with pytest.raises(ApplicationError, match="您不能推进。"):
        workflow.apply(document, "advance", actor=org.edu_drafter)  # the row is read again, under the lock
    assert events(document) == []


def test_a_duty_refuses_and_hides_the_transition_a_guard_refuses_but_offers_it(org, document):
    workflow = _table(
        org,
        duties=(lambda move: "本人不能办理。" if move.actor.pk == move.obj.created_by_id else None,),
    )
    assert workflow.available(document, org.edu_drafter) == []
    assert workflow.duty_refusal(document, org.edu_drafter, "advance") == "本人不能办理。"
    with pytest.raises(ApplicationError, match="本人不能办理"):
        workflow.apply(document, "advance", actor=org.edu_drafter)

    guarded = _table(org, guards=(Guard(lambda move: "请先填写概述。", field="summary"),))
    assert [t.name for t in guarded.available(document, org.edu_drafter)] == ["advance"]
    with pytest.raises(ApplicationError) as refused:
        guarded.apply(document, "advance", actor=org.edu_drafter)
    assert (refused.value.message, refused.value.field) == ("请先填写概述。", "summary")


def test_a_required_reason_is_refused_at_the_reason_field(org, document):
    workflow = _table(org, reason_required="须写明理由。")
    with pytest.raises(ApplicationError) as refused:
        workflow.apply(document, "advance", actor=org.edu_drafter, reason="   ")
    assert (refused.value.message, refused.value.field) == ("须写明理由。", "reason")


def test_when_selects_the_transition_by_the_objects_shape(org, document):
    workflow = _table(org, when=lambda obj: obj.disclosure_attr == "proactive")
    assert workflow.available(document, org.edu_drafter) == []
    Document.objects.filter(pk=document.pk).update(disclosure_attr="proactive")
    document.refresh_from_db()
    assert [t.name for t in workflow.available(document, org.edu_drafter)] == ["advance"]


def test_a_failing_effect_rolls_back_the_change_and_its_audit_event(org, document):
    def boom(move):
        raise ApplicationError("依赖对象无法更新。")

    workflow = _table(org, effects=(boom,))
    with pytest.raises(ApplicationError, match="依赖对象"):
        workflow.apply(document, "advance", actor=org.edu_drafter)
    assert Document.objects.get(pk=document.pk).state == "draft"
    assert events(document) == []


def test_changes_are_saved_with_the_state_and_effects_see_the_new_state(org, document):
    workflow = _table(
        org,
        before=(lambda move: calls.append(f"before:{move.obj.state}"),),
        changes=lambda move: {"review_round": move.obj.review_round + 1},
        effects=(lambda move: calls.append(f"effect:{move.obj.state}"),),
    )
    workflow.apply(document, "advance", actor=org.edu_drafter)
    assert calls == ["before:draft", "effect:first_review"]
    assert Document.objects.get(pk=document.pk).review_round == 2


def test_on_commit_hooks_run_only_once_the_change_is_committed(
    org, document, django_capture_on_commit_callbacks
):
    workflow = _table(org, on_commit=(lambda move: calls.append(f"hook:{move.obj.pk}"),))
    listener = []
    workflow.connect("advance", on_commit=lambda move: listener.append(move.obj.state))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        workflow.apply(document, "advance", actor=org.edu_drafter)
        assert calls == []  # not inside the transaction
    assert len(callbacks) == 2
    assert calls == [f"hook:{document.pk}"] and listener == ["first_review"]


def test_another_app_connects_an_effect_that_runs_in_the_same_transaction(org, document):
    workflow = _table(org)
    seen = []

    def follow(move):
        seen.append((move.transition.name, move.reason))

    workflow.connect("advance", effect=follow)
    workflow.connect("advance", effect=follow)  # idempotent: AppConfig.ready may run twice
    workflow.apply(document, "advance", actor=org.edu_drafter, reason="因为")
    assert seen == [("advance", "因为")]
    with pytest.raises(KeyError):
        workflow.connect("no_such_transition", effect=follow)


def test_a_transition_without_a_target_records_a_step_and_keeps_the_state(org, document):
    def note(move):
        move.details["department"] = "示范县教育局"

    workflow = _table(org, target=None, before=(note,))
    workflow.apply(document, "advance", actor=org.edu_drafter)
    assert Document.objects.get(pk=document.pk).state == "draft"
    assert events(document) == [("test_advance", None, {"department": "示范县教育局"})]


def test_system_transitions_are_never_offered_on_a_page(org, document):
    workflow = _table(org, offered=False)
    assert workflow.available(document, org.edu_drafter) == []
    assert workflow.apply(document, "advance", actor=org.edu_drafter).state == "first_review"
