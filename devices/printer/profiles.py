"""Printer profiles: python-escpos's capability database, looked up where printers live.

app/device_config.py checks the shape of ``printer.profile``; whether the name is a profile python-escpos
knows is asked here (app/ never imports python-escpos) through the check this package registers with
it on import, so the refusal comes at the same moment and with the same words as before.
"""

from __future__ import annotations

from app.errors import ConfigError


def check_profile(name: str) -> None:
    """Refuse a profile python-escpos does not know: it would fail only at the first receipt."""
    if name == "default":
        return
    from escpos.capabilities import get_profile  # python-escpos's profile database; loaded only when named

    try:
        get_profile(name)
    except KeyError:
        raise ConfigError(
            f"printer.profile = {name!r} is not a python-escpos printer profile.",
            "Use 'default', or your model's profile (e.g. TM-T88V); 'cloudshelf devices list' shows the setting.",
        ) from None
