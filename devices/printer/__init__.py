"""Receipt printers: device URLs, the layout engine, ESC/POS rendering and the print worker."""
