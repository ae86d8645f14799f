"""What every route shares: the database, the caller (a till's token or a web shop's key), the error
body and the checks that keep a request's text storable."""

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

from central import auth, fleet, resend, shop_keys
from central.db import CentralDB
from central.inputs import check_params
from sync.protocol.fleet import REPORT_HEADER

MAX_SEQ = 2**53 - 1  # exact in every JSON reader, and far beyond any till's or feed's count


class ErrorBody(BaseModel):
    error: str
    message: str
    hint: str = ""


ERRORS = {code: {"model": ErrorBody} for code in (400, 401, 403, 404, 409, 410, 413, 422, 429)}


def database(request: Request) -> CentralDB:
    """The app's database (one per server process)."""
    return request.app.state.db


DB = Annotated[CentralDB, Depends(database)]


def storable_params(request: Request) -> None:
    """Every call's path and query parameters hold only text a column can store (else a 400)."""
    check_params(request.path_params.items())
    check_params(request.query_params.multi_items())


bearer = HTTPBearer(auto_error=False, description="The terminal's token from enrolment.")


def caller(
    request: Request, db: DB, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> auth.Caller:
    """The terminal behind the bearer token; every call but enrolment and health needs one. A call
    carrying the till's fleet report (the first of its sync round) has it kept, whatever the call."""
    header = f"Bearer {credentials.credentials}" if credentials is not None else None
    with db.read() as s:
        who = auth.authenticate(s, header)
        request.state.terminal_state = resend.terminal_state(s, who.terminal_id)  # carried by the answer
    report = request.headers.get(REPORT_HEADER)
    if report:
        with db.write() as s:
            fleet.record_report(s, who, report)
    return who


Authed = Annotated[auth.Caller, Depends(caller)]


shop_bearer = HTTPBearer(auto_error=False, scheme_name="ShopKey", description="The web shop's key.")


def shop(db: DB, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(shop_bearer)]) -> shop_keys.Shop:
    """The web shop behind a shop key: the order API's only caller."""
    header = f"Bearer {credentials.credentials}" if credentials is not None else None
    with db.read() as s:
        return shop_keys.authenticate(s, header)


ShopAuthed = Annotated[shop_keys.Shop, Depends(shop)]
