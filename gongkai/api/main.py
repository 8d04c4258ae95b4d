"""The public, read-only API: OpenAPI 3 at /api/openapi.json, documentation at /api/docs.

Endpoints call the catalogue's, the portal's and the search app's selectors only, so they return exactly
what the portal shows the public: published 主动公开 information, never a draft or a person.
"""

from ninja import NinjaAPI, Swagger
from ninja.renderers import JSONRenderer

from . import columns, documents, errors, interpretations, search


class ChineseJSONRenderer(JSONRenderer):
    json_dumps_params = {"ensure_ascii": False}  # noqa: RUF012 - the renderer's own class attribute


api = NinjaAPI(
    title="政务公开平台开放接口",
    version="1.0.0",
    description="只读、公开：已发布的主动公开政府信息、栏目、专题、政策解读和全文检索。"
    "参数有误或含未知参数时返回 422 并以中文说明；内容不存在或未公开时返回 404。",
    urls_namespace="api",
    renderer=ChineseJSONRenderer(),
    # Swagger UI from the files django-ninja ships (ninja is in INSTALLED_APPS): no CDN, works offline.
    docs=Swagger(settings={"persistAuthorization": False}),
)
errors.install(api)
api.add_router("", search.router)
api.add_router("", documents.router)
api.add_router("", columns.router)
api.add_router("", interpretations.router)
