"""Sync with the central platform: wire protocol, HTTP client, outbox relay, feed puller."""
