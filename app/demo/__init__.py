"""The demo book: a realistic, deterministic dealership, written through the bulk writers."""

from app.demo.generator import DemoSummary, generate_demo

__all__ = ["DemoSummary", "generate_demo"]
