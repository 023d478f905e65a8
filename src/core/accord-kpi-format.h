/* accord-kpi-format.h: the KPIs of DESIGN §4 as the user reads them — a
 * title, a value in its unit, and its change from the month before
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "accord-agreement.h"
#include "accord-metrics.h"
#include "accord-types.h"

G_BEGIN_DECLS

/* Whether a KPI's move since the month before is good news. */
typedef enum
{
  ACCORD_KPI_TREND_NEUTRAL,  /* no comparison, or no change */
  ACCORD_KPI_TREND_BETTER,
  ACCORD_KPI_TREND_WORSE,
} AccordKpiTrend;

const char     *accord_kpi_get_title     (AccordKpi             kpi);
char           *accord_kpi_format_value  (AccordKpi             kpi,
                                          double                value);
char           *accord_kpi_format_change (const AccordKpiValue *value);
AccordKpiTrend  accord_kpi_get_trend     (const AccordKpiValue *value);
char           *accord_kpi_describe      (const AccordKpiValue *value);

char           *accord_kpi_format_effort (const AccordAssetEffort *effort);
guint           accord_kpi_get_shown     (AccordAgreement       *agreement,
                                          AccordKpi              shown[ACCORD_N_KPIS]);

G_END_DECLS
