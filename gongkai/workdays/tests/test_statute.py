"""The statutory numbers are the ones in the regulation, and every clock, letter and page takes them from here."""

from pathlib import Path

from gongkai.workdays import statute

PACKAGE = Path(__file__).resolve().parents[2]


def test_the_periods_of_the_regulation_are_the_statutory_ones():
    assert statute.PROACTIVE_PUBLICATION_WORKDAYS == 20  # 第二十六条
    assert statute.CORRECTION_NOTICE_WORKDAYS == 7  # 第三十条
    assert statute.THIRD_PARTY_MAX_WORKDAYS == 15  # 第三十二条
    assert statute.REPLY_WORKDAYS == 20  # 第三十三条
    assert statute.EXTENSION_MAX_WORKDAYS == 20  # 第三十三条
    assert (statute.PROACTIVE_PUBLICATION_WARNING_WORKDAYS, statute.DUE_SOON_WORKDAYS) == (15, 5)


def test_the_fee_bands_are_those_of_guobanhan_2020_109():
    assert statute.PER_APPLICATION_FREE == 10
    assert (statute.PER_APPLICATION_FIRST_BAND_END, statute.PER_APPLICATION_BAND_SIZE) == (30, 10)
    assert statute.PER_APPLICATION_STEP_YUAN == 100
    assert [(b.last_page, b.yuan_per_page) for b in statute.PER_VOLUME_BANDS] == [
        (30, 0),
        (100, 10),
        (200, 20),
        (None, 40),
    ]


def test_the_report_deadlines_are_31_january_and_31_march():
    assert statute.DEPARTMENT_REPORT_DEADLINE == (1, 31)  # 第四十九条
    assert statute.GOVERNMENT_REPORT_DEADLINE == (3, 31)  # 第五十条
    assert "第四十九条" in statute.DEPARTMENT_REPORT_DEADLINE_BASIS
    assert "第五十条" in statute.GOVERNMENT_REPORT_DEADLINE_BASIS


def test_the_remedies_sentence_states_sixty_days_and_six_months():
    assert statute.RECONSIDERATION_DAYS == 60 and statute.LITIGATION_MONTHS == 6
    text = statute.remedies_sentence(what="答复", body="示范县人民政府", court="示范县人民法院")
    assert "《中华人民共和国行政复议法》" in text and "《中华人民共和国行政诉讼法》" in text
    assert "收到本答复之日起六十日内向示范县人民政府申请行政复议" in text
    assert "在六个月内向示范县人民法院提起行政诉讼" in text


def test_no_module_writes_a_statutory_period_of_its_own():
    """A period constant outside this module would be a second truth that drifts when the law changes."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "tests" in path.parts or "migrations" in path.parts or path.name == "statute.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            name, _, value = (part.strip() for part in line.partition("="))
            numeric = value.lstrip("(")[:1].isdigit()
            if (
                numeric
                and name.isupper()
                and name.endswith(("_WORKDAYS", "_WORKING_DAYS", "_DEADLINE", "_DAYS"))
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert offenders == []
