"""Measures how many Authentication-Results values python authres parses per
second. Reads a JSON list of values on standard input and prints one JSON
object: {"perSecond", "values", "failures", "version"}. Values authres
rejects still count as parsed, as they do on the TypeScript side."""

import json
import sys
import time

import authres

SAMPLES = 5
MIN_SAMPLE_SECONDS = 0.3


def parse_all(values):
    failures = 0
    for value in values:
        try:
            authres.AuthenticationResultsHeader.parse_value(value)
        except Exception:  # authres raises several error types for bad input
            failures += 1
    return failures


def main():
    values = json.load(sys.stdin)
    failures = parse_all(values)
    rates = []
    for _ in range(SAMPLES):
        parsed = 0
        start = time.perf_counter()
        while True:
            parse_all(values)
            parsed += len(values)
            elapsed = time.perf_counter() - start
            if elapsed >= MIN_SAMPLE_SECONDS:
                break
        rates.append(parsed / elapsed)
    rates.sort()
    print(json.dumps({
        "perSecond": rates[len(rates) // 2],
        "values": len(values),
        "failures": failures,
        "version": getattr(authres, "__version__", "unknown"),
    }))


main()
