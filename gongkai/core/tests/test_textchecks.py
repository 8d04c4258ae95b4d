import datetime
import random
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gongkai.core.textchecks import Finding, find_personal_data, find_sensitive_words, fold, mask


# Independent reference implementations (different formulas from the module under test).
def id_check_char(first17: str) -> str:
    # GB 11643: weight of position i (0-based from the left) is 2**(17-i) mod 11; check = (12 - S mod 11) mod 11.
    s = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17))
    c = (12 - s % 11) % 11
    return "X" if c == 10 else str(c)


def make_id(region: str, birth: str, seq: str) -> str:
    first17 = region + birth + seq
    return first17 + id_check_char(first17)


def luhn_complete(prefix: str) -> str:
    """Append the digit that makes prefix + digit pass Luhn."""
    for d in "0123456789":
        digits = [int(c) for c in prefix + d][::-1]
        total = sum(x if i % 2 == 0 else sum(divmod(2 * x, 10)) for i, x in enumerate(digits))
        if total % 10 == 0:
            return prefix + d
    raise AssertionError


def kinds(text):
    return [(f.kind, f.match) for f in find_personal_data(text)]


# --- ID numbers ------------------------------------------------------------------------------------


def test_reference_checksum_agrees_with_published_example():
    assert make_id("110105", "19491231", "002") == "11010519491231002X"


def test_published_id_found_with_span_and_label():
    text = "申请人身份证号：11010519491231002X，请核实。"
    [f] = find_personal_data(text)
    assert f == Finding("id_card", "身份证号", "11010519491231002X", 8, 26)
    assert text[f.start : f.end] == f.match


def test_lowercase_x_check_char_found():
    assert kinds("号码11010519491231002x。") == [("id_card", "11010519491231002x")]


@pytest.mark.parametrize(
    "region,birth,seq",
    [("440304", "19851107", "153"), ("310104", "20000229", "047"), ("510107", "19700101", "888")],
)
def test_generated_valid_ids_found(region, birth, seq):
    number = make_id(region, birth, seq)
    assert kinds(f"张三（{number}）") == [("id_card", number)]


def test_wrong_check_digit_not_reported():
    good = make_id("440304", "19851107", "153")
    wrong = good[:17] + ("0" if good[17] != "0" else "1")
    assert not any(k == "id_card" for k, _ in kinds(f"身份证{wrong}"))


def test_impossible_birth_dates_not_reported():
    for birth in ("19490231", "18991231", "21010101", "19491301"):
        number = make_id("110105", birth, "002")
        assert not any(k == "id_card" for k, _ in kinds(f"身份证{number}")), birth


def test_id_inside_longer_digit_run_not_reported():
    number = next(n for s in range(100, 200) if (n := make_id("440304", "19851107", str(s)))[-1] != "X")
    run20 = "1" + number + "7"
    assert find_personal_data(f"编号{number}号") == [Finding("id_card", "身份证号", number, 2, 20)]
    assert find_personal_data(f"编号{run20}号") == []


def test_unified_social_credit_code_index_number_not_reported():
    # 索引号 = 统一社会信用代码/年份-序号: 18 characters ending in a letter, must not look like an ID.
    assert find_personal_data("索引号：11441700007280420Y/2021-00050") == []
    assert find_personal_data("11441700007280420Y/2021-00050") == []


def test_plain_dates_and_document_numbers_not_reported():
    assert find_personal_data("2024年1月1日（20240101）发布，阳府办〔2024〕12号，电话0662-3366001") == []


# --- mobiles ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "13812345678",
        "+8613812345678",
        "+86 13812345678",
        "8613812345678",
        "008613812345678",
        "138 1234 5678",
        "138-1234-5678",
        "+86 138-1234-5678",
        "19912345678",
    ],
)
def test_mobile_forms(written):
    assert kinds(f"联系电话：{written}。") == [("mobile", written)]


@pytest.mark.parametrize(
    "text",
    [
        "咨询电话：010-12345678",
        "12812345678",  # second digit 2 is not a mobile prefix
        "138123456789",  # 12 digits
        "213812345678",  # inside a longer run
        "138 1234-5678",  # mixed separators
        "订单号A13812345678",  # glued to a letter: a code, not a phone number
    ],
)
def test_not_mobiles(text):
    assert not any(k == "mobile" for k, _ in kinds(text))


# --- bank cards ------------------------------------------------------------------------------------


def test_valid_luhn_cards_found_plain_and_grouped():
    card19 = luhn_complete("622202020011223344")
    card16 = luhn_complete("621700000000123")
    assert card19 == "6222020200112233446"
    assert kinds(f"收款账号{card19}") == [("bank_card", card19)]
    grouped = " ".join([card16[i : i + 4] for i in range(0, 16, 4)])
    assert kinds(f"卡号：{grouped}。") == [("bank_card", grouped)]
    hyphen = "-".join([card16[i : i + 4] for i in range(0, 16, 4)])
    assert kinds(f"卡号：{hyphen}。") == [("bank_card", hyphen)]


def test_invalid_luhn_not_reported():
    card = luhn_complete("622202020011223344")
    bad = card[:-1] + str((int(card[-1]) + 1) % 10)
    assert find_personal_data(f"收款账号{bad}") == []


def test_id_passing_luhn_reported_once_as_id():
    # Search for a valid ID that also happens to pass Luhn (about 1 in 10 do).
    for seq in range(100, 200):
        number = make_id("110105", "19491231", str(seq))
        if number[-1] != "X" and luhn_complete(number[:-1]) == number:
            break
    else:
        raise AssertionError("no candidate")
    assert kinds(f"身份证{number}") == [("id_card", number)]


# --- e-mail ----------------------------------------------------------------------------------------


def test_emails():
    text = "来信请寄zhang.san+gk@example.gov.cn或 li_si@163.com。非邮箱：a@b、@example.com"
    assert kinds(text) == [("email", "zhang.san+gk@example.gov.cn"), ("email", "li_si@163.com")]


# --- full-width input ------------------------------------------------------------------------------


def test_full_width_input_spans_refer_to_original_text():
    fw_id = "１１０１０５１９４９１２３１００２Ｘ"
    fw_mobile = "１３８１２３４５６７８"
    # ㎏ would become "kg" under whole-text NFKC; positions must not drift after it.
    text = f"重量5㎏。身份证{fw_id}，手机{fw_mobile}，邮箱ｚｓ＠ｅｘａｍｐｌｅ．ｃｎ"
    found = find_personal_data(text)
    assert [f.kind for f in found] == ["id_card", "mobile", "email"]
    for f in found:
        assert text[f.start : f.end] == f.match
    assert found[0].match == fw_id
    assert found[1].match == fw_mobile
    assert len(fold(text)) == len(text)


# --- masking ---------------------------------------------------------------------------------------


def test_mask():
    assert mask("11010519491231002X") == "110105********002X"
    assert mask("13812345678") == "138****5678"
    assert mask("+86 138-1234-5678") == "+86 138-****-5678"
    assert mask("6222 0202 0011 2233") == "6222 02** **** 2233"
    assert mask("zhang@example.com") == "z****@example.com"
    f = find_personal_data("11010519491231002X")[0]
    assert f.masked == "110105********002X"
    assert "19491231" not in f.masked


# --- sensitive words -------------------------------------------------------------------------------


def test_sensitive_words_case_insensitive_every_occurrence():
    text = "内部资料，Secret！再次：SECRET。内部资料"
    found = find_sensitive_words(text, ["secret", "内部资料", "", "  "])
    assert [(f.match, f.start) for f in found] == [
        ("内部资料", 0),
        ("Secret", 5),
        ("SECRET", 15),
        ("内部资料", 22),
    ]
    assert all(f.kind == "sensitive_word" and f.label == "敏感词" for f in found)
    assert found[1].masked == "Secret"


def test_sensitive_words_overlaps_and_longest_first():
    assert [f.match for f in find_sensitive_words("甲乙丙", ["甲乙", "乙丙"])] == ["甲乙", "乙丙"]
    assert [f.match for f in find_sensitive_words("甲乙丙", ["乙丙", "甲乙丙"])] == ["甲乙丙"]


def test_sensitive_words_escape_and_full_width():
    assert [f.match for f in find_sensitive_words("a.b axb (c) ＡＢＣ", ["a.b", "(c)", "abc"])] == [
        "a.b",
        "(c)",
        "ＡＢＣ",
    ]
    assert find_sensitive_words("", ["x"]) == []
    assert find_sensitive_words("abc", []) == []


def test_sensitive_words_scale():
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(0x4E00, 0x4E00 + 2000)]
    words = ["".join(rng.choices(alphabet, k=rng.randint(2, 5))) for _ in range(400)]
    text = "".join(rng.choices(alphabet, k=100_000)) + words[123]
    t0 = time.perf_counter()
    found = find_sensitive_words(text, words)
    assert time.perf_counter() - t0 < 5
    assert found[-1].match == words[123] and found[-1].end == len(text)


# --- property --------------------------------------------------------------------------------------

_chinese = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), max_size=30)
_filler = st.one_of(_chinese, st.sampled_from(["：", "，", "（", "）", " ", "。\n"]))


@given(
    region=st.integers(110000, 829999).map(str),
    birth=st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 12, 31)),
    seq=st.integers(0, 999).map(lambda n: f"{n:03d}"),
    before=_filler,
    after=_filler,
    full_width=st.booleans(),
)
def test_any_valid_id_in_chinese_text_is_found_with_exact_span(region, birth, seq, before, after, full_width):
    number = make_id(region, birth.strftime("%Y%m%d"), seq)
    if full_width:
        number = "".join(chr(ord(c) + 0xFEE0) for c in number)
    text = before + number + after
    ids = [f for f in find_personal_data(text) if f.kind == "id_card"]
    assert ids == [Finding("id_card", "身份证号", number, len(before), len(before) + 18)]
