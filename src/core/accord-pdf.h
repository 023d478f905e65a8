/* accord-pdf.h: a PDF made page by page with cairo and saved safely
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Paints page @page on @cr, a page of the PDF's size in points. */
typedef void (*AccordPdfPaintFunc) (cairo_t  *cr,
                                    guint     page,
                                    gpointer  user_data);

gboolean accord_pdf_write (const char          *path,
                           const char          *title,
                           double               width,
                           double               height,
                           guint                n_pages,
                           AccordPdfPaintFunc   paint,
                           gpointer             user_data,
                           GError             **error);

G_END_DECLS
