"""The central platform service (FastAPI); shares only sync.protocol with the terminal."""
