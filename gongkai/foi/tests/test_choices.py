from collections import Counter

from gongkai.foi.choices import (
    OUTCOME_INFO,
    OUTCOMES_BY_ACTION_ONLY,
    REPLY_OUTCOMES,
    ApplicantType,
    Outcome,
    OutcomeGroup,
    RemedyKind,
    RemedyResult,
)


def test_applicant_types_are_the_six_columns_of_table_3_in_order():
    assert [t.label for t in ApplicantType] == [
        "自然人",
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
    ]


def test_outcomes_are_the_result_rows_of_table_3_grouped_as_printed():
    # 25 numeric rows minus 一、二、（七）、四 = 21 result rows.
    assert len(Outcome) == 21
    assert set(OUTCOME_INFO) == set(Outcome.values)
    counts = Counter(OUTCOME_INFO[o].group for o in Outcome)
    assert counts == {
        OutcomeGroup.GRANTED: 1,
        OutcomeGroup.PARTIAL: 1,
        OutcomeGroup.REFUSED: 8,
        OutcomeGroup.UNAVAILABLE: 3,
        OutcomeGroup.NOT_PROCESSED: 5,
        OutcomeGroup.OTHER: 3,
    }


def test_every_outcome_has_a_distinct_row_label_numbered_within_its_group():
    labels = [OUTCOME_INFO[o].row_label for o in Outcome]
    assert len(set(labels)) == len(labels)
    assert OUTCOME_INFO[Outcome.REFUSED_STATE_SECRET].row_label == "（三）不予公开 1．属于国家秘密"
    assert OUTCOME_INFO[Outcome.OTHER_OTHER].row_label == "（六）其他处理 3．其他"
    assert OUTCOME_INFO[Outcome.GRANTED].row_label == "（一）予以公开"


def test_refusals_and_unavailability_cite_an_article_of_the_regulation():
    for outcome in Outcome:
        info = OUTCOME_INFO[outcome]
        if info.group in (OutcomeGroup.REFUSED, OutcomeGroup.UNAVAILABLE, OutcomeGroup.NOT_PROCESSED):
            assert info.legal_basis.startswith("条例第"), outcome
    assert "第三十条" in OUTCOME_INFO[Outcome.OTHER_NO_CORRECTION].legal_basis


def test_lapse_outcomes_cannot_be_picked_in_the_reply_form():
    assert Outcome.OTHER_NO_CORRECTION in OUTCOMES_BY_ACTION_ONLY
    assert Outcome.OTHER_FEE_UNPAID in OUTCOMES_BY_ACTION_ONLY
    assert not set(OUTCOMES_BY_ACTION_ONLY) & set(REPLY_OUTCOMES)
    assert len(REPLY_OUTCOMES) + len(OUTCOMES_BY_ACTION_ONLY) == len(Outcome)


def test_table_4_has_three_kinds_with_four_results_each():
    assert len(RemedyKind) == 3
    assert [r.label for r in RemedyResult] == ["结果维持", "结果纠正", "其他结果", "尚未审结"]
