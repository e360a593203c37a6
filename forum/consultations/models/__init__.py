from .pages import ConsultationIndexPage, ConsultationPage, Phase
from .responses import Response, ResponseStatus

__all__ = [
    "ConsultationIndexPage",
    "ConsultationPage",
    "Phase",
    "Response",
    "ResponseStatus",
]
