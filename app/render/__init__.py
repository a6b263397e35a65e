"""What needs QtGui but no widgets, for the window and the command line alike: the
interface language installed on the application, fonts that show Chinese, and paper (rich
text and pictures laid out on A4 pages, written to PDF or painted on a printer)."""
