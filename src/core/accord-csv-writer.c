/* accord-csv-writer.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-csv-writer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "accord-csv-writer.h"

/**
 * accord_csv_writer_init:
 * @out: (transfer none): where the rows go; it must outlive the writer
 *
 * Starts writing CSV at the end of @out: RFC 4180, comma-separated, each
 * row ended by CRLF, text in UTF-8 as given.
 */
void
accord_csv_writer_init (AccordCsvWriter *self,
                        GString         *out)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (out != NULL);

  self->out = out;
  self->n_cells = 0;
}

static void
separate_cell (AccordCsvWriter *self)
{
  if (self->n_cells > 0)
    g_string_append_c (self->out, ',');
  self->n_cells++;
}

/* OWASP's advice on CSV injection: a spreadsheet runs a cell that begins
 * with one of these as a formula (tab and carriage return because some
 * spreadsheets skip them before looking for the others). */
static gboolean
looks_like_formula (const char *text)
{
  return text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;
}

/**
 * accord_csv_writer_add_cell:
 * @text: (nullable): the cell's text; %NULL is an empty cell
 *
 * Adds a cell of text. It is quoted when it holds a comma, a quote or a
 * line break (quotes doubled, RFC 4180), and when it begins with `=`, `+`,
 * `-`, `@`, a tab or a carriage return it is also given a leading
 * apostrophe, so that a spreadsheet shows it as text instead of running
 * it as a formula.
 */
void
accord_csv_writer_add_cell (AccordCsvWriter *self,
                            const char      *text)
{
  gboolean formula;
  gboolean quote;

  g_return_if_fail (self != NULL && self->out != NULL);

  separate_cell (self);
  if (text == NULL)
    return;

  formula = looks_like_formula (text);
  quote = formula || strpbrk (text, ",\"\r\n") != NULL;

  if (quote)
    g_string_append_c (self->out, '"');
  if (formula)
    g_string_append_c (self->out, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (self->out, '"');
      g_string_append_c (self->out, *p);
    }
  if (quote)
    g_string_append_c (self->out, '"');
}

/**
 * accord_csv_writer_add_number:
 * @value: a number; NAN or an infinity is an empty cell
 *
 * Adds a number as a spreadsheet reads one: unquoted, with a point for
 * decimals whatever the locale, and a negative number keeps its minus
 * sign (it is a number, not a formula).
 */
void
accord_csv_writer_add_number (AccordCsvWriter *self,
                              double           value)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (self != NULL && self->out != NULL);

  separate_cell (self);
  if (isfinite (value))
    g_string_append (self->out, g_ascii_dtostr (number, sizeof number, value));
}

/**
 * accord_csv_writer_end_row:
 *
 * Ends the current row with CRLF, as RFC 4180 writes it and as Excel and
 * the CRMs' importers read it.
 */
void
accord_csv_writer_end_row (AccordCsvWriter *self)
{
  g_return_if_fail (self != NULL && self->out != NULL);

  g_string_append (self->out, "\r\n");
  self->n_cells = 0;
}
