"""Receipt printers: device URLs, the layout engine, ESC/POS rendering and the print worker.

Importing the package registers the printer-profile look-up with the device config (see profiles.py)."""

from app.device_config import check_profiles_with
from devices.printer.profiles import check_profile

check_profiles_with(check_profile)
