"""Reading numbers from query strings: strict ASCII digits within bounds, anything else is "not given".

`str.isdigit()` accepts '²' and '①' (which int() then refuses) and int() accepts '٣', '1_000' and ' +7 ';
a 10,000-digit number makes int() raise. A page must treat all of these as a bad parameter, never fail.
"""

import re

_DIGITS = re.compile(r"[0-9]{1,18}")


def int_param(value: str | None, *, low: int, high: int) -> int | None:
    """The integer written in `value` (ASCII digits, surrounding spaces ignored) if low <= n <= high."""
    text = (value or "").strip()
    if not _DIGITS.fullmatch(text):
        return None
    number = int(text)
    return number if low <= number <= high else None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def text_param(value: str | None, *, max_length: int) -> str:
    """A text parameter without control characters (PostgreSQL refuses NUL), stripped and cut to length."""
    return _CONTROL.sub("", value or "").strip()[:max_length]
