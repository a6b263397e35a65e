"""The demo book: a realistic, deterministic dealership, written through the bulk writers."""
