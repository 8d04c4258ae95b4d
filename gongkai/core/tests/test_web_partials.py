"""The shared partials: pagination keeps the other parameters, breadcrumb links all but the current page."""

from django import forms
from django.core.paginator import Paginator
from django.template import Context, Template

from gongkai.core.exceptions import ApplicationError
from gongkai.core.web.forms import Fieldsets, add_service_error


def render(source: str, **context) -> str:
    return Template("{% load web %}" + source).render(Context(context))


def test_pagination_links_keep_the_query_and_say_where_one_is():
    html = render("{% pagination 2 3 query %}", query="q=%E6%89%B9&view=all")
    assert 'href="?q=%E6%89%B9&amp;view=all&amp;page=1" rel="prev"' in html
    assert 'href="?q=%E6%89%B9&amp;view=all&amp;page=3" rel="next"' in html
    assert "第 2 / 3 页" in html


def test_pagination_with_numbers_elides_the_middle():
    paginator = Paginator(range(200), 10)
    numbers = list(paginator.get_elided_page_range(10, on_each_side=2, on_ends=1))
    html = render("{% pagination 10 20 '' numbers %}", numbers=numbers)
    assert '<span class="current" aria-current="page">10</span>' in html
    assert 'href="?page=9" aria-label="第9页"' in html and '<span class="ellipsis"' in html
    assert "共20页" in html and "第 10 / 20 页" not in html


def test_a_single_page_has_no_pagination():
    assert "pagination" not in render("{% pagination 1 1 '' %}")


def test_breadcrumb_links_pairs_expands_a_trail_and_ends_with_the_current_page():
    html = render(
        '{% breadcrumb "首页" "/" trail "正文" %}', trail=[("目录", "/catalogue/"), ("栏目", "/columns/a/")]
    )
    assert html.index('<a href="/">首页</a>') < html.index('<a href="/catalogue/">目录</a>')
    assert '<a href="/columns/a/">栏目</a>' in html
    assert '<li aria-current="page">正文</li>' in html
    assert 'aria-label="当前位置"' in html


def test_breadcrumb_escapes_what_a_person_typed():
    html = render('{% breadcrumb "工作台" "/staff/" title %}', title="<script>x</script>")
    assert "<script>" not in html and "&lt;script&gt;" in html


class _Form(Fieldsets, forms.Form):
    FIELDSETS = [("基本信息", ["title", "absent"]), ("其他", ["absent"])]
    title = forms.CharField()


def test_a_service_refusal_lands_next_to_its_field_or_above_the_form():
    form = _Form({"title": "x"})
    form.is_valid()
    add_service_error(form, ApplicationError("标题重复。", field="title"))
    add_service_error(form, ApplicationError("无法保存。", field="nonexistent"))
    assert form.errors["title"] == ["标题重复。"]
    assert form.non_field_errors() == ["无法保存。"]


def test_fieldsets_skip_fields_the_form_does_not_have():
    assert [(legend, [f.name for f in fields]) for legend, fields in _Form().fieldsets()] == [
        ("基本信息", ["title"])
    ]
