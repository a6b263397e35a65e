"""Exchange: lists out to Excel (import will join here)."""
