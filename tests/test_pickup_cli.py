"""The central pickup commands as real processes: a shop key, an order with its codes, cancel,
show, expire and send; bad input exits 2 with what to do and no traceback."""

from __future__ import annotations

import csv
from pathlib import Path

from app import catalog_gen
from tests.test_cli import assert_user_error, run


def test_order_commands(tmp_path: Path) -> None:
    db = ["--db", str(tmp_path / "central.db")]
    catalog = tmp_path / "c.csv"
    catalog_gen.write_csv(catalog, catalog_gen.generate_rows(1, seed=5))
    with catalog.open(newline="") as handle:
        sku = next(csv.DictReader(handle))["sku"]
    assert run(tmp_path, "central", "location", "add", "S01", "--name", "Shanghai", *db).returncode == 0
    assert run(tmp_path, "central", "catalog", "import", str(catalog), *db).returncode == 0
    assert (
        run(tmp_path, "central", "stock", "adjust", "--location", "S01", "--sku", sku, "--qty", "3", *db).returncode
        == 0
    )
    key = run(tmp_path, "central", "shop-key", "create", "--name", "webshop", *db)
    assert key.returncode == 0 and key.stdout.startswith("shop_")
    assert_user_error(run(tmp_path, "central", "shop-key", "create", "--name", "webshop", *db), "exists")
    made = run(tmp_path, "central", "order", "create", "--store", "S01", "--sku", f"{sku}:2", "--customer", "Mia", *db)
    assert made.returncode == 0, made.stderr
    fields = dict(line.split(None, 1) for line in made.stdout.splitlines())
    code, pickup = fields["order"], fields["pickup"]
    assert code.startswith("S01-") and len(pickup) == 6 and fields["qr"] == f"{code}/{pickup}"
    assert "to pay at the till" in fields["total"]
    assert_user_error(
        run(tmp_path, "central", "order", "create", "--store", "S01", "--sku", f"{sku}:2", "--customer", "Li", *db),
        "Not enough stock at S01",
    )
    assert_user_error(
        run(tmp_path, "central", "order", "create", "--store", "S01", "--sku", "NOPE", "--customer", "Li", *db),
        "Not in the catalog: NOPE",
    )
    assert_user_error(run(tmp_path, "central", "order", "create", "--store", "S01", "--sku", "x:y", "--customer",
                          "Li", *db), "is not SKU or SKU:QTY")  # fmt: skip
    shown = run(tmp_path, "central", "order", "show", code, *db)
    assert shown.returncode == 0 and "new" in shown.stdout and "created" in shown.stdout and "Mia" not in shown.stdout
    assert run(tmp_path, "central", "orders", "expire", *db).stdout.strip() == "Expired 0 order(s)."
    cancelled = run(tmp_path, "central", "order", "cancel", code, "--reason", "customer request", *db)
    assert cancelled.returncode == 0 and f"Cancelled {code}" in cancelled.stdout
    assert_user_error(run(tmp_path, "central", "order", "cancel", code, "--reason", "again", *db), "already cancelled")
    sent = run(tmp_path, "central", "notifications", "send", *db, env={"CLOUDSHELF_SMTP_HOST": ""})
    assert sent.stdout.strip() == "Sent 0, logged 1, failed 0."  # the cancellation, logged without SMTP


def test_pickup_list_on_the_till(store_dir: Path) -> None:
    from app.terminal import Terminal
    from tests.conftest import CLERK
    from tests.pickup_helpers import deliver, order_body, skus

    with Terminal.open(store_dir) as term:
        item = skus(term, 1)[0]
        body = order_body(term, [(item[0], 2, item[2])], paid=False)
        deliver(term, body)
    listed = run(store_dir, "pickup", "list", "--login", CLERK.login, "--pin", CLERK.pin)
    assert listed.returncode == 0 and listed.stdout.split()[:2] == [body["code"], "new"] and "to pay" in listed.stdout
    assert "Mia" not in listed.stdout  # no customer details on a terminal's console
    assert_user_error(run(store_dir, "pickup", "list", "--login", CLERK.login, "--pin", "0000"), "wrong PIN")
