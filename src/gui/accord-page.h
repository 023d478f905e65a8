/* accord-page.h: what every page of the dashboard shares — the session it
 * shows, and whether it is on a large screen
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "accord-session.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_PAGE (accord_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (AccordPage, accord_page, ACCORD, PAGE, AdwBin)

struct _AccordPageClass
{
  AdwBinClass parent_class;

  /* The session changed (@data_changed: its leads, agreement or zone; else
   * only its month): the page computes its figures again. */
  void (*refresh)      (AccordPage *self,
                        gboolean    data_changed);
  /* The page was given another size, after the layout it came with. */
  void (*size_changed) (AccordPage *self,
                        int         width,
                        int         height);

  gpointer padding[4];
};

AccordSession *accord_page_get_session (AccordPage    *self);
void           accord_page_set_session (AccordPage    *self,
                                        AccordSession *session);
gboolean       accord_page_is_large    (AccordPage    *self);

G_END_DECLS
