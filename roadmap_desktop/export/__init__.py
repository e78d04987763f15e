"""Documents and spreadsheets made from a workshop: results and scores now, PDFs later."""
