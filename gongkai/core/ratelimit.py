"""Per-address rate limits in the shared cache (the database cache, or Redis when configured), so that every
app server process counts the same attempts and a restart forgets nothing."""

from django.core.cache import cache


def client_ip(request) -> str:
    # REMOTE_ADDR only: X-Forwarded-For is set by the client unless a trusted proxy rewrites it.
    return request.META.get("REMOTE_ADDR", "unknown")


def rate_limited(request, scope: str, *, count: int, window: int) -> bool:
    """Count this attempt; True once the address has used up its `count` attempts in `window` seconds."""
    key = f"rl:{scope}:{client_ip(request)}"
    cache.add(key, 0, timeout=window)
    try:
        used = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        used = 1
    return used > count
