"""Benchmarks, apart from the tests: ``make bench`` or ``python -m benchmarks [NAME...]``."""
