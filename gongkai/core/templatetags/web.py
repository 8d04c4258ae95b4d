"""Template tags of the shared web layer: staff navigation, pagination and breadcrumb partials."""

from django import template

from gongkai.core.web import navigation

register = template.Library()


@register.inclusion_tag("core/web/_navigation.html", takes_context=True)
def staff_navigation(context):
    request = context["request"]
    match = request.resolver_match
    return {"entries": navigation.entries_for(request.user), "current": match.view_name if match else ""}


@register.simple_tag
def staff_home_url() -> str:
    return navigation.home_url()


@register.inclusion_tag("core/web/_pagination.html")
def pagination(number, pages, query="", numbers=None):
    """Previous / next links keeping the other GET parameters (`query`, urlencoded).

    With `numbers` (e.g. Paginator.get_elided_page_range) every page number is a link; otherwise the page
    says "第 n / m 页".
    """
    number, pages = int(number), int(pages)
    items = [{"number": n, "ellipsis": not isinstance(n, int)} for n in numbers] if numbers else None
    return {
        "number": number,
        "pages": pages,
        "query": query,
        "items": items,
        "previous": number - 1 if number > 1 else None,
        "next": number + 1 if number < pages else None,
    }


@register.inclusion_tag("core/web/_breadcrumb.html")
def breadcrumb(*parts, label="当前位置"):
    """{% breadcrumb "工作台" dashboard_url trail "编辑" %}: (text, link) pairs, lists of such pairs (a column
    path), and last the current page's text without a link."""
    crumbs, i = [], 0
    while i < len(parts):
        if isinstance(parts[i], list | tuple):
            crumbs += [{"text": text, "url": url} for text, url in parts[i]]
            i += 1
        elif i + 1 < len(parts):
            crumbs.append({"text": parts[i], "url": parts[i + 1]})
            i += 2
        else:
            crumbs.append({"text": parts[i], "url": None})
            i += 1
    return {"crumbs": crumbs, "label": label}
