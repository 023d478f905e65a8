/* accord-agreement-document.h: the agreement as a document to sign, laid
 * out in pages for a PDF or a printer
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "accord-agreement.h"
#include "accord-paper.h"

G_BEGIN_DECLS

/* The blank border on every side of a page, in points: three quarters
 * of an inch, which every printer can print inside. */
#define ACCORD_AGREEMENT_DOCUMENT_MARGIN 54.0

#define ACCORD_TYPE_AGREEMENT_DOCUMENT (accord_agreement_document_get_type ())

G_DECLARE_FINAL_TYPE (AccordAgreementDocument, accord_agreement_document, ACCORD, AGREEMENT_DOCUMENT, GObject)

AccordAgreementDocument *accord_agreement_document_new         (AccordAgreement         *agreement,
                                                                double                   page_width,
                                                                double                   page_height);
guint                    accord_agreement_document_get_n_pages (AccordAgreementDocument *self);
void                     accord_agreement_document_paint_page  (AccordAgreementDocument *self,
                                                                cairo_t                 *cr,
                                                                guint                    page);
gboolean                 accord_agreement_document_write_pdf   (AccordAgreement         *agreement,
                                                                const char              *path,
                                                                AccordPaper              paper,
                                                                GError                 **error);

G_END_DECLS
