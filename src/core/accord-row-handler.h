/* accord-row-handler.h: how readers hand rows to the importer
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A reader (CSV or JSON) calls @row once per record, the header first, and
 * @skip for a record it could not read at all. @fields holds @n_fields
 * UTF-8 strings, NULL where a JSON value is null or absent; it is only
 * valid during the call. @line is where the record begins: the file's line
 * (CSV, from 1, counting a "sep=" line), or the record's position (JSON,
 * from 1, the header being 0). @position is how many bytes of the file have
 * been read, for progress. Returning FALSE with @error set stops the read,
 * and the reader returns that error. */
typedef struct
{
  gboolean (*row)  (const char * const *fields,
                    guint               n_fields,
                    guint               line,
                    guint64             position,
                    gpointer            user_data,
                    GError            **error);
  void     (*skip) (guint               line,
                    const char         *reason,
                    gpointer            user_data);
} AccordRowHandler;

G_END_DECLS
