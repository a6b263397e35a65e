"""Exchange: lists out to Excel (excel_export) and sheets in (import_read: the reading layer of an import)."""
