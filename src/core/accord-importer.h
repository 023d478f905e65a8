/* accord-importer.h: a CRM export (CSV or JSON) read into a lead store
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-import-error.h"
#include "accord-lead-store.h"
#include "accord-mapping.h"
#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_IMPORTER (accord_importer_get_type ())

G_DECLARE_FINAL_TYPE (AccordImporter, accord_importer, ACCORD, IMPORTER, GObject)

AccordImporter     *accord_importer_new              (GFile               *file);
GFile              *accord_importer_get_file         (AccordImporter      *self);
void                accord_importer_set_time_zone    (AccordImporter      *self,
                                                      GTimeZone           *time_zone);
void                accord_importer_set_preset       (AccordImporter      *self,
                                                      AccordPreset         preset);
void                accord_importer_set_mapping      (AccordImporter      *self,
                                                      AccordMapping       *mapping);
void                accord_importer_set_preview_rows (AccordImporter      *self,
                                                      guint                n_rows);
void                accord_importer_set_row_limit    (AccordImporter      *self,
                                                      guint                n_rows);
void                accord_importer_set_require_columns (AccordImporter   *self,
                                                      gboolean             require_columns);

gboolean            accord_importer_run              (AccordImporter      *self,
                                                      GCancellable        *cancellable,
                                                      GError             **error);
void                accord_importer_run_async        (AccordImporter      *self,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean            accord_importer_run_finish       (AccordImporter      *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);

double              accord_importer_get_fraction     (AccordImporter      *self);
AccordLeadStore    *accord_importer_get_store        (AccordImporter      *self);
const char         *accord_importer_get_encoding     (AccordImporter      *self);
const char         *accord_importer_get_delimiter    (AccordImporter      *self);
AccordPreset        accord_importer_get_preset       (AccordImporter      *self);
double              accord_importer_get_confidence   (AccordImporter      *self);
const char * const *accord_importer_get_header       (AccordImporter      *self);
AccordMapping      *accord_importer_get_mapping      (AccordImporter      *self);
guint               accord_importer_get_n_rows       (AccordImporter      *self);
GPtrArray          *accord_importer_get_preview      (AccordImporter      *self);
GArray             *accord_importer_get_skipped      (AccordImporter      *self);

G_END_DECLS
