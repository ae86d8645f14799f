"""The one percentile and the one way every bench script quotes a figure beside its baseline: p50 and
p99 both, each as a ratio to the same percentile of a baseline measured in the same run (these machines
are shared and noisy, so the ratio is what compares between runs)."""

from __future__ import annotations


def percentile(values: list[float], p: float) -> float:
    """The nearest-rank percentile ``p`` (0-100) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def p50_p99(values: list[float], unit: str = "ms", digits: int = 2) -> str:
    """``"1.23 / 4.56 ms"``: the median and the 99th percentile."""
    return f"{percentile(values, 50):.{digits}f} / {percentile(values, 99):.{digits}f} {unit}"


def ratios(values: list[float], baseline: list[float], hi: float = 99) -> str:
    """``"3.4x / 1.7x"``: p50 against the baseline's p50, and p99 (or ``hi``) against the baseline's."""
    lo_ratio = percentile(values, 50) / max(percentile(baseline, 50), 1e-9)
    hi_ratio = percentile(values, hi) / max(percentile(baseline, hi), 1e-9)
    return f"{lo_ratio:.1f}x / {hi_ratio:.1f}x"
