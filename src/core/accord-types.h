/* accord-types.h: the shared vocabulary of the core (DESIGN §2, §3, §4)
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A moment that did not happen, or is not in the export. */
#define ACCORD_TIME_NONE G_MININT64

/* Accord's field names (DESIGN §2), the keys of a column mapping. */
typedef enum
{
  ACCORD_FIELD_RECORD_ID,
  ACCORD_FIELD_FIRST_NAME,
  ACCORD_FIELD_LAST_NAME,
  ACCORD_FIELD_EMAIL,
  ACCORD_FIELD_COMPANY,
  ACCORD_FIELD_INDUSTRY,
  ACCORD_FIELD_EMPLOYEES,
  ACCORD_FIELD_ANNUAL_REVENUE,
  ACCORD_FIELD_OWNER,
  ACCORD_FIELD_SOURCE,
  ACCORD_FIELD_TIER,
  ACCORD_FIELD_SCORE,
  ACCORD_FIELD_CREATED,
  ACCORD_FIELD_MQL_DATE,
  ACCORD_FIELD_SQL_DATE,
  ACCORD_FIELD_OPPORTUNITY_DATE,
  ACCORD_FIELD_CUSTOMER_DATE,
  ACCORD_FIELD_FIRST_TOUCH,
  ACCORD_FIELD_LAST_TOUCH,
  ACCORD_FIELD_CLOSED_DATE,
  ACCORD_FIELD_TOUCHES,
  ACCORD_FIELD_CALLS,
  ACCORD_FIELD_EMAILS,
  ACCORD_FIELD_BREAKUP_DATE,
  ACCORD_FIELD_AUTHORITY,
  ACCORD_FIELD_NEED,
  ACCORD_FIELD_UNDERSTANDING,
  ACCORD_FIELD_FIT,
  ACCORD_FIELD_AMOUNT,
  ACCORD_FIELD_STAGE,
  ACCORD_FIELD_STATUS,
  ACCORD_N_FIELDS
} AccordField;

/* How a field's text is read. */
typedef enum
{
  ACCORD_FIELD_KIND_TEXT,      /* kept as text (interned when repetitive) */
  ACCORD_FIELD_KIND_DATE,      /* a moment */
  ACCORD_FIELD_KIND_COUNT,     /* a whole number */
  ACCORD_FIELD_KIND_AMOUNT,    /* money or a plain number, symbols allowed */
  ACCORD_FIELD_KIND_BAND,      /* employees: "25-50", "10,001+" or a number */
  ACCORD_FIELD_KIND_BOOLEAN,   /* ANUF criteria */
  ACCORD_FIELD_KIND_TIER,      /* High/Moderate/Low, Hot/Warm/Cold, A/B/C */
} AccordFieldKind;

/* The moments of a lead (DESIGN §2), kept as Unix seconds. */
typedef enum
{
  ACCORD_MOMENT_CREATED,
  ACCORD_MOMENT_MQL,
  ACCORD_MOMENT_SQL,
  ACCORD_MOMENT_OPPORTUNITY,
  ACCORD_MOMENT_CUSTOMER,
  ACCORD_MOMENT_FIRST_TOUCH,
  ACCORD_MOMENT_LAST_TOUCH,
  ACCORD_MOMENT_CLOSED,
  ACCORD_MOMENT_BREAKUP,
  ACCORD_N_MOMENTS
} AccordMoment;

/* Lead quality tiers (DESIGN §1). UNKNOWN: the export has no tier column
 * value; the agreement then decides from the score. */
typedef enum
{
  ACCORD_TIER_UNKNOWN,
  ACCORD_TIER_LOW,
  ACCORD_TIER_MODERATE,
  ACCORD_TIER_HIGH,
  ACCORD_N_TIERS
} AccordTier;

/* ANUF criteria (DESIGN §1), as bits. */
typedef enum
{
  ACCORD_ANUF_AUTHORITY     = 1 << 0,
  ACCORD_ANUF_NEED          = 1 << 1,
  ACCORD_ANUF_UNDERSTANDING = 1 << 2,
  ACCORD_ANUF_FIT           = 1 << 3,
  ACCORD_ANUF_ALL           = 0xf,
} AccordAnuf;

/* The rows of the month grid (DESIGN §3), also the goals of the agreement. */
typedef enum
{
  ACCORD_FIGURE_LEADS_SOURCED,
  ACCORD_FIGURE_QUALIFIED_LEADS,
  ACCORD_FIGURE_MQLS_CREATED,
  ACCORD_FIGURE_MQLS_MANAGED,
  ACCORD_FIGURE_SQLS_CREATED,
  ACCORD_FIGURE_OPPORTUNITIES,
  ACCORD_FIGURE_CUSTOMERS,
  ACCORD_FIGURE_REVENUE,
  ACCORD_N_FIGURES
} AccordFigure;

/* Funnel stages, always in this order (DESIGN §3). */
typedef enum
{
  ACCORD_STAGE_LEADS,
  ACCORD_STAGE_QUALIFIED,
  ACCORD_STAGE_MQL,
  ACCORD_STAGE_SQL,
  ACCORD_STAGE_OPPORTUNITY,
  ACCORD_STAGE_CUSTOMER,
  ACCORD_N_STAGES
} AccordStage;

/* Review flags (DESIGN §3). */
typedef enum
{
  ACCORD_FLAG_LATE_FIRST_TOUCH,
  ACCORD_FLAG_UNDER_WORKED,
  ACCORD_FLAG_NO_DISPOSITION,
  ACCORD_FLAG_OUTSIDE_PROFILE,
  ACCORD_FLAG_MISSING_ANUF,
  ACCORD_N_FLAG_KINDS
} AccordFlagKind;

/* KPIs (DESIGN §4). */
typedef enum
{
  ACCORD_KPI_LEAD_VELOCITY,
  ACCORD_KPI_CONTACT_RATE,
  ACCORD_KPI_CONVERSATION_RATE,
  ACCORD_KPI_TOUCHES_TO_SQL,
  ACCORD_KPI_SQL_VALUE,
  ACCORD_KPI_TIME_MQL_TO_SQL,
  ACCORD_KPI_MQL_TO_SQL,
  ACCORD_KPI_MQL_TO_OPPORTUNITY,
  ACCORD_KPI_MQL_TO_CUSTOMER,
  ACCORD_KPI_SALES_VELOCITY,
  ACCORD_N_KPIS
} AccordKpi;

/* Column-mapping presets (DESIGN §2). */
typedef enum
{
  ACCORD_PRESET_NONE,
  ACCORD_PRESET_HUBSPOT,
  ACCORD_PRESET_SALESFORCE,
  ACCORD_PRESET_PIPEDRIVE,
  ACCORD_PRESET_ZOHO,
  ACCORD_N_PRESETS
} AccordPreset;

/* Where a figure stands against its band (DESIGN §3, per SDR). */
typedef enum
{
  ACCORD_BAND_UNDER,
  ACCORD_BAND_IN,
  ACCORD_BAND_OVER,
} AccordBand;

const char      *accord_field_get_name      (AccordField     field);
gboolean         accord_field_from_name     (const char     *name,
                                             AccordField    *field);
AccordFieldKind  accord_field_get_kind      (AccordField     field);
gboolean         accord_field_get_moment    (AccordField     field,
                                             AccordMoment   *moment);

const char      *accord_tier_get_name       (AccordTier      tier);
const char      *accord_tier_get_title      (AccordTier      tier);
gboolean         accord_tier_from_name      (const char     *name,
                                             AccordTier     *tier);

const char      *accord_figure_get_name     (AccordFigure    figure);
const char      *accord_figure_get_title    (AccordFigure    figure);
gboolean         accord_figure_from_name    (const char     *name,
                                             AccordFigure   *figure);

const char      *accord_stage_get_name      (AccordStage     stage);

const char      *accord_flag_kind_get_name  (AccordFlagKind  kind);
gboolean         accord_flag_kind_from_name (const char     *name,
                                             AccordFlagKind *kind);

const char      *accord_kpi_get_name        (AccordKpi       kpi);
gboolean         accord_kpi_from_name       (const char     *name,
                                             AccordKpi      *kpi);

const char      *accord_preset_get_name     (AccordPreset    preset);
gboolean         accord_preset_from_name    (const char     *name,
                                             AccordPreset   *preset);

const char      *accord_band_get_name       (AccordBand      band);

G_END_DECLS
