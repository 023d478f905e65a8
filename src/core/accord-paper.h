/* accord-paper.h: the paper sizes Accord prints and writes PDFs on
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  ACCORD_PAPER_A4,
  ACCORD_PAPER_LETTER,
} AccordPaper;

gboolean accord_paper_from_string        (const char  *name,
                                          AccordPaper *paper);
void     accord_paper_get_portrait_size  (AccordPaper  paper,
                                          double      *width,
                                          double      *height);
void     accord_paper_get_landscape_size (AccordPaper  paper,
                                          double      *width,
                                          double      *height);

G_END_DECLS
