from gongkai.search.tokenizer import index_tokens, normalize, term_lookup


def tokens(text):
    return index_tokens(normalize(text))


def test_normalisation_keeps_the_length_so_highlights_land_on_the_original():
    for text in ["ＩＰｖ６与５Ｇ，２０２０年", "盘政公领发〔2020〕2号", "㈠™ﬁ İ", "【通知】（一）"]:
        assert len(normalize(text)) == len(text)


def test_full_width_letters_digits_and_punctuation_become_half_width_lower_case():
    assert normalize("ＩＰｖ６，５Ｇ") == "ipv6,5g"


def test_every_kind_of_bracket_in_a_document_number_is_the_same():
    typed = [
        "盘政公领发〔2020〕2号",
        "盘政公领发[2020]2号",
        "盘政公领发【2020】2号",
        "盘政公领发（2020）2号",
        "盘政公领发(2020)2号",
        "盘政公领发［2020］2号",
        "盘政公领发﹝2020﹞2号",
    ]
    assert len({normalize(t) for t in typed}) == 1


def test_cjk_runs_give_every_character_and_every_two_and_three_in_a_row():
    assert tokens("政府信息") == {"政", "府", "信", "息", "政府", "府信", "信息", "政府信", "府信息"}


def test_tokens_never_span_two_runs():
    assert tokens("政府，信息") == {"政", "府", "信", "息", "政府", "信息"}


def test_ascii_words_and_digit_runs_are_kept_whole_with_their_suffixes():
    found = tokens("IPv6、5G和2020年")
    assert {"ipv6", "5g", "2020"} <= found
    assert {"pv6", "020"} <= found  # suffixes: any substring of a word is a prefix of one
    assert {"年", "和"} <= found
    assert "6、" not in found and "5g和" not in found


def test_terms_of_up_to_three_characters_are_one_token_and_need_no_check():
    for term in ("疫", "疫情", "新冠疫"):
        lookup = term_lookup(term)
        assert lookup.tokens == (term,) and not lookup.verify, term


def test_a_long_phrase_is_looked_up_by_trigrams_covering_it_and_checked_on_the_text():
    lookup = term_lookup("政府信息公开年度报告")
    assert lookup.tokens == ("政府信", "息公开", "年度报", "度报告")
    assert lookup.verify
    assert term_lookup("政府信息").tokens == ("政府信", "府信息")


def test_document_numbers_are_looked_up_by_parts_and_checked_as_a_whole():
    lookup = term_lookup(normalize("盘政公领发〔2020〕2号"))
    assert lookup.verify
    assert lookup.tokens == ("盘政公", "公领发", "2020")  # single characters add nothing to the check


def test_a_word_at_the_end_of_a_term_may_continue_in_the_text():
    assert term_lookup("ipv").prefixes == ("ipv",)
    assert term_lookup("2020年").tokens == ("2020",) and term_lookup("2020年").verify
    assert term_lookup("年5").tokens == ("年",) and term_lookup("年5").prefixes == ("5",)


def test_punctuation_only_has_nothing_to_look_up():
    assert term_lookup("，。！").empty
