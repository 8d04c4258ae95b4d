from gongkai.search.tokenizer import RUN_SEPARATOR, index_tokens, normalize, term_lookup


def tokens(text):
    t = index_tokens(normalize(text))
    return t.bigrams.split(), t.extra.split()


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


def test_cjk_runs_give_bigrams_in_order_and_every_character():
    bigrams, extra = tokens("政府信息公开")
    assert bigrams == ["政府", "府信", "信息", "息公", "公开"]
    assert extra == list("政府信息公开")


def test_separate_runs_are_kept_apart_in_the_bigram_stream():
    bigrams, _ = tokens("政府，信息")
    assert bigrams == ["政府", RUN_SEPARATOR, "信息"]


def test_ascii_words_and_digit_runs_are_kept_whole_with_their_suffixes():
    _, extra = tokens("IPv6、5G和2020年")
    assert "ipv6" in extra and "5g" in extra and "2020" in extra
    assert "pv6" in extra and "020" in extra  # suffixes: any substring of a word is a prefix of one
    assert "年" in extra and "和" in extra


def test_single_characters_are_looked_up_as_unigrams():
    lookup = term_lookup(normalize("疫"))
    assert lookup.exact == ("疫",) and not lookup.verify


def test_a_two_character_word_is_one_bigram_and_needs_no_check():
    lookup = term_lookup("疫情")
    assert lookup.phrases == (("疫情",),) and not lookup.verify


def test_a_long_phrase_is_its_consecutive_bigrams():
    lookup = term_lookup("政府信息公开年度报告")
    assert lookup.phrases[0][0] == "政府" and lookup.phrases[0][-1] == "报告" and len(lookup.phrases[0]) == 9


def test_document_numbers_are_looked_up_by_parts_and_checked_as_a_whole():
    lookup = term_lookup(normalize("盘政公领发〔2020〕2号"))
    assert lookup.verify
    assert lookup.exact == ("2020", "2", "号")
    assert lookup.phrases == (("盘政", "政公", "公领", "领发"),)


def test_a_word_at_the_end_of_a_term_may_continue_in_the_text():
    assert term_lookup("ipv").prefixes == ("ipv",)
    assert term_lookup("2020年").exact == ("2020", "年")


def test_punctuation_only_has_nothing_to_look_up():
    assert term_lookup("，。！").empty
