/* accord-print.c: the meeting pack on paper, through GTK's print dialog
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-print"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-print.h"

/**
 * accord_print_get_default_paper:
 *
 * Returns: Letter where the user's locale prints on it, A4 elsewhere
 */
AccordPaper
accord_print_get_default_paper (void)
{
  if (g_strcmp0 (gtk_paper_size_get_default (), GTK_PAPER_NAME_LETTER) == 0)
    return ACCORD_PAPER_LETTER;
  return ACCORD_PAPER_A4;
}

static void
draw_pack_page_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   int                page,
                   AccordMeetingPack *pack)
{
  PangoContext *pango_context = gtk_print_context_create_pango_context (context);
  AccordPackPalette palette;

  /* Paper is white whatever the window's style. */
  accord_pack_palette_init_light (&palette);
  accord_meeting_pack_paint (pack, gtk_print_context_get_cairo_context (context), pango_context,
                             (AccordPackScreen) page,
                             gtk_print_context_get_width (context),
                             gtk_print_context_get_height (context),
                             &palette);
  g_object_unref (pango_context);
}

/**
 * accord_print_meeting_pack_new:
 * @pack: the figures of the meeting
 *
 * A print operation for the meeting pack: the cover and a page per
 * screen, landscape on the user's default paper, painted as in the PDF.
 *
 * Returns: (transfer full): the operation, to run
 */
GtkPrintOperation *
accord_print_meeting_pack_new (AccordMeetingPack *pack)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();

  g_return_val_if_fail (ACCORD_IS_MEETING_PACK (pack), NULL);

  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, _("Meeting Pack"));
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, ACCORD_PACK_N_SCREENS);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_pack_page_cb),
                         g_object_ref (pack), (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  return operation;
}
