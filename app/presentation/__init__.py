"""Presentation without Qt: words for the book's coded values, the call sheet's words,
Excel sheet specs, chart drawing (matplotlib) and printable HTML, for the window and the
command line alike. Translated through app.presentation.i18n."""
