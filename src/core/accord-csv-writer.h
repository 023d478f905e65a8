/* accord-csv-writer.h: CSV as Accord writes it, with cells a spreadsheet
 * never runs as formulas
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes rows into a caller's string; lives on the stack. The fields are
 * private: use the functions below. */
typedef struct
{
  GString *out;
  guint    n_cells;  /* cells written in the current row */
} AccordCsvWriter;

void accord_csv_writer_init       (AccordCsvWriter *self,
                                   GString         *out);
void accord_csv_writer_add_cell   (AccordCsvWriter *self,
                                   const char      *text);
void accord_csv_writer_add_number (AccordCsvWriter *self,
                                   double           value);
void accord_csv_writer_end_row    (AccordCsvWriter *self);

G_END_DECLS
