"""Flood protection of the public pages, with no outside service: a per-IP rate limit in Django's cache, a
question answered server-side, a hidden field bots fill in, and a minimum time to fill the form.

Limits (honest): the question is text, so a bot written for this site can answer it; together with the rate
limit it stops mass submissions and generic form spam, not a determined attacker. An image CAPTCHA needs an
imaging library that is not installed; a proxy's own limits remain the first line in production.
"""

import secrets
import time

from django.conf import settings

from gongkai.core.ratelimit import rate_limited as shared_rate_limited

DIGITS = "零一二三四五六七八九十"
CHALLENGE_KEY = "foi_challenge"
MIN_SECONDS = 3  # people do not fill an application in under three seconds
MAX_SECONDS = 60 * 60


def _limit(scope: str) -> tuple[int, int]:
    defaults = {"apply": (5, 60 * 60), "track": (20, 10 * 60)}
    return getattr(settings, "FOI_RATE_LIMITS", {}).get(scope, defaults[scope])


def rate_limited(request, scope: str) -> bool:
    """Count this attempt of the public FOI pages; True once the address has used up its attempts."""
    count, window = _limit(scope)
    return shared_rate_limited(request, f"foi:{scope}", count=count, window=window)


def challenge_new(request) -> str:
    a, b = secrets.randbelow(9) + 1, secrets.randbelow(9) + 1
    if secrets.randbelow(2) and a > b:
        question, answer = f"{DIGITS[a]}减{DIGITS[b]}等于几？", a - b
    else:
        question, answer = f"{DIGITS[a]}加{DIGITS[b]}等于几？", a + b
    request.session[CHALLENGE_KEY] = {"answer": str(answer), "at": time.time(), "question": question}
    return question


def challenge_question(request) -> str:
    stored = request.session.get(CHALLENGE_KEY)
    return stored["question"] if stored else challenge_new(request)


def challenge_passed(request, answer: str, honeypot: str) -> bool:
    """One use per question: a wrong or replayed answer needs a new question."""
    stored = request.session.pop(CHALLENGE_KEY, None)
    if not stored or honeypot:
        return False
    elapsed = time.time() - stored["at"]
    return MIN_SECONDS <= elapsed <= MAX_SECONDS and answer.strip() == stored["answer"]
