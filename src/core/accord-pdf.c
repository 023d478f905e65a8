/* accord-pdf.c: a PDF made page by page with cairo and saved safely
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n.h>

#include "accord-pdf.h"
#include "accord-safe-file.h"

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * accord_pdf_write:
 * @path: the PDF to write
 * @title: the PDF's title, in its metadata
 * @width: the pages' width, in points
 * @height: the pages' height, in points
 * @n_pages: how many pages
 * @paint: paints each page
 * @user_data: for @paint
 *
 * Makes the PDF in memory, then replaces @path with it through
 * accord_safe_file_replace(): a PDF that cannot be made or written leaves
 * the file there untouched, never half-written.
 *
 * Returns: %TRUE when the PDF was written; else @error names @path
 */
gboolean
accord_pdf_write (const char          *path,
                  const char          *title,
                  double               width,
                  double               height,
                  guint                n_pages,
                  AccordPdfPaintFunc   paint,
                  gpointer             user_data,
                  GError             **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (paint != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Accord");

  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages; page++)
    {
      paint (cr, page, user_data);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  file = g_file_new_for_path (path);
  name = g_file_get_parse_name (file);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: a file, then why it could not be written */
                   _("Could not write “%s”: %s"), name, cairo_status_to_string (status));
      return FALSE;
    }

  if (!accord_safe_file_replace (file, (const char *) bytes->data, bytes->len, error))
    {
      /* Translators: a file; the reason follows */
      g_prefix_error (error, _("Could not write “%s”: "), name);
      return FALSE;
    }

  return TRUE;
}
