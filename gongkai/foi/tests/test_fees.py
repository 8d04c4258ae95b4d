import pytest

from gongkai.foi.fees import per_application_fee, per_volume_fee


@pytest.mark.parametrize(
    ("ordinal", "fee"),
    [(1, 0), (10, 0), (11, 100), (30, 100), (31, 200), (40, 200), (41, 300), (50, 300), (51, 400), (60, 400)],
)
def test_per_application_fee_by_band_of_the_month(ordinal, fee):
    assert per_application_fee(ordinal) == fee


@pytest.mark.parametrize(
    ("pages", "fee"),
    [
        (0, 0),
        (30, 0),
        (31, 10),
        (100, 700),  # 70 pages in the ¥10 band
        (101, 720),
        (200, 2700),  # 700 + 100 × 20
        (201, 2740),
        (250, 4700),  # 700 + 2000 + 50 × 40
    ],
)
def test_per_volume_fee_charges_each_band_only_for_the_pages_inside_it(pages, fee):
    assert per_volume_fee(pages) == fee


def test_nonsense_counts_are_refused():
    with pytest.raises(ValueError):
        per_application_fee(0)
    with pytest.raises(ValueError):
        per_volume_fee(-1)
