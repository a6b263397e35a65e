"""Admin: the book itself (open, check, upgrade), its backups and restore, the staff (users,
roles and the audit log will join here). `book` assembles every context's services, so this
package's face is its modules, imported by name (nothing imports them eagerly here)."""
