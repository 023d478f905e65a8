/* accord-csv-reader.h: a streaming CSV reader on libcsv
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-row-handler.h"

G_BEGIN_DECLS

typedef struct _AccordCsvReader AccordCsvReader;

AccordCsvReader *accord_csv_reader_new           (GInputStream           *stream,
                                                  const char             *display_name);
void             accord_csv_reader_free          (AccordCsvReader        *self);
gboolean         accord_csv_reader_read          (AccordCsvReader        *self,
                                                  const AccordRowHandler *handler,
                                                  gpointer                user_data,
                                                  GCancellable           *cancellable,
                                                  GError                **error);
void             accord_csv_reader_set_wanted_columns (AccordCsvReader   *self,
                                                  const gboolean         *wanted,
                                                  guint                   n_wanted);
const char      *accord_csv_reader_get_encoding  (AccordCsvReader        *self);
const char      *accord_csv_reader_get_delimiter (AccordCsvReader        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordCsvReader, accord_csv_reader_free)

G_END_DECLS
