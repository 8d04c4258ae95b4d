"""Issuer codes used as the front part of 索引号: 组织机构代码 (GB 11714) or 统一社会信用代码 (GB 32100)."""

import re

from django.core.exceptions import ValidationError

# GB 11714-1997: eight body characters, weights below, check = 11 - sum mod 11 (10 -> X, 11 -> 0).
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
# GB 32100-2015: a 31-character alphabet without I, O, Z, S, V; weights 3^i mod 31.
_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def _org_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def org_code_check_char(body: str) -> str:
    rest = 11 - sum(w * _org_value(c) for w, c in zip(_ORG_WEIGHTS, body, strict=True)) % 11
    return {10: "X", 11: "0"}.get(rest, str(rest))


def uscc_check_char(body: str) -> str:
    total = sum(w * _USCC_ALPHABET.index(c) for w, c in zip(_USCC_WEIGHTS, body, strict=True))
    return _USCC_ALPHABET[(31 - total % 31) % 31]


def is_valid_org_code(code: str) -> bool:
    return bool(re.fullmatch(r"[0-9A-Z]{8}[0-9X]", code)) and org_code_check_char(code[:8]) == code[8]


def is_valid_uscc(code: str) -> bool:
    if not re.fullmatch(f"[{_USCC_ALPHABET}]{{18}}", code):
        return False
    return uscc_check_char(code[:17]) == code[17]


def validate_issuer_code(value: str) -> None:
    if not (is_valid_org_code(value) or is_valid_uscc(value)):
        raise ValidationError(
            "发文机关代码须为 9 位组织机构代码或 18 位统一社会信用代码，且校验位正确。", code="issuer_code"
        )
