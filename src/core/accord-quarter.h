/* accord-quarter.h: the goal-versus-actual grid of a calendar quarter, a
 * list model with one row per figure
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-agreement.h"
#include "accord-lead-store.h"
#include "accord-quarter-row.h"

G_BEGIN_DECLS

#define ACCORD_QUARTER_N_MONTHS 3

#define ACCORD_TYPE_QUARTER (accord_quarter_get_type ())

G_DECLARE_FINAL_TYPE (AccordQuarter, accord_quarter, ACCORD, QUARTER, GObject)

AccordQuarter *accord_quarter_new             (void);
void           accord_quarter_update          (AccordQuarter   *self,
                                               AccordLeadStore *store,
                                               AccordAgreement *agreement,
                                               GTimeZone       *time_zone,
                                               int              month_key,
                                               gint64           now);
void           accord_quarter_clear           (AccordQuarter   *self);
int            accord_quarter_get_first_month (AccordQuarter   *self);

int            accord_quarter_start_of        (int              month_key);
char          *accord_quarter_format          (int              month_key);

G_END_DECLS
