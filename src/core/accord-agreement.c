/* accord-agreement.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-agreement"

#include "config.h"

#include "accord-agreement.h"
#include "accord-json-reader.h"
#include "accord-safe-file.h"
#include "accord-zone.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define FORMAT_NAME    "accord-sla"
#define FORMAT_VERSION 1

/* The format nests four levels; json-glib's parser recurses once per
 * level, so deeper data is refused before it can exhaust the stack. */
#define MAX_DEPTH 32

/* Counts in the file are kept in a guint or an int. */
#define MAX_COUNT G_MAXINT32

typedef struct
{
  char                 *name;
  AccordSpecialisation  specialisation;
} Sdr;

/* Hours of marketing effort a month that go into one asset, named as the
 * leads' source column writes it (DESIGN §4: leads per hour of effort). */
typedef struct
{
  char   *asset;
  double  hours;
} Effort;

struct _AccordAgreement
{
  GObject         parent_instance;

  char           *name;

  /* The Quick Test: bounds are -1 or NAN when not set. */
  char          **industries;
  int             employees_min;
  int             employees_max;
  double          revenue_min;
  double          revenue_max;

  double          score_high;
  double          score_moderate;

  /* NAN: no goal. The months hold overrides only: month key → double
   * [ACCORD_N_FIGURES], NAN where the month keeps the default. */
  double          default_goals[ACCORD_N_FIGURES];
  GTree          *month_goals;

  AccordProtocol  protocols[ACCORD_N_TIERS];
  AccordCapacity  capacity;

  /* Working hours, when has_business_hours; their holidays are those of
   * holidays, a sorted array of "YYYY-MM-DD" ending with NULL. */
  gboolean            has_business_hours;
  AccordBusinessHours business_hours;
  char              **holidays;

  GArray         *sdrs;
  char           *handoff_rule;

  GArray         *efforts;

  AccordKpi       kpis[ACCORD_N_KPIS];
  guint           n_kpis;

  guint           review_months;
  char           *next_review;

  char           *sections[ACCORD_N_SECTIONS];
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_HANDOFF_RULE,
  PROP_REVIEW_MONTHS,
  PROP_NEXT_REVIEW,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (AccordAgreement, accord_agreement, G_TYPE_OBJECT)

G_DEFINE_QUARK (accord-agreement-error-quark, accord_agreement_error)

static const char * const specialisation_names[ACCORD_N_SPECIALISATIONS] = {
  "hybrid", "inbound", "outbound",
};

/* The days of the week in the file, Monday first, as AccordWeekdays counts. */
static const char * const weekday_names[] = {
  "mon", "tue", "wed", "thu", "fri", "sat", "sun",
};

static const char * const section_names[ACCORD_N_SECTIONS] = {
  "summary", "goals", "needs", "responsibilities", "if_goals_not_met", "cancellation",
};

/* The order of the tiers in the file. */
static const AccordTier file_tiers[] = {
  ACCORD_TIER_HIGH, ACCORD_TIER_MODERATE, ACCORD_TIER_LOW,
};

static const char * const handoff_rules[] = {
  ACCORD_HANDOFF_LEAST_LOAD,
};

/* DESIGN §1: the workbook's defaults. */
static const double workbook_goals[ACCORD_N_FIGURES] = {
  [ACCORD_FIGURE_LEADS_SOURCED] = 300,
  [ACCORD_FIGURE_QUALIFIED_LEADS] = 250,
  [ACCORD_FIGURE_MQLS_CREATED] = 125,
  [ACCORD_FIGURE_MQLS_MANAGED] = 525,
  [ACCORD_FIGURE_SQLS_CREATED] = 32,
  [ACCORD_FIGURE_OPPORTUNITIES] = NAN,
  [ACCORD_FIGURE_CUSTOMERS] = NAN,
  [ACCORD_FIGURE_REVENUE] = NAN,
};

static const AccordProtocol workbook_protocols[ACCORD_N_TIERS] = {
  [ACCORD_TIER_UNKNOWN] = { 48, 3, 1, 30 },
  [ACCORD_TIER_LOW] = { 48, 3, 1, 30 },
  [ACCORD_TIER_MODERATE] = { 24, 8, 1, 60 },
  [ACCORD_TIER_HIGH] = { 4, 15, 1, 90 },
};

static const AccordCapacity workbook_capacity = { 200, 400, 150, 200, 15, 0.08 };

/* What a "business_hours" object leaves out: Monday to Friday, 09:00 to
 * 17:00, no holidays. */
static const AccordBusinessHours office_hours = {
  ACCORD_WEEKDAYS_MONDAY_TO_FRIDAY, 9 * 60, 17 * 60, NULL, 0,
};

static const AccordKpi workbook_kpis[] = {
  ACCORD_KPI_LEAD_VELOCITY,
  ACCORD_KPI_CONTACT_RATE,
  ACCORD_KPI_MQL_TO_SQL,
  ACCORD_KPI_TIME_MQL_TO_SQL,
  ACCORD_KPI_SQL_VALUE,
};

static const char *
get_default_section (AccordSection section)
{
  switch (section)
    {
    case ACCORD_SECTION_SUMMARY:
      return _("Marketing and sales agree on what counts as a qualified lead, an MQL and an SQL, "
               "on how many of each marketing delivers every month, and on how quickly sales "
               "follows up.");
    case ACCORD_SECTION_GOALS:
      return _("Marketing delivers the monthly numbers of leads, qualified leads and MQLs set "
               "in this agreement. Sales turns MQLs into SQLs at the agreed rate and works every "
               "lead it receives.");
    case ACCORD_SECTION_NEEDS:
      return _("Marketing needs sales to record every touch and disposition in the CRM. Sales "
               "needs marketing to hand off only leads that pass the Quick Test, with the "
               "persona confirmed.");
    case ACCORD_SECTION_RESPONSIBILITIES:
      return _("The head of marketing owns the lead goals; the head of sales owns the follow-up "
               "protocols and the SQL goals. Both review the numbers together every week.");
    case ACCORD_SECTION_IF_GOALS_NOT_MET:
      return _("When a goal is missed two months running, both teams meet within a week to find "
               "the cause and agree on a plan to close the gap.");
    case ACCORD_SECTION_CANCELLATION:
      return _("Either team may ask to revise this agreement at the next review. It ends only "
               "when both heads of team sign a new one.");
    case ACCORD_N_SECTIONS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
clear_sdr (gpointer data)
{
  Sdr *sdr = data;

  g_clear_pointer (&sdr->name, g_free);
}

static void
clear_effort (gpointer data)
{
  Effort *effort = data;

  g_free (effort->asset);
}

static int
compare_months (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  int key_a = GPOINTER_TO_INT (a);
  int key_b = GPOINTER_TO_INT (b);

  return (key_a > key_b) - (key_a < key_b);
}

static gboolean
is_same_number (double a,
                double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

static void
emit_changed (AccordAgreement *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Two bounds or thresholds read together. */
static void
get_number_pair (double  first,
                 double  second,
                 double *first_out,
                 double *second_out)
{
  if (first_out != NULL)
    *first_out = first;
  if (second_out != NULL)
    *second_out = second;
}

/* Sets both and says so once, or not at all when nothing changes. */
static void
set_number_pair (AccordAgreement *self,
                 double          *first,
                 double          *second,
                 double           first_value,
                 double           second_value)
{
  if (is_same_number (*first, first_value) && is_same_number (*second, second_value))
    return;

  *first = first_value;
  *second = second_value;
  emit_changed (self);
}

static void
accord_agreement_finalize (GObject *object)
{
  AccordAgreement *self = ACCORD_AGREEMENT (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->industries, g_strfreev);
  g_clear_pointer (&self->month_goals, g_tree_unref);
  g_clear_pointer (&self->holidays, g_strfreev);
  g_clear_pointer (&self->sdrs, g_array_unref);
  g_clear_pointer (&self->efforts, g_array_unref);
  g_clear_pointer (&self->handoff_rule, g_free);
  g_clear_pointer (&self->next_review, g_free);
  for (guint i = 0; i < ACCORD_N_SECTIONS; i++)
    g_clear_pointer (&self->sections[i], g_free);

  G_OBJECT_CLASS (accord_agreement_parent_class)->finalize (object);
}

static void
accord_agreement_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AccordAgreement *self = ACCORD_AGREEMENT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_HANDOFF_RULE:
      g_value_set_string (value, self->handoff_rule);
      break;

    case PROP_REVIEW_MONTHS:
      g_value_set_uint (value, self->review_months);
      break;

    case PROP_NEXT_REVIEW:
      g_value_set_string (value, self->next_review);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_agreement_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AccordAgreement *self = ACCORD_AGREEMENT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      accord_agreement_set_name (self, g_value_get_string (value));
      break;

    case PROP_HANDOFF_RULE:
      accord_agreement_set_handoff_rule (self, g_value_get_string (value));
      break;

    case PROP_REVIEW_MONTHS:
      accord_agreement_set_review_months (self, g_value_get_uint (value));
      break;

    case PROP_NEXT_REVIEW:
      accord_agreement_set_next_review (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_agreement_class_init (AccordAgreementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = accord_agreement_finalize;
  object_class->get_property = accord_agreement_get_property;
  object_class->set_property = accord_agreement_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HANDOFF_RULE] =
    g_param_spec_string ("handoff-rule", NULL, NULL, ACCORD_HANDOFF_LEAST_LOAD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVIEW_MONTHS] =
    g_param_spec_uint ("review-months", NULL, NULL, 1, G_MAXUINT, 6,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NEXT_REVIEW] =
    g_param_spec_string ("next-review", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AccordAgreement::changed:
   *
   * Emitted after any part of the agreement changed, so that the figures
   * that depend on it can be worked out again.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
accord_agreement_init (AccordAgreement *self)
{
  self->name = g_strdup (_("Sales and marketing agreement"));

  self->industries = g_new0 (char *, 1);
  self->employees_min = 10;
  self->employees_max = 5000;
  self->revenue_min = NAN;
  self->revenue_max = NAN;

  self->score_high = 70;
  self->score_moderate = 40;

  memcpy (self->default_goals, workbook_goals, sizeof self->default_goals);
  self->month_goals = g_tree_new_full (compare_months, NULL, NULL, g_free);

  memcpy (self->protocols, workbook_protocols, sizeof self->protocols);
  self->capacity = workbook_capacity;

  /* DESIGN §3: hours count on the calendar unless the agreement sets
   * working hours. */
  self->has_business_hours = FALSE;
  self->business_hours = office_hours;
  self->holidays = g_new0 (char *, 1);
  self->business_hours.holidays = (const char * const *) self->holidays;

  self->sdrs = g_array_new (FALSE, FALSE, sizeof (Sdr));
  g_array_set_clear_func (self->sdrs, clear_sdr);
  self->efforts = g_array_new (FALSE, FALSE, sizeof (Effort));
  g_array_set_clear_func (self->efforts, clear_effort);
  self->handoff_rule = g_strdup (ACCORD_HANDOFF_LEAST_LOAD);

  memcpy (self->kpis, workbook_kpis, sizeof workbook_kpis);
  self->n_kpis = G_N_ELEMENTS (workbook_kpis);

  self->review_months = 6;

  for (guint i = 0; i < ACCORD_N_SECTIONS; i++)
    self->sections[i] = g_strdup (get_default_section (i));
}

/**
 * accord_agreement_new:
 *
 * Makes an agreement with the defaults of the reference workbook
 * (DESIGN §1), ready to use.
 *
 * Returns: (transfer full): a new agreement
 */
AccordAgreement *
accord_agreement_new (void)
{
  return g_object_new (ACCORD_TYPE_AGREEMENT, NULL);
}

/* Errors ---------------------------------------------------------------- */

static void set_invalid (GError     **error,
                         const char  *file,
                         const char  *format,
                         ...) G_GNUC_PRINTF (3, 4);

/* Every message names the file (or the agreement) first. */
static void
set_invalid (GError     **error,
             const char  *file,
             const char  *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: a file name, then what is wrong in it. */
  g_set_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_INVALID,
               _("%s: %s"), file, message);
}

static char *
join_path (const char *parent,
           const char *member)
{
  if (parent == NULL)
    return g_strdup (member);
  return g_strconcat (parent, ".", member, NULL);
}

/* A number as people write it: 400, 0.08, 1250000. */
static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

/* What a value in the file looks like, for messages: a string without its
 * quotes, anything else as JSON, cut short when long. */
static char *
describe_node (JsonNode *node)
{
  g_autofree char *text = NULL;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    text = g_strdup (json_node_get_string (node));
  else
    text = json_to_string (node, FALSE);

  if (g_utf8_strlen (text, -1) > 40)
    {
      g_autofree char *start = g_utf8_substring (text, 0, 39);

      return g_strconcat (start, "…", NULL);
    }

  return g_steal_pointer (&text);
}

/* Checks (shared by validate, load and save) ---------------------------- */

static gboolean
check_range (const char  *file,
             const char  *path,
             double       min,
             double       max,
             GError     **error)
{
  g_autofree char *min_text = NULL;
  g_autofree char *max_text = NULL;

  if (isnan (min) || isnan (max) || min <= max)
    return TRUE;

  min_text = format_number (min);
  max_text = format_number (max);
  set_invalid (error, file, _("“%s”: min %s is above max %s"), path, min_text, max_text);
  return FALSE;
}

static gboolean
check_not_negative (const char  *file,
                    const char  *parent,
                    const char  *member,
                    double       value,
                    GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  if (isnan (value) || (isfinite (value) && value >= 0))
    return TRUE;

  path = join_path (parent, member);
  text = format_number (value);
  set_invalid (error, file, _("“%s” must be a number, zero or more, not %s"), path, text);
  return FALSE;
}

static gboolean
check_at_least_one (const char  *file,
                    const char  *parent,
                    const char  *member,
                    guint        value,
                    GError     **error)
{
  g_autofree char *path = NULL;

  if (value >= 1)
    return TRUE;

  path = join_path (parent, member);
  set_invalid (error, file, _("“%s” must be at least 1"), path);
  return FALSE;
}

/* The parts of "YYYY-MM-DD", once its shape is known. */
static void
split_date (const char *text,
            int        *year,
            int        *month,
            int        *day)
{
  *year = atoi (text);
  *month = atoi (text + 5);
  *day = atoi (text + 8);
}

static gboolean
is_valid_date (const char *text)
{
  int year, month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  split_date (text, &year, &month, &day);

  return accord_civil_is_valid (year, month, day, 0, 0, 0);
}

static gboolean
is_handoff_rule (const char *rule)
{
  for (guint i = 0; i < G_N_ELEMENTS (handoff_rules); i++)
    if (g_strcmp0 (rule, handoff_rules[i]) == 0)
      return TRUE;

  return FALSE;
}

static void
set_kpi_count_error (GError     **error,
                     const char  *file,
                     guint        n_kpis)
{
  set_invalid (error, file,
               g_dngettext (GETTEXT_PACKAGE, "“kpis” must list %d to %d KPIs (it lists %u)",
                            "“kpis” must list %d to %d KPIs (it lists %u)", n_kpis),
               ACCORD_AGREEMENT_MIN_KPIS, ACCORD_AGREEMENT_MAX_KPIS, n_kpis);
}

static gboolean
check_goals (const char    *file,
             const char    *path,
             const double   goals[ACCORD_N_FIGURES],
             GError       **error)
{
  for (guint f = 0; f < ACCORD_N_FIGURES; f++)
    if (!check_not_negative (file, path, accord_figure_get_name (f), goals[f], error))
      return FALSE;

  return TRUE;
}

typedef struct
{
  const char  *file;
  GError     **error;
  gboolean     failed;
} MonthCheck;

static gboolean
check_month_goals_cb (gpointer key,
                      gpointer value,
                      gpointer user_data)
{
  MonthCheck *check = user_data;
  g_autofree char *month = accord_month_key_format (GPOINTER_TO_INT (key));
  g_autofree char *path = g_strconcat ("goals.months.", month, NULL);

  check->failed = !check_goals (check->file, path, value, check->error);
  return check->failed;
}

static gboolean
check_protocols (AccordAgreement  *self,
                 const char       *file,
                 GError          **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (file_tiers); i++)
    {
      const AccordProtocol *protocol = &self->protocols[file_tiers[i]];
      g_autofree char *path = join_path ("protocols", accord_tier_get_name (file_tiers[i]));

      if (!check_at_least_one (file, path, "response_hours", protocol->response_hours, error) ||
          !check_at_least_one (file, path, "timeframe_days", protocol->timeframe_days, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_capacity (AccordAgreement  *self,
                const char       *file,
                GError          **error)
{
  const AccordCapacity *capacity = &self->capacity;

  if (!check_range (file, "capacity.universe", capacity->universe_min, capacity->universe_max, error) ||
      !check_range (file, "capacity.active_mqls", capacity->active_min, capacity->active_max, error))
    return FALSE;

  if (!(capacity->mql_conversion > 0 && capacity->mql_conversion <= 1))
    {
      g_autofree char *text = format_number (capacity->mql_conversion);

      set_invalid (error, file,
                   _("“%s” must be a fraction above 0 and at most 1 (8%% is 0.08), not %s"),
                   "capacity.mql_conversion", text);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_business_hours (AccordAgreement  *self,
                      const char       *file,
                      GError          **error)
{
  const AccordBusinessHours *hours = &self->business_hours;

  if (!self->has_business_hours)
    return TRUE;

  if ((hours->days & ACCORD_WEEKDAYS_ALL) == 0)
    {
      set_invalid (error, file, _("“%s” must list at least one day"), "business_hours.days");
      return FALSE;
    }

  if (hours->end <= hours->start)
    {
      g_autofree char *start = accord_time_of_day_format (hours->start);
      g_autofree char *end = accord_time_of_day_format (hours->end);

      set_invalid (error, file, _("“%s” (%s) must be after “%s” (%s)"),
                   "business_hours.end", end, "business_hours.start", start);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_handoff (AccordAgreement  *self,
               const char       *file,
               GError          **error)
{
  if (!is_handoff_rule (self->handoff_rule))
    {
      set_invalid (error, file, _("“%s” must be “%s”, not “%s”"),
                   "handoff.rule", ACCORD_HANDOFF_LEAST_LOAD, self->handoff_rule);
      return FALSE;
    }

  for (guint i = 0; i < self->sdrs->len; i++)
    {
      const Sdr *sdr = &g_array_index (self->sdrs, Sdr, i);

      if (sdr->name[0] == '\0')
        {
          set_invalid (error, file, _("“handoff.sdrs[%u].name” must not be empty"), i);
          return FALSE;
        }

      /* Owners are matched by name, so a name may appear only once. */
      for (guint j = 0; j < i; j++)
        {
          if (g_strcmp0 (g_array_index (self->sdrs, Sdr, j).name, sdr->name) == 0)
            {
              set_invalid (error, file, _("“handoff.sdrs[%u].name”: “%s” is listed twice"),
                           i, sdr->name);
              return FALSE;
            }
        }
    }

  return TRUE;
}

static gboolean
check_efforts (AccordAgreement  *self,
               const char       *file,
               GError          **error)
{
  for (guint i = 0; i < self->efforts->len; i++)
    {
      const Effort *effort = &g_array_index (self->efforts, Effort, i);

      if (effort->asset[0] == '\0')
        {
          set_invalid (error, file, _("“effort[%u].asset” must not be empty"), i);
          return FALSE;
        }

      if (!(isfinite (effort->hours) && effort->hours > 0))
        {
          g_autofree char *hours = format_number (effort->hours);

          set_invalid (error, file,
                       _("“effort[%u].hours_per_month” must be a number of hours above 0, not %s"),
                       i, hours);
          return FALSE;
        }

      /* Assets are matched to the leads' sources by name. */
      for (guint j = 0; j < i; j++)
        {
          if (g_strcmp0 (g_array_index (self->efforts, Effort, j).asset, effort->asset) == 0)
            {
              set_invalid (error, file, _("“effort[%u].asset”: “%s” is listed twice"),
                           i, effort->asset);
              return FALSE;
            }
        }
    }

  return TRUE;
}

static gboolean
check_kpis (AccordAgreement  *self,
            const char       *file,
            GError          **error)
{
  if (self->n_kpis < ACCORD_AGREEMENT_MIN_KPIS || self->n_kpis > ACCORD_AGREEMENT_MAX_KPIS)
    {
      set_kpi_count_error (error, file, self->n_kpis);
      return FALSE;
    }

  for (guint i = 0; i < self->n_kpis; i++)
    {
      for (guint j = 0; j < i; j++)
        {
          if (self->kpis[i] == self->kpis[j])
            {
              set_invalid (error, file, _("“%s” lists “%s” twice"),
                           "kpis", accord_kpi_get_name (self->kpis[i]));
              return FALSE;
            }
        }
    }

  return TRUE;
}

/* The checks of accord_agreement_validate(), with messages that begin
 * with @file and name each field by its path in the file. */
static gboolean
check_agreement (AccordAgreement  *self,
                 const char       *file,
                 GError          **error)
{
  MonthCheck month_check = { file, error, FALSE };

  if (!check_range (file, "quick_test.employees",
                    self->employees_min < 0 ? NAN : (double) self->employees_min,
                    self->employees_max < 0 ? NAN : (double) self->employees_max, error) ||
      !check_not_negative (file, "quick_test.annual_revenue", "min", self->revenue_min, error) ||
      !check_not_negative (file, "quick_test.annual_revenue", "max", self->revenue_max, error) ||
      !check_range (file, "quick_test.annual_revenue", self->revenue_min, self->revenue_max, error))
    return FALSE;

  if (!isfinite (self->score_high) || !isfinite (self->score_moderate) ||
      self->score_moderate >= self->score_high)
    {
      g_autofree char *moderate = format_number (self->score_moderate);
      g_autofree char *high = format_number (self->score_high);

      set_invalid (error, file, _("“%s” (%s) must be below “%s” (%s)"),
                   "tier.score_moderate", moderate, "tier.score_high", high);
      return FALSE;
    }

  if (!check_goals (file, "goals.default", self->default_goals, error))
    return FALSE;
  g_tree_foreach (self->month_goals, check_month_goals_cb, &month_check);
  if (month_check.failed)
    return FALSE;

  if (!check_protocols (self, file, error) ||
      !check_business_hours (self, file, error) ||
      !check_capacity (self, file, error) ||
      !check_handoff (self, file, error) ||
      !check_efforts (self, file, error) ||
      !check_kpis (self, file, error) ||
      !check_at_least_one (file, "review", "every_months", self->review_months, error))
    return FALSE;

  if (self->next_review != NULL && !is_valid_date (self->next_review))
    {
      set_invalid (error, file, _("“%s” must be a date written YYYY-MM-DD, not “%s”"),
                   "review.next", self->next_review);
      return FALSE;
    }

  return TRUE;
}

/**
 * accord_agreement_validate:
 * @error: return location for an %ACCORD_AGREEMENT_ERROR_INVALID error
 *
 * Checks what a file is checked for when it is loaded: every min at most
 * its max, 5 to 7 distinct KPIs, the Moderate score threshold below the
 * High one, no negative goal, a conversion rate in (0, 1] and so on. The
 * message begins with the agreement's name and names the field by its
 * path in the file ("capacity.universe").
 *
 * Returns: %TRUE when the agreement can be saved and used
 */
gboolean
accord_agreement_validate (AccordAgreement  *self,
                           GError          **error)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_agreement (self, self->name[0] != '\0' ? self->name : _("Agreement"), error);
}

static gboolean
copy_month_goals_cb (gpointer key,
                     gpointer value,
                     gpointer user_data)
{
  GTree *month_goals = user_data;

  g_tree_insert (month_goals, key, g_memdup2 (value, ACCORD_N_FIGURES * sizeof (double)));
  return FALSE;
}

static void
notify_if_changed (AccordAgreement *self,
                   gboolean         changed,
                   guint            prop_id)
{
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/**
 * accord_agreement_copy_from:
 * @other: the agreement to copy
 *
 * Makes @self a copy of @other, every part of it, and says so with one
 * #AccordAgreement::changed: the editor keeps such copies to undo a
 * change, and puts one back in a single step.
 */
void
accord_agreement_copy_from (AccordAgreement *self,
                            AccordAgreement *other)
{
  gboolean name_changed, rule_changed, months_changed, review_changed;

  g_return_if_fail (ACCORD_IS_AGREEMENT (self));
  g_return_if_fail (ACCORD_IS_AGREEMENT (other));

  if (self == other)
    return;

  name_changed = g_strcmp0 (self->name, other->name) != 0;
  rule_changed = g_strcmp0 (self->handoff_rule, other->handoff_rule) != 0;
  months_changed = self->review_months != other->review_months;
  review_changed = g_strcmp0 (self->next_review, other->next_review) != 0;

  g_free (self->name);
  self->name = g_strdup (other->name);

  g_strfreev (self->industries);
  self->industries = g_strdupv (other->industries);
  self->employees_min = other->employees_min;
  self->employees_max = other->employees_max;
  self->revenue_min = other->revenue_min;
  self->revenue_max = other->revenue_max;

  self->score_high = other->score_high;
  self->score_moderate = other->score_moderate;

  memcpy (self->default_goals, other->default_goals, sizeof self->default_goals);
  g_tree_unref (self->month_goals);
  self->month_goals = g_tree_new_full (compare_months, NULL, NULL, g_free);
  g_tree_foreach (other->month_goals, copy_month_goals_cb, self->month_goals);

  memcpy (self->protocols, other->protocols, sizeof self->protocols);
  self->capacity = other->capacity;

  g_strfreev (self->holidays);
  self->holidays = g_strdupv (other->holidays);
  self->has_business_hours = other->has_business_hours;
  self->business_hours = other->business_hours;
  self->business_hours.holidays = (const char * const *) self->holidays;

  g_array_set_size (self->sdrs, 0);
  for (guint i = 0; i < other->sdrs->len; i++)
    {
      const Sdr *sdr = &g_array_index (other->sdrs, Sdr, i);
      Sdr copy = { g_strdup (sdr->name), sdr->specialisation };

      g_array_append_val (self->sdrs, copy);
    }
  g_free (self->handoff_rule);
  self->handoff_rule = g_strdup (other->handoff_rule);

  g_array_set_size (self->efforts, 0);
  for (guint i = 0; i < other->efforts->len; i++)
    {
      const Effort *effort = &g_array_index (other->efforts, Effort, i);
      Effort copy = { g_strdup (effort->asset), effort->hours };

      g_array_append_val (self->efforts, copy);
    }

  memcpy (self->kpis, other->kpis, sizeof self->kpis);
  self->n_kpis = other->n_kpis;

  self->review_months = other->review_months;
  g_free (self->next_review);
  self->next_review = g_strdup (other->next_review);

  for (guint i = 0; i < ACCORD_N_SECTIONS; i++)
    {
      g_free (self->sections[i]);
      self->sections[i] = g_strdup (other->sections[i]);
    }

  notify_if_changed (self, name_changed, PROP_NAME);
  notify_if_changed (self, rule_changed, PROP_HANDOFF_RULE);
  notify_if_changed (self, months_changed, PROP_REVIEW_MONTHS);
  notify_if_changed (self, review_changed, PROP_NEXT_REVIEW);
  emit_changed (self);
}

/* Reading --------------------------------------------------------------- */

typedef struct
{
  const char  *file;
  GError     **error;
} Reader;

/* The units of the whole numbers in the file, for messages that say what
 * is expected. */
typedef enum
{
  UNIT_HOURS,
  UNIT_DAYS,
  UNIT_MONTHS,
  UNIT_TOUCHES,
  UNIT_BREAKUPS,
  UNIT_EMPLOYEES,
  UNIT_LEADS,
  UNIT_MQLS,
  UNIT_SQLS,
} Unit;

typedef enum
{
  NUMBER_GOAL,      /* zero or more, null for none */
  NUMBER_AMOUNT,    /* zero or more, null for no bound */
  NUMBER_SCORE,     /* any number */
  NUMBER_FRACTION,  /* in (0, 1] */
  NUMBER_HOURS,     /* above 0 */
} NumberKind;

static void
set_not_whole (Reader     *reader,
               const char *path,
               Unit        unit,
               const char *value)
{
  const char *file = reader->file;
  GError **error = reader->error;

  switch (unit)
    {
    case UNIT_HOURS:
      set_invalid (error, file, _("“%s” must be a whole number of hours, not “%s”"), path, value);
      break;
    case UNIT_DAYS:
      set_invalid (error, file, _("“%s” must be a whole number of days, not “%s”"), path, value);
      break;
    case UNIT_MONTHS:
      set_invalid (error, file, _("“%s” must be a whole number of months, not “%s”"), path, value);
      break;
    case UNIT_TOUCHES:
      set_invalid (error, file, _("“%s” must be a whole number of calls and emails, not “%s”"),
                   path, value);
      break;
    case UNIT_BREAKUPS:
      set_invalid (error, file, _("“%s” must be a whole number of breakup emails, not “%s”"),
                   path, value);
      break;
    case UNIT_EMPLOYEES:
      set_invalid (error, file,
                   _("“%s” must be a whole number of employees, or null for no bound, not “%s”"),
                   path, value);
      break;
    case UNIT_LEADS:
      set_invalid (error, file, _("“%s” must be a whole number of leads, not “%s”"), path, value);
      break;
    case UNIT_MQLS:
      set_invalid (error, file, _("“%s” must be a whole number of MQLs, not “%s”"), path, value);
      break;
    case UNIT_SQLS:
      set_invalid (error, file, _("“%s” must be a whole number of SQLs, not “%s”"), path, value);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
set_not_number (Reader     *reader,
                const char *path,
                NumberKind  kind,
                const char *value)
{
  const char *file = reader->file;
  GError **error = reader->error;

  switch (kind)
    {
    case NUMBER_GOAL:
      set_invalid (error, file,
                   _("“%s” must be a number, zero or more, or null for no goal, not “%s”"),
                   path, value);
      break;
    case NUMBER_AMOUNT:
      set_invalid (error, file,
                   _("“%s” must be an amount, zero or more, or null for no bound, not “%s”"),
                   path, value);
      break;
    case NUMBER_SCORE:
      set_invalid (error, file, _("“%s” must be a score (a number), not “%s”"), path, value);
      break;
    case NUMBER_FRACTION:
      set_invalid (error, file,
                   _("“%s” must be a fraction above 0 and at most 1 (8%% is 0.08), not “%s”"),
                   path, value);
      break;
    case NUMBER_HOURS:
      set_invalid (error, file, _("“%s” must be a number of hours above 0, not “%s”"),
                   path, value);
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
get_number (JsonNode *node,
            double   *value)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    *value = (double) json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    *value = json_node_get_double (node);
  else
    return FALSE;

  return isfinite (*value);
}

/* Reads a whole number from 0 to MAX_COUNT. An absent member leaves @value
 * as it is (the default); null, where @nullable, gives -1. */
static gboolean
read_whole (Reader     *reader,
            JsonObject *object,
            const char *parent,
            const char *member,
            Unit        unit,
            gboolean    nullable,
            gint64     *value)
{
  JsonNode *node = json_object_get_member (object, member);
  double number;

  if (node == NULL)
    return TRUE;

  if (nullable && JSON_NODE_HOLDS_NULL (node))
    {
      *value = -1;
      return TRUE;
    }

  if (!get_number (node, &number) || number != floor (number) || number < 0 || number > MAX_COUNT)
    {
      g_autofree char *path = join_path (parent, member);
      g_autofree char *text = describe_node (node);

      set_not_whole (reader, path, unit, text);
      return FALSE;
    }

  *value = (gint64) number;
  return TRUE;
}

static gboolean
read_count (Reader     *reader,
            JsonObject *object,
            const char *parent,
            const char *member,
            Unit        unit,
            guint      *value)
{
  gint64 number = *value;

  if (!read_whole (reader, object, parent, member, unit, FALSE, &number))
    return FALSE;

  *value = (guint) number;
  return TRUE;
}

/* Reads a number; an absent member leaves @value as it is (the default). */
static gboolean
read_number (Reader     *reader,
             JsonObject *object,
             const char *parent,
             const char *member,
             NumberKind  kind,
             double     *value)
{
  JsonNode *node = json_object_get_member (object, member);
  double number;

  if (node == NULL)
    return TRUE;

  if ((kind == NUMBER_GOAL || kind == NUMBER_AMOUNT) && JSON_NODE_HOLDS_NULL (node))
    {
      *value = NAN;
      return TRUE;
    }

  if (!get_number (node, &number) ||
      ((kind == NUMBER_GOAL || kind == NUMBER_AMOUNT) && number < 0) ||
      (kind == NUMBER_FRACTION && !(number > 0 && number <= 1)) ||
      (kind == NUMBER_HOURS && !(number > 0)))
    {
      g_autofree char *path = join_path (parent, member);
      g_autofree char *text = describe_node (node);

      set_not_number (reader, path, kind, text);
      return FALSE;
    }

  *value = number;
  return TRUE;
}

static gboolean
fail_on_type (Reader       *reader,
              const char   *path,
              JsonNode     *node,
              JsonNodeType  expected)
{
  g_autofree char *value = describe_node (node);

  switch (expected)
    {
    case JSON_NODE_OBJECT:
      set_invalid (reader->error, reader->file,
                   _("“%s” must be a JSON object ({ … }), not “%s”"), path, value);
      break;
    case JSON_NODE_ARRAY:
      set_invalid (reader->error, reader->file,
                   _("“%s” must be a list ([ … ]), not “%s”"), path, value);
      break;
    case JSON_NODE_VALUE:
    case JSON_NODE_NULL:
    default:
      set_invalid (reader->error, reader->file, _("“%s” must be text, not “%s”"), path, value);
      break;
    }

  return FALSE;
}

/* Reads an object member: *@value is NULL when it is absent or null. */
static gboolean
read_object (Reader      *reader,
             JsonObject  *object,
             const char  *parent,
             const char  *member,
             JsonObject **value)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;
  g_autofree char *path = NULL;

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      *value = json_node_get_object (node);
      return TRUE;
    }

  path = join_path (parent, member);
  return fail_on_type (reader, path, node, JSON_NODE_OBJECT);
}

static gboolean
read_array (Reader      *reader,
            JsonObject  *object,
            const char  *parent,
            const char  *member,
            JsonArray  **value)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *path = NULL;

  *value = NULL;
  if (node == NULL)
    return TRUE;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      *value = json_node_get_array (node);
      return TRUE;
    }

  path = join_path (parent, member);
  return fail_on_type (reader, path, node, JSON_NODE_ARRAY);
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* Reads a text member; an absent one leaves @value as it is, and null,
 * where @nullable, clears it. */
static gboolean
read_text (Reader      *reader,
           JsonObject  *object,
           const char  *parent,
           const char  *member,
           gboolean     nullable,
           char       **value)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *path = NULL;

  if (node == NULL)
    return TRUE;

  if (nullable && JSON_NODE_HOLDS_NULL (node))
    {
      g_clear_pointer (value, g_free);
      return TRUE;
    }

  if (is_string (node))
    {
      g_free (*value);
      *value = g_strdup (json_node_get_string (node));
      return TRUE;
    }

  path = join_path (parent, member);
  return fail_on_type (reader, path, node, JSON_NODE_VALUE);
}

static gboolean
read_quick_test (AccordAgreement *self,
                 Reader          *reader,
                 JsonObject      *root)
{
  JsonObject *quick_test, *employees, *revenue;
  JsonArray *industries;

  if (!read_object (reader, root, NULL, "quick_test", &quick_test))
    return FALSE;
  if (quick_test == NULL)
    return TRUE;

  if (!read_array (reader, quick_test, "quick_test", "industries", &industries))
    return FALSE;
  if (industries != NULL)
    {
      guint n = json_array_get_length (industries);
      g_autofree const char **names = g_new0 (const char *, n + 1);

      for (guint i = 0; i < n; i++)
        {
          JsonNode *node = json_array_get_element (industries, i);

          if (!is_string (node))
            {
              g_autofree char *path = g_strdup_printf ("quick_test.industries[%u]", i);

              return fail_on_type (reader, path, node, JSON_NODE_VALUE);
            }
          names[i] = json_node_get_string (node);
        }

      accord_agreement_set_industries (self, names);
    }

  if (!read_object (reader, quick_test, "quick_test", "employees", &employees))
    return FALSE;
  if (employees != NULL)
    {
      gint64 min = self->employees_min, max = self->employees_max;

      if (!read_whole (reader, employees, "quick_test.employees", "min", UNIT_EMPLOYEES, TRUE, &min) ||
          !read_whole (reader, employees, "quick_test.employees", "max", UNIT_EMPLOYEES, TRUE, &max))
        return FALSE;
      self->employees_min = (int) min;
      self->employees_max = (int) max;
    }

  if (!read_object (reader, quick_test, "quick_test", "annual_revenue", &revenue))
    return FALSE;
  if (revenue != NULL &&
      (!read_number (reader, revenue, "quick_test.annual_revenue", "min", NUMBER_AMOUNT, &self->revenue_min) ||
       !read_number (reader, revenue, "quick_test.annual_revenue", "max", NUMBER_AMOUNT, &self->revenue_max)))
    return FALSE;

  return TRUE;
}

/* Reads { "figure": goal, … } into @goals; a name that is not a figure is
 * refused, since a misspelt goal would otherwise vanish silently. */
static gboolean
read_figures (Reader     *reader,
              JsonObject *object,
              const char *path,
              double      goals[ACCORD_N_FIGURES])
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *member = l->data;
      AccordFigure figure;

      if (!accord_figure_from_name (member, &figure))
        {
          set_invalid (reader->error, reader->file, _("“%s.%s” is not a figure Accord knows"),
                       path, member);
          return FALSE;
        }

      if (!read_number (reader, object, path, member, NUMBER_GOAL, &goals[figure]))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_goals (AccordAgreement *self,
            Reader          *reader,
            JsonObject      *root)
{
  JsonObject *goals, *defaults, *months;
  g_autoptr(GList) members = NULL;

  if (!read_object (reader, root, NULL, "goals", &goals))
    return FALSE;
  if (goals == NULL)
    return TRUE;

  if (!read_object (reader, goals, "goals", "default", &defaults))
    return FALSE;
  if (defaults != NULL && !read_figures (reader, defaults, "goals.default", self->default_goals))
    return FALSE;

  if (!read_object (reader, goals, "goals", "months", &months))
    return FALSE;
  if (months == NULL)
    return TRUE;

  members = json_object_get_members (months);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *member = l->data;
      g_autofree char *path = join_path ("goals.months", member);
      g_autofree double *month_goals = NULL;
      JsonObject *object;
      int month_key;

      if (!accord_month_key_parse (member, &month_key))
        {
          set_invalid (reader->error, reader->file,
                       _("“%s” is not a month: write months as YYYY-MM, such as 2025-01"), path);
          return FALSE;
        }

      if (!read_object (reader, months, "goals.months", member, &object))
        return FALSE;
      if (object == NULL)
        continue;

      month_goals = g_new (double, ACCORD_N_FIGURES);
      for (guint f = 0; f < ACCORD_N_FIGURES; f++)
        month_goals[f] = NAN;
      if (!read_figures (reader, object, path, month_goals))
        return FALSE;

      for (guint f = 0; f < ACCORD_N_FIGURES; f++)
        {
          if (!isnan (month_goals[f]))
            {
              g_tree_replace (self->month_goals, GINT_TO_POINTER (month_key),
                              g_steal_pointer (&month_goals));
              break;
            }
        }
    }

  return TRUE;
}

static gboolean
read_protocols (AccordAgreement *self,
                Reader          *reader,
                JsonObject      *root)
{
  JsonObject *protocols;

  if (!read_object (reader, root, NULL, "protocols", &protocols))
    return FALSE;
  if (protocols == NULL)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (file_tiers); i++)
    {
      const char *tier_name = accord_tier_get_name (file_tiers[i]);
      AccordProtocol *protocol = &self->protocols[file_tiers[i]];
      g_autofree char *path = join_path ("protocols", tier_name);
      JsonObject *object;

      if (!read_object (reader, protocols, "protocols", tier_name, &object))
        return FALSE;
      if (object == NULL)
        continue;

      if (!read_count (reader, object, path, "response_hours", UNIT_HOURS, &protocol->response_hours) ||
          !read_count (reader, object, path, "touches", UNIT_TOUCHES, &protocol->touches) ||
          !read_count (reader, object, path, "breakups", UNIT_BREAKUPS, &protocol->breakups) ||
          !read_count (reader, object, path, "timeframe_days", UNIT_DAYS, &protocol->timeframe_days))
        return FALSE;
    }

  /* A lead of unknown tier is worked as a Low one. */
  self->protocols[ACCORD_TIER_UNKNOWN] = self->protocols[ACCORD_TIER_LOW];

  return TRUE;
}

/* Reads a time of day of the working hours; an absent member leaves
 * @minutes as it is. */
static gboolean
read_time (Reader     *reader,
           JsonObject *object,
           const char *member,
           gboolean    end_of_day,
           guint      *minutes)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  if (node == NULL ||
      (is_string (node) && accord_time_of_day_parse (json_node_get_string (node), end_of_day, minutes)))
    return TRUE;

  path = join_path ("business_hours", member);
  text = describe_node (node);
  if (end_of_day)
    set_invalid (reader->error, reader->file,
                 _("“%s” must be a time written HH:MM, such as 17:30 or 24:00, not “%s”"),
                 path, text);
  else
    set_invalid (reader->error, reader->file,
                 _("“%s” must be a time written HH:MM, such as 09:00, not “%s”"), path, text);
  return FALSE;
}

static gboolean
read_weekdays (Reader         *reader,
               JsonArray      *days,
               AccordWeekdays *weekdays)
{
  *weekdays = 0;
  for (guint i = 0; i < json_array_get_length (days); i++)
    {
      JsonNode *node = json_array_get_element (days, i);
      guint d = 0;

      while (d < G_N_ELEMENTS (weekday_names) &&
             !(is_string (node) &&
               g_ascii_strcasecmp (json_node_get_string (node), weekday_names[d]) == 0))
        d++;

      if (d == G_N_ELEMENTS (weekday_names))
        {
          g_autofree char *text = describe_node (node);

          set_invalid (reader->error, reader->file,
                       _("“business_hours.days[%u]” must be a day of the week: "
                         "mon, tue, wed, thu, fri, sat or sun, not “%s”"),
                       i, text);
          return FALSE;
        }
      *weekdays |= 1 << d;
    }

  return TRUE;
}

/* Absent or null: hours count on the calendar. A member the object
 * leaves out has its value from office_hours. */
static gboolean
read_business_hours (AccordAgreement *self,
                     Reader          *reader,
                     JsonObject      *root)
{
  AccordBusinessHours hours = office_hours;
  g_autofree const char **dates = NULL;
  JsonObject *object;
  JsonArray *days, *holidays;

  if (!read_object (reader, root, NULL, "business_hours", &object))
    return FALSE;
  if (object == NULL)
    return TRUE;

  if (!read_array (reader, object, "business_hours", "days", &days) ||
      (days != NULL && !read_weekdays (reader, days, &hours.days)) ||
      !read_time (reader, object, "start", FALSE, &hours.start) ||
      !read_time (reader, object, "end", TRUE, &hours.end) ||
      !read_array (reader, object, "business_hours", "holidays", &holidays))
    return FALSE;

  if (holidays != NULL)
    {
      hours.n_holidays = json_array_get_length (holidays);
      dates = g_new0 (const char *, hours.n_holidays + 1);
      for (guint i = 0; i < hours.n_holidays; i++)
        {
          JsonNode *node = json_array_get_element (holidays, i);

          if (!is_string (node) || !is_valid_date (json_node_get_string (node)))
            {
              g_autofree char *text = describe_node (node);

              set_invalid (reader->error, reader->file,
                           _("“business_hours.holidays[%u]” must be a date written YYYY-MM-DD, "
                             "not “%s”"),
                           i, text);
              return FALSE;
            }
          dates[i] = json_node_get_string (node);
        }
      hours.holidays = dates;
    }

  /* Every holiday is a date, so the setter takes them all. */
  accord_agreement_set_business_hours (self, &hours);
  return TRUE;
}

static gboolean
read_tier (AccordAgreement *self,
           Reader          *reader,
           JsonObject      *root)
{
  JsonObject *tier;

  if (!read_object (reader, root, NULL, "tier", &tier))
    return FALSE;

  return tier == NULL ||
         (read_number (reader, tier, "tier", "score_high", NUMBER_SCORE, &self->score_high) &&
          read_number (reader, tier, "tier", "score_moderate", NUMBER_SCORE, &self->score_moderate));
}

static gboolean
read_band (Reader     *reader,
           JsonObject *capacity,
           const char *member,
           Unit        unit,
           guint      *min,
           guint      *max)
{
  g_autofree char *path = join_path ("capacity", member);
  JsonObject *band;

  if (!read_object (reader, capacity, "capacity", member, &band))
    return FALSE;

  return band == NULL ||
         (read_count (reader, band, path, "min", unit, min) &&
          read_count (reader, band, path, "max", unit, max));
}

static gboolean
read_capacity (AccordAgreement *self,
               Reader          *reader,
               JsonObject      *root)
{
  AccordCapacity *capacity = &self->capacity;
  JsonObject *object;

  if (!read_object (reader, root, NULL, "capacity", &object))
    return FALSE;

  return object == NULL ||
         (read_band (reader, object, "universe", UNIT_LEADS,
                     &capacity->universe_min, &capacity->universe_max) &&
          read_band (reader, object, "active_mqls", UNIT_MQLS,
                     &capacity->active_min, &capacity->active_max) &&
          read_count (reader, object, "capacity", "sqls_per_month", UNIT_SQLS,
                      &capacity->sqls_per_month) &&
          read_number (reader, object, "capacity", "mql_conversion", NUMBER_FRACTION,
                       &capacity->mql_conversion));
}

static gboolean
read_sdr (AccordAgreement *self,
          Reader          *reader,
          JsonNode        *node,
          guint            index)
{
  g_autofree char *path = g_strdup_printf ("handoff.sdrs[%u]", index);
  g_autofree char *name = NULL;
  g_autofree char *specialisation_name = NULL;
  AccordSpecialisation specialisation = ACCORD_SPECIALISATION_HYBRID;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_on_type (reader, path, node, JSON_NODE_OBJECT);

  object = json_node_get_object (node);
  if (!read_text (reader, object, path, "name", FALSE, &name) ||
      !read_text (reader, object, path, "specialisation", FALSE, &specialisation_name))
    return FALSE;

  if (name == NULL)
    {
      set_invalid (reader->error, reader->file, _("“%s.name” is missing"), path);
      return FALSE;
    }

  if (specialisation_name != NULL &&
      !accord_specialisation_from_name (specialisation_name, &specialisation))
    {
      set_invalid (reader->error, reader->file,
                   _("“%s.specialisation” must be inbound, outbound or hybrid, not “%s”"),
                   path, specialisation_name);
      return FALSE;
    }

  accord_agreement_add_sdr (self, name, specialisation);
  return TRUE;
}

static gboolean
read_handoff (AccordAgreement *self,
              Reader          *reader,
              JsonObject      *root)
{
  JsonObject *handoff;
  JsonArray *sdrs;

  if (!read_object (reader, root, NULL, "handoff", &handoff))
    return FALSE;
  if (handoff == NULL)
    return TRUE;

  if (!read_text (reader, handoff, "handoff", "rule", FALSE, &self->handoff_rule) ||
      !read_array (reader, handoff, "handoff", "sdrs", &sdrs))
    return FALSE;

  if (sdrs != NULL)
    {
      for (guint i = 0; i < json_array_get_length (sdrs); i++)
        if (!read_sdr (self, reader, json_array_get_element (sdrs, i), i))
          return FALSE;
    }

  return TRUE;
}

static gboolean
read_effort (AccordAgreement *self,
             Reader          *reader,
             JsonNode        *node,
             guint            index)
{
  g_autofree char *path = g_strdup_printf ("effort[%u]", index);
  g_autofree char *asset = NULL;
  Effort effort = { NULL, NAN };
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_on_type (reader, path, node, JSON_NODE_OBJECT);

  object = json_node_get_object (node);
  if (!read_text (reader, object, path, "asset", FALSE, &asset) ||
      !read_number (reader, object, path, "hours_per_month", NUMBER_HOURS, &effort.hours))
    return FALSE;

  if (asset == NULL || isnan (effort.hours))
    {
      set_invalid (reader->error, reader->file, _("“%s.%s” is missing"),
                   path, asset == NULL ? "asset" : "hours_per_month");
      return FALSE;
    }

  effort.asset = g_steal_pointer (&asset);
  g_array_append_val (self->efforts, effort);
  return TRUE;
}

static gboolean
read_efforts (AccordAgreement *self,
              Reader          *reader,
              JsonObject      *root)
{
  JsonArray *efforts;

  if (!read_array (reader, root, NULL, "effort", &efforts))
    return FALSE;

  if (efforts != NULL)
    {
      for (guint i = 0; i < json_array_get_length (efforts); i++)
        if (!read_effort (self, reader, json_array_get_element (efforts, i), i))
          return FALSE;
    }

  return TRUE;
}

static gboolean
read_kpis (AccordAgreement *self,
           Reader          *reader,
           JsonObject      *root)
{
  JsonArray *kpis;
  guint n_kpis;

  if (!read_array (reader, root, NULL, "kpis", &kpis))
    return FALSE;
  if (kpis == NULL)
    return TRUE;

  /* More entries than there are KPIs cannot be stored, and fail the
   * count that validation checks anyway. */
  n_kpis = json_array_get_length (kpis);
  if (n_kpis > ACCORD_N_KPIS)
    {
      set_kpi_count_error (reader->error, reader->file, n_kpis);
      return FALSE;
    }

  for (guint i = 0; i < n_kpis; i++)
    {
      JsonNode *node = json_array_get_element (kpis, i);
      g_autofree char *path = g_strdup_printf ("kpis[%u]", i);

      if (!is_string (node))
        return fail_on_type (reader, path, node, JSON_NODE_VALUE);

      if (!accord_kpi_from_name (json_node_get_string (node), &self->kpis[i]))
        {
          set_invalid (reader->error, reader->file, _("“%s”: “%s” is not a KPI Accord knows"),
                       path, json_node_get_string (node));
          return FALSE;
        }
    }
  self->n_kpis = n_kpis;

  return TRUE;
}

static gboolean
read_review (AccordAgreement *self,
             Reader          *reader,
             JsonObject      *root)
{
  JsonObject *review;

  if (!read_object (reader, root, NULL, "review", &review))
    return FALSE;

  return review == NULL ||
         (read_count (reader, review, "review", "every_months", UNIT_MONTHS, &self->review_months) &&
          read_text (reader, review, "review", "next", TRUE, &self->next_review));
}

static gboolean
read_sections (AccordAgreement *self,
               Reader          *reader,
               JsonObject      *root)
{
  JsonObject *sections;

  if (!read_object (reader, root, NULL, "sections", &sections))
    return FALSE;
  if (sections == NULL)
    return TRUE;

  for (guint i = 0; i < ACCORD_N_SECTIONS; i++)
    if (!read_text (reader, sections, "sections", section_names[i], FALSE, &self->sections[i]))
      return FALSE;

  return TRUE;
}

static gboolean
read_header (Reader     *reader,
             JsonObject *root)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");
  g_autofree char *text = NULL;
  double number;

  if (format == NULL || !is_string (format) ||
      g_strcmp0 (json_node_get_string (format), FORMAT_NAME) != 0)
    {
      g_set_error (reader->error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_FORMAT,
                   _("%s: not an Accord agreement (“format” is not “%s”)"),
                   reader->file, FORMAT_NAME);
      return FALSE;
    }

  if (version == NULL)
    {
      g_set_error (reader->error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_VERSION,
                   _("%s: “version” is missing"), reader->file);
      return FALSE;
    }

  text = describe_node (version);
  if (!get_number (version, &number) || number != floor (number))
    {
      g_set_error (reader->error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_VERSION,
                   _("%s: “version” must be a whole number, not “%s”"), reader->file, text);
      return FALSE;
    }

  if (number > FORMAT_VERSION)
    {
      g_set_error (reader->error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_VERSION,
                   _("%s was written by a newer Accord (version %s); update Accord to open it"),
                   reader->file, text);
      return FALSE;
    }

  if (number < FORMAT_VERSION)
    {
      g_set_error (reader->error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_VERSION,
                   _("%s: “version” %s is not a version of the agreement format"),
                   reader->file, text);
      return FALSE;
    }

  return TRUE;
}

/* Refuses data nested deeper than any agreement before json-glib's
 * recursive parser sees it, and escapes it would turn into text that is
 * not UTF-8. */
static gboolean
check_text (const char  *data,
            gsize        length,
            const char  *file,
            GError     **error)
{
  gssize too_deep = accord_json_scan_nesting (data, length, MAX_DEPTH, NULL);
  gssize bad_escape;
  guint line, column;

  if (too_deep >= 0)
    {
      accord_json_locate (data, too_deep, &line, &column);
      g_set_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_PARSE,
                   _("%s: line %u, column %u: nested too deeply to be an agreement"),
                   file, line, column);
      return FALSE;
    }

  bad_escape = accord_json_find_bad_escape (data, length);
  if (bad_escape >= 0)
    {
      g_autofree char *what = accord_json_describe_bad_escape (data, length, bad_escape);

      accord_json_locate (data, bad_escape, &line, &column);
      g_set_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_PARSE,
                   _("%s: line %u, column %u: %s"), file, line, column, what);
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  guint line;
  guint column;
} ParsePosition;

static void
parser_error_cb (JsonParser *parser,
                 gpointer    parse_error,
                 gpointer    user_data)
{
  ParsePosition *position = user_data;

  position->line = json_parser_get_current_line (parser);
  position->column = json_parser_get_current_pos (parser);
}

static JsonObject *
parse_root (JsonParser  *parser,
            const char  *data,
            gsize        length,
            const char  *file,
            GError     **error)
{
  g_autoptr(GError) parse_error = NULL;
  ParsePosition position = { 0, 0 };
  JsonNode *root;

  if (!check_text (data, length, file, error))
    return NULL;

  g_signal_connect (parser, "error", G_CALLBACK (parser_error_cb), &position);
  if (!json_parser_load_from_data (parser, data, (gssize) length, &parse_error))
    {
      g_autofree char *prefix = g_strdup_printf ("<data>:%u:%u: ", position.line, position.column);
      const char *reason = parse_error->message;

      /* json-glib names the data and position itself; say it our way. */
      if (g_str_has_prefix (reason, prefix))
        reason += strlen (prefix);

      if (position.line > 0)
        g_set_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_PARSE,
                     _("%s: line %u, column %u: not valid JSON: %s"),
                     file, position.line, position.column, reason);
      else
        g_set_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_PARSE,
                     _("%s: not valid JSON: %s"), file, reason);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_PARSE,
                   _("%s: not an agreement: the file holds no JSON object"), file);
      return NULL;
    }

  return json_node_get_object (root);
}

/**
 * accord_agreement_new_from_data:
 * @data: the JSON text of an agreement
 * @length: the length of @data in bytes, or -1 when it ends with a nul
 * @display_name: (nullable): the file's name, to begin error messages with
 * @error: return location for an %ACCORD_AGREEMENT_ERROR
 *
 * Reads an agreement. Every member that is absent keeps its default
 * (DESIGN §1), so a file may hold only what differs. Members Accord does
 * not know are ignored, except among the goals, where a misspelt figure
 * would otherwise lose its goal silently. A message names the
 * file, and the field by its path in the file ("protocols.high.touches"),
 * or the line and column where the text is not JSON.
 *
 * Returns: (transfer full) (nullable): the agreement, or %NULL on error
 */
AccordAgreement *
accord_agreement_new_from_data (const char  *data,
                                gssize       length,
                                const char  *display_name,
                                GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  const char *file;
  JsonObject *root;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = display_name != NULL ? display_name : _("Agreement");
  if (length < 0)
    length = strlen (data);

  parser = json_parser_new ();
  root = parse_root (parser, data, length, file, error);
  if (root == NULL)
    return NULL;

  return accord_agreement_new_from_json_node (json_parser_get_root (parser), file, error);
}

/**
 * accord_agreement_new_from_json_node:
 * @node: a JSON object holding an agreement
 * @display_name: (nullable): the file's name, to begin error messages with
 * @error: return location for an %ACCORD_AGREEMENT_ERROR
 *
 * Reads an agreement as accord_agreement_new_from_data() does, from JSON
 * that is already parsed (a workspace holds its agreement).
 *
 * Returns: (transfer full) (nullable): the agreement, or %NULL on error
 */
AccordAgreement *
accord_agreement_new_from_json_node (JsonNode    *node,
                                     const char  *display_name,
                                     GError     **error)
{
  g_autoptr(AccordAgreement) self = NULL;
  Reader reader;
  JsonObject *root;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader.file = display_name != NULL ? display_name : _("Agreement");
  reader.error = error;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_PARSE,
                   _("%s: not an agreement: the file holds no JSON object"), reader.file);
      return NULL;
    }

  root = json_node_get_object (node);
  if (!read_header (&reader, root))
    return NULL;

  self = accord_agreement_new ();
  if (!read_text (&reader, root, NULL, "name", FALSE, &self->name) ||
      !read_quick_test (self, &reader, root) ||
      !read_goals (self, &reader, root) ||
      !read_protocols (self, &reader, root) ||
      !read_business_hours (self, &reader, root) ||
      !read_tier (self, &reader, root) ||
      !read_capacity (self, &reader, root) ||
      !read_handoff (self, &reader, root) ||
      !read_efforts (self, &reader, root) ||
      !read_kpis (self, &reader, root) ||
      !read_review (self, &reader, root) ||
      !read_sections (self, &reader, root) ||
      !check_agreement (self, reader.file, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * accord_agreement_new_from_file:
 * @file: an agreement file
 * @error: return location for an error: %ACCORD_AGREEMENT_ERROR, or
 *   %G_IO_ERROR when the file cannot be read
 *
 * Reads an agreement file, as accord_agreement_new_from_data() reads its
 * text; messages begin with the file's name.
 *
 * Returns: (transfer full) (nullable): the agreement, or %NULL on error
 */
AccordAgreement *
accord_agreement_new_from_file (GFile   *file,
                                GError **error)
{
  g_autofree char *data = NULL;
  g_autofree char *basename = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, error))
    return NULL;

  basename = g_file_get_basename (file);
  return accord_agreement_new_from_data (data, length, basename, error);
}

/* Writing --------------------------------------------------------------- */

/* Whole numbers are written without a fraction, missing ones as null. */
static void
add_number (JsonBuilder *builder,
            const char  *member,
            double       value)
{
  json_builder_set_member_name (builder, member);
  if (isnan (value))
    json_builder_add_null_value (builder);
  else if (value == floor (value) && fabs (value) < 9007199254740992.0)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_band (JsonBuilder *builder,
          const char  *member,
          double       min,
          double       max)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  add_number (builder, "min", min);
  add_number (builder, "max", max);
  json_builder_end_object (builder);
}

static void
add_text (JsonBuilder *builder,
          const char  *member,
          const char  *text)
{
  json_builder_set_member_name (builder, member);
  if (text == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, text);
}

static gboolean
add_month_goals_cb (gpointer key,
                    gpointer value,
                    gpointer user_data)
{
  JsonBuilder *builder = user_data;
  g_autofree char *month = accord_month_key_format (GPOINTER_TO_INT (key));
  const double *goals = value;

  json_builder_set_member_name (builder, month);
  json_builder_begin_object (builder);
  for (guint f = 0; f < ACCORD_N_FIGURES; f++)
    if (!isnan (goals[f]))
      add_number (builder, accord_figure_get_name (f), goals[f]);
  json_builder_end_object (builder);

  return FALSE;
}

static void
add_goals (AccordAgreement *self,
           JsonBuilder     *builder)
{
  json_builder_set_member_name (builder, "goals");
  json_builder_begin_object (builder);

  /* Every figure is written, null where there is no goal, so that a
   * removed default goal does not come back when the file is read. */
  json_builder_set_member_name (builder, "default");
  json_builder_begin_object (builder);
  for (guint f = 0; f < ACCORD_N_FIGURES; f++)
    add_number (builder, accord_figure_get_name (f), self->default_goals[f]);
  json_builder_end_object (builder);

  /* Absent "months" means no month has goals of its own. */
  if (g_tree_nnodes (self->month_goals) > 0)
    {
      json_builder_set_member_name (builder, "months");
      json_builder_begin_object (builder);
      g_tree_foreach (self->month_goals, add_month_goals_cb, builder);
      json_builder_end_object (builder);
    }

  json_builder_end_object (builder);
}

static void
add_protocols (AccordAgreement *self,
               JsonBuilder     *builder)
{
  json_builder_set_member_name (builder, "protocols");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (file_tiers); i++)
    {
      const AccordProtocol *protocol = &self->protocols[file_tiers[i]];

      json_builder_set_member_name (builder, accord_tier_get_name (file_tiers[i]));
      json_builder_begin_object (builder);
      add_number (builder, "response_hours", protocol->response_hours);
      add_number (builder, "touches", protocol->touches);
      add_number (builder, "breakups", protocol->breakups);
      add_number (builder, "timeframe_days", protocol->timeframe_days);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

static void
add_business_hours (AccordAgreement *self,
                    JsonBuilder     *builder)
{
  const AccordBusinessHours *hours = &self->business_hours;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  /* Written null rather than left out, so that the file shows where
   * working hours go. */
  json_builder_set_member_name (builder, "business_hours");
  if (!self->has_business_hours)
    {
      json_builder_add_null_value (builder);
      return;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "days");
  json_builder_begin_array (builder);
  for (guint d = 0; d < G_N_ELEMENTS (weekday_names); d++)
    if ((hours->days & (1 << d)) != 0)
      json_builder_add_string_value (builder, weekday_names[d]);
  json_builder_end_array (builder);

  start = accord_time_of_day_format (hours->start);
  end = accord_time_of_day_format (hours->end);
  add_text (builder, "start", start);
  add_text (builder, "end", end);

  json_builder_set_member_name (builder, "holidays");
  json_builder_begin_array (builder);
  for (guint i = 0; i < hours->n_holidays; i++)
    json_builder_add_string_value (builder, hours->holidays[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_handoff (AccordAgreement *self,
             JsonBuilder     *builder)
{
  json_builder_set_member_name (builder, "handoff");
  json_builder_begin_object (builder);
  add_text (builder, "rule", self->handoff_rule);
  json_builder_set_member_name (builder, "sdrs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->sdrs->len; i++)
    {
      const Sdr *sdr = &g_array_index (self->sdrs, Sdr, i);

      json_builder_begin_object (builder);
      add_text (builder, "name", sdr->name);
      add_text (builder, "specialisation", accord_specialisation_get_name (sdr->specialisation));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/**
 * accord_agreement_to_json_node:
 *
 * Writes the agreement as JSON, in the versioned format that
 * accord_agreement_new_from_json_node() reads.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
accord_agreement_to_json_node (AccordAgreement *self)
{
  g_autoptr(JsonBuilder) builder = NULL;
  const AccordCapacity *capacity = &self->capacity;

  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  add_text (builder, "format", FORMAT_NAME);
  add_number (builder, "version", FORMAT_VERSION);
  add_text (builder, "name", self->name);

  json_builder_set_member_name (builder, "quick_test");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "industries");
  json_builder_begin_array (builder);
  for (guint i = 0; self->industries[i] != NULL; i++)
    json_builder_add_string_value (builder, self->industries[i]);
  json_builder_end_array (builder);
  add_band (builder, "employees",
            self->employees_min < 0 ? NAN : (double) self->employees_min,
            self->employees_max < 0 ? NAN : (double) self->employees_max);
  add_band (builder, "annual_revenue", self->revenue_min, self->revenue_max);
  json_builder_end_object (builder);

  add_goals (self, builder);
  add_protocols (self, builder);
  add_business_hours (self, builder);

  json_builder_set_member_name (builder, "tier");
  json_builder_begin_object (builder);
  add_number (builder, "score_high", self->score_high);
  add_number (builder, "score_moderate", self->score_moderate);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "capacity");
  json_builder_begin_object (builder);
  add_band (builder, "universe", capacity->universe_min, capacity->universe_max);
  add_band (builder, "active_mqls", capacity->active_min, capacity->active_max);
  add_number (builder, "sqls_per_month", capacity->sqls_per_month);
  add_number (builder, "mql_conversion", capacity->mql_conversion);
  json_builder_end_object (builder);

  add_handoff (self, builder);

  json_builder_set_member_name (builder, "effort");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->efforts->len; i++)
    {
      const Effort *effort = &g_array_index (self->efforts, Effort, i);

      json_builder_begin_object (builder);
      add_text (builder, "asset", effort->asset);
      add_number (builder, "hours_per_month", effort->hours);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "kpis");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->n_kpis; i++)
    json_builder_add_string_value (builder, accord_kpi_get_name (self->kpis[i]));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "review");
  json_builder_begin_object (builder);
  add_number (builder, "every_months", self->review_months);
  add_text (builder, "next", self->next_review);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "sections");
  json_builder_begin_object (builder);
  for (guint i = 0; i < ACCORD_N_SECTIONS; i++)
    add_text (builder, section_names[i], self->sections[i]);
  json_builder_end_object (builder);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * accord_agreement_to_data:
 * @length: (out) (optional): the length of the text in bytes
 *
 * Returns: (transfer full): the agreement as JSON text, as
 *   accord_agreement_new_from_data() reads it
 */
char *
accord_agreement_to_data (AccordAgreement *self,
                          gsize           *length)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  char *data;

  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NULL);

  root = accord_agreement_to_json_node (self);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);

  json = json_generator_to_data (generator, NULL);
  /* End with a newline, as text files do. */
  data = g_strconcat (json, "\n", NULL);
  if (length != NULL)
    *length = strlen (data);

  return data;
}

/**
 * accord_agreement_save_to_file:
 * @file: where to save
 * @error: return location for an error: %ACCORD_AGREEMENT_ERROR_INVALID
 *   when the agreement does not validate, else a file error
 *
 * Saves the agreement atomically: the text goes to a temporary file in the
 * same folder, which is flushed to disk and renamed over @file, so that a
 * crash leaves either the old file or the new one. The previous version is
 * kept as "<name>~". An agreement that does not validate is not saved, as
 * it could not be opened again.
 *
 * Returns: %TRUE when the agreement was saved
 */
gboolean
accord_agreement_save_to_file (AccordAgreement  *self,
                               GFile            *file,
                               GError          **error)
{
  g_autofree char *basename = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  basename = g_file_get_basename (file);
  if (!check_agreement (self, basename, error))
    return FALSE;

  data = accord_agreement_to_data (self, &length);
  return accord_safe_file_replace (file, data, length, error);
}

/* Fields ---------------------------------------------------------------- */

const char *
accord_agreement_get_name (AccordAgreement *self)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NULL);

  return self->name;
}

void
accord_agreement_set_name (AccordAgreement *self,
                           const char      *name)
{
  g_return_if_fail (ACCORD_IS_AGREEMENT (self));

  if (name == NULL)
    name = "";
  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  emit_changed (self);
}

/**
 * accord_agreement_get_industries:
 *
 * Returns: (transfer none) (array zero-terminated=1): the industries of the
 *   Quick Test, trimmed; empty when any industry passes
 */
const char * const *
accord_agreement_get_industries (AccordAgreement *self)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NULL);

  return (const char * const *) self->industries;
}

/**
 * accord_agreement_set_industries:
 * @industries: (nullable) (array zero-terminated=1): the industries that
 *   pass the Quick Test; %NULL or empty for any
 *
 * Sets the industries, trimmed of spaces; blank ones are dropped, and
 * bytes that are not UTF-8 replaced.
 */
void
accord_agreement_set_industries (AccordAgreement    *self,
                                 const char * const *industries)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) trimmed = NULL;

  g_return_if_fail (ACCORD_IS_AGREEMENT (self));

  builder = g_strv_builder_new ();
  for (guint i = 0; industries != NULL && industries[i] != NULL; i++)
    {
      /* Valid UTF-8 keeps the comparison with leads' industries safe. */
      g_autofree char *industry = g_strstrip (g_utf8_make_valid (industries[i], -1));

      if (industry[0] != '\0')
        g_strv_builder_add (builder, industry);
    }
  trimmed = g_strv_builder_end (builder);

  if (g_strv_equal ((const char * const *) trimmed, (const char * const *) self->industries))
    return;

  g_strfreev (self->industries);
  self->industries = g_steal_pointer (&trimmed);
  emit_changed (self);
}

/**
 * accord_agreement_get_employees:
 * @min: (out) (optional): the least number of employees, or -1
 * @max: (out) (optional): the greatest number of employees, or -1
 */
void
accord_agreement_get_employees (AccordAgreement *self,
                                int             *min,
                                int             *max)
{
  g_return_if_fail (ACCORD_IS_AGREEMENT (self));

  if (min != NULL)
    *min = self->employees_min;
  if (max != NULL)
    *max = self->employees_max;
}

/**
 * accord_agreement_set_employees:
 * @min: the least number of employees, or -1 for no bound
 * @max: the greatest number of employees, or -1 for no bound
 */
void
accord_agreement_set_employees (AccordAgreement *self,
                                int              min,
                                int              max)
{
  g_return_if_fail (ACCORD_IS_AGREEMENT (self));
  g_return_if_fail (min >= -1 && max >= -1);

  if (self->employees_min == min && self->employees_max == max)
    return;

  self->employees_min = min;
  self->employees_max = max;
  emit_changed (self);
}

/**
 * accord_agreement_get_revenue:
 * @min: (out) (optional): the least annual revenue, or NAN
 * @max: (out) (optional): the greatest annual revenue, or NAN
 */
void
accord_agreement_get_revenue (AccordAgreement *self,
                              double          *min,
                              double          *max)
{
  g_return_if_fail (ACCORD_IS_AGREEMENT (self));

  get_number_pair (self->revenue_min, self->revenue_max, min, max);
}

/**
 * accord_agreement_set_revenue:
 * @min: the least annual revenue, or NAN for no bound
 * @max: the greatest annual revenue, or NAN for no bound
 */
void
accord_agreement_set_revenue (AccordAgreement *self,
                              double           min,
                              double           max)
{
  g_return_if_fail (ACCORD_IS_AGREEMENT (self));

  set_number_pair (self, &self->revenue_min, &self->revenue_max, min, max);
}

/* Compares an industry of the agreement (trimmed) with the trimmed text
 * of a lead's, from @industry to @end, ignoring case, without allocating:
 * the flags ask this of every MQL. */
static gboolean
match_industry (const char *wanted,
                const char *industry,
                const char *end)
{
  while (*wanted != '\0' && industry < end)
    {
      guchar a = *wanted;
      guchar b = *industry;
      gunichar wide_a, wide_b;

      /* Most industries are ASCII. */
      if (a < 0x80 && b < 0x80)
        {
          if (a != b && g_ascii_tolower (a) != g_ascii_tolower (b))
            return FALSE;
          wanted++;
          industry++;
          continue;
        }

      wide_a = g_utf8_get_char (wanted);
      wide_b = g_utf8_get_char_validated (industry, end - industry);
      if (wide_b == (gunichar) -1 || wide_b == (gunichar) -2)
        return FALSE;
      if (wide_a != wide_b && g_unichar_tolower (wide_a) != g_unichar_tolower (wide_b))
        return FALSE;

      wanted = g_utf8_next_char (wanted);
      industry = g_utf8_next_char (industry);
    }

  return *wanted == '\0' && industry == end;
}

/**
 * accord_agreement_passes_quick_test:
 * @lead: a lead
 *
 * DESIGN §2: a bound that is set fails a lead whose value is missing; the
 * bounds are inclusive; an empty industry list accepts any industry (a
 * missing one included), else the lead's industry must be one of the list,
 * ignoring case and surrounding spaces.
 *
 * Returns: whether @lead fits the ideal customer profile
 */
gboolean
accord_agreement_passes_quick_test (AccordAgreement  *self,
                                    const AccordLead *lead)
{
  const char *industry, *end;

  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (lead != NULL, FALSE);

  if (self->employees_min >= 0 && (lead->employees < 0 || lead->employees < self->employees_min))
    return FALSE;
  if (self->employees_max >= 0 && (lead->employees < 0 || lead->employees > self->employees_max))
    return FALSE;

  if (!isnan (self->revenue_min) &&
      (isnan (lead->annual_revenue) || lead->annual_revenue < self->revenue_min))
    return FALSE;
  if (!isnan (self->revenue_max) &&
      (isnan (lead->annual_revenue) || lead->annual_revenue > self->revenue_max))
    return FALSE;

  if (self->industries[0] == NULL)
    return TRUE;
  if (lead->industry == NULL)
    return FALSE;

  industry = lead->industry;
  while (g_ascii_isspace (*industry))
    industry++;
  end = industry + strlen (industry);
  while (end > industry && g_ascii_isspace (end[-1]))
    end--;

  for (guint i = 0; self->industries[i] != NULL; i++)
    if (match_industry (self->industries[i], industry, end))
      return TRUE;

  return FALSE;
}

/**
 * accord_agreement_tier_for_lead:
 * @lead: a lead
 *
 * DESIGN §2: the tier from the export's tier column; else from the score
 * (at least the High threshold: High; at least the Moderate one:
 * Moderate; else Low); a lead with neither is Low.
 *
 * Returns: the lead's tier, never %ACCORD_TIER_UNKNOWN
 */
AccordTier
accord_agreement_tier_for_lead (AccordAgreement  *self,
                                const AccordLead *lead)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), ACCORD_TIER_LOW);
  g_return_val_if_fail (lead != NULL, ACCORD_TIER_LOW);

  if (lead->tier != ACCORD_TIER_UNKNOWN && lead->tier < ACCORD_N_TIERS)
    return lead->tier;

  if (isnan (lead->score))
    return ACCORD_TIER_LOW;
  if (lead->score >= self->score_high)
    return ACCORD_TIER_HIGH;
  if (lead->score >= self->score_moderate)
    return ACCORD_TIER_MODERATE;

  return ACCORD_TIER_LOW;
}

/**
 * accord_agreement_get_score_thresholds:
 * @high: (out) (optional): the least score of a High lead
 * @moderate: (out) (optional): the least score of a Moderate lead
 */
void
accord_agreement_get_score_thresholds (AccordAgreement *self,
                                       double          *high,
                                       double          *moderate)
{
  g_return_if_fail (ACCORD_IS_AGREEMENT (self));

  get_number_pair (self->score_high, self->score_moderate, high, moderate);
}

void
accord_agreement_set_score_thresholds (AccordAgreement *self,
                                       double           high,
                                       double           moderate)
{
  g_return_if_fail (ACCORD_IS_AGREEMENT (self));

  set_number_pair (self, &self->score_high, &self->score_moderate, high, moderate);
}

/**
 * accord_agreement_get_goal:
 * @month_key: a month (see ACCORD_MONTH_KEY())
 * @figure: a figure of the month grid
 *
 * Returns: the month's own goal for @figure where it has one, else the
 *   default goal; NAN when there is no goal
 */
double
accord_agreement_get_goal (AccordAgreement *self,
                           int              month_key,
                           AccordFigure     figure)
{
  const double *goals;

  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NAN);
  g_return_val_if_fail (figure < ACCORD_N_FIGURES, NAN);

  goals = g_tree_lookup (self->month_goals, GINT_TO_POINTER (month_key));
  if (goals != NULL && !isnan (goals[figure]))
    return goals[figure];

  return self->default_goals[figure];
}

/**
 * accord_agreement_get_month_goal:
 * @month_key: a month (see ACCORD_MONTH_KEY())
 * @figure: a figure of the month grid
 *
 * Tells a goal set for the month from one it takes from the default
 * goals, so that a change can be undone exactly.
 *
 * Returns: the month's own goal, or NAN when it uses the default
 */
double
accord_agreement_get_month_goal (AccordAgreement *self,
                                 int              month_key,
                                 AccordFigure     figure)
{
  const double *goals;

  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NAN);
  g_return_val_if_fail (figure < ACCORD_N_FIGURES, NAN);

  goals = g_tree_lookup (self->month_goals, GINT_TO_POINTER (month_key));

  return goals != NULL ? goals[figure] : NAN;
}

static gboolean
add_goal_month_cb (gpointer key,
                   gpointer value,
                   gpointer user_data)
{
  int month_key = GPOINTER_TO_INT (key);

  g_array_append_val ((GArray *) user_data, month_key);
  return FALSE;
}

/**
 * accord_agreement_dup_goal_months:
 * @n_months: (out): how many months there are
 *
 * Returns: (transfer full) (array length=n_months): the months that have
 *   goals of their own, in calendar order; %NULL when none has
 */
int *
accord_agreement_dup_goal_months (AccordAgreement *self,
                                  guint           *n_months)
{
  GArray *months;

  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (n_months != NULL, NULL);

  months = g_array_new (FALSE, FALSE, sizeof (int));
  g_tree_foreach (self->month_goals, add_goal_month_cb, months);
  *n_months = months->len;

  return (int *) g_array_free (months, months->len == 0);
}

/**
 * accord_agreement_set_goal:
 * @month_key: a month (see ACCORD_MONTH_KEY())
 * @figure: a figure of the month grid
 * @goal: the month's own goal, or NAN to use the default again
 */
void
accord_agreement_set_goal (AccordAgreement *self,
                           int              month_key,
                           AccordFigure     figure,
                           double           goal)
{
  double *goals;

  g_return_if_fail (ACCORD_IS_AGREEMENT (self));
  g_return_if_fail (figure < ACCORD_N_FIGURES);
  g_return_if_fail (month_key >= ACCORD_MONTH_KEY (1, 1) && month_key <= ACCORD_MONTH_KEY (9999, 12));

  goals = g_tree_lookup (self->month_goals, GINT_TO_POINTER (month_key));
  if (goals == NULL)
    {
      if (isnan (goal))
        return;

      goals = g_new (double, ACCORD_N_FIGURES);
      for (guint f = 0; f < ACCORD_N_FIGURES; f++)
        goals[f] = NAN;
      g_tree_insert (self->month_goals, GINT_TO_POINTER (month_key), goals);
    }
  else if (is_same_number (goals[figure], goal))
    return;

  goals[figure] = goal;

  /* A month left without goals of its own is dropped. */
  if (isnan (goal))
    {
      guint f;

      for (f = 0; f < ACCORD_N_FIGURES && isnan (goals[f]); f++)
        ;
      if (f == ACCORD_N_FIGURES)
        g_tree_remove (self->month_goals, GINT_TO_POINTER (month_key));
    }

  emit_changed (self);
}

/**
 * accord_agreement_get_default_goal:
 *
 * Returns: the goal of a month without one of its own; NAN for none
 */
double
accord_agreement_get_default_goal (AccordAgreement *self,
                                   AccordFigure     figure)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NAN);
  g_return_val_if_fail (figure < ACCORD_N_FIGURES, NAN);

  return self->default_goals[figure];
}

/**
 * accord_agreement_set_default_goal:
 * @goal: the goal, or NAN for none
 */
void
accord_agreement_set_default_goal (AccordAgreement *self,
                                   AccordFigure     figure,
                                   double           goal)
{
  g_return_if_fail (ACCORD_IS_AGREEMENT (self));
  g_return_if_fail (figure < ACCORD_N_FIGURES);

  if (is_same_number (self->default_goals[figure], goal))
    return;

  self->default_goals[figure] = goal;
  emit_changed (self);
}

/**
 * accord_agreement_get_protocol:
 * @tier: a tier; %ACCORD_TIER_UNKNOWN reads as Low
 *
 * Returns: (transfer none): how a lead of @tier is worked
 */
const AccordProtocol *
accord_agreement_get_protocol (AccordAgreement *self,
                               AccordTier       tier)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NULL);

  if (tier == ACCORD_TIER_UNKNOWN || tier >= ACCORD_N_TIERS)
    tier = ACCORD_TIER_LOW;

  return &self->protocols[tier];
}

void
accord_agreement_set_protocol (AccordAgreement      *self,
                               AccordTier            tier,
                               const AccordProtocol *protocol)
{
  g_return_if_fail (ACCORD_IS_AGREEMENT (self));
  g_return_if_fail (tier > ACCORD_TIER_UNKNOWN && tier < ACCORD_N_TIERS);
  g_return_if_fail (protocol != NULL);

  if (memcmp (&self->protocols[tier], protocol, sizeof *protocol) == 0)
    return;

  self->protocols[tier] = *protocol;
  if (tier == ACCORD_TIER_LOW)
    self->protocols[ACCORD_TIER_UNKNOWN] = *protocol;
  emit_changed (self);
}

/**
 * accord_agreement_get_business_hours:
 *
 * DESIGN §3: with working hours, the response clock of the flags counts
 * working time only; without, hours count on the calendar.
 *
 * Returns: (transfer none) (nullable): the working hours, or %NULL when
 *   hours count on the calendar
 */
const AccordBusinessHours *
accord_agreement_get_business_hours (AccordAgreement *self)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NULL);

  return self->has_business_hours ? &self->business_hours : NULL;
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * accord_agreement_set_business_hours:
 * @hours: (nullable): the working hours, or %NULL to count hours on the
 *   calendar
 *
 * Sets the working hours, copied; the holidays are kept in order, each
 * once. accord_agreement_validate() checks that at least one day is
 * worked and that the closing time is after the opening time.
 *
 * Returns: %FALSE, changing nothing, when a holiday is not a real date
 *   written "YYYY-MM-DD"
 */
gboolean
accord_agreement_set_business_hours (AccordAgreement           *self,
                                     const AccordBusinessHours *hours)
{
  g_auto(GStrv) holidays = NULL;
  guint n = 0;

  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (hours == NULL || (hours->days & ~ACCORD_WEEKDAYS_ALL) == 0, FALSE);
  g_return_val_if_fail (hours == NULL || hours->start <= ACCORD_MINUTES_PER_DAY, FALSE);
  g_return_val_if_fail (hours == NULL || hours->end <= ACCORD_MINUTES_PER_DAY, FALSE);
  g_return_val_if_fail (hours == NULL || hours->holidays != NULL || hours->n_holidays == 0, FALSE);

  if (hours == NULL)
    {
      if (self->has_business_hours)
        {
          self->has_business_hours = FALSE;
          emit_changed (self);
        }
      return TRUE;
    }

  for (guint i = 0; i < hours->n_holidays; i++)
    if (hours->holidays[i] == NULL || !is_valid_date (hours->holidays[i]))
      return FALSE;

  holidays = g_new0 (char *, hours->n_holidays + 1);
  for (guint i = 0; i < hours->n_holidays; i++)
    holidays[i] = g_strdup (hours->holidays[i]);
  qsort (holidays, hours->n_holidays, sizeof *holidays, compare_dates);
  for (guint i = 0; i < hours->n_holidays; i++)
    {
      if (n > 0 && strcmp (holidays[n - 1], holidays[i]) == 0)
        {
          g_clear_pointer (&holidays[i], g_free);
          continue;
        }

      holidays[n] = holidays[i];
      if (n != i)
        holidays[i] = NULL;
      n++;
    }

  if (self->has_business_hours &&
      self->business_hours.days == hours->days &&
      self->business_hours.start == hours->start &&
      self->business_hours.end == hours->end &&
      g_strv_equal ((const char * const *) holidays, (const char * const *) self->holidays))
    return TRUE;

  g_strfreev (self->holidays);
  self->holidays = g_steal_pointer (&holidays);
  self->has_business_hours = TRUE;
  self->business_hours.days = hours->days;
  self->business_hours.start = hours->start;
  self->business_hours.end = hours->end;
  self->business_hours.holidays = (const char * const *) self->holidays;
  self->business_hours.n_holidays = n;
  emit_changed (self);

  return TRUE;
}

/**
 * accord_agreement_get_capacity:
 *
 * Returns: (transfer none): what one SDR can carry
 */
const AccordCapacity *
accord_agreement_get_capacity (AccordAgreement *self)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NULL);

  return &self->capacity;
}

void
accord_agreement_set_capacity (AccordAgreement      *self,
                               const AccordCapacity *capacity)
{
  g_return_if_fail (ACCORD_IS_AGREEMENT (self));
  g_return_if_fail (capacity != NULL);

  if (self->capacity.universe_min == capacity->universe_min &&
      self->capacity.universe_max == capacity->universe_max &&
      self->capacity.active_min == capacity->active_min &&
      self->capacity.active_max == capacity->active_max &&
      self->capacity.sqls_per_month == capacity->sqls_per_month &&
      is_same_number (self->capacity.mql_conversion, capacity->mql_conversion))
    return;

  self->capacity = *capacity;
  emit_changed (self);
}

guint
accord_agreement_get_n_sdrs (AccordAgreement *self)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), 0);

  return self->sdrs->len;
}

const char *
accord_agreement_get_sdr_name (AccordAgreement *self,
                               guint            index)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (index < self->sdrs->len, NULL);

  return g_array_index (self->sdrs, Sdr, index).name;
}

AccordSpecialisation
accord_agreement_get_sdr_specialisation (AccordAgreement *self,
                                         guint            index)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), ACCORD_SPECIALISATION_HYBRID);
  g_return_val_if_fail (index < self->sdrs->len, ACCORD_SPECIALISATION_HYBRID);

  return g_array_index (self->sdrs, Sdr, index).specialisation;
}

/**
 * accord_agreement_add_sdr:
 * @name: the SDR's name, as the CRM's owner column writes it
 * @specialisation: the leads the SDR works
 */
void
accord_agreement_add_sdr (AccordAgreement      *self,
                          const char           *name,
                          AccordSpecialisation  specialisation)
{
  Sdr sdr;

  g_return_if_fail (ACCORD_IS_AGREEMENT (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (specialisation < ACCORD_N_SPECIALISATIONS);

  sdr.name = g_strdup (name);
  sdr.specialisation = specialisation;
  g_array_append_val (self->sdrs, sdr);
  emit_changed (self);
}

/**
 * accord_agreement_set_sdr:
 * @index: the SDR's place in the list
 * @name: the SDR's new name, as the CRM's owner column writes it
 * @specialisation: the leads the SDR works
 *
 * Renames an SDR or changes the leads it works, keeping its place.
 */
void
accord_agreement_set_sdr (AccordAgreement      *self,
                          guint                 index,
                          const char           *name,
                          AccordSpecialisation  specialisation)
{
  Sdr *sdr;

  g_return_if_fail (ACCORD_IS_AGREEMENT (self));
  g_return_if_fail (index < self->sdrs->len);
  g_return_if_fail (name != NULL);
  g_return_if_fail (specialisation < ACCORD_N_SPECIALISATIONS);

  sdr = &g_array_index (self->sdrs, Sdr, index);
  if (g_strcmp0 (sdr->name, name) == 0 && sdr->specialisation == specialisation)
    return;

  g_free (sdr->name);
  sdr->name = g_strdup (name);
  sdr->specialisation = specialisation;
  emit_changed (self);
}

void
accord_agreement_remove_sdr (AccordAgreement *self,
                             guint            index)
{
  g_return_if_fail (ACCORD_IS_AGREEMENT (self));
  g_return_if_fail (index < self->sdrs->len);

  g_array_remove_index (self->sdrs, index);
  emit_changed (self);
}

/**
 * accord_agreement_get_handoff_rule:
 *
 * Returns: the rule that picks an SDR for a lead, such as
 *   %ACCORD_HANDOFF_LEAST_LOAD
 */
const char *
accord_agreement_get_handoff_rule (AccordAgreement *self)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NULL);

  return self->handoff_rule;
}

void
accord_agreement_set_handoff_rule (AccordAgreement *self,
                                   const char      *rule)
{
  g_return_if_fail (ACCORD_IS_AGREEMENT (self));
  g_return_if_fail (rule != NULL);

  if (g_strcmp0 (self->handoff_rule, rule) == 0)
    return;

  g_free (self->handoff_rule);
  self->handoff_rule = g_strdup (rule);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HANDOFF_RULE]);
  emit_changed (self);
}

/**
 * accord_agreement_get_kpis:
 * @n_kpis: (out): the number of KPIs
 *
 * Returns: (transfer none) (array length=n_kpis): the KPIs shown, in order
 */
const AccordKpi *
accord_agreement_get_kpis (AccordAgreement *self,
                           guint           *n_kpis)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (n_kpis != NULL, NULL);

  *n_kpis = self->n_kpis;
  return self->kpis;
}

/**
 * accord_agreement_set_kpis:
 * @kpis: (array length=n_kpis): the KPIs to show, in order
 * @n_kpis: how many; accord_agreement_validate() wants 5 to 7, distinct
 */
void
accord_agreement_set_kpis (AccordAgreement *self,
                           const AccordKpi *kpis,
                           guint            n_kpis)
{
  g_return_if_fail (ACCORD_IS_AGREEMENT (self));
  g_return_if_fail (n_kpis <= ACCORD_N_KPIS);
  g_return_if_fail (kpis != NULL || n_kpis == 0);

  for (guint i = 0; i < n_kpis; i++)
    g_return_if_fail (kpis[i] < ACCORD_N_KPIS);

  if (n_kpis == self->n_kpis && (n_kpis == 0 || memcmp (kpis, self->kpis, n_kpis * sizeof *kpis) == 0))
    return;

  if (n_kpis > 0)
    memcpy (self->kpis, kpis, n_kpis * sizeof *kpis);
  self->n_kpis = n_kpis;
  emit_changed (self);
}

guint
accord_agreement_get_review_months (AccordAgreement *self)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), 0);

  return self->review_months;
}

/**
 * accord_agreement_set_review_months:
 * @months: how often the agreement is reviewed, at least 1
 */
void
accord_agreement_set_review_months (AccordAgreement *self,
                                    guint            months)
{
  g_return_if_fail (ACCORD_IS_AGREEMENT (self));
  g_return_if_fail (months >= 1);

  if (self->review_months == months)
    return;

  self->review_months = months;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_MONTHS]);
  emit_changed (self);
}

/**
 * accord_agreement_get_next_review:
 *
 * Returns: (nullable): the date of the next review as "YYYY-MM-DD", or
 *   %NULL when none is set
 */
const char *
accord_agreement_get_next_review (AccordAgreement *self)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NULL);

  return self->next_review;
}

/**
 * accord_agreement_set_next_review:
 * @date: (nullable): a date written "YYYY-MM-DD", or %NULL for none
 *
 * Returns: %FALSE, changing nothing, when @date is not a real date
 */
gboolean
accord_agreement_set_next_review (AccordAgreement *self,
                                  const char      *date)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), FALSE);

  if (date != NULL && !is_valid_date (date))
    return FALSE;
  if (g_strcmp0 (self->next_review, date) == 0)
    return TRUE;

  g_free (self->next_review);
  self->next_review = g_strdup (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_REVIEW]);
  emit_changed (self);

  return TRUE;
}

/**
 * accord_agreement_format_next_review:
 *
 * The next review date in words, "31 March 2027", for the banner and
 * the documents that announce it.
 *
 * Returns: (transfer full) (nullable): the date, or %NULL when none is set
 */
char *
accord_agreement_format_next_review (AccordAgreement *self)
{
  g_autoptr(GDateTime) noon = NULL;
  int year, month, day;

  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NULL);

  if (self->next_review == NULL)
    return NULL;

  split_date (self->next_review, &year, &month, &day);
  noon = g_date_time_new_utc (year, month, day, 12, 0, 0);

  /* Translators: the date of the agreement's review, as strftime() writes it. */
  return g_date_time_format (noon, _("%-d %B %Y"));
}

/**
 * accord_agreement_get_review_status:
 * @time_zone: the zone in which @today is a calendar day
 * @today: any moment of the day to look from, in Unix seconds
 * @days: (out) (optional): the days left for
 *   %ACCORD_REVIEW_STATUS_DUE_SOON, the days overdue for
 *   %ACCORD_REVIEW_STATUS_OVERDUE, else 0
 *
 * Compares the next review date with the calendar day of @today in
 * @time_zone. Days are counted between calendar dates, not in spans of
 * 24 hours, so a change to or from daylight saving time between the two
 * does not move the count.
 *
 * Returns: whether the review is overdue, due today, due within
 *   %ACCORD_REVIEW_NOTICE_DAYS days, or none of these
 */
AccordReviewStatus
accord_agreement_get_review_status (AccordAgreement *self,
                                    GTimeZone       *time_zone,
                                    gint64           today,
                                    guint           *days)
{
  g_autoptr(AccordZone) zone = NULL;
  AccordCivil civil;
  int year, month, day;
  gint64 left;

  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), ACCORD_REVIEW_STATUS_NONE);
  g_return_val_if_fail (time_zone != NULL, ACCORD_REVIEW_STATUS_NONE);
  g_return_val_if_fail (today != ACCORD_TIME_NONE, ACCORD_REVIEW_STATUS_NONE);

  if (days != NULL)
    *days = 0;
  if (self->next_review == NULL)
    return ACCORD_REVIEW_STATUS_NONE;

  zone = accord_zone_new (time_zone);
  accord_zone_to_civil (zone, today, &civil);
  /* The date was checked by accord_agreement_set_next_review() or when
   * the file was read. */
  split_date (self->next_review, &year, &month, &day);
  left = accord_days_from_civil (year, month, day) -
         accord_days_from_civil (civil.year, civil.month, civil.day);

  if (left >= ACCORD_REVIEW_NOTICE_DAYS)
    return ACCORD_REVIEW_STATUS_NONE;
  if (left == 0)
    return ACCORD_REVIEW_STATUS_DUE_TODAY;
  if (days != NULL)
    *days = (guint) MIN (ABS (left), G_MAXUINT);

  return left > 0 ? ACCORD_REVIEW_STATUS_DUE_SOON : ACCORD_REVIEW_STATUS_OVERDUE;
}

const char *
accord_agreement_get_section (AccordAgreement *self,
                              AccordSection    section)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (section < ACCORD_N_SECTIONS, NULL);

  return self->sections[section];
}

void
accord_agreement_set_section (AccordAgreement *self,
                              AccordSection    section,
                              const char      *text)
{
  g_return_if_fail (ACCORD_IS_AGREEMENT (self));
  g_return_if_fail (section < ACCORD_N_SECTIONS);

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->sections[section], text) == 0)
    return;

  g_free (self->sections[section]);
  self->sections[section] = g_strdup (text);
  emit_changed (self);
}

/**
 * accord_specialisation_get_name:
 *
 * Returns: the name of @specialisation in the agreement file: "hybrid",
 *   "inbound" or "outbound"
 */
const char *
accord_specialisation_get_name (AccordSpecialisation specialisation)
{
  g_return_val_if_fail (specialisation < ACCORD_N_SPECIALISATIONS, NULL);

  return specialisation_names[specialisation];
}

/**
 * accord_specialisation_get_title:
 *
 * Returns: (transfer none): @specialisation as the user reads it,
 *   translated: "Inbound"
 */
const char *
accord_specialisation_get_title (AccordSpecialisation specialisation)
{
  g_return_val_if_fail (specialisation < ACCORD_N_SPECIALISATIONS, NULL);

  switch (specialisation)
    {
    case ACCORD_SPECIALISATION_INBOUND:
      return C_("specialisation", "Inbound");
    case ACCORD_SPECIALISATION_OUTBOUND:
      return C_("specialisation", "Outbound");
    case ACCORD_SPECIALISATION_HYBRID:
    case ACCORD_N_SPECIALISATIONS:
    default:
      return C_("specialisation", "Hybrid");
    }
}

gboolean
accord_specialisation_from_name (const char           *name,
                                 AccordSpecialisation *specialisation)
{
  for (guint i = 0; name != NULL && i < ACCORD_N_SPECIALISATIONS; i++)
    {
      if (g_ascii_strcasecmp (name, specialisation_names[i]) == 0)
        {
          *specialisation = i;
          return TRUE;
        }
    }

  return FALSE;
}

guint
accord_agreement_get_n_assets (AccordAgreement *self)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), 0);

  return self->efforts->len;
}

const char *
accord_agreement_get_asset_name (AccordAgreement *self,
                                 guint            index)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (index < self->efforts->len, NULL);

  return g_array_index (self->efforts, Effort, index).asset;
}

double
accord_agreement_get_asset_hours (AccordAgreement *self,
                                  guint            index)
{
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (self), NAN);
  g_return_val_if_fail (index < self->efforts->len, NAN);

  return g_array_index (self->efforts, Effort, index).hours;
}

/**
 * accord_agreement_set_asset_hours:
 * @asset: the marketing asset, as the leads' source column writes it
 * @hours: the hours of effort a month that go into it, above 0
 *
 * Sets an asset's hours, adding the asset after the others when the
 * agreement does not list it yet.
 */
void
accord_agreement_set_asset_hours (AccordAgreement *self,
                                  const char      *asset,
                                  double           hours)
{
  Effort effort;

  g_return_if_fail (ACCORD_IS_AGREEMENT (self));
  g_return_if_fail (asset != NULL);

  for (guint i = 0; i < self->efforts->len; i++)
    {
      Effort *listed = &g_array_index (self->efforts, Effort, i);

      if (g_strcmp0 (listed->asset, asset) == 0)
        {
          if (is_same_number (listed->hours, hours))
            return;
          listed->hours = hours;
          emit_changed (self);
          return;
        }
    }

  effort.asset = g_strdup (asset);
  effort.hours = hours;
  g_array_append_val (self->efforts, effort);
  emit_changed (self);
}

void
accord_agreement_remove_asset (AccordAgreement *self,
                               guint            index)
{
  g_return_if_fail (ACCORD_IS_AGREEMENT (self));
  g_return_if_fail (index < self->efforts->len);

  g_array_remove_index (self->efforts, index);
  emit_changed (self);
}
