from .engine import run as core_run
