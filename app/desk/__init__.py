"""This desk's own state, for the window and the command line alike (QtCore, no widgets):
the preferences a person chose (QSettings) and the lock that keeps one copy of the program
per book file."""
