"""Each outcome's letter cites the right article of the 条例 and always ends with the remedies."""

from datetime import date

import pytest

from gongkai.foi.choices import OUTCOME_INFO, Outcome
from gongkai.foi.letters.models import LetterKind, LetterSettings, LetterTemplate
from gongkai.foi.letters.text import compose, fill, template_key

pytestmark = pytest.mark.django_db

EXPECTED_ARTICLE = {
    Outcome.GRANTED: "第三十六条第（二）项",
    Outcome.PARTIAL: "第三十七条",
    Outcome.REFUSED_STATE_SECRET: "第十四条",
    Outcome.REFUSED_LAW_FORBIDS: "第十四条",
    Outcome.REFUSED_SECURITY_STABILITY: "第十四条",
    Outcome.REFUSED_THIRD_PARTY: "第十五条",
    Outcome.REFUSED_INTERNAL_AFFAIRS: "第十六条第一款",
    Outcome.REFUSED_PROCESS_INFO: "第十六条第二款",
    Outcome.REFUSED_ENFORCEMENT_FILE: "第十六条第二款",
    Outcome.REFUSED_ADMIN_INQUIRY: "第三十六条第（七）项",
    Outcome.UNAVAILABLE_NOT_HELD: "第三十六条第（四）项",
    Outcome.UNAVAILABLE_NEEDS_CREATION: "第三十八条",
    Outcome.UNAVAILABLE_STILL_UNCLEAR: "第三十条",
    Outcome.NOT_PROCESSED_PETITION: "第三十九条第一款",
    Outcome.NOT_PROCESSED_REPEAT: "第三十六条第（六）项",
    Outcome.NOT_PROCESSED_PUBLICATION: "第三十九条第二款",
    Outcome.NOT_PROCESSED_EXCESSIVE: "第三十五条",
    Outcome.NOT_PROCESSED_CONFIRMATION: "第三十九条第一款",
    Outcome.OTHER_NO_CORRECTION: "第三十条",
    Outcome.OTHER_FEE_UNPAID: "国办函〔2020〕109号",
    Outcome.OTHER_OTHER: "第四十条",
}
REMEDIES = "可以依照《中华人民共和国行政复议法》的规定，在收到本"


def _reply_text(app, outcome, **fields):
    app.outcome = outcome
    app.legal_basis = fields.pop("legal_basis", OUTCOME_INFO[outcome].legal_basis)
    for name, value in fields.items():
        setattr(app, name, value)
    template = LetterTemplate.objects.get(key=template_key(app, LetterKind.REPLY))
    return compose(
        app,
        kind=LetterKind.REPLY,
        title=template.title,
        body=template.body,
        number="依申请〔2024〕1号-答复",
        letter_date=date(2024, 10, 10),
    ).as_text()


def test_every_outcome_has_a_seeded_template():
    keys = set(LetterTemplate.objects.values_list("key", flat=True))
    assert set(Outcome.values) <= keys
    assert {"unavailable_other_agency", "correction", "extension", "fee"} <= keys


@pytest.mark.parametrize("outcome", list(Outcome))
def test_each_reply_cites_its_article_and_the_remedies(register, outcome):
    app = register()
    basis = "条例第四十条" if outcome == Outcome.OTHER_OTHER else None
    text = _reply_text(app, outcome, reply_reasons="经查。", **({"legal_basis": basis} if basis else {}))
    assert EXPECTED_ARTICLE[outcome] in text
    assert "《中华人民共和国政府信息公开条例》" in text
    assert REMEDIES in text
    assert "六十日内向示范县人民政府申请行政复议" in text
    assert "在六个月内向" in text and "提起行政诉讼" in text
    assert "2024年9月27日" in text  # the receipt date in 年月日 form
    assert "张三：" in text


def test_not_our_agency_cites_article_36_5_and_names_the_agency(register):
    app = register()
    text = _reply_text(
        app, Outcome.UNAVAILABLE_NOT_HELD, not_our_agency=True, responsible_agency="示范县自然资源局"
    )
    assert "第三十六条第（五）项" in text
    assert "示范县自然资源局" in text
    assert "第三十六条第（四）项" not in text


def test_partial_disclosure_lists_the_withheld_parts(register):
    app = register()
    text = _reply_text(app, Outcome.PARTIAL, withheld_parts="第3页所列个人身份证号码（涉及个人隐私）")
    assert "第3页所列个人身份证号码（涉及个人隐私）" in text


def test_configured_remedy_bodies_are_used(register):
    LetterSettings.objects.update_or_create(
        singleton=True,
        defaults={"reconsideration_body": "示范市人民政府", "court_name": "示范市铁路运输法院"},
    )
    text = _reply_text(register(), Outcome.GRANTED, reply_reasons="现提供。")
    assert "六十日内向示范市人民政府申请行政复议" in text
    assert "六个月内向示范市铁路运输法院提起行政诉讼" in text


def test_substitution_is_one_pass_and_leaves_unknown_keys_visible():
    values = {"申请人": "{登记号}{0.__class__}", "登记号": "X"}
    assert fill("{申请人}：{未知}{登记号}", values) == "{登记号}{0.__class__}：{未知}X"
    assert fill("单独的 { 括号 }", values) == "单独的 { 括号 }"
