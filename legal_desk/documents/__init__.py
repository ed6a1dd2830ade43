"""Documents: DOCX from templates, PDF conversion, filing packets, calendar exports."""
