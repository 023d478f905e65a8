/* accord-import-error.h: what can make a whole file unusable
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define ACCORD_IMPORT_ERROR (accord_import_error_quark ())

/* Messages are translated and name the file, and the line and column
 * where they apply: "contacts.csv: line 3, column 7: …". */
typedef enum
{
  ACCORD_IMPORT_ERROR_FAILED,          /* the file cannot be read */
  ACCORD_IMPORT_ERROR_EMPTY,           /* no bytes, or no header row */
  ACCORD_IMPORT_ERROR_NOT_TEXT,        /* binary data, or an unknown encoding */
  ACCORD_IMPORT_ERROR_MALFORMED,       /* the CSV or JSON cannot be parsed */
  ACCORD_IMPORT_ERROR_MISSING_COLUMN,  /* a required field has no column */
  ACCORD_IMPORT_ERROR_NO_ROWS,         /* a header, but not one usable row */
} AccordImportError;

GQuark accord_import_error_quark (void);

/* One row that was not imported, and why (a translated sentence). For CSV,
 * @line is the file's line where the row begins; for JSON, the record's
 * position in the file, counted from 1. */
typedef struct
{
  guint  line;
  char  *reason;
} AccordSkippedRow;

void accord_skipped_row_clear (AccordSkippedRow *row);

G_END_DECLS
