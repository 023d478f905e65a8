/* accord-flags.h: the review committee's flags (DESIGN §3)
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "accord-agreement.h"
#include "accord-lead-store.h"
#include "accord-types.h"

G_BEGIN_DECLS

typedef struct
{
  guint          lead;    /* position in the store */
  AccordFlagKind kind;
  gint64         raised;  /* when the flag was raised */
} AccordFlag;

GArray *accord_flags_compute         (AccordLeadStore *store,
                                      AccordAgreement *agreement,
                                      gint64           as_of);
GArray *accord_flags_compute_in_zone (AccordLeadStore *store,
                                      AccordAgreement *agreement,
                                      GTimeZone       *time_zone,
                                      gint64           as_of);
GArray *accord_flags_in_window       (GArray          *flags,
                                      gint64           as_of,
                                      gint64           window_seconds);

G_END_DECLS
