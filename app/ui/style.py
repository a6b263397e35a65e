"""The application's style sheet: invalid fields are marked in place."""

APP_STYLE = '*[invalid="true"] { border: 1px solid #d32f2f; border-radius: 2px; }'
