/* accord-paper.c: the paper sizes Accord prints and writes PDFs on
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "accord-paper.h"

/* In points (1/72 inch), portrait: ISO 216 A4 is 210 × 297 mm, rounded
 * as every PDF writer does; US Letter is 8.5 × 11 in. */
static const struct
{
  const char *name;
  double      width;
  double      height;
} papers[] = {
  [ACCORD_PAPER_A4] = { "a4", 595.0, 842.0 },
  [ACCORD_PAPER_LETTER] = { "letter", 612.0, 792.0 },
};

/* Reads "a4" or "letter", in any case. */
gboolean
accord_paper_from_string (const char  *name,
                          AccordPaper *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      if (g_ascii_strcasecmp (name, papers[i].name) == 0)
        {
          *paper = (AccordPaper) i;
          return TRUE;
        }
    }

  return FALSE;
}

void
accord_paper_get_portrait_size (AccordPaper  paper,
                                double      *width,
                                double      *height)
{
  g_return_if_fail ((guint) paper < G_N_ELEMENTS (papers));

  *width = papers[paper].width;
  *height = papers[paper].height;
}

void
accord_paper_get_landscape_size (AccordPaper  paper,
                                 double      *width,
                                 double      *height)
{
  accord_paper_get_portrait_size (paper, height, width);
}
