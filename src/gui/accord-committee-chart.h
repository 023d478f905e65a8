/* accord-committee-chart.h: the review committee's weekly chart, a widget
 * over the core's painter
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-committee-painter.h"
#include "accord-committee-summary.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_COMMITTEE_CHART (accord_committee_chart_get_type ())

G_DECLARE_FINAL_TYPE (AccordCommitteeChart, accord_committee_chart, ACCORD, COMMITTEE_CHART, GtkWidget)

GtkWidget                   *accord_committee_chart_new         (void);
AccordCommitteeSummary      *accord_committee_chart_get_summary (AccordCommitteeChart   *self);
void                         accord_committee_chart_set_summary (AccordCommitteeChart   *self,
                                                                 AccordCommitteeSummary *summary);
const char                  *accord_committee_chart_get_title   (AccordCommitteeChart   *self);
void                         accord_committee_chart_set_title   (AccordCommitteeChart   *self,
                                                                 const char             *title);
const AccordCommitteeLayout *accord_committee_chart_get_layout  (AccordCommitteeChart   *self);

G_END_DECLS
