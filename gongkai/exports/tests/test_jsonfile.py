"""JSON files: Chinese readable, and every string cleaned so the importers accept the file again."""

import json

from gongkai.exports.jsonfile import json_bytes


def test_strings_at_any_depth_lose_control_characters_and_numbers_are_kept():
    payload = {"name": "张\x1b三", "rows": [{"note": "\u202e备注", "n": 3}], "ok": True}
    data = json_bytes(payload)
    assert "张三".encode() in data  # not \u escaped
    assert json.loads(data) == {"name": "张三", "rows": [{"note": "备注", "n": 3}], "ok": True}
