/* accord-report.h: every figure for one month and one review moment, as
 * JSON, text or CSV (DESIGN §6)
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "accord-agreement.h"
#include "accord-decision-log.h"
#include "accord-lead-store.h"
#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_REPORT (accord_report_get_type ())

G_DECLARE_FINAL_TYPE (AccordReport, accord_report, ACCORD, REPORT, GObject)

AccordReport *accord_report_new             (AccordLeadStore   *store,
                                             AccordAgreement   *agreement,
                                             GTimeZone         *time_zone);
void          accord_report_set_month       (AccordReport      *self,
                                             int                month_key);
void          accord_report_set_as_of       (AccordReport      *self,
                                             gint64             as_of);
void          accord_report_set_window_days (AccordReport      *self,
                                             guint              window_days);
void          accord_report_set_decisions   (AccordReport      *self,
                                             AccordDecisionLog *decisions);
void          accord_report_add_import      (AccordReport      *self,
                                             const char        *path,
                                             guint              n_rows,
                                             guint              n_skipped,
                                             AccordPreset       preset);

void          accord_report_compute         (AccordReport      *self);
int           accord_report_get_month       (AccordReport      *self);
gint64        accord_report_get_as_of       (AccordReport      *self);

JsonNode     *accord_report_to_json         (AccordReport      *self);
char         *accord_report_to_text         (AccordReport      *self);
char         *accord_report_to_csv          (AccordReport      *self);

G_END_DECLS
