"""A device that cannot do what was asked: says what is wrong and what to do, like any user error."""

from __future__ import annotations

from app.errors import UserError


class DeviceError(UserError):
    code = "device"
