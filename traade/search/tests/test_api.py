"""GET /api/search: the JSON contract, for logged-in users only."""

import pytest
from django.urls import reverse


def test_api_returns_the_json_contract(client_for, employee, indexed_unit):
    response = client_for(employee).get(reverse("search:api"), {"q": "demens", "limit": 5})
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"query", "total", "results"}
    assert data["query"] == "demens" and data["total"] == 1
    assert data["results"] == [
        {
            "kind": "unit",
            "key": "u-solgaarden",
            "title": "Plejecenter Solgården",
            "score": data["results"][0]["score"],
            "snippet": data["results"][0]["snippet"],
        }
    ]
    assert isinstance(data["results"][0]["score"], float)


def test_api_filters_by_kind(client_for, employee, indexed_unit):
    response = client_for(employee).get(reverse("search:api"), {"q": "demens", "kind": "person"})
    assert response.json()["results"] == []


def test_anonymous_gets_a_json_401(client, indexed_unit):
    response = client.get(reverse("search:api"), {"q": "demens"})
    assert response.status_code == 401
    assert response.json() == {"error": "authentication required"}


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, "q is required"),
        ({"q": "demens", "kind": "dog"}, "unknown kind 'dog'"),
        ({"q": "demens", "limit": "0"}, "limit must be between 1 and 100"),
        ({"q": "demens", "limit": "many"}, "limit must be a whole number"),
    ],
)
def test_bad_parameters_give_400_with_an_english_message(client_for, employee, params, message):
    response = client_for(employee).get(reverse("search:api"), params)
    assert response.status_code == 400
    assert message in response.json()["error"]
