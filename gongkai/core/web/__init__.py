"""The staff web layer every domain's pages stand on: access, form helpers, navigation, shared partials.

Templates live under core/web/ (forbidden page, field, action form, pagination, breadcrumb) and are rendered
through the `web` template tags; a domain never includes another domain's templates.
"""
