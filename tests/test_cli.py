"""The ``cloudshelf`` command as an operator runs it: real processes on a real store file.

User errors print ``error: ...`` and a hint on stderr, exit with status 2 and never a traceback,
and leave the store as it was.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import catalog_gen
from app.terminal import Terminal
from tests.conftest import CASHIER, MANAGER
from tests.document_checks import check_paper_receipt, check_paper_report, parse_receipt, parse_report
from tests.platform import HANG_GUARD


def run(data_dir: Path, *args: str, env: dict | None = None, stdin: str = "") -> subprocess.CompletedProcess:
    full_env = {**os.environ, "CLOUDSHELF_DATA_DIR": "", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=stdin,
        timeout=HANG_GUARD,
    )


def assert_user_error(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.startswith("error: ")
    for word in words:
        assert word in result.stderr


def digest(path: Path) -> str:
    """The store's content (after folding in the WAL), to prove a failed command changed nothing."""
    import sqlite3

    with sqlite3.connect(path / "store.db") as conn:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    d = tmp_path / "new-till"
    result = run(d, "init", "--store", "S09", "--name", "Test Shop", "--terminal", "T02", "--cash-increment", "10")
    assert result.returncode == 0, result.stderr
    assert "S09-T02 ready" in result.stdout
    return d


def test_init_user_import_and_doctor(fresh: Path, tmp_path: Path) -> None:
    first = run(fresh, "user", "add", "meg", "--name", "Meg", "--role", "manager", "--pin", "4321")
    assert first.returncode == 0 and "Added manager meg" in first.stdout
    csv_path = tmp_path / "cat.csv"
    catalog_gen.write_csv(csv_path, catalog_gen.generate_rows(3))
    imported = run(fresh, "catalog", "import", str(csv_path))
    assert imported.returncode == 0, imported.stderr
    assert "3 styles" in imported.stdout
    second = run(
        fresh,
        "user",
        "add",
        "sam",
        "--role",
        "cashier",
        "--pin",
        "8642",
        "--manager",
        "meg",
        env={"CLOUDSHELF_PIN": "4321"},
    )
    assert second.returncode == 0, second.stderr
    listing = run(fresh, "user", "list")
    assert "meg" in listing.stdout and "sam" in listing.stdout and "cashier" in listing.stdout
    doctor = run(fresh, "doctor")
    assert doctor.returncode == 0, doctor.stdout
    assert "integrity check ok" in doctor.stdout and "0 event(s) waiting" in doctor.stdout


def test_init_twice_and_bad_settings_are_refused(fresh: Path, tmp_path: Path) -> None:
    assert_user_error(run(fresh, "init", "--store", "S09", "--name", "x", "--terminal", "T02"), "already holds")
    bad = tmp_path / "bad"
    assert_user_error(run(bad, "init", "--store", "s-9!", "--name", "x", "--terminal", "T1"), "store code")
    assert_user_error(
        run(bad, "init", "--store", "S1", "--name", "x", "--terminal", "T1", "--currency", "XXQ"), "ISO 4217"
    )
    assert_user_error(
        run(bad, "init", "--store", "S1", "--name", "x", "--terminal", "T1", "--locale", "qq_ZZ"), "locale"
    )
    assert_user_error(
        run(bad, "init", "--store", "S1", "--name", "x", "--terminal", "T1", "--discount-limit", "ten"), "percentage"
    )
    assert not (bad / "store.db").exists()


def test_commands_without_a_store_say_to_init(tmp_path: Path) -> None:
    assert_user_error(run(tmp_path / "nothing", "user", "list"), "cloudshelf init")
    doctor = run(tmp_path / "nothing", "doctor")
    assert doctor.returncode == 1 and "PROBLEM" in doctor.stdout and "cloudshelf init" in doctor.stdout


def test_user_add_errors_leave_the_store_unchanged(store_dir: Path) -> None:
    before = digest(store_dir)
    assert_user_error(run(store_dir, "user", "add", "zed", "--role", "cashier", "--pin", "1234"), "needs a manager")
    assert_user_error(
        run(
            store_dir,
            "user",
            "add",
            "zed",
            "--role",
            "cashier",
            "--pin",
            "1234",
            "--manager",
            CASHIER.login,
            "--manager-pin",
            CASHIER.pin,
        ),
        "Only a manager may do this",
    )
    assert_user_error(
        run(
            store_dir,
            "user",
            "add",
            "zed",
            "--role",
            "cashier",
            "--pin",
            "12",
            "--manager",
            MANAGER.login,
            "--manager-pin",
            MANAGER.pin,
        ),
        "4 to 8 digits",
    )
    assert_user_error(
        run(
            store_dir,
            "user",
            "add",
            "ann",
            "--role",
            "cashier",
            "--pin",
            "1234",
            "--manager",
            MANAGER.login,
            "--manager-pin",
            MANAGER.pin,
        ),
        "already exists",
    )
    assert digest(store_dir) == before
    no_pin = run(
        store_dir, "user", "add", "zed", "--role", "cashier", "--manager", MANAGER.login, "--manager-pin", MANAGER.pin
    )
    assert_user_error(no_pin, "PIN")


def test_wrong_manager_pin_is_refused_and_counted(store_dir: Path) -> None:
    result = run(
        store_dir,
        "user",
        "add",
        "zed",
        "--role",
        "cashier",
        "--pin",
        "1234",
        "--manager",
        MANAGER.login,
        "--manager-pin",
        "0001",
    )
    assert_user_error(result, "wrong PIN", "4 attempt(s) left")


def test_catalog_import_reports_every_bad_row_and_imports_nothing(store_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "style_code,style_name,sku,size,colour,barcodes,price,tax_class\n"
        "N1,New Tee,N1-S,S,Red,4006381333931,99.00,standard\n"
        "N1,New Tee,N1-M,M,Red,4006381333932,99.00,standard\n"
        "N1,New Tee,N1-L,L,Red,,9.999,standard\n"
        "N1,New Tee,N1-XL,XL,Red,,99,luxury\n"
        ",New Tee,N1-XXL,XXL,Red,,99,standard\n"
        "N1,New Tee,N1-S,S,Blue,,99,standard\n",
        encoding="utf-8",
    )
    before = digest(store_dir)
    result = run(store_dir, "catalog", "import", str(bad))
    assert_user_error(
        result,
        "nothing was imported",
        "line 3:",
        "check digit",
        "line 4:",
        "decimal places",
        "line 5:",
        "luxury",
        "line 6:",
        "style_code is empty",
        "line 7:",
        "already on line 2",
    )
    assert "line 2:" not in result.stderr
    assert digest(store_dir) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", ("missing column",)),
        (b"name,price\nx,1\n", ("missing column", "style_code")),
        (b"style_code,style_name,sku,size,colour,barcodes,price,tax_class\n", ("no rows",)),
        (b"style_code,style_name,sku,size,colour,barcodes,price,tax_class\n\xff\xfe,bad\n", ("UTF-8",)),
        (
            b"style_code,style_name,sku,size,colour,barcodes,price,tax_class\nA,B,C,S,R,,1,standard,extra\n",
            ("more fields",),
        ),
    ],
)
def test_catalog_import_of_broken_files(store_dir: Path, tmp_path: Path, content: bytes, words: tuple) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(content)
    before = digest(store_dir)
    assert_user_error(run(store_dir, "catalog", "import", str(path)), *words)
    assert digest(store_dir) == before


def test_catalog_import_of_a_missing_file(store_dir: Path, tmp_path: Path) -> None:
    assert_user_error(run(store_dir, "catalog", "import", str(tmp_path / "nope.csv")), "Cannot read")


def test_reports_x_and_z(store_dir: Path) -> None:
    from app.terminal import Terminal
    from tests.conftest import barcodes

    with Terminal.open(store_dir) as t:
        t.sign_in(CASHIER.login, CASHIER.pin)
        t.shift.open(10_000)
        t.sale.scan(barcodes(t, 1)[0])
        t.sale.add_cash(100_000)
        t.sale.complete()
    x = run(store_dir, "report", "x", "--login", CASHIER.login, "--pin", CASHIER.pin)
    assert x.returncode == 0, x.stderr
    # laid out as the printer prints it, in the store's language (zh_CN)
    assert "X 报表" in x.stdout and "销售笔数" in x.stdout and "应有现金" in x.stdout
    assert_user_error(run(store_dir, "report", "z", "--login", CASHIER.login, "--pin", CASHIER.pin), "No closed shift")
    with Terminal.open(store_dir) as t:
        t.sign_in(CASHIER.login, CASHIER.pin)
        expected = t.shift.x_report().expected_cash
        t.shift.close(expected - 100)
    z = run(store_dir, "report", "z", "--login", MANAGER.login, "--pin", MANAGER.pin, "--print")
    assert z.returncode == 0, z.stderr
    assert "Z 报表 #1" in z.stdout and "差额" in z.stdout and "-1.00" in z.stdout
    queued = run(store_dir, "devices", "queue")
    assert queued.returncode == 0 and "report" in queued.stdout and "waiting" in queued.stdout, queued.stdout
    assert_user_error(run(store_dir, "report", "x", "--login", CASHIER.login, "--pin", "9999"), "wrong PIN")
    assert_user_error(run(store_dir, "report", "x", "--login", CASHIER.login, "--pin", CASHIER.pin), "No shift")


def test_broken_config_file_is_explained(store_dir: Path) -> None:
    (store_dir / "config.toml").write_text("[receipt\nwidth = 42\n", encoding="utf-8")
    assert_user_error(run(store_dir, "user", "list"), "config.toml", "not valid TOML", "delete the file")
    doctor = run(store_dir, "doctor")
    assert doctor.returncode == 1 and "config:" in doctor.stdout
    (store_dir / "config.toml").write_text("[receipt]\nwidth = 40\n", encoding="utf-8")
    assert_user_error(run(store_dir, "user", "list"), "receipt.width must be 32, 42 or 48")
    (store_dir / "config.toml").write_text("[receipt]\nwidth = 32\n[colour]\nx = 1\n", encoding="utf-8")
    ok = run(store_dir, "doctor")
    assert ok.returncode == 0 and "unknown section [colour]" in ok.stdout


def test_a_damaged_store_is_reported_not_crashed_on(tmp_path: Path) -> None:
    d = tmp_path / "damaged"
    d.mkdir()
    (d / "store.db").write_bytes(b"this is not a database" * 100)
    assert_user_error(run(d, "user", "list"), "cannot be read", "doctor")
    doctor = run(d, "doctor")
    assert doctor.returncode == 1 and "keep the store file as it is" in doctor.stdout
    assert "restore it from a backup" not in doctor.stdout  # a backup would throw away unsent sales


def test_demo_sells_and_prints_a_receipt(tmp_path: Path) -> None:
    d = tmp_path / "demo"
    result = run(d, "demo", "--headless")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Completed S01-T01-000001" in out and "合计 CNY" in out and "X 报表" in out
    assert "mia (manager) PIN 9024" in out and "Sold out here:" in out
    assert "Online orders for pickup: 3" in out  # made on the demo's platform, pulled by the till
    shown = re.findall(r"^  (S01-\w+) new .* pickup code (\d{6}) \(QR \1/\2\)$", out, re.MULTILINE)
    assert len(shown) == 3  # the customers' codes, so the demo's normal handover can be tried
    with Terminal.open(d) as term:
        term.sign_in("li", "2468")  # the demo's clerk
        for code, pickup_code in shown:
            assert term.pickup.find(f"{code}/{pickup_code}").verified == "qr"  # the real codes
            assert term.pickup.find(code, pickup_code).verified == "pickup_code"
    assert "Synced with the platform: 2 events accepted, 0 refused." in out  # shift opened, sale
    again = run(d, "demo", "--headless")
    assert again.returncode == 0 and "Completed S01-T01-000002" in again.stdout
    assert "Synced with the platform: 1 events accepted" in again.stdout
    with sqlite3.connect(d / "central.db") as central:  # the demo's own platform has both sales, once
        receipts = [r for (r,) in central.execute("SELECT receipt_no FROM sales ORDER BY receipt_no")]
    assert receipts == ["S01-T01-000001", "S01-T01-000002"]
    reset = run(d, "demo", "--headless", "--reset")
    assert reset.returncode == 0 and "Completed S01-T01-000001" in reset.stdout


def test_the_us_demo_adds_tax_at_the_till_and_its_receipt_and_x_report_add_up(tmp_path: Path) -> None:
    d = tmp_path / "demo-us"
    result = run(d, "demo", "--store", "us", "--headless")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "CloudShelf New York SoHo (NY01-T01), USD, tax exclusive" in out and "Completed NY01-T01-000001" in out
    lines = out.splitlines()
    receipt = parse_receipt(lines, 42)
    assert receipt.labels()[:4] == ["Subtotal", "Discount", "Tax", "TOTAL USD"]  # the tax added below
    assert any(i.qty == 2 and i.amount == 2 * i.unit for i in receipt.items)  # 2 x 249.00 beside 498.00
    check_paper_receipt(receipt, tax_added=True)
    x_at = next(i for i, line in enumerate(lines) if line.strip() == "X REPORT (shift open)")
    x = check_paper_report(parse_report(lines[x_at:]), tax_added=True)
    assert x["Net total"] == receipt.value("TOTAL")
    assert any(line.startswith("Tax 8.875%") for line in lines[x_at:])  # the platform's rate, set with the store
    assert "Synced with the platform: 2 events accepted, 0 refused." in out
    other = run(d, "demo", "--headless")  # the default demo is another store: not opened as this one
    assert_user_error(other, "holds the store NY01", "--reset")
