/* accord-print.c: the meeting pack and the agreement on paper, through
 * GTK's print dialog
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-print"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-print.h"
#include "accord-agreement-document.h"

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

/* The pages keep margins of their own, as in the PDFs, so they are laid
 * out on the whole sheet, in points. */
static GtkPrintOperation *
new_operation (const char   *job_name,
               GtkPageSetup *setup)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();

  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  return operation;
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

  operation = new_operation (_("Meeting Pack"), setup);
  gtk_print_operation_set_n_pages (operation, ACCORD_PACK_N_SCREENS);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_pack_page_cb),
                         g_object_ref (pack), (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  return operation;
}

/* The document is laid out once the sheet's size is known. */
static void
begin_agreement_cb (GtkPrintOperation *operation,
                    GtkPrintContext   *context,
                    AccordAgreement   *agreement)
{
  AccordAgreementDocument *document;

  document = accord_agreement_document_new (agreement,
                                            gtk_print_context_get_width (context),
                                            gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, accord_agreement_document_get_n_pages (document));
  g_object_set_data_full (G_OBJECT (operation), "accord-document", document, g_object_unref);
}

static void
draw_agreement_page_cb (GtkPrintOperation *operation,
                        GtkPrintContext   *context,
                        int                page)
{
  AccordAgreementDocument *document = g_object_get_data (G_OBJECT (operation), "accord-document");

  accord_agreement_document_paint_page (document, gtk_print_context_get_cairo_context (context), page);
}

/**
 * accord_print_agreement_new:
 * @agreement: the agreement to sign
 *
 * A print operation for the agreement as a document to sign, portrait on
 * the user's default paper, laid out as in its PDF.
 *
 * Returns: (transfer full): the operation, to run
 */
GtkPrintOperation *
accord_print_agreement_new (AccordAgreement *agreement)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();

  g_return_val_if_fail (ACCORD_IS_AGREEMENT (agreement), NULL);

  operation = new_operation (_("Agreement"), setup);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_agreement_cb),
                         g_object_ref (agreement), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_agreement_page_cb), NULL);

  return operation;
}
