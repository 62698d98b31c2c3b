"""Refuse a request body that is too big before anything reads it.

Django reads a multipart body as soon as anything touches `request.POST` (the CSRF check
does, before the view), so the upload page's own size check came after a 300 MB upload
had been received in full. This middleware looks at the Content-Length header first.
"""

from django.shortcuts import render

from .files import max_upload_bytes

# Room for the multipart envelope and the form's other fields around the file.
ENVELOPE_BYTES = 1024 * 1024


class RequestSizeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > max_upload_bytes() + ENVELOPE_BYTES:
            return render(
                request,
                "exchange/too_big.html",
                {"size_mb": length / 1024 / 1024, "max_mb": max_upload_bytes() // 1024 // 1024},
                status=413,
            )
        return self.get_response(request)
