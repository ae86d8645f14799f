"""Health (for load balancers) and ping (the sync benchmarks' baseline)."""

from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from central.errors import ServiceError
from central.routes.deps import DB, ERRORS, Authed, ErrorBody

router = APIRouter()


class Ping(BaseModel):
    store: str
    terminal: str


@router.get("/v1/health", responses={503: {"model": ErrorBody}})
def health(db: DB) -> dict[str, bool]:
    """200 only while the database answers: a load balancer takes a process without one out."""
    try:
        with db.read() as s:
            s.execute(text("SELECT 1"))
    except SQLAlchemyError:
        raise ServiceError(503, "no_database", "The platform cannot reach its database.",
                           "Try again shortly; an administrator checks the database server.") from None  # fmt: skip
    return {"ok": True}


@router.get("/v1/ping", responses=ERRORS)
def ping(who: Authed) -> Ping:
    """A trivial authenticated call: the baseline of the sync benchmarks."""
    return Ping(store=who.store, terminal=who.terminal)
