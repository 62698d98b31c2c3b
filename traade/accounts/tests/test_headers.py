"""Every page has a strict Content-Security-Policy; pages for logged-in users are not cached."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

from traade.builders import make_person

TEMPLATES = Path(__file__).resolve().parents[2]


def _policy(response) -> dict[str, str]:
    header = response.headers["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/log-ind/", "/tilgaengelighed/", "/findes-ikke/", "/"])
def test_every_page_has_a_strict_policy_also_without_log_in(client, url):
    policy = _policy(client.get(url))
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert "unsafe" not in " ".join(policy.values())
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"


def test_pages_for_logged_in_users_are_private_and_not_stored(client_for, employee, unit):
    client = client_for(employee)
    person = make_person(unit=unit, email="kaso@egeby.dk")
    for url in [
        "/",
        unit.get_absolute_url(),
        person.get_absolute_url(),
        reverse("accounts:me"),
        reverse("accounts:me") + "?format=json",
        reverse("search:results") + "?q=pleje",
        "/findes-ikke/",
    ]:
        response = client.get(url)
        cache = {part.strip() for part in response.headers.get("Cache-Control", "").split(",")}
        assert {"private", "no-store"} <= cache, url
        assert "public" not in cache, url
        assert "Content-Security-Policy" in response.headers, url


def test_the_admin_has_the_policy_and_no_cache(client_for, process_leader):
    process_leader.is_staff = process_leader.is_superuser = True
    process_leader.save()
    response = client_for(process_leader).get("/django-admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" in response.headers
    assert "no-store" in response.headers["Cache-Control"]


def test_no_template_has_inline_script_or_style():
    """The policy forbids them: they would silently stop working."""
    problems = []
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text()
        if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text):
            problems.append(f"{path}: inline <script>")
        if re.search(r"<style\b", text) or re.search(r"\sstyle=", text):
            problems.append(f"{path}: inline style")
        if re.search(r"\son[a-z]+=", text) or "javascript:" in text or "hx-on" in text:
            problems.append(f"{path}: inline event handler")
        if re.search(r"\{#(?:(?!#\}).)*\n", text):
            problems.append(f"{path}: a {{# comment #}} over several lines is shown as text")
    assert not problems, "\n".join(problems)
