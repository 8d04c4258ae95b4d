"""Settings for Gongkai.

SQLite (WAL) is the embedded default; PostgreSQL is selected by DATABASE_URL.
Everything a deployment changes comes from the environment.
"""

import os
from pathlib import Path

import dj_database_url

from gongkai.core.secret_key import secret_key_from_file

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("GONGKAI_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = os.environ.get("GONGKAI_DEBUG", "0") == "1"
# A deployment sets GONGKAI_SECRET_KEY (`check --deploy` flags it otherwise); the demo and tests use a random
# key generated once and kept in VAR_DIR, so sessions survive a restart and no key is shared between sites.
SECRET_KEY_CONFIGURED = bool(os.environ.get("GONGKAI_SECRET_KEY"))
SECRET_KEY = os.environ.get("GONGKAI_SECRET_KEY") or secret_key_from_file(VAR_DIR / "secret_key")
ALLOWED_HOSTS = os.environ.get("GONGKAI_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "gongkai.core",
    "gongkai.workdays",
    "gongkai.notifications",
    "gongkai.files",
    "gongkai.catalogue",
    "gongkai.foi",
    "gongkai.reports",
    "gongkai.foi.letters",
    "gongkai.search",
    "gongkai.portal",
    "gongkai.api",
    "ninja",  # its bundled Swagger UI files: the API docs page needs no CDN
    "gongkai.demo",
    "huey.contrib.djhuey",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before CSRF: it reads request.POST, which parses (and spools) the whole upload.
    "gongkai.files.limits.UploadLimitMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "gongkai.core.middleware.SecurityHeadersMiddleware",
    "gongkai.core.web.middleware.StaffNoStoreMiddleware",
]

ROOT_URLCONF = "gongkai.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "gongkai" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "gongkai.core.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "gongkai.wsgi.application"

_SQLITE_OPTIONS = {
    # IMMEDIATE write transactions avoid SQLITE_BUSY upgrades under concurrent writers.
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
}

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "gongkai.sqlite3",
            "OPTIONS": _SQLITE_OPTIONS,
            # A file (not :memory:) so that concurrency tests see real locking.
            "TEST": {"NAME": VAR_DIR / "test-gongkai.sqlite3"},
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "core.User"
LOGIN_URL = "core:login"
LOGIN_REDIRECT_URL = "catalogue:staff-dashboard"
LOGOUT_REDIRECT_URL = "portal:home"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Idle timeout: the session ends after 30 minutes without a request.
SESSION_COOKIE_AGE = int(os.environ.get("GONGKAI_SESSION_SECONDS", 30 * 60))
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
if os.environ.get("GONGKAI_HTTPS", "0") == "1":
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 31536000
# Behind a reverse proxy that terminates HTTPS: trust its X-Forwarded-Proto (only set this when the proxy
# overwrites the header that clients send), so that HSTS and secure redirects see the request as HTTPS.
if os.environ.get("GONGKAI_PROXY_SSL_HEADER", "0") == "1":
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Login lockout: this many failures for one account within the window lock it for the window.
LOGIN_MAX_FAILURES = 5
LOGIN_LOCKOUT_SECONDS = 15 * 60
# Against one password sprayed over many accounts: failures from one address (REMOTE_ADDR) within the window.
LOGIN_ADDRESS_MAX_FAILURES = int(os.environ.get("GONGKAI_LOGIN_ADDRESS_MAX_FAILURES", 20))
LOGIN_ADDRESS_WINDOW_SECONDS = 15 * 60

# Rate limits and other counters live in a cache shared by every worker process and kept across restarts:
# the database (table created by core's migrations) in the embedded setup, Redis when configured.
if os.environ.get("GONGKAI_REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["GONGKAI_REDIS_URL"],
            "KEY_PREFIX": "gongkai",
        }
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "gongkai_cache"}
    }

LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # WhiteNoise serves from finders; it warns when the root is absent.
STATICFILES_DIRS = [BASE_DIR / "gongkai" / "static"]
# Static files served by the app itself (WhiteNoise), so the demo and a small deployment need no web server.
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = VAR_DIR / "media"

# Files: content-addressed blobs in the "blobs" storage (MEDIA_ROOT/blobs by default; several app servers
# share it, or point it at an S3-compatible backend); a size limit per file, checked from the headers first.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "blobs": {"BACKEND": "gongkai.files.storage.BlobFileSystemStorage"},
}
ATTACHMENT_MAX_BYTES = int(os.environ.get("GONGKAI_ATTACHMENT_MAX_BYTES", 50 * 1024 * 1024))
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("GONGKAI_LOG_LEVEL", "WARNING")},
}

# Background jobs (huey): a SQLite file under VAR_DIR in the embedded setup (no extra service), Redis when
# GONGKAI_REDIS_URL is set (production). Run the worker with `manage.py run_huey`.
# Periodic schedules are in UTC (huey's default); China has no daylight saving: 00:00 UTC = 08:00 Shanghai.
if os.environ.get("GONGKAI_REDIS_URL"):
    HUEY = {"huey_class": "huey.RedisHuey", "name": "gongkai", "url": os.environ["GONGKAI_REDIS_URL"]}
else:
    HUEY = {"huey_class": "huey.SqliteHuey", "name": "gongkai", "filename": str(VAR_DIR / "huey.sqlite3")}
HUEY["immediate"] = False  # never run tasks inline in a request, even with DEBUG on
