"""Reaching URLs that come from outside (pages, model answers, clients) safely."""
