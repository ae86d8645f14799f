"""CloudShelf POS terminal core: domain, application services, local store, CLI."""
