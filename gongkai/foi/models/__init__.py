from .application import Application, tracking_code_new
from .events import Art35Decision, Correction, Delivery, Extension, Fee, Pause, Remedy, Transfer

__all__ = [
    "Application",
    "Art35Decision",
    "Correction",
    "Delivery",
    "Extension",
    "Fee",
    "Pause",
    "Remedy",
    "Transfer",
    "tracking_code_new",
]
