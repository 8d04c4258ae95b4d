"""Every refusal of the API in Chinese: invalid or unknown parameters (422) and missing things (404).

A 500 must never come from what a client typed, so every parameter is typed and bounded in the schema and
anything outside answers 422 with a message that says which parameter and why.
"""

from functools import wraps

from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import ConfigError, ValidationError

from .schemas import ErrorOut, ParamErrorOut, ValidationErrorOut

UNKNOWN_PARAMETER = "unknown_parameter"
NOT_FOUND = "请求的内容不存在或未公开。"


def _message(error: dict) -> str:
    """pydantic's error types → Chinese; the context carries the bound that was broken."""
    kind, ctx = error.get("type", ""), error.get("ctx") or {}
    if kind == UNKNOWN_PARAMETER:
        return "是未知参数"
    if kind == "missing":
        return "缺少必填参数"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return "应为整数"
    if kind in ("greater_than_equal", "greater_than"):
        return f"不能小于{ctx['ge']}" if "ge" in ctx else f"应大于{ctx.get('gt')}"
    if kind in ("less_than_equal", "less_than"):
        return f"不能大于{ctx['le']}" if "le" in ctx else f"应小于{ctx.get('lt')}"
    if kind in ("enum", "literal_error"):
        expected = str(ctx.get("expected", "")).replace(" or ", ", ")
        return f"取值无效，可选：{expected}"
    if kind == "string_too_long":
        return f"不能超过{ctx.get('max_length')}个字符"
    if kind == "string_pattern_mismatch":
        return "含有不允许的字符"
    if kind == "value_error" and ctx.get("error"):
        return str(ctx["error"])
    return "取值无效"


def _param(error: dict) -> tuple[str, str]:
    loc = [str(part) for part in error.get("loc", ())]
    return (loc[0] if loc else "query"), (loc[-1] if len(loc) > 1 else "")


def validation_error_body(errors: list[dict]) -> dict:
    items = []
    for error in errors:
        location, param = _param(error)
        items.append(
            ParamErrorOut(location=location, param=param, message=_message(error), type=error.get("type", ""))
        )
    summary = "；".join(f"参数 {item.param} {item.message}" if item.param else item.message for item in items)
    return ValidationErrorOut(detail=f"请求参数有误：{summary}。", errors=items).model_dump()


def _query_names(operation) -> set[str]:
    names: set[str] = set()
    for model in operation.models:
        if model.__ninja_param_source__ == "query":
            names.update(getattr(model, "__ninja_flatten_map__", None) or model.model_fields)
    return names


def refuse_unknown_parameters(run):
    """A "view" decorator for every operation: a query parameter the operation does not declare is a 422,
    not silently ignored (a misspelt filter would otherwise return everything)."""
    operation = getattr(run, "__self__", None)
    if operation is None:
        raise ConfigError("refuse_unknown_parameters must wrap Operation.run directly")
    known = _query_names(operation)

    @wraps(run)
    def checked(request, *args, **kwargs):
        unknown = sorted(set(request.GET) - known)
        if unknown:
            errors = [{"type": UNKNOWN_PARAMETER, "loc": ("query", name)} for name in unknown]
            return operation.api.on_exception(request, ValidationError(errors))
        return run(request, *args, **kwargs)

    return checked


def install(api: NinjaAPI) -> None:
    @api.exception_handler(ValidationError)
    def invalid(request, exc: ValidationError):
        return api.create_response(request, validation_error_body(exc.errors), status=422)

    @api.exception_handler(Http404)
    def not_found(request, exc: Http404):
        detail = str(exc) if exc.args else NOT_FOUND
        return api.create_response(request, ErrorOut(detail=detail).model_dump(), status=404)

    api.add_decorator(refuse_unknown_parameters, mode="view")


# For the responses= of every operation, so the schema documents what a client can get back.
ERROR_RESPONSES = {404: ErrorOut, 422: ValidationErrorOut}
