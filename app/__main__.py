"""``python -m app`` runs the ``cloudshelf`` command."""

from app.cli import main

main()
