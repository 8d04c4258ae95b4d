import pytest
from hypothesis import given
from hypothesis import strategies as st

from gongkai.core.params import int_param, text_param


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2024", 2024),
        (" 2024 ", 2024),
        ("²", None),
        ("①", None),
        ("٢٠٢٤", None),
        ("2_024", None),
        ("+2024", None),
        ("-1", None),
        ("9" * 10_000, None),
        ("1989", None),
        ("2101", None),
        ("", None),
        (None, None),
        ("NaN", None),
        ("20\x0024", None),
    ],
)
def test_only_plain_ascii_numbers_within_bounds_are_read(raw, expected):
    assert int_param(raw, low=1990, high=2100) == expected


@given(st.text())
def test_any_text_gives_a_number_in_bounds_or_nothing(raw):
    number = int_param(raw, low=1, high=100)
    assert number is None or 1 <= number <= 100


def test_text_parameters_lose_control_characters_and_excess_length():
    assert text_param(" 000014349-\x002024-0001\x1b ", max_length=100) == "000014349-2024-0001"
    assert text_param("年" * 500, max_length=50) == "年" * 50
    assert text_param(None, max_length=5) == ""
