"""The platform's HTTP routes, one ``APIRouter`` per area; ``central.api`` puts them together.

No ``from __future__ import annotations`` in these modules: FastAPI reads the annotations at run time.
"""
