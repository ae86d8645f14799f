"""The catalogue and price pages of the console over HTTP, on SQLite and PostgreSQL: search and
filters, editing a style (audited), pictures refused unless they are pictures, the CSV import's
preview then apply, price lists and a preview per store and date; what each role may do there."""

from __future__ import annotations

import io
import json

import requests
from PIL import Image

from central.serving import MAX_BODY
from tests.hq_browser import signed_in

GOOD = (
    "style_code,style_name,sku,size,colour,barcodes,price,tax_class,category,brand,season\n"
    "HQT,Harbour tee,HQT-S,S,Navy,,99.00,standard,Tops,Acme,SS27\n"
    "HQT,Harbour tee,HQT-M,M,Navy,,99.00,standard,Tops,Acme,SS27\n"
)


def audit_rows(site, entity: str) -> list[tuple]:
    return site.platform.rows(
        "SELECT actor, action, entity_id, before, after FROM audit_log WHERE entity = :e ORDER BY id", e=entity
    )


def test_importing_previews_then_applies_and_the_catalogue_pages_show_and_edit_the_style(hq_site):
    merch = signed_in(hq_site, "merchandiser")
    bad = GOOD.replace("HQT-M,M,Navy,,99.00", "HQT-M,M,Navy,,99.999")
    seen = merch.post("/hq/imports/preview", files={"file": ("styles.csv", bad.encode(), "text/csv")})
    assert seen.status_code == 200
    assert "line 3: price: &#39;99.999&#39; has more than 2 decimal places" in seen.text
    assert 'id="apply"' not in seen.text
    assert hq_site.platform.scalar("SELECT COUNT(*) FROM styles WHERE code = 'HQT'") == 0

    seen = merch.post("/hq/imports/preview", files={"file": ("styles.csv", GOOD.encode(), "text/csv")})
    token = seen.text.split('name="token" value="')[1].split('"')[0]
    other = signed_in(hq_site, "admin")  # another user's upload is not theirs to apply
    assert other.post("/hq/imports/apply", {"token": token}).status_code == 404
    done = merch.post("/hq/imports/apply", {"token": token})
    assert done.status_code == 200 and "2 rows read: 2 new, 0 changed, 0 unchanged." in done.text
    assert merch.post("/hq/imports/apply", {"token": token}).status_code == 404  # applied once

    listed = merch.get("/hq/catalog", params={"q": "harbour", "brand": "Acme"})
    assert 'data-style="HQT"' in listed.text
    assert 'data-style="HQT"' not in merch.get("/hq/catalog", params={"brand": "Other"}).text
    rows = merch.get("/hq/catalog", params={"q": "harb"}, headers={"HX-Request": "true"})
    assert rows.text.strip().startswith("<tr") and "<html" not in rows.text  # htmx gets the rows only

    changed = merch.post("/hq/catalog/styles/HQT", {"name": "Harbour crew tee", "cost": "31.50", "season": "SS28"})
    assert changed.status_code == 303
    page = merch.get("/hq/catalog/styles/HQT").text
    assert "Harbour crew tee" in page and 'value="31.50"' in page and "HQT-M" in page
    actor, action, style, before, after = audit_rows(hq_site, "style")[-1]
    assert (actor, action, style) == ("mei", "edit", "HQT")
    assert json.loads(before)["name"] == "Harbour tee" and json.loads(after)["cost"] == 3150

    refused = merch.post("/hq/catalog/styles/HQT", {"cost": "31.505"})
    assert refused.status_code == 400 and "The cost is not an amount" in refused.text
    assert hq_site.platform.scalar("SELECT cost FROM styles WHERE code = 'HQT'") == 3150


def test_a_picture_is_served_back_and_a_file_that_is_not_one_is_refused(hq_site):
    merch = signed_in(hq_site, "merchandiser")
    hq_site_style = hq_site.platform.scalar("SELECT style_code FROM variants ORDER BY sku LIMIT 1")
    png = io.BytesIO()
    Image.new("RGB", (32, 24), "orange").save(png, "PNG")
    added = merch.post(f"/hq/catalog/styles/{hq_site_style}/images", files={"picture": ("a.png", png.getvalue())})
    assert added.status_code == 303
    image_id = hq_site.platform.scalar("SELECT MAX(id) FROM style_images")
    served = merch.get(f"/hq/catalog/images/{image_id}")
    assert served.headers["content-type"] == "image/png" and served.content == png.getvalue()
    count = hq_site.platform.scalar("SELECT COUNT(*) FROM style_images")
    fake = merch.post(f"/hq/catalog/styles/{hq_site_style}/images", files={"picture": ("b.png", b"<svg/>not png")})
    assert fake.status_code == 400 and "The file is not a PNG, JPEG or WebP picture." in fake.text
    assert hq_site.platform.scalar("SELECT COUNT(*) FROM style_images") == count
    zh = signed_in(hq_site, "merchandiser", "zh_CN")
    fake = zh.post(f"/hq/catalog/styles/{hq_site_style}/images", files={"picture": ("b.png", b"<svg/>")})
    assert "文件不是 PNG、JPEG 或 WebP 图片。" in fake.text


def test_price_lists_preview_per_store_and_date_and_who_may_do_what(hq_site):
    sku = hq_site.platform.skus[0]
    merch = signed_in(hq_site, "merchandiser")
    made = merch.post("/hq/prices", {"code": "EASTX", "name": "East winter", "scope_kind": "region",
                                     "scope_code": "East"})  # fmt: skip
    assert made.status_code == 303 and made.headers["location"] == "/hq/prices/lists/EASTX"
    entry = {"sku": sku, "amount": "77.00", "starts": "2027-01-10", "ends": "2027-01-20", "kind": "markdown"}
    assert merch.post("/hq/prices/lists/EASTX/entries", entry).status_code == 303
    backwards = merch.post("/hq/prices/lists/EASTX/entries", {**entry, "ends": "2027-01-01"})
    assert backwards.status_code == 400 and "The schedule ends before it starts." in backwards.text
    thirds = merch.post("/hq/prices/lists/EASTX/entries", {**entry, "amount": "77.001"})
    assert thirds.status_code == 400 and "at most the currency" in thirds.text
    assert hq_site.platform.scalar("SELECT COUNT(*) FROM price_entries WHERE list_code = 'EASTX'") == 1
    entry_id = hq_site.platform.scalar("SELECT id FROM price_entries WHERE list_code = 'EASTX'")
    assert 'value="77.00"' in merch.get("/hq/prices/lists/EASTX").text  # the edit form, as typed
    heads = hq_site.platform.scalar("SELECT last_seq FROM feed_counters WHERE feed = 'schedules'")
    assert merch.post(f"/hq/prices/entries/{entry_id}", {**entry, "amount": "75.00"}).status_code == 303
    head = hq_site.platform.scalar("SELECT last_seq FROM feed_counters WHERE feed = 'schedules'")
    assert head == heads + 2  # once to each store of the region, S01 and S02
    merch.post("/hq/prices", {"code": "S02X", "name": "Hangzhou only", "scope_kind": "store", "scope_code": "S02"})

    manager = signed_in(hq_site, "store_manager")  # runs S01 only
    lists = manager.get("/hq/prices").text
    assert 'data-list="EASTX"' in lists and 'data-list="S02X"' not in lists  # another store's list: unseen
    assert manager.get("/hq/prices/lists/S02X").status_code == 403
    shown = manager.get("/hq/prices/preview", params={"store": "S01", "date": "2027-01-15 12:00", "q": sku})
    assert shown.status_code == 200 and "75.00" in shown.text.split(f'data-sku="{sku}"')[1].split("</tr>")[0]
    assert manager.get("/hq/prices/preview", params={"store": "S02", "date": "2027-01-15", "q": sku}).status_code == 403
    assert manager.post("/hq/prices", {"code": "MINE", "name": "x", "scope_kind": "chain"}).status_code == 403
    assert signed_in(hq_site, "auditor").post("/hq/imports/preview", files={"file": ("a.csv", b"x")}).status_code == 403
    assert [a[1] for a in audit_rows(hq_site, "price_entry")] == ["create", "edit"]


def test_a_catalogue_file_larger_than_a_push_is_previewed_not_refused(hq_site):
    """The platform refuses a request body over its limit (8 MB by default) before reading it; the
    console's catalogue upload has its own (64 MB), so a chain's 9 MB file reaches its preview, while a
    push of that size is still refused."""
    rows = "".join(f"HQB{n},Big {n},HQB{n}-S,S,Navy,,99.00,standard,{'x' * 1990}\n" for n in range(4500))
    big = ("style_code,style_name,sku,size,colour,barcodes,price,tax_class,description\n" + rows).encode()
    assert len(big) > MAX_BODY
    seen = signed_in(hq_site, "merchandiser").post("/hq/imports/preview", files={"file": ("big.csv", big, "text/csv")})
    assert seen.status_code == 200 and 'id="apply"' in seen.text, seen.text[-2000:]
    pushed = requests.post(hq_site.url + "/v1/events", data=b"x" * (MAX_BODY + 1), timeout=60,
                           headers={"content-type": "application/json"})  # fmt: skip
    assert pushed.status_code == 413
