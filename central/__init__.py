"""The central platform service (FastAPI); shares only sync.protocol and core with the terminal."""
