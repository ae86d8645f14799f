"""TLS between a till and the real central service served over HTTPS on 127.0.0.1 (SQLite and
PostgreSQL), with throwaway CAs made by the ``cryptography`` package: verification is on by default,
an untrusted certificate is refused with a clear message and nothing is lost, a configured CA works."""

from __future__ import annotations

import ipaddress
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app import config
from app.errors import UserError
from app.terminal import Terminal
from sync.client import Refused
from sync.enrol import enrol
from sync.worker import sync_once
from tests.faults import backlog, sell_many
from tests.platform import ROOT, CentralProcess, Platform


@dataclass(frozen=True)
class Pki:
    ca: Path
    cert: Path
    key: Path


def _write_key(key: ec.EllipticCurvePrivateKey, path: Path) -> Path:
    path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return path


def make_pki(directory: Path, name: str) -> Pki:
    """A CA and a server certificate for 127.0.0.1 signed by it."""
    directory.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{name} test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True
        )  # digital signature, cert and CRL signing
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    (directory / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (directory / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return Pki(directory / "ca.pem", directory / "cert.pem", _write_key(key, directory / "key.pem"))


@pytest.fixture
def https(platform: Platform, tmp_path: Path):
    """The platform's database served over HTTPS as well, with a certificate of a private CA."""
    pki = make_pki(tmp_path / "pki", "ours")
    server = CentralProcess(platform.db_url, tls=(pki.cert, pki.key, pki.ca)).start()
    try:
        yield server, pki
    finally:
        server.stop()


def test_an_untrusted_certificate_is_refused_and_a_configured_ca_works(
    platform: Platform, https, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server, pki = https
    till = tmp_path / "till"
    code = platform.enrol_code("S01", "T01")
    with pytest.raises(UserError) as refused:
        enrol(till, server.url, code)  # verification is on by default: the private CA is not trusted
    assert "TLS certificate is not trusted" in refused.value.message
    assert "CA certificate" in refused.value.hint
    assert not (till / config.STORE_FILE).exists()  # nothing half set up

    cli = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(till), "enrol", "--server", server.url, "--code", code],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert cli.returncode == 2 and "TLS certificate is not trusted" in cli.stderr + cli.stdout
    assert "Traceback" not in cli.stderr

    rogue = make_pki(tmp_path / "rogue", "rogue")
    with pytest.raises(UserError):
        enrol(till, server.url, code, ca_cert=str(rogue.ca))  # a CA that did not sign it: refused too

    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(rogue.ca))  # the configured CA wins over the environment
    done = enrol(till, server.url, code, ca_cert=str(pki.ca))  # the code was never used by the refusals
    assert done.created_store
    sync_once(till)
    with Terminal.open(till) as term:
        term.users.add("ann", "Ann", "cashier", "1357", by=term.users.add("boss", "Bo", "manager", "2468"))
    receipts = sell_many(till, platform.skus, 2)
    assert sync_once(till).push.acked == 3
    assert platform.scalar("SELECT COUNT(*) FROM sales") == 2

    # the platform's certificate is swapped for one the till does not trust: refused, nothing lost
    server.stop()
    swapped = CentralProcess(platform.db_url, port=server.port, tls=(rogue.cert, rogue.key, rogue.ca)).start()
    try:
        sell_many(till, platform.skus, 1)
        with pytest.raises(Refused) as untrusted:
            sync_once(till)
    finally:
        swapped.stop()
    assert "not trusted" in untrusted.value.message
    assert backlog(till) == 1
    with Terminal.open(till) as term:
        assert "not trusted" in term.sync.health().last_error
    assert sorted(r for (r,) in platform.rows("SELECT receipt_no FROM sales")) == sorted(receipts)
