"""JSON files for other systems: UTF-8, Chinese kept readable, refused characters removed from every string
(so that a file exported here is accepted by the importers, which apply the text-hygiene rule)."""

from __future__ import annotations

import json
from typing import Any

from .cells import text_for_export

__all__ = ["json_bytes"]


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return text_for_export(value)
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def json_bytes(payload: Any, *, indent: int | None = 1) -> bytes:
    return json.dumps(_clean(payload), ensure_ascii=False, indent=indent).encode("utf-8")
