"""Every form of the project applies the text-hygiene rule to its text fields (not to passwords)."""

import importlib
import pkgutil

import pytest
from django import forms

import gongkai
from gongkai.core.login import LockoutAuthenticationForm
from gongkai.core.web.forms import TextHygieneMixin

_SKIP = (".tests", ".migrations", "conftest", ".settings", ".wsgi", ".asgi", ".management")


def _project_forms() -> list[type]:
    for info in pkgutil.walk_packages(gongkai.__path__, "gongkai."):
        if not any(part in info.name for part in _SKIP):
            importlib.import_module(info.name)
    found, todo = set(), [forms.BaseForm]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("gongkai.") and ".tests" not in sub.__module__:
                found.add(sub)
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


def test_every_form_class_in_the_project_mixes_in_the_rule():
    classes = _project_forms()
    assert len(classes) > 30  # the walk found the forms of every app
    missing = [f"{c.__module__}.{c.__qualname__}" for c in classes if not issubclass(c, TextHygieneMixin)]
    assert missing == []


class _Sample(TextHygieneMixin, forms.Form):
    name = forms.CharField(label="申请人姓名")
    note = forms.CharField(label="备注", required=False, widget=forms.Textarea)
    email = forms.EmailField(label="电子邮箱", required=False)
    count = forms.IntegerField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["late"] = forms.CharField(label="后加的字段", required=False)


def test_a_control_character_is_refused_on_its_field_in_chinese_and_the_typed_text_is_kept():
    form = _Sample(data={"name": "张\x1b三", "note": "好"})
    assert not form.is_valid()
    assert list(form.errors) == ["name"]
    assert form.errors["name"][0].startswith("“申请人姓名”含有不可见的特殊字符（控制字符 U+001B）")
    assert form["name"].value() == "张\x1b三"


def test_direction_overrides_are_refused_in_every_text_field_even_one_added_in_init():
    form = _Sample(data={"name": "张三", "note": "abc\u202e", "late": "\u2066x"})
    assert not form.is_valid()
    assert set(form.errors) == {"note", "late"}
    assert "“后加的字段”" in form.errors["late"][0]


def test_carriage_returns_are_stored_as_newlines():
    form = _Sample(data={"name": "张三", "note": "第一行\r\n第二行\r第三行"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["note"] == "第一行\n第二行\n第三行"


def test_a_form_cleaned_twice_keeps_one_validator_per_field():
    form = _Sample(data={"name": "张三"})
    form.is_valid()
    form.full_clean()
    assert (
        len(form.fields["name"].validators) == 2
    )  # max-length-free CharField: ProhibitNullCharacters + ours


@pytest.mark.django_db
def test_the_login_form_checks_the_user_name_but_never_the_password(rf):
    form = LockoutAuthenticationForm(rf.post("/"), data={"username": "admin\x1b", "password": "pw\x1b"})
    assert not form.is_valid()
    assert "username" in form.errors and "password" not in form.errors
    form = LockoutAuthenticationForm(rf.post("/"), data={"username": "nobody", "password": "p\x1bw"})
    assert not form.is_valid()
    assert "password" not in form.errors  # a wrong password, not a refused character
