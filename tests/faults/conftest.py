"""The fault suite runs in CI with every other test; see test_kill.py for a longer campaign."""
