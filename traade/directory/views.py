from django.http import Http404


def _todo(request, *args, **kwargs):
    raise Http404


home = area_list = area_detail = unit_detail = unit_edit = unit_tasks = _todo
suggestion_create = suggestion_list = suggestion_accept = suggestion_decline = _todo
unit_history = person_detail = person_history = maintenance = accessibility = _todo
