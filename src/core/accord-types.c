/* accord-types.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-types"

#include "config.h"

#include "accord-types.h"

#include <glib/gi18n.h>

static const char * const field_names[ACCORD_N_FIELDS] = {
  "record_id", "first_name", "last_name", "email", "company", "industry",
  "employees", "annual_revenue", "owner", "source", "tier", "score",
  "created", "mql_date", "sql_date", "opportunity_date", "customer_date",
  "first_touch", "last_touch", "closed_date", "touches", "calls", "emails",
  "breakup_date", "authority", "need", "understanding", "fit", "amount",
  "stage", "status",
};

static const char * const tier_names[ACCORD_N_TIERS] = {
  "unknown", "low", "moderate", "high",
};

static const char * const figure_names[ACCORD_N_FIGURES] = {
  "leads_sourced", "qualified_leads", "mqls_created", "mqls_managed",
  "sqls_created", "opportunities", "customers", "revenue",
};

static const char * const stage_names[ACCORD_N_STAGES] = {
  "leads", "qualified_leads", "mqls", "sqls", "opportunities", "customers",
};

static const char * const flag_kind_names[ACCORD_N_FLAG_KINDS] = {
  "late_first_touch", "under_worked", "no_disposition", "outside_profile",
  "missing_anuf",
};

static const char * const kpi_names[ACCORD_N_KPIS] = {
  "lead_velocity", "contact_rate", "conversation_rate", "touches_to_sql",
  "sql_value", "time_mql_to_sql", "mql_to_sql", "mql_to_opportunity",
  "mql_to_customer", "sales_velocity",
};

static const char * const preset_names[ACCORD_N_PRESETS] = {
  NULL, "hubspot", "salesforce", "pipedrive", "zoho",
};

static const char * const band_names[] = { "under", "in", "over" };

static gboolean
find_name (const char * const *names,
           guint               n_names,
           const char         *name,
           guint              *index)
{
  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (names[i] != NULL && g_ascii_strcasecmp (names[i], name) == 0)
        {
          *index = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
accord_field_get_name (AccordField field)
{
  g_return_val_if_fail (field < ACCORD_N_FIELDS, NULL);
  return field_names[field];
}

gboolean
accord_field_from_name (const char  *name,
                        AccordField *field)
{
  guint index;

  if (!find_name (field_names, ACCORD_N_FIELDS, name, &index))
    return FALSE;
  *field = index;
  return TRUE;
}

AccordFieldKind
accord_field_get_kind (AccordField field)
{
  switch (field)
    {
    case ACCORD_FIELD_CREATED:
    case ACCORD_FIELD_MQL_DATE:
    case ACCORD_FIELD_SQL_DATE:
    case ACCORD_FIELD_OPPORTUNITY_DATE:
    case ACCORD_FIELD_CUSTOMER_DATE:
    case ACCORD_FIELD_FIRST_TOUCH:
    case ACCORD_FIELD_LAST_TOUCH:
    case ACCORD_FIELD_CLOSED_DATE:
    case ACCORD_FIELD_BREAKUP_DATE:
      return ACCORD_FIELD_KIND_DATE;

    case ACCORD_FIELD_TOUCHES:
    case ACCORD_FIELD_CALLS:
    case ACCORD_FIELD_EMAILS:
      return ACCORD_FIELD_KIND_COUNT;

    case ACCORD_FIELD_ANNUAL_REVENUE:
    case ACCORD_FIELD_AMOUNT:
    case ACCORD_FIELD_SCORE:
      return ACCORD_FIELD_KIND_AMOUNT;

    case ACCORD_FIELD_EMPLOYEES:
      return ACCORD_FIELD_KIND_BAND;

    case ACCORD_FIELD_AUTHORITY:
    case ACCORD_FIELD_NEED:
    case ACCORD_FIELD_UNDERSTANDING:
    case ACCORD_FIELD_FIT:
      return ACCORD_FIELD_KIND_BOOLEAN;

    case ACCORD_FIELD_TIER:
      return ACCORD_FIELD_KIND_TIER;

    case ACCORD_FIELD_RECORD_ID:
    case ACCORD_FIELD_FIRST_NAME:
    case ACCORD_FIELD_LAST_NAME:
    case ACCORD_FIELD_EMAIL:
    case ACCORD_FIELD_COMPANY:
    case ACCORD_FIELD_INDUSTRY:
    case ACCORD_FIELD_OWNER:
    case ACCORD_FIELD_SOURCE:
    case ACCORD_FIELD_STAGE:
    case ACCORD_FIELD_STATUS:
    case ACCORD_N_FIELDS:
    default:
      return ACCORD_FIELD_KIND_TEXT;
    }
}

gboolean
accord_field_get_moment (AccordField   field,
                         AccordMoment *moment)
{
  static const struct { AccordField field; AccordMoment moment; } moments[] = {
    { ACCORD_FIELD_CREATED, ACCORD_MOMENT_CREATED },
    { ACCORD_FIELD_MQL_DATE, ACCORD_MOMENT_MQL },
    { ACCORD_FIELD_SQL_DATE, ACCORD_MOMENT_SQL },
    { ACCORD_FIELD_OPPORTUNITY_DATE, ACCORD_MOMENT_OPPORTUNITY },
    { ACCORD_FIELD_CUSTOMER_DATE, ACCORD_MOMENT_CUSTOMER },
    { ACCORD_FIELD_FIRST_TOUCH, ACCORD_MOMENT_FIRST_TOUCH },
    { ACCORD_FIELD_LAST_TOUCH, ACCORD_MOMENT_LAST_TOUCH },
    { ACCORD_FIELD_CLOSED_DATE, ACCORD_MOMENT_CLOSED },
    { ACCORD_FIELD_BREAKUP_DATE, ACCORD_MOMENT_BREAKUP },
  };

  for (guint i = 0; i < G_N_ELEMENTS (moments); i++)
    {
      if (moments[i].field == field)
        {
          *moment = moments[i].moment;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
accord_tier_get_name (AccordTier tier)
{
  g_return_val_if_fail (tier < ACCORD_N_TIERS, NULL);
  return tier_names[tier];
}

gboolean
accord_tier_from_name (const char *name,
                       AccordTier *tier)
{
  guint index;

  if (!find_name (tier_names, ACCORD_N_TIERS, name, &index))
    return FALSE;
  *tier = index;
  return TRUE;
}

/**
 * accord_tier_get_title:
 * @tier: a tier; %ACCORD_TIER_UNKNOWN reads as Low, as it counts
 *
 * Returns: (transfer none): the tier's name as the user reads it,
 *   translated: "High"
 */
const char *
accord_tier_get_title (AccordTier tier)
{
  return tier == ACCORD_TIER_HIGH ? _("High") : tier == ACCORD_TIER_MODERATE ? _("Moderate") : _("Low");
}

/* The rows of the month grid as a new user reads them (DESIGN §3). */
static const char * const figure_titles[ACCORD_N_FIGURES] = {
  N_("Leads sourced"),
  N_("Qualified leads"),
  N_("MQLs created"),
  N_("MQLs managed"),
  N_("SQLs created"),
  N_("Opportunities"),
  N_("Customers"),
  N_("Revenue"),
};

/**
 * accord_figure_get_title:
 *
 * Returns: (transfer none): the figure's name, translated: "Leads sourced"
 */
const char *
accord_figure_get_title (AccordFigure figure)
{
  g_return_val_if_fail (figure < ACCORD_N_FIGURES, NULL);
  return _(figure_titles[figure]);
}

const char *
accord_figure_get_name (AccordFigure figure)
{
  g_return_val_if_fail (figure < ACCORD_N_FIGURES, NULL);
  return figure_names[figure];
}

gboolean
accord_figure_from_name (const char   *name,
                         AccordFigure *figure)
{
  guint index;

  if (!find_name (figure_names, ACCORD_N_FIGURES, name, &index))
    return FALSE;
  *figure = index;
  return TRUE;
}

const char *
accord_stage_get_name (AccordStage stage)
{
  g_return_val_if_fail (stage < ACCORD_N_STAGES, NULL);
  return stage_names[stage];
}

const char *
accord_flag_kind_get_name (AccordFlagKind kind)
{
  g_return_val_if_fail (kind < ACCORD_N_FLAG_KINDS, NULL);
  return flag_kind_names[kind];
}

gboolean
accord_flag_kind_from_name (const char     *name,
                            AccordFlagKind *kind)
{
  guint index;

  if (!find_name (flag_kind_names, ACCORD_N_FLAG_KINDS, name, &index))
    return FALSE;
  *kind = index;
  return TRUE;
}

const char *
accord_kpi_get_name (AccordKpi kpi)
{
  g_return_val_if_fail (kpi < ACCORD_N_KPIS, NULL);
  return kpi_names[kpi];
}

gboolean
accord_kpi_from_name (const char *name,
                      AccordKpi  *kpi)
{
  guint index;

  if (!find_name (kpi_names, ACCORD_N_KPIS, name, &index))
    return FALSE;
  *kpi = index;
  return TRUE;
}

const char *
accord_preset_get_name (AccordPreset preset)
{
  g_return_val_if_fail (preset < ACCORD_N_PRESETS, NULL);
  return preset_names[preset];
}

gboolean
accord_preset_from_name (const char   *name,
                         AccordPreset *preset)
{
  guint index;

  if (!find_name (preset_names, ACCORD_N_PRESETS, name, &index))
    return FALSE;
  *preset = index;
  return TRUE;
}

const char *
accord_band_get_name (AccordBand band)
{
  g_return_val_if_fail (band <= ACCORD_BAND_OVER, NULL);
  return band_names[band];
}
