"""Quick keys: the store's named items in its order, else this till's best sellers."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import ConfigError
from app.terminal import Terminal
from tests.conftest import CASHIER, barcodes


def sell(term: Terminal, code: str, qty: int) -> None:
    term.sale.scan(code, qty)
    term.sale.add_cash(term.sale.totals().due)
    term.sale.complete()


def test_a_new_till_offers_its_best_sellers(till: Terminal) -> None:
    assert till.catalog.quick_keys().items == []  # nothing sold yet, nothing named: no keys rather than guesses
    a, b, c = barcodes(till, 3)
    sell(till, a, 3)
    sell(till, b, 1)
    sell(till, c, 2)
    keys = till.catalog.quick_keys()
    assert [i.sku for i in keys.items] == [till.catalog.lookup(code).sku for code in (a, c, b)]
    assert keys.unknown == []


def test_named_keys_keep_their_order_and_unknown_codes_are_reported(store_dir: Path) -> None:
    with Terminal.open(store_dir) as term:
        a, b = barcodes(term, 2)
        sku_b = term.catalog.lookup(b).sku
    (store_dir / "config.toml").write_text(f'[till]\nquick_keys = ["{sku_b}", "NO-SUCH-ITEM", "{a}"]\n')
    with Terminal.open(store_dir) as term:
        term.sign_in(CASHIER.login, CASHIER.pin)
        keys = term.catalog.quick_keys()
        assert [i.sku for i in keys.items] == [sku_b, term.catalog.lookup(a).sku]
        assert keys.unknown == ["NO-SUCH-ITEM"]


@pytest.mark.parametrize("value", ['"BAG-L"', "[1, 2]", '["BAG-L", ""]'])
def test_a_broken_quick_keys_setting_says_what_to_fix(store_dir: Path, value: str) -> None:
    (store_dir / "config.toml").write_text(f"[till]\nquick_keys = {value}\n")
    with pytest.raises(ConfigError) as err:
        Terminal.open(store_dir)
    assert "till.quick_keys must be a list" in err.value.message and "Fix till.quick_keys" in err.value.hint
