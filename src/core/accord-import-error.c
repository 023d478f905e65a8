/* accord-import-error.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "accord-import-error.h"

G_DEFINE_QUARK (accord-import-error-quark, accord_import_error)

void
accord_skipped_row_clear (AccordSkippedRow *row)
{
  g_clear_pointer (&row->reason, g_free);
}
