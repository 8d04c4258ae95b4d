from .application import Application, tracking_code_is_strong, tracking_code_new
from .events import Art35Decision, Correction, Delivery, Extension, Fee, Pause, Remedy, Transfer
from .notice import ProposalState, PublicationProposal

__all__ = [
    "Application",
    "Art35Decision",
    "Correction",
    "Delivery",
    "Extension",
    "Fee",
    "Pause",
    "ProposalState",
    "PublicationProposal",
    "Remedy",
    "Transfer",
    "tracking_code_is_strong",
    "tracking_code_new",
]
