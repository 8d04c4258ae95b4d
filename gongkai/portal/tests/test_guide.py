"""The 政府信息公开指南 is built from the office's configured data and states the statutory rules."""

import pytest
from django.urls import reverse

from gongkai.core.models import SiteProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(db):
    profile = SiteProfile.current()
    profile.office_name = "示范县人民政府办公室政务公开科"
    profile.office_address = "示范县人民路1号"
    profile.office_hours = "工作日 8:30—12:00，14:30—17:30"
    profile.postal_code = "100001"
    profile.phone = "0427-1234567"
    profile.fax = "0427-7654321"
    profile.email = "gongkai@example.gov.cn"
    profile.online_url = "https://www.example.gov.cn/foi/apply/"
    profile.guide_extra = "节假日不受理当面申请。"
    profile.save()
    return profile


def test_the_guide_shows_the_office_contact_data(client, profile):
    page = client.get(reverse("portal:guide")).content.decode()
    for value in (
        "示范县人民政府办公室政务公开科",
        "示范县人民路1号",
        "工作日 8:30—12:00",
        "100001",
        "0427-1234567",
        "0427-7654321",
        "gongkai@example.gov.cn",
        "节假日不受理当面申请。",
    ):
        assert value in page
    assert '<a href="https://www.example.gov.cn/foi/apply/">' in page
    assert page.count("<h1") == 1


def test_the_guide_states_the_reply_deadline_extension_fees_and_remedies(client, profile):
    page = client.get(reverse("portal:guide")).content.decode()
    assert "<strong>20个工作日</strong>内予以答复" in page
    assert "最长不得超过20个工作日" in page
    assert "同一申请人一个自然月内累计申请10件以内（含10件）的，不收费" in page
    assert "11—30件（含30件）的部分，100元/件" in page
    assert "30页以下（含30页），不收费" in page and "201页以上的部分，40元/页" in page
    assert "60日内" in page and "6个月内" in page
    assert "身份证明" in page  # 第二十九条
    assert "公民、法人或者其他组织" in page  # 第二十七条


def test_the_guide_lists_the_catalogue_columns_as_the_proactive_categories(client, profile):
    page = client.get(reverse("portal:guide")).content.decode()
    assert '<a href="/columns/statutory/">法定主动公开内容</a>' in page
    assert 'href="/catalogue/"' in page and "索引号" in page


def test_an_unsafe_online_address_is_not_made_a_link(client, profile):
    profile.online_url = "javascript:alert(1)"
    profile.save()
    page = client.get(reverse("portal:guide")).content.decode()
    assert 'href="javascript:' not in page
