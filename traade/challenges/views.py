from django.http import Http404


def detail(request, key):
    raise Http404
