"""The one cleaning rule for typed text: control and direction characters are refused, CR becomes LF."""

import pytest

from gongkai.core.texthygiene import newlines_normalise, text_problem, text_strip, unsafe_characters


@pytest.mark.parametrize(
    "char",
    [
        "\x00",
        "\x07",
        "\x1b",
        "\x7f",
        "\x85",
        "\u202a",
        "\u202e",
        "\u2066",
        "\u2069",
        "\u200e",
        "\u200f",
        "\u061c",
        "\ufffe",
        "\ud800",
    ],
)
def test_control_direction_and_non_characters_are_refused(char):
    assert unsafe_characters(f"张{char}三") == [char]
    assert text_strip(f"张{char}三") == "张三"


@pytest.mark.parametrize(
    "text", ["第一行\n第二行", "列1\t列2", "〔2024〕1号", "emoji 😀👨‍👩‍👧", "ＡＢＣ　全角", "Ü é"]
)
def test_newline_tab_and_ordinary_unicode_pass(text):
    assert unsafe_characters(text) == []
    assert text_problem(text, label="备注") is None
    assert text_strip(text) == text


def test_carriage_returns_become_newlines_instead_of_being_refused():
    assert newlines_normalise("a\r\nb\rc\n") == "a\nb\nc\n"
    assert unsafe_characters("a\r\nb\r") == []
    assert text_strip("a\r\nb") == "a\nb"


def test_the_message_is_chinese_names_the_field_and_the_characters():
    message = text_problem("张\x1b三\u202e", label="“申请人姓名”")
    assert message.startswith("“申请人姓名”含有不可见的特殊字符")
    assert "控制字符 U+001B" in message and "文字方向控制字符 U+202E" in message


def test_each_character_is_named_once_and_a_long_list_is_shortened():
    assert text_problem("\x01\x01\x02\x03\x04", label="x").count("U+0001") == 1
    assert "等" in text_problem("\x01\x02\x03\x04", label="x")
