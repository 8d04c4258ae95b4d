"""Public pages. Thin: every read goes through the catalogue's public selectors (directly or via queries)."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_safe

from gongkai.catalogue.choices import InterpretationForm, Validity
from gongkai.catalogue.models import Attachment
from gongkai.catalogue.selectors import (
    document_get_public,
    document_list_public,
    interpretation_get_public,
    interpretation_list_public,
)
from gongkai.core.models import SiteProfile
from gongkai.core.params import text_param
from gongkai.files.filetypes import FileKind

from . import queries
from .forms import CatalogueFilterForm
from .guide import guide_context

PER_PAGE = 20
HOME_LATEST = 10
HOME_INTERPRETATIONS = 6
IMAGE_KINDS = frozenset({FileKind.JPG, FileKind.PNG})
# What the document page says about a document that is no longer (fully) in force.
VALIDITY_NOTICES = {
    Validity.AMENDED: "本文件已被修改，请以修改后的内容为准。",
    Validity.REPEALED: "本文件已废止。",
    Validity.EXPIRED: "本文件已失效。",
}


@dataclass
class Listing:
    page: Page
    page_range: list
    notice: str = ""


def paginate(request, items, per_page: int | None = None) -> Listing:
    """A page of `items`; a bad or out-of-range page number shows the nearest real page with a notice."""
    paginator = Paginator(items, per_page or PER_PAGE)
    raw, notice = request.GET.get("page", "").strip(), ""
    try:
        number = int(raw) if raw else 1
    except ValueError:
        number, notice = 1, "页码无效，已显示第1页。"
    if number < 1:
        number, notice = 1, "页码无效，已显示第1页。"
    elif number > paginator.num_pages:
        number = paginator.num_pages
        notice = f"页码超出范围，已显示最后一页（第{number}页）。"
    page = paginator.page(number)
    return Listing(page, list(paginator.get_elided_page_range(number, on_each_side=2, on_ends=1)), notice)


@dataclass
class AttachmentRow:
    attachment: Attachment
    kind: FileKind | None

    @property
    def kind_label(self) -> str:
        return self.kind.label if self.kind else "文件"

    @property
    def is_image(self) -> bool:
        return self.kind in IMAGE_KINDS


def attachment_rows(attachments) -> list[AttachmentRow]:
    rows = []
    for attachment in attachments:
        try:
            kind = FileKind(attachment.blob.kind)
        except ValueError:
            kind = None
        rows.append(AttachmentRow(attachment, kind))
    return rows


@require_safe
def home(request):
    return render(
        request,
        "portal/home.html",
        {
            "latest": document_list_public()[:HOME_LATEST],
            "tree": queries.column_tree_with_counts(),
            "topics": queries.topic_list_active(),
            "interpretations": interpretation_list_public()[:HOME_INTERPRETATIONS],
            "annual_column": queries.column_get_active(slug="annual-reports"),
        },
    )


def _column_trail(columns) -> list[tuple[str, str]]:
    """Columns as (name, link) pairs for the breadcrumb."""
    return [(c.name, reverse("portal:column", args=[c.slug])) for c in columns]


@require_safe
def column_detail(request, slug: str):
    column = queries.column_get_active(slug=slug)
    if column is None:
        raise Http404("栏目不存在")
    return render(
        request,
        "portal/column.html",
        {
            "column": column,
            "trail": _column_trail(queries.column_ancestors(column)),
            "children": queries.column_children_active(column),
            "listing": paginate(request, queries.document_list_in_column(column)),
        },
    )


@require_safe
def catalogue(request):
    form = CatalogueFilterForm(request.GET)
    form.is_valid()  # invalid filters are dropped (and named) rather than failing the page
    params = form.query_params()
    notices = [f"筛选条件“{label}”的取值无效，已忽略。" for label in form.ignored_labels()]
    listing = paginate(request, queries.document_filter_public(**form.filters()))
    if listing.notice:
        notices.append(listing.notice)
    return render(
        request,
        "portal/catalogue.html",
        {
            "form": CatalogueFilterForm(initial=params),
            "listing": listing,
            "base_query": urlencode(params),
            "filtered": bool(params),
            "notices": notices,
        },
    )


@require_safe
def document_detail(request, pk: int):
    document = document_get_public(pk=pk)
    if document is None:
        raise Http404("信息不存在或未公开")
    columns = [c for c in document.columns.all() if c.is_active]
    breadcrumb = [*queries.column_ancestors(columns[0]), columns[0]] if columns else []
    # Only applied changes whose new document is itself public are shown and linked.
    changed_by = [c for c in document.changes_received.all() if c.applied_at and c.source.is_public]
    changes = [c for c in document.changes_made.all() if c.applied_at and c.target.is_public]
    return render(
        request,
        "portal/document.html",
        {
            "document": document,
            "breadcrumb": _column_trail(breadcrumb),
            "topics": [t for t in document.topics.all() if t.is_active],
            "changed_by": changed_by,
            "changes": changes,
            "validity_notice": VALIDITY_NOTICES.get(document.validity, ""),
            "attachments": attachment_rows(document.attachments.all()),
            "interpretations": list(document.interpretations.all()),
        },
    )


INDEX_NO_MAX_LENGTH = 40  # Document.index_no


@require_safe
def document_by_index(request):
    index_no = text_param(request.GET.get("no"), max_length=INDEX_NO_MAX_LENGTH)
    document = queries.document_get_public_by_index_no(index_no=index_no) if index_no else None
    if document is None:
        raise Http404("没有该索引号的公开信息")
    return redirect("portal:document", pk=document.pk)


@require_safe
def interpretation_list(request):
    return render(
        request,
        "portal/interpretation_list.html",
        {
            "listing": paginate(request, interpretation_list_public()),
        },
    )


@require_safe
def interpretation_detail(request, pk: int):
    item = interpretation_get_public(pk=pk)
    if item is None:
        raise Http404("解读不存在或未公开")
    rows = attachment_rows(item.attachments.all())
    graphic = item.form == InterpretationForm.GRAPHIC
    return render(
        request,
        "portal/interpretation.html",
        {
            "item": item,
            "document": item.document,
            "images": [r for r in rows if graphic and r.is_image],
            "attachments": [r for r in rows if not (graphic and r.is_image)],
        },
    )


@require_safe
def topic_list(request):
    return render(request, "portal/topic_list.html", {"topics": queries.topic_list_active()})


@require_safe
def topic_detail(request, slug: str):
    topic = queries.topic_get_active(slug=slug)
    if topic is None:
        raise Http404("专题不存在")
    return render(
        request,
        "portal/topic.html",
        {
            "topic": topic,
            "listing": paginate(request, queries.document_list_in_topic(topic)),
        },
    )


def _safe_href(url: str) -> str:
    """The configured online-application address as a link only when it is http(s) or a local path."""
    url = url.strip()
    if url.startswith(("https://", "http://")) or (url.startswith("/") and not url.startswith("//")):
        return url
    return ""


@require_safe
def guide(request):
    profile = SiteProfile.current()
    return render(
        request,
        "portal/guide.html",
        {
            "profile": profile,
            "online_href": _safe_href(profile.online_url),
            "tree": queries.column_tree_with_counts(),
            **guide_context(),
        },
    )
