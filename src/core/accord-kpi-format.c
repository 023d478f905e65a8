/* accord-kpi-format.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-kpi-format"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "accord-bullet-painter.h"
#include "accord-kpi-format.h"
#include "accord-money.h"

/* What accord_metrics_kpis() measures each KPI in. */
typedef enum
{
  UNIT_FRACTION,        /* a rate or a growth, shown as a percentage */
  UNIT_TOUCHES,         /* a median count of touches */
  UNIT_MONEY,           /* a sum of amounts, in the export's currency */
  UNIT_DAYS,            /* a median of days */
  UNIT_MONEY_PER_DAY,   /* sales velocity */
} Unit;

static Unit
get_unit (AccordKpi kpi)
{
  switch (kpi)
    {
    case ACCORD_KPI_TOUCHES_TO_SQL:
      return UNIT_TOUCHES;
    case ACCORD_KPI_SQL_VALUE:
      return UNIT_MONEY;
    case ACCORD_KPI_TIME_MQL_TO_SQL:
      return UNIT_DAYS;
    case ACCORD_KPI_SALES_VELOCITY:
      return UNIT_MONEY_PER_DAY;
    case ACCORD_KPI_LEAD_VELOCITY:
    case ACCORD_KPI_CONTACT_RATE:
    case ACCORD_KPI_CONVERSATION_RATE:
    case ACCORD_KPI_MQL_TO_SQL:
    case ACCORD_KPI_MQL_TO_OPPORTUNITY:
    case ACCORD_KPI_MQL_TO_CUSTOMER:
    case ACCORD_N_KPIS:
    default:
      return UNIT_FRACTION;
    }
}

/* Medians of touches and days fall on halves: whole numbers without a
 * decimal, others with one. */
static char *
format_decimal (double value)
{
  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%'.0f", value);
  return g_strdup_printf ("%'.1f", value);
}

/* The plural form for the number format_decimal() writes: a fraction
 * takes the form of 2, as in English ("1.5 days") and in the languages
 * whose fractions take a form of their own. */
static gulong
get_plural_count (double value)
{
  double size = fabs (value);

  if (fabs (size - round (size)) < 0.05)
    {
      /* Converting a double past G_MAXULONG is undefined: for huge counts
       * (a hostile touches column) keep the last six digits, all that
       * plural rules look at, as gettext's manual advises. */
      if (round (size) < 1e15)
        return (gulong) round (size);
      return (gulong) fmod (round (size), 1e6) + 1000000;
    }
  return 2;
}

static char *
format_with_unit (Unit   unit,
                  double value)
{
  g_autofree char *number = format_decimal (value);
  gulong n = get_plural_count (value);

  if (unit == UNIT_DAYS)
    /* Translators: a duration, "4.5 days" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s day", "%s days", n), number);
  /* Translators: a count of touches, "3 touches" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s touch", "%s touches", n), number);
}

/**
 * accord_kpi_get_title:
 * @kpi: a KPI
 *
 * Returns: (transfer none): the KPI's name as the user reads it,
 *   translated: "Contact rate"
 */
const char *
accord_kpi_get_title (AccordKpi kpi)
{
  switch (kpi)
    {
    case ACCORD_KPI_LEAD_VELOCITY:
      return _("Lead velocity");
    case ACCORD_KPI_CONTACT_RATE:
      return _("Contact rate");
    case ACCORD_KPI_CONVERSATION_RATE:
      return _("Conversation rate");
    case ACCORD_KPI_TOUCHES_TO_SQL:
      return _("Touches to SQL");
    case ACCORD_KPI_SQL_VALUE:
      return _("Value of SQLs");
    case ACCORD_KPI_TIME_MQL_TO_SQL:
      return _("Time MQL → SQL");
    case ACCORD_KPI_MQL_TO_SQL:
      return _("MQL:SQL");
    case ACCORD_KPI_MQL_TO_OPPORTUNITY:
      return _("MQL:opportunity");
    case ACCORD_KPI_MQL_TO_CUSTOMER:
      return _("MQL:customer");
    case ACCORD_KPI_SALES_VELOCITY:
      return _("Sales velocity");
    case ACCORD_N_KPIS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * accord_kpi_format_value:
 * @kpi: a KPI
 * @value: its value, as accord_metrics_kpis() gives it; NAN: none
 *
 * Rates and the lead velocity as percentages ("5.9%"), touches and days
 * with their unit ("4.5 days"), money as a whole amount ("12,500") and
 * sales velocity as an amount a day ("1,234 a day").
 *
 * Returns: (transfer full): @value as the user reads it; "—" for none
 */
char *
accord_kpi_format_value (AccordKpi kpi,
                         double    value)
{
  g_autofree char *amount = NULL;
  Unit unit = get_unit (kpi);

  if (!isfinite (value))
    return g_strdup ("—");

  switch (unit)
    {
    case UNIT_FRACTION:
      if (value >= 0)
        return accord_bullet_format_number (ACCORD_BULLET_FORMAT_PERCENT, value);
      /* A minus sign, as in the changes, not a hyphen. */
      amount = accord_bullet_format_number (ACCORD_BULLET_FORMAT_PERCENT, -value);
      return g_strdup_printf ("−%s", amount);
    case UNIT_MONEY:
      return accord_money_format (value);
    case UNIT_MONEY_PER_DAY:
      amount = accord_money_format (value);
      /* Translators: money per day, "1,234 a day" */
      return g_strdup_printf (_("%s a day"), amount);
    case UNIT_TOUCHES:
    case UNIT_DAYS:
    default:
      return format_with_unit (unit, value);
    }
}

/**
 * accord_kpi_format_change:
 * @value: a KPI's values
 *
 * The change from the month before, with an arrow: rates in percentage
 * points ("↑ +3.1 points"), touches and days in their unit ("↓ −2 days"),
 * money relative to the month before ("↑ +12%"), or as an amount when the
 * month before had none.
 *
 * Returns: (transfer full) (nullable): the change; %NULL when either
 *   month has no value
 */
char *
accord_kpi_format_change (const AccordKpiValue *value)
{
  g_autofree char *number = NULL;
  const char *arrow, *sign;
  double change, size;
  Unit unit;

  g_return_val_if_fail (value != NULL, NULL);

  if (!value->available || !isfinite (value->value) || !isfinite (value->previous))
    return NULL;

  change = value->value - value->previous;
  if (change == 0)
    /* Translators: a KPI is the same as the month before */
    return g_strdup (_("→ no change"));

  arrow = change > 0 ? "↑" : "↓";
  sign = change > 0 ? "+" : "−";
  unit = get_unit (value->kpi);
  switch (unit)
    {
    case UNIT_FRACTION:
      size = fabs (change) * 100;
      number = format_decimal (size);
      /* Translators: a change in percentage points, "↑ +3.1 points" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s %s%s point", "%s %s%s points",
                                           get_plural_count (size)),
                              arrow, sign, number);
    case UNIT_MONEY:
    case UNIT_MONEY_PER_DAY:
      if (value->previous != 0)
        number = accord_bullet_format_number (ACCORD_BULLET_FORMAT_PERCENT, fabs (change / value->previous));
      else
        number = accord_money_format (fabs (change));
      break;
    case UNIT_TOUCHES:
    case UNIT_DAYS:
    default:
      number = format_with_unit (unit, fabs (change));
      break;
    }
  /* Translators: an arrow, a sign and a size: "↓ −2 days", "↑ +12%" */
  return g_strdup_printf (C_("kpi change", "%s %s%s"), arrow, sign, number);
}

/* Fewer days and fewer touches to an SQL mean leads move faster; for
 * every other KPI more is better. */
static gboolean
is_lower_better (AccordKpi kpi)
{
  return kpi == ACCORD_KPI_TIME_MQL_TO_SQL || kpi == ACCORD_KPI_TOUCHES_TO_SQL;
}

/**
 * accord_kpi_get_trend:
 * @value: a KPI's values
 *
 * Whether the KPI moved the right way since the month before. The goal
 * does not decide it: a conversion rate already above its goal that
 * rises further is still good news.
 *
 * Returns: %ACCORD_KPI_TREND_BETTER or %ACCORD_KPI_TREND_WORSE when both
 *   months have a value and it moved
 */
AccordKpiTrend
accord_kpi_get_trend (const AccordKpiValue *value)
{
  gboolean rose;

  g_return_val_if_fail (value != NULL, ACCORD_KPI_TREND_NEUTRAL);

  if (!value->available || !isfinite (value->value) || !isfinite (value->previous) ||
      value->value == value->previous)
    return ACCORD_KPI_TREND_NEUTRAL;

  rose = value->value > value->previous;

  return rose != is_lower_better (value->kpi) ? ACCORD_KPI_TREND_BETTER : ACCORD_KPI_TREND_WORSE;
}

/**
 * accord_kpi_describe:
 * @value: a KPI's values
 *
 * Everything a KPI's tile shows, in one sentence for a screen reader:
 * "MQL:SQL: 30%, goal 25%, ↑ +5 points on the month before".
 *
 * Returns: (transfer full): the description
 */
char *
accord_kpi_describe (const AccordKpiValue *value)
{
  g_autofree char *number = NULL;
  g_autofree char *goal = NULL;
  g_autofree char *change = NULL;
  const char *title;

  g_return_val_if_fail (value != NULL, NULL);

  title = accord_kpi_get_title (value->kpi);
  if (!value->available)
    /* Translators: a KPI the imported data cannot measure, "Conversation rate: not in the export" */
    return g_strdup_printf (_("%s: not in the export"), title);

  number = accord_kpi_format_value (value->kpi, value->value);
  if (isfinite (value->goal))
    goal = accord_kpi_format_value (value->kpi, value->goal);
  change = accord_kpi_format_change (value);

  /* Whole sentences, so that translators can order their parts. */
  if (goal != NULL && change != NULL)
    /* Translators: a KPI, its value, its goal and the change, "MQL:SQL: 30%, goal 25%,
     * ↑ +5 points on the month before" */
    return g_strdup_printf (_("%s: %s, goal %s, %s on the month before"), title, number, goal, change);
  if (goal != NULL)
    /* Translators: a KPI, its value and its goal, "MQL:SQL: 30%, goal 25%" */
    return g_strdup_printf (_("%s: %s, goal %s"), title, number, goal);
  if (change != NULL)
    /* Translators: a KPI, its value and the change, "MQL:SQL: 30%, ↑ +5 points on the month before" */
    return g_strdup_printf (_("%s: %s, %s on the month before"), title, number, change);
  /* Translators: a KPI and its value, "Contact rate: 50%" */
  return g_strdup_printf (_("%s: %s"), title, number);
}

/**
 * accord_kpi_format_effort:
 * @effort: an asset's leads and hours of effort
 *
 * Leads per hour of effort (DESIGN §4) as the user reads it, with the
 * hours it comes from: "0.60 leads an hour from 20 hours of effort".
 *
 * Returns: (transfer full): the text
 */
char *
accord_kpi_format_effort (const AccordAssetEffort *effort)
{
  g_autofree char *hours = NULL;
  g_autofree char *from = NULL;

  g_return_val_if_fail (effort != NULL, NULL);

  hours = format_decimal (effort->hours);
  /* Translators: the hours of effort leads per hour come from, "20 hours of effort" */
  from = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s hour of effort", "%s hours of effort",
                                       get_plural_count (effort->hours)),
                          hours);
  /* Two decimals: an asset rarely brings more than a few leads an hour. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: "0.60 leads an hour from 20 hours of effort" */
                                       "%'.2f lead an hour from %s", "%'.2f leads an hour from %s",
                                       effort->leads_per_hour == 1 ? 1 : 2),
                          effort->leads_per_hour, from);
}

/**
 * accord_kpi_get_shown:
 * @agreement: the agreement that chooses its KPIs
 * @shown: (out caller-allocates) (array fixed-size=ACCORD_N_KPIS): the KPIs
 *
 * The KPIs the KPIs page and the meeting show: the agreement's choice in
 * its order, then sales velocity when the agreement does not choose it —
 * how fast the pipeline turns into revenue is always looked at.
 *
 * Returns: the number of KPIs in @shown
 */
guint
accord_kpi_get_shown (AccordAgreement *agreement,
                      AccordKpi        shown[ACCORD_N_KPIS])
{
  const AccordKpi *chosen;
  guint n_chosen, n_shown = 0;
  gboolean has_velocity = FALSE;

  chosen = accord_agreement_get_kpis (agreement, &n_chosen);
  for (guint i = 0; i < n_chosen && n_shown < ACCORD_N_KPIS; i++)
    {
      shown[n_shown++] = chosen[i];
      has_velocity |= chosen[i] == ACCORD_KPI_SALES_VELOCITY;
    }
  if (!has_velocity && n_shown < ACCORD_N_KPIS)
    shown[n_shown++] = ACCORD_KPI_SALES_VELOCITY;

  return n_shown;
}
