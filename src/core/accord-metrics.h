/* accord-metrics.h: the figures of DESIGN §3 and the KPIs of §4
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

/* One column of the goal-versus-actual grid: a calendar month. Goals,
 * attainment and pace are NAN where the agreement has no goal. */
typedef struct
{
  int      month;                           /* month key */
  gboolean running;                         /* "now" falls in the month */
  double   elapsed;                         /* fraction of the month gone by "now": 1 for past months */
  double   actual[ACCORD_N_FIGURES];
  double   goal[ACCORD_N_FIGURES];
  double   attainment[ACCORD_N_FIGURES];    /* actual / goal */
  double   pace[ACCORD_N_FIGURES];          /* goal × elapsed (running month), else goal */
} AccordMonthFigures;

/* Per SDR at the end of a month, or at "now" in the running month. */
typedef struct
{
  const char *owner;          /* the store's string */
  int         month;
  guint       universe;
  guint       active_mqls;
  guint       sqls;
  guint       mqls_managed;
  double      mql_conversion; /* sqls / mqls_managed; NAN when none managed */
  AccordBand  universe_band;
  AccordBand  active_band;
  AccordBand  sqls_band;
  AccordBand  conversion_band;
} AccordSdrFigures;

typedef enum
{
  ACCORD_FUNNEL_PERIOD,  /* each stage's events in the period */
  ACCORD_FUNNEL_COHORT,  /* of the leads created in the period, how many ever reached each stage */
} AccordFunnelMode;

typedef struct
{
  guint  count;
  double from_previous;  /* count / previous stage's count; NAN when that is 0, and for the first stage */
  double from_first;     /* count / leads; NAN when there are no leads */
  guint  drop_off;       /* previous stage's count − count, 0 when it grows */
  double goal;           /* the goals of the period's months added; NAN when a month has none, and in breakdowns */
} AccordFunnelStage;

typedef struct
{
  const char        *key;  /* the owner or source of a breakdown; NULL for all leads */
  AccordFunnelStage  stages[ACCORD_N_STAGES];
} AccordFunnel;

typedef struct
{
  AccordKpi kpi;
  gboolean  available;   /* the data supports it */
  double    value;
  double    previous;    /* the same KPI a month earlier; NAN when not available */
  double    goal;        /* NAN when the agreement sets none */
} AccordKpiValue;

typedef struct
{
  const char *source;    /* the store's string; NULL for leads without a source */
  guint       leads;
} AccordSourceCount;

/* One marketing asset the agreement enters hours for (DESIGN §4). */
typedef struct
{
  const char *asset;           /* the agreement's string */
  guint       leads;           /* created in the period with the asset as their source */
  double      hours;           /* the agreement's hours a month × the period's months */
  double      leads_per_hour;
} AccordAssetEffort;

gboolean  accord_metrics_get_month_range  (AccordLeadStore  *store,
                                           GTimeZone        *time_zone,
                                           int              *first_month,
                                           int              *last_month);

GArray   *accord_metrics_month_grid       (AccordLeadStore  *store,
                                           AccordAgreement  *agreement,
                                           GTimeZone        *time_zone,
                                           int               first_month,
                                           int               last_month,
                                           gint64            now);

GArray   *accord_metrics_sdrs             (AccordLeadStore  *store,
                                           AccordAgreement  *agreement,
                                           GTimeZone        *time_zone,
                                           int               month,
                                           gint64            now);

void      accord_metrics_funnel           (AccordLeadStore  *store,
                                           AccordAgreement  *agreement,
                                           GTimeZone        *time_zone,
                                           int               first_month,
                                           int               last_month,
                                           AccordFunnelMode  mode,
                                           AccordFunnel     *funnel);

GArray   *accord_metrics_funnel_breakdown (AccordLeadStore  *store,
                                           AccordAgreement  *agreement,
                                           GTimeZone        *time_zone,
                                           int               first_month,
                                           int               last_month,
                                           AccordFunnelMode  mode,
                                           AccordField       by);

void      accord_metrics_kpis             (AccordLeadStore  *store,
                                           AccordAgreement  *agreement,
                                           GTimeZone        *time_zone,
                                           int               month,
                                           gint64            now,
                                           AccordKpiValue   *values);

GArray   *accord_metrics_leads_per_source (AccordLeadStore  *store,
                                           GTimeZone        *time_zone,
                                           int               first_month,
                                           int               last_month);

GArray   *accord_metrics_leads_per_hour   (AccordLeadStore  *store,
                                           AccordAgreement  *agreement,
                                           GTimeZone        *time_zone,
                                           int               first_month,
                                           int               last_month);

G_END_DECLS
