"""Where the terminal keeps its files, and its optional ``config.toml``.

The data directory comes from ``--data-dir``, else ``CLOUDSHELF_DATA_DIR``, else the platform's
user data directory (platformdirs). Store-wide settings (currency, tax mode, rounding, limits) live in
the local store; ``config.toml`` holds only what belongs to this machine.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_dir

from app import device_config
from app.errors import ConfigError

ENV_DATA_DIR = "CLOUDSHELF_DATA_DIR"
STORE_FILE = "store.db"
CONFIG_FILE = "config.toml"

KNOWN = {
    "receipt": {"header": str, "footer": str, "width": int},
    "log": {"level": str},
    "till": {"quick_keys": list},
    **device_config.KNOWN,
    "pickup": {"purge_days": int, "lookup_failures": int, "lookup_window_minutes": int},
    "cloud_shelf": {"low_stock": int},
}
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def data_dir(option: str | os.PathLike | None = None) -> Path:
    if option:
        return Path(option).expanduser()
    if os.environ.get(ENV_DATA_DIR):
        return Path(os.environ[ENV_DATA_DIR]).expanduser()
    return Path(user_data_dir("cloudshelf-pos", "CloudShelf"))


@dataclass
class Config:
    receipt_header: str = ""
    receipt_footer: str = "Thank you!"  # this default prints in the store's language; "" prints none
    receipt_width: int = 42
    log_level: str = "INFO"
    quick_keys: list[str] = field(default_factory=list)  # barcodes or SKUs, in key order
    devices: device_config.DeviceSettings = field(default_factory=device_config.DeviceSettings)
    pickup_purge_days: int = 30  # customer details of closed pickup orders are removed after this
    pickup_lookup_failures: int = 5  # failed order look-ups in the window before look-ups pause
    pickup_lookup_window_minutes: int = 10
    low_stock: int = 2  # the shared stock screen lists locations with this many units available or fewer
    warnings: list[str] = field(default_factory=list)


def load(directory: Path) -> Config:
    """Read ``config.toml``; a missing file means defaults, a broken one a :class:`ConfigError`."""
    path = directory / CONFIG_FILE
    if not path.exists():
        return Config()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path} is not UTF-8 text.", "Save it as UTF-8, or delete it to use the defaults.") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"{path} is not valid TOML: {exc}.", "Fix that line, or delete the file to use the defaults."
        ) from None
    cfg = Config()
    for section, values in raw.items():
        if section not in KNOWN or not isinstance(values, dict):
            cfg.warnings.append(f"{path.name}: unknown section [{section}] is ignored")
            continue
        for key, value in values.items():
            expected = KNOWN[section].get(key)
            if expected is None:
                cfg.warnings.append(f"{path.name}: unknown key {section}.{key} is ignored")
            elif not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
                kind = " or ".join(t.__name__ for t in expected) if isinstance(expected, tuple) else expected.__name__
                raise ConfigError(
                    f"{path.name}: {section}.{key} must be a {kind}, not {value!r}.",
                    f"Fix {section}.{key} in {path}.",
                )
    receipt, log, pickup = raw.get("receipt", {}), raw.get("log", {}), raw.get("pickup", {})
    cfg.pickup_purge_days = pickup.get("purge_days", cfg.pickup_purge_days)
    cfg.pickup_lookup_failures = pickup.get("lookup_failures", cfg.pickup_lookup_failures)
    cfg.pickup_lookup_window_minutes = pickup.get("lookup_window_minutes", cfg.pickup_lookup_window_minutes)
    for key in ("purge_days", "lookup_failures", "lookup_window_minutes"):
        if pickup.get(key, 1) < 1:
            raise ConfigError(f"{path.name}: pickup.{key} must be 1 or more.", f"Fix pickup.{key} in {path}.")
    cfg.low_stock = raw.get("cloud_shelf", {}).get("low_stock", cfg.low_stock)
    if cfg.low_stock < 0:
        raise ConfigError(f"{path.name}: cloud_shelf.low_stock must be 0 or more.", f"Fix it in {path}.")
    cfg.receipt_header = receipt.get("header", cfg.receipt_header)
    cfg.receipt_footer = receipt.get("footer", cfg.receipt_footer)
    cfg.receipt_width = receipt.get("width", cfg.receipt_width)
    if cfg.receipt_width not in (32, 42, 48):
        raise ConfigError(f"{path.name}: receipt.width must be 32, 42 or 48.", f"Fix receipt.width in {path}.")
    cfg.quick_keys = raw.get("till", {}).get("quick_keys", [])
    if not all(isinstance(code, str) and code.strip() for code in cfg.quick_keys):
        raise ConfigError(
            f"{path.name}: till.quick_keys must be a list of barcodes or SKUs in quotes.",
            f'Fix till.quick_keys in {path}, e.g. quick_keys = ["BAG-L", "6901234567892"].',
        )
    cfg.log_level = str(log.get("level", cfg.log_level)).upper()
    if cfg.log_level not in LOG_LEVELS:
        raise ConfigError(
            f"{path.name}: log.level must be one of {', '.join(LOG_LEVELS)}.", f"Fix log.level in {path}."
        )
    try:
        cfg.devices = device_config.settings_from(raw, cfg.receipt_width)
    except ConfigError as exc:
        raise ConfigError(f"{path.name}: {exc.message}", exc.hint or f"Fix it in {path}.") from None
    return cfg
