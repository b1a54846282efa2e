"""The report: every budget, in both network profiles, with the baseline beside it and the ratio
of the two medians, all from one run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.measure import Samples
from benchmarks.network import PROFILES

Check = Callable[[float, float | None], bool]


@dataclass(frozen=True)
class Row:
    title: str
    site: str  # the measure's name in Samples
    baseline: str | None = None  # the baseline's measure it is compared with
    budgets: tuple[tuple[str, Check] | None, ...] = ()  # per profile, as PROFILES orders them
    unit: str = "ms"

    def budget(self, index: int) -> tuple[str, Check] | None:
        return self.budgets[index] if self.budgets else None


def at_most(fraction: float) -> tuple[str, Check]:
    return f"≤ {fraction:g}× baseline", lambda value, baseline: baseline is not None and value <= fraction * baseline


def under(limit: float) -> tuple[str, Check]:
    return f"< {limit:g}", lambda value, _: value < limit


def exactly(expected: float, text: str) -> tuple[str, Check]:
    return text, lambda value, _: value == expected


ROWS = (
    Row(
        "First result visible",
        "first_result",
        "baseline_first_result",
        (exactly(1, "at first paint"),) * 2,
    ),
    Row("Result on screen at first paint (1 = yes)", "result_at_paint", "baseline_result_at_paint", unit=""),
    Row("Cold: runtime ready", "cold_ready", "baseline_cold_ready", (at_most(0.6), at_most(0.7))),
    Row("Cold ready, lever away: no preload hints", "no_preload_cold_ready", "baseline_cold_ready"),
    Row("Cold ready, lever away: worker started by the page script", "no_early_cold_ready", "baseline_cold_ready"),
    Row(
        "Cold ready, the site before: no hints, whole uncompiled stdlib",
        "before_cold_ready",
        "baseline_cold_ready",
    ),
    Row("Warm: runtime ready", "warm_ready", "baseline_cold_ready", (at_most(0.3), at_most(0.3))),
    Row("Keystroke to result, p95", "keystroke_p95", None, (under(50), under(50))),
    Row(
        "Main-thread tasks > 50 ms while Python loads",
        "long_tasks_over_50",
        "baseline_long_tasks_over_50",
        (exactly(0, "0 from the runtime"),) * 2,
        unit="",
    ),
    Row("Longest main-thread task while Python loads", "longest_task", "baseline_longest_task"),
    Row(
        "Bytes on the wire, calculator page, cold, until ready",
        "bytes_cold",
        "baseline_bytes_cold",
        (None, at_most(0.7)),
        unit="B",
    ),
    Row("Bytes, cold, lever away: no preload hints", "no_preload_bytes_cold", "baseline_bytes_cold", unit="B"),
    Row("Bytes, cold, the site before", "before_bytes_cold", "baseline_bytes_cold", unit="B"),
    Row("Bytes on the wire after ready (service worker, offline copy)", "bytes_after_ready", unit="B"),
    Row(
        "Bytes on the wire, text page (runtime bytes: none)",
        "bytes_text_page",
        budgets=(exactly(0, "no runtime byte"),) * 2,
        unit="B",
    ),
    Row(f"Ready after a click from a text page, pointer on the link {300} ms before", "click_ready"),
)


def cell(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "B":
        return f"{value / 1e6:.2f} MB" if value >= 100_000 else f"{value / 1e3:.1f} kB"
    return f"{value:.0f}"


def table(samples: Samples, checks: dict[str, float]) -> tuple[str, bool]:
    """The markdown table and whether every budget is met. `checks` holds figures that are
    judged by something other than their value (runtime bytes on a text page, result at paint)."""
    head = ["Measure"]
    for profile in PROFILES:
        head += [f"{profile.name}: site", "baseline", "ratio", "budget", "met"]
    lines = ["| " + " | ".join(head) + " |", "|---" + "|---:|---:|---:|---|:---:" * len(PROFILES) + "|"]
    all_met = True
    for row in ROWS:
        cells = [row.title + (f" ({row.unit})" if row.unit == "ms" else "")]
        for index, profile in enumerate(PROFILES):
            if not samples.has(profile.name, row.site):
                cells += [""] * 5
                continue
            value = samples.median(profile.name, row.site)
            base = samples.median(profile.name, row.baseline) if row.baseline else None
            ratio = f"{value / base:.2f}" if base else ""
            budget = row.budget(index)
            met = ""
            if budget is not None:
                judged = checks.get(f"{profile.name}:{row.site}", value)
                ok = budget[1](judged, base)
                all_met &= ok
                met = "yes" if ok else "NO"
            cells += [cell(value, row.unit), cell(base, row.unit), ratio, budget[0] if budget else "", met]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n", all_met


def spreads(samples: Samples, names: tuple[str, ...]) -> str:
    """Each run's figure, for the measures whose spread matters (the cold and warm starts)."""
    lines = ["| Measure | Profile | Runs (ms) |", "|---|---|---|"]
    for name in names:
        for profile in PROFILES:
            if samples.has(profile.name, name):
                runs = ", ".join(f"{value:.0f}" for value in samples.all(profile.name, name))
                lines.append(f"| {name} | {profile.name} | {runs} |")
    return "\n".join(lines) + "\n"
