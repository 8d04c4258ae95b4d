"""条例第四十四条: similar requests are grouped; the office proposes, the department's 信息员 drafts."""

from datetime import date

import pytest
from django.urls import reverse

from gongkai.catalogue.choices import DocumentState
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import AuditEvent
from gongkai.foi.art44 import proposals_to_draft, similar_groups
from gongkai.foi.models import ProposalState
from gongkai.foi.services import proposal_create, proposal_draft
from gongkai.foi.similarity import bigrams, group_similar, jaccard

from .conftest import person_data

pytestmark = pytest.mark.django_db


def test_similar_requests_form_one_group_and_different_ones_do_not():
    texts = [
        "2023年义务教育学校招生计划",
        "申请公开2023年义务教育学校的招生计划",
        "关于2024年义务教育学校招生计划的信息",
        "某路段道路工程招标结果",
    ]
    groups = group_similar(texts, threshold=0.5, min_size=3)
    assert [g.members for g in groups] == [(0, 1, 2)]
    assert "招生" in groups[0].common


def test_jaccard_ignores_punctuation_and_filler_words():
    assert jaccard(bigrams("申请公开：招生计划！"), bigrams("招生计划")) == 1.0


@pytest.fixture
def asked(org, register):
    apps = [
        register(date(2024, 3, 4), data=person_data(info_title="2024年义务教育学校招生计划")),
        register(date(2024, 3, 5), data=person_data(info_title="申请公开2024年义务教育学校招生计划")),
        register(date(2024, 3, 6), data=person_data(info_title="2024年义务教育学校的招生计划")),
        register(
            date(2024, 3, 7),
            department=org.health,
            actor=org.health_drafter,
            data=person_data(info_title="2024年义务教育学校招生计划"),
        ),
        register(date(2024, 3, 8), data=person_data(info_title="城区道路维修合同")),
    ]
    return apps


def test_groups_in_a_period_name_the_department_most_asked(asked, org):
    groups = similar_groups(start=date(2024, 1, 1), end=date(2024, 12, 31))
    assert len(groups) == 1 and groups[0].size == 4
    assert groups[0].department == org.edu
    assert similar_groups(start=date(2024, 3, 6), end=date(2024, 12, 31), min_size=3) == []


def test_the_office_proposes_and_the_departments_drafter_creates_the_draft(asked, org):
    group = similar_groups(start=date(2024, 1, 1), end=date(2024, 12, 31))[0]
    with pytest.raises(ApplicationError):
        proposal_create(
            actor=org.edu_drafter,
            department=org.edu,
            applications=group.applications,
            title=group.title,
            reason="",
            period_start=date(2024, 1, 1),
            period_end=date(2024, 12, 31),
        )
    proposal = proposal_create(
        actor=org.office,
        department=group.department,
        applications=group.applications,
        title=group.title,
        reason="",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 12, 31),
    )
    assert "4件申请" in proposal.reason
    assert list(proposals_to_draft(user=org.edu_drafter)) == [proposal]
    assert list(proposals_to_draft(user=org.health_drafter)) == []
    with pytest.raises(ApplicationError, match="信息员"):
        proposal_draft(actor=org.office, proposal=proposal)
    proposal = proposal_draft(actor=org.edu_drafter, proposal=proposal)
    assert proposal.state == ProposalState.DRAFTED
    assert proposal.document.state == DocumentState.DRAFT and proposal.document.issuer == org.edu
    assert proposal.document.title == group.title
    actions = set(
        AuditEvent.objects.filter(object_type="foi.publicationproposal").values_list("action", flat=True)
    )
    assert actions == {"foi_proposal_create", "foi_proposal_draft"}
    with pytest.raises(ApplicationError, match="已起草"):
        proposal_draft(actor=org.edu_drafter, proposal=proposal)


def test_pages_similar_groups_for_the_office_and_the_draft_button_on_the_department_list(client, asked, org):
    client.force_login(org.edu_drafter)
    assert client.get(reverse("foi:staff-similar")).status_code == 403
    client.force_login(org.office)
    page = client.get(reverse("foi:staff-similar"), {"start": "2024-01-01", "end": "2024-12-31"})
    assert "（4件）" in page.content.decode()
    ids = [a.pk for a in asked[:4]]
    response = client.post(
        reverse("foi:staff-proposal-create"),
        {
            "application": ids,
            "department": org.edu.pk,
            "title": "2024年义务教育学校招生计划",
            "start": "2024-01-01",
        },
    )
    assert response.status_code == 302
    client.force_login(org.edu_drafter)
    listing = client.get(reverse("foi:staff-list")).content.decode()
    assert "生成草稿" in listing
