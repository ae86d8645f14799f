"""What tills pull: a feed's changes after a cursor, and a feed's snapshot page by page.

The two big answers are built as plain JSON: a thousand items through pydantic models cost more than
reading them from the database. Their shape is the documented model (schemathesis checks it)."""

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from central import catalog, feeds, orders
from central.routes.deps import DB, ERRORS, MAX_SEQ, Authed
from sync.protocol import MAX_PAGE, ORDERS

router = APIRouter()


class FeedItem(BaseModel):
    seq: int
    key: str
    op: str
    data: dict[str, Any]


class FeedPage(BaseModel):
    items: list[FeedItem]
    cursor: int
    more: bool


class SnapshotItem(BaseModel):
    key: str
    data: dict[str, Any]


class SnapshotPage(BaseModel):
    items: list[SnapshotItem]
    as_of: int
    next_key: str | None
    total: int | None = None  # with count=true: the rows from after_key to the end, for a till's progress


@router.get("/v1/feeds/{feed}", responses=ERRORS, response_model=FeedPage)
def feed(
    feed: str,
    who: Authed,
    db: DB,
    after: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 500,
) -> JSONResponse:
    with db.read() as s:
        page = feeds.read(s, feed, [who.store, feeds.ALL_STORES], after, limit)
    return JSONResponse({"items": page.items, "cursor": page.cursor, "more": page.more})


@router.get("/v1/snapshots/{feed}", responses=ERRORS, response_model=SnapshotPage)
def snapshot(
    feed: str,
    who: Authed,
    db: DB,
    after_key: Annotated[str, Query(max_length=200)] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 500,
    count: bool = False,
) -> JSONResponse:
    with db.read() as s:
        feeds.check_feed(feed)
        total = catalog.snapshot_total(s, feed, [who.store], after_key) if count else None
        as_of = feeds.current_seq(s, feed)
        if feed == ORDERS:
            items = orders.snapshot_rows(s, [who.store], after_key, limit)
        else:
            items = catalog.snapshot(s, feed, [who.store], after_key, limit)
    next_key = items[-1]["key"] if len(items) == limit else None  # None: the last page
    body = {"items": items, "as_of": as_of, "next_key": next_key} | ({"total": total} if total is not None else {})
    return JSONResponse(body)
