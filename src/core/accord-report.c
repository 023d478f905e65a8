/* accord-report.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "accord-bullet-painter.h"
#include "accord-csv-writer.h"
#include "accord-flags.h"
#include "accord-funnel-painter.h"
#include "accord-metrics.h"
#include "accord-report.h"
#include "accord-zone.h"

#define DEFAULT_WINDOW_DAYS 7

typedef struct
{
  char         *path;
  guint         n_rows;
  guint         n_skipped;
  AccordPreset  preset;
} ImportSummary;

struct _AccordReport
{
  GObject            parent_instance;

  AccordLeadStore   *store;
  AccordAgreement   *agreement;
  AccordZone        *zone;
  GArray            *imports;       /* ImportSummary */
  AccordDecisionLog *decisions;     /* nullable */

  /* What was asked; -1 or ACCORD_TIME_NONE for the defaults of DESIGN §6. */
  int                month;
  gint64             as_of;
  guint              window_days;

  /* What compute() found. */
  gboolean           computed;
  gint64             latest;
  int                report_month;
  gint64             report_as_of;
  gboolean           has_months;
  int                first_month;
  int                last_month;
  GArray            *months;        /* AccordMonthFigures */
  GArray            *sdrs;          /* AccordSdrFigures */
  AccordFunnel       period_funnel;
  AccordFunnel       cohort_funnel;
  GArray            *flags;         /* AccordFlag, raised in the window */
  AccordKpiValue     kpis[ACCORD_N_KPIS];
};

G_DEFINE_FINAL_TYPE (AccordReport, accord_report, G_TYPE_OBJECT)

static void
import_summary_clear (ImportSummary *summary)
{
  g_clear_pointer (&summary->path, g_free);
}

static void
clear_results (AccordReport *self)
{
  g_clear_pointer (&self->months, g_array_unref);
  g_clear_pointer (&self->sdrs, g_array_unref);
  g_clear_pointer (&self->flags, g_array_unref);
  self->computed = FALSE;
}

static void
accord_report_finalize (GObject *object)
{
  AccordReport *self = ACCORD_REPORT (object);

  clear_results (self);
  g_clear_object (&self->store);
  g_clear_object (&self->agreement);
  g_clear_object (&self->decisions);
  g_clear_pointer (&self->zone, accord_zone_free);
  g_clear_pointer (&self->imports, g_array_unref);

  G_OBJECT_CLASS (accord_report_parent_class)->finalize (object);
}

static void
accord_report_class_init (AccordReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = accord_report_finalize;
}

static void
accord_report_init (AccordReport *self)
{
  self->month = -1;
  self->as_of = ACCORD_TIME_NONE;
  self->window_days = DEFAULT_WINDOW_DAYS;
  self->imports = g_array_new (FALSE, TRUE, sizeof (ImportSummary));
  g_array_set_clear_func (self->imports, (GDestroyNotify) import_summary_clear);
}

/**
 * accord_report_new:
 * @time_zone: the workspace's zone: months are calendar months there
 *
 * Returns: (transfer full): a report on @store against @agreement
 */
AccordReport *
accord_report_new (AccordLeadStore *store,
                   AccordAgreement *agreement,
                   GTimeZone       *time_zone)
{
  AccordReport *self;

  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (store), NULL);
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (time_zone != NULL, NULL);

  self = g_object_new (ACCORD_TYPE_REPORT, NULL);
  self->store = g_object_ref (store);
  self->agreement = g_object_ref (agreement);
  self->zone = accord_zone_new (time_zone);

  return self;
}

/**
 * accord_report_set_month:
 * @month_key: a month key, or -1 for the month of the latest date in the data
 *
 * The month of the per-SDR figures, the funnel and the KPIs.
 */
void
accord_report_set_month (AccordReport *self,
                         int           month_key)
{
  g_return_if_fail (ACCORD_IS_REPORT (self));

  self->month = month_key;
  clear_results (self);
}

/**
 * accord_report_set_as_of:
 * @as_of: the moment D of the review flags, or %ACCORD_TIME_NONE for the
 *   latest moment in the data
 */
void
accord_report_set_as_of (AccordReport *self,
                         gint64        as_of)
{
  g_return_if_fail (ACCORD_IS_REPORT (self));

  self->as_of = as_of;
  clear_results (self);
}

/**
 * accord_report_set_window_days:
 *
 * The review window: flags raised in (D − @window_days days, D].
 */
void
accord_report_set_window_days (AccordReport *self,
                               guint         window_days)
{
  g_return_if_fail (ACCORD_IS_REPORT (self));

  self->window_days = window_days;
  clear_results (self);
}

/**
 * accord_report_set_decisions:
 * @decisions: (nullable): what the committee decided
 *
 * The decisions the report lists, and by which it marks each flag decided
 * or not; without them every flag is undecided.
 */
void
accord_report_set_decisions (AccordReport      *self,
                             AccordDecisionLog *decisions)
{
  g_return_if_fail (ACCORD_IS_REPORT (self));
  g_return_if_fail (decisions == NULL || ACCORD_IS_DECISION_LOG (decisions));

  g_set_object (&self->decisions, decisions);
}

/**
 * accord_report_add_import:
 *
 * Records what importing one file gave, for the report's "import" part.
 */
void
accord_report_add_import (AccordReport *self,
                          const char   *path,
                          guint         n_rows,
                          guint         n_skipped,
                          AccordPreset  preset)
{
  ImportSummary summary = { g_strdup (path), n_rows, n_skipped, preset };

  g_return_if_fail (ACCORD_IS_REPORT (self));

  g_array_append_val (self->imports, summary);
}

/**
 * accord_report_compute:
 *
 * Computes every figure; the getters and serialisers call it when needed.
 */
void
accord_report_compute (AccordReport *self)
{
  GTimeZone *time_zone;
  g_autoptr(GArray) all_flags = NULL;

  g_return_if_fail (ACCORD_IS_REPORT (self));

  if (self->computed)
    return;

  time_zone = accord_zone_get_time_zone (self->zone);
  self->latest = accord_lead_store_get_latest (self->store);
  self->has_months = accord_metrics_get_month_range (self->store, time_zone,
                                                     &self->first_month, &self->last_month);

  /* DESIGN §6: the month defaults to that of the latest date in the data,
   * and D to the latest timestamp. */
  if (self->month >= 0)
    self->report_month = self->month;
  else if (self->latest != ACCORD_TIME_NONE)
    self->report_month = accord_zone_month_of (self->zone, self->latest);
  else
    self->report_month = self->has_months ? self->last_month : 0;

  self->report_as_of = self->as_of != ACCORD_TIME_NONE ? self->as_of : self->latest;

  if (self->has_months)
    self->months = accord_metrics_month_grid (self->store, self->agreement, time_zone,
                                              self->first_month, self->last_month, self->latest);
  else
    self->months = g_array_new (FALSE, FALSE, sizeof (AccordMonthFigures));

  self->sdrs = accord_metrics_sdrs (self->store, self->agreement, time_zone,
                                    self->report_month, self->latest);
  accord_metrics_funnel (self->store, self->agreement, time_zone,
                         self->report_month, self->report_month,
                         ACCORD_FUNNEL_PERIOD, &self->period_funnel);
  accord_metrics_funnel (self->store, self->agreement, time_zone,
                         self->report_month, self->report_month,
                         ACCORD_FUNNEL_COHORT, &self->cohort_funnel);
  accord_metrics_kpis (self->store, self->agreement, time_zone,
                       self->report_month, self->latest, self->kpis);

  if (self->report_as_of != ACCORD_TIME_NONE)
    {
      all_flags = accord_flags_compute_in_zone (self->store, self->agreement, time_zone,
                                                self->report_as_of);
      self->flags = accord_flags_in_window (all_flags, self->report_as_of,
                                            (gint64) self->window_days * 86400);
    }
  else
    {
      self->flags = g_array_new (FALSE, FALSE, sizeof (AccordFlag));
    }

  self->computed = TRUE;
}

int
accord_report_get_month (AccordReport *self)
{
  g_return_val_if_fail (ACCORD_IS_REPORT (self), -1);

  accord_report_compute (self);
  return self->report_month;
}

gint64
accord_report_get_as_of (AccordReport *self)
{
  g_return_val_if_fail (ACCORD_IS_REPORT (self), ACCORD_TIME_NONE);

  accord_report_compute (self);
  return self->report_as_of;
}

static guint
count_skipped (AccordReport *self,
               guint        *n_rows)
{
  guint skipped = 0;

  *n_rows = 0;
  for (guint i = 0; i < self->imports->len; i++)
    {
      const ImportSummary *summary = &g_array_index (self->imports, ImportSummary, i);

      *n_rows += summary->n_rows;
      skipped += summary->n_skipped;
    }

  return skipped;
}

/* The preset of the import: that of its files when they agree. */
static const char *
import_preset_name (AccordReport *self)
{
  AccordPreset preset = ACCORD_PRESET_NONE;

  for (guint i = 0; i < self->imports->len; i++)
    {
      const ImportSummary *summary = &g_array_index (self->imports, ImportSummary, i);

      if (i > 0 && summary->preset != preset)
        return NULL;
      preset = summary->preset;
    }

  return accord_preset_get_name (preset);
}

static void
add_number (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (builder, name);
  if (isnan (value) || isinf (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_count (JsonBuilder *builder,
           const char  *name,
           double       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, (gint64) value);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

static void
take_string (JsonBuilder *builder,
             const char  *name,
             char        *value)
{
  add_string (builder, name, value);
  g_free (value);
}

/* Revenue is money; every other figure counts leads. */
static void
add_figure (JsonBuilder  *builder,
            AccordFigure  figure,
            double        value)
{
  if (figure == ACCORD_FIGURE_REVENUE || isnan (value))
    add_number (builder, accord_figure_get_name (figure), value);
  else
    add_count (builder, accord_figure_get_name (figure), value);
}

static void
build_import (AccordReport *self,
              JsonBuilder  *builder)
{
  guint n_rows;
  guint skipped = count_skipped (self, &n_rows);

  json_builder_set_member_name (builder, "import");
  json_builder_begin_object (builder);
  add_count (builder, "rows", n_rows);
  add_count (builder, "leads", accord_lead_store_get_n_leads (self->store));
  add_count (builder, "skipped", skipped);
  add_string (builder, "preset", import_preset_name (self));

  json_builder_set_member_name (builder, "files");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->imports->len; i++)
    {
      const ImportSummary *summary = &g_array_index (self->imports, ImportSummary, i);

      json_builder_begin_object (builder);
      add_string (builder, "path", summary->path);
      add_count (builder, "rows", summary->n_rows);
      add_count (builder, "skipped", summary->n_skipped);
      add_string (builder, "preset", accord_preset_get_name (summary->preset));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
build_months (AccordReport *self,
              JsonBuilder  *builder)
{
  json_builder_set_member_name (builder, "months");
  json_builder_begin_array (builder);

  for (guint i = 0; i < self->months->len; i++)
    {
      const AccordMonthFigures *month = &g_array_index (self->months, AccordMonthFigures, i);

      json_builder_begin_object (builder);
      take_string (builder, "month", accord_month_key_format (month->month));
      json_builder_set_member_name (builder, "running");
      json_builder_add_boolean_value (builder, month->running);
      for (guint f = 0; f < ACCORD_N_FIGURES; f++)
        add_figure (builder, f, month->actual[f]);

      json_builder_set_member_name (builder, "goals");
      json_builder_begin_object (builder);
      for (guint f = 0; f < ACCORD_N_FIGURES; f++)
        add_figure (builder, f, month->goal[f]);
      json_builder_end_object (builder);

      json_builder_set_member_name (builder, "attainment");
      json_builder_begin_object (builder);
      for (guint f = 0; f < ACCORD_N_FIGURES; f++)
        add_number (builder, accord_figure_get_name (f), month->attainment[f]);
      json_builder_end_object (builder);

      if (month->running)
        {
          json_builder_set_member_name (builder, "pace");
          json_builder_begin_object (builder);
          for (guint f = 0; f < ACCORD_N_FIGURES; f++)
            add_number (builder, accord_figure_get_name (f), month->pace[f]);
          json_builder_end_object (builder);
        }

      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
}

static void
build_sdrs (AccordReport *self,
            JsonBuilder  *builder)
{
  json_builder_set_member_name (builder, "sdrs");
  json_builder_begin_array (builder);

  for (guint i = 0; i < self->sdrs->len; i++)
    {
      const AccordSdrFigures *sdr = &g_array_index (self->sdrs, AccordSdrFigures, i);

      json_builder_begin_object (builder);
      add_string (builder, "owner", sdr->owner);
      take_string (builder, "month", accord_month_key_format (sdr->month));
      add_count (builder, "universe", sdr->universe);
      add_count (builder, "active_mqls", sdr->active_mqls);
      add_count (builder, "sqls", sdr->sqls);
      add_count (builder, "mqls_managed", sdr->mqls_managed);
      add_number (builder, "mql_conversion", sdr->mql_conversion);
      json_builder_set_member_name (builder, "bands");
      json_builder_begin_object (builder);
      add_string (builder, "universe", accord_band_get_name (sdr->universe_band));
      add_string (builder, "active_mqls", accord_band_get_name (sdr->active_band));
      add_string (builder, "sqls", accord_band_get_name (sdr->sqls_band));
      add_string (builder, "mql_conversion", accord_band_get_name (sdr->conversion_band));
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
}

static void
build_funnel (JsonBuilder        *builder,
              const char         *name,
              const AccordFunnel *funnel)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);

  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      const AccordFunnelStage *stage = &funnel->stages[s];

      json_builder_begin_object (builder);
      add_string (builder, "stage", accord_stage_get_name (s));
      add_count (builder, "count", stage->count);
      add_number (builder, "from_previous", stage->from_previous);
      add_number (builder, "from_first", stage->from_first);
      add_count (builder, "drop_off", stage->drop_off);
      add_number (builder, "goal", stage->goal);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
}

/* The outcome of the committee's decision on @flag, or NULL while it is
 * undecided. */
static const char *
decided_outcome_name (AccordReport     *self,
                      const AccordLead *lead,
                      const AccordFlag *flag)
{
  const AccordDecision *decision;

  if (self->decisions == NULL || lead->record_id == NULL)
    return NULL;

  decision = accord_decision_log_find (self->decisions, lead->record_id, flag->kind, flag->raised);
  return decision != NULL ? accord_outcome_get_name (decision->outcome) : NULL;
}

static void
build_flags (AccordReport *self,
             JsonBuilder  *builder)
{
  json_builder_set_member_name (builder, "flags");
  json_builder_begin_array (builder);

  for (guint i = 0; i < self->flags->len; i++)
    {
      const AccordFlag *flag = &g_array_index (self->flags, AccordFlag, i);
      const AccordLead *lead = accord_lead_store_get_lead (self->store, flag->lead);

      json_builder_begin_object (builder);
      add_string (builder, "record_id", lead->record_id);
      add_string (builder, "owner", lead->owner);
      add_string (builder, "flag", accord_flag_kind_get_name (flag->kind));
      take_string (builder, "raised", accord_zone_format (self->zone, flag->raised));
      add_string (builder, "tier",
                  accord_tier_get_name (accord_agreement_tier_for_lead (self->agreement, lead)));
      add_string (builder, "decided", decided_outcome_name (self, lead, flag));
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
}

static void
build_decisions (AccordReport *self,
                 JsonBuilder  *builder)
{
  json_builder_set_member_name (builder, "decisions");
  json_builder_begin_array (builder);

  for (guint i = 0; self->decisions != NULL && i < accord_decision_log_get_n_decisions (self->decisions); i++)
    {
      const AccordDecision *decision = accord_decision_log_get_decision (self->decisions, i);

      json_builder_begin_object (builder);
      add_string (builder, "record_id", decision->record_id);
      add_string (builder, "flag", accord_flag_kind_get_name (decision->flag));
      take_string (builder, "raised", accord_zone_format (self->zone, decision->raised));
      add_string (builder, "outcome", accord_outcome_get_name (decision->outcome));
      add_string (builder, "assignee", decision->assignee);
      add_string (builder, "note", decision->note);
      add_string (builder, "decided_by", decision->decided_by);
      take_string (builder, "decided_at", accord_zone_format (self->zone, decision->decided_at));
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
}

static void
build_kpis (AccordReport *self,
            JsonBuilder  *builder)
{
  json_builder_set_member_name (builder, "kpis");
  json_builder_begin_array (builder);

  for (guint k = 0; k < ACCORD_N_KPIS; k++)
    {
      const AccordKpiValue *kpi = &self->kpis[k];

      if (!kpi->available)
        continue;

      json_builder_begin_object (builder);
      add_string (builder, "kpi", accord_kpi_get_name (kpi->kpi));
      add_number (builder, "value", kpi->value);
      add_number (builder, "previous", kpi->previous);
      add_number (builder, "goal", kpi->goal);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
}

/**
 * accord_report_to_json:
 *
 * The object of DESIGN §6: "import", "months", "sdrs", "funnel", "flags"
 * (each with the outcome it was "decided" or null), and more ("month",
 * "as_of", "window_days", "time_zone", "decisions", "kpis").
 *
 * Returns: (transfer full): the report as a JSON object
 */
JsonNode *
accord_report_to_json (AccordReport *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (ACCORD_IS_REPORT (self), NULL);

  accord_report_compute (self);

  json_builder_begin_object (builder);
  take_string (builder, "month", accord_month_key_format (self->report_month));
  take_string (builder, "as_of", self->report_as_of != ACCORD_TIME_NONE
                                 ? accord_zone_format (self->zone, self->report_as_of) : NULL);
  add_count (builder, "window_days", self->window_days);
  add_string (builder, "time_zone",
              g_time_zone_get_identifier (accord_zone_get_time_zone (self->zone)));
  add_string (builder, "agreement", accord_agreement_get_name (self->agreement));
  build_import (self, builder);
  build_months (self, builder);
  build_sdrs (self, builder);

  json_builder_set_member_name (builder, "funnel");
  json_builder_begin_object (builder);
  build_funnel (builder, "period", &self->period_funnel);
  build_funnel (builder, "cohort", &self->cohort_funnel);
  json_builder_end_object (builder);

  build_flags (self, builder);
  build_decisions (self, builder);
  build_kpis (self, builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
append_percent (GString *out,
                double   fraction)
{
  if (isnan (fraction))
    g_string_append (out, "     –");
  else
    /* Translators: a percentage in a column of the text report, padded to four
     * characters before the sign, " 79%" */
    g_string_append_printf (out, _(" %4.0f%%"), fraction * 100);
}

static void
append_padded (GString    *out,
               const char *text,
               int         width)
{
  long length = g_utf8_strlen (text, -1);

  g_string_append (out, text);
  for (long i = length; i < width; i++)
    g_string_append_c (out, ' ');
}

/* A column right-aligned on characters, not bytes as printf's "%14s"
 * would: translated words carry umlauts and accents. */
static void
append_right_aligned (GString    *out,
                      const char *text,
                      int         width)
{
  long length = g_utf8_strlen (text, -1);

  g_string_append_c (out, ' ');
  for (long i = length; i < width; i++)
    g_string_append_c (out, ' ');
  g_string_append (out, text);
}

static void
append_text_months (AccordReport *self,
                    GString      *out)
{
  static const char *headings[ACCORD_N_FIGURES] = {
    N_("Leads"), N_("QLs"), N_("MQLs"), N_("Managed"), N_("SQLs"),
    N_("Opps"), N_("Customers"), N_("Revenue"),
  };

  g_string_append_printf (out, "%s\n", _("Goals against actuals (actual/goal)"));
  append_padded (out, _("Month"), 9);
  for (guint f = 0; f < ACCORD_N_FIGURES; f++)
    append_right_aligned (out, _(headings[f]), 13);
  g_string_append_c (out, '\n');

  for (guint i = 0; i < self->months->len; i++)
    {
      const AccordMonthFigures *month = &g_array_index (self->months, AccordMonthFigures, i);
      g_autofree char *name = accord_month_key_format (month->month);

      append_padded (out, name, 9);
      for (guint f = 0; f < ACCORD_N_FIGURES; f++)
        {
          g_autofree char *cell = NULL;

          if (isnan (month->goal[f]))
            cell = g_strdup_printf ("%.0f", month->actual[f]);
          else
            cell = g_strdup_printf ("%.0f/%.0f", month->actual[f], month->goal[f]);
          g_string_append_printf (out, " %13s", cell);
        }
      if (month->running)
        g_string_append_printf (out, "  %s", _("(running)"));
      g_string_append_c (out, '\n');
    }
}

static void
append_text_sdrs (AccordReport *self,
                  GString      *out)
{
  const AccordCapacity *capacity = accord_agreement_get_capacity (self->agreement);
  g_autofree char *month = accord_month_key_format (self->report_month);

  g_string_append_printf (out, _("SDR capacity, %s (bands: universe %u–%u, active MQLs %u–%u, "
                                 "%u SQLs, conversion %.0f%%)\n"),
                          month, capacity->universe_min, capacity->universe_max,
                          capacity->active_min, capacity->active_max,
                          capacity->sqls_per_month, capacity->mql_conversion * 100);
  append_padded (out, _("Owner"), 20);
  append_right_aligned (out, _("Universe"), 16);
  append_right_aligned (out, _("Active MQLs"), 16);
  append_right_aligned (out, _("SQLs"), 14);
  append_right_aligned (out, _("Conversion"), 12);
  g_string_append_c (out, '\n');

  for (guint i = 0; i < self->sdrs->len; i++)
    {
      const AccordSdrFigures *sdr = &g_array_index (self->sdrs, AccordSdrFigures, i);
      g_autofree char *universe = g_strdup_printf ("%u %s", sdr->universe,
                                                   accord_bullet_band_get_label (sdr->universe_band));
      g_autofree char *active = g_strdup_printf ("%u %s", sdr->active_mqls,
                                                 accord_bullet_band_get_label (sdr->active_band));
      g_autofree char *sqls = g_strdup_printf ("%u %s", sdr->sqls,
                                               accord_bullet_band_get_label (sdr->sqls_band));

      append_padded (out, sdr->owner, 20);
      append_right_aligned (out, universe, 16);
      append_right_aligned (out, active, 16);
      append_right_aligned (out, sqls, 14);
      append_percent (out, sdr->mql_conversion);
      g_string_append_printf (out, " %s\n", accord_bullet_band_get_label (sdr->conversion_band));
    }
}

static void
append_text_funnel (GString            *out,
                    const char         *title,
                    const AccordFunnel *funnel)
{
  g_string_append_printf (out, "%s\n", title);
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      const AccordFunnelStage *stage = &funnel->stages[s];

      append_padded (out, accord_funnel_stage_get_title (s), 20);
      g_string_append_printf (out, " %8u", stage->count);
      append_percent (out, stage->from_previous);
      append_percent (out, stage->from_first);
      if (!isnan (stage->goal))
        g_string_append_printf (out, "  %s %.0f", _("goal"), stage->goal);
      g_string_append_c (out, '\n');
    }
}

static void
append_text_flags (AccordReport *self,
                   GString      *out)
{
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                            "%'u flag raised in the last %'u days\n",
                                            "%'u flags raised in the last %'u days\n",
                                            self->flags->len),
                          self->flags->len, self->window_days);

  for (guint i = 0; i < self->flags->len; i++)
    {
      const AccordFlag *flag = &g_array_index (self->flags, AccordFlag, i);
      const AccordLead *lead = accord_lead_store_get_lead (self->store, flag->lead);
      g_autofree char *raised = accord_zone_format (self->zone, flag->raised);
      const char *decided = decided_outcome_name (self, lead, flag);

      g_string_append_printf (out, "%s  %-18s %-16s %s", raised,
                              accord_flag_kind_get_name (flag->kind),
                              lead->record_id != NULL ? lead->record_id : "–",
                              lead->owner != NULL ? lead->owner : "–");
      if (decided != NULL)
        g_string_append_printf (out, _("  (decided: %s)"), decided);
      g_string_append_c (out, '\n');
    }
}

static void
append_text_decisions (AccordReport *self,
                       GString      *out)
{
  guint n_decisions = accord_decision_log_get_n_decisions (self->decisions);

  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%'u decision\n", "%'u decisions\n",
                                            n_decisions),
                          n_decisions);

  for (guint i = 0; i < n_decisions; i++)
    {
      const AccordDecision *decision = accord_decision_log_get_decision (self->decisions, i);
      g_autofree char *decided_at = accord_zone_format (self->zone, decision->decided_at);
      g_autofree char *raised = accord_zone_format (self->zone, decision->raised);

      g_string_append_printf (out, "%s  %-12s %-18s %-16s ", decided_at,
                              accord_outcome_get_name (decision->outcome),
                              accord_flag_kind_get_name (decision->flag),
                              decision->record_id != NULL ? decision->record_id : "–");
      if (decision->assignee != NULL && decision->decided_by != NULL)
        /* Translators: when the flag was raised, the SDR the lead went to and who decided */
        g_string_append_printf (out, _("raised %s, to %s, by %s"), raised, decision->assignee,
                                decision->decided_by);
      else if (decision->assignee != NULL)
        /* Translators: when the flag was raised and the SDR the lead went to */
        g_string_append_printf (out, _("raised %s, to %s"), raised, decision->assignee);
      else if (decision->decided_by != NULL)
        /* Translators: when the flag was raised and who decided */
        g_string_append_printf (out, _("raised %s, by %s"), raised, decision->decided_by);
      else
        g_string_append_printf (out, _("raised %s"), raised);
      if (decision->note != NULL && decision->note[0] != '\0')
        {
          g_autofree char *note = g_strdup (decision->note);

          /* One decision a line, whatever newlines its note holds. */
          g_string_append_printf (out, ": %s", g_strdelimit (note, "\r\n", ' '));
        }
      g_string_append_c (out, '\n');
    }
}

/**
 * accord_report_to_text:
 *
 * Returns: (transfer full): the report as tables for a terminal
 */
char *
accord_report_to_text (AccordReport *self)
{
  GString *out = g_string_new (NULL);
  g_autofree char *month = NULL;
  g_autofree char *as_of = NULL;
  guint n_rows, skipped;

  g_return_val_if_fail (ACCORD_IS_REPORT (self), NULL);

  accord_report_compute (self);
  month = accord_month_key_format (self->report_month);
  as_of = self->report_as_of != ACCORD_TIME_NONE
          ? accord_zone_format (self->zone, self->report_as_of) : g_strdup ("–");
  skipped = count_skipped (self, &n_rows);

  g_string_append_printf (out, _("%s — %s, as of %s (%s)\n"),
                          accord_agreement_get_name (self->agreement), month, as_of,
                          g_time_zone_get_identifier (accord_zone_get_time_zone (self->zone)));
  g_string_append_printf (out, _("Imported %'u rows: %'u leads, %'u skipped\n\n"),
                          n_rows, accord_lead_store_get_n_leads (self->store), skipped);

  append_text_months (self, out);
  g_string_append_c (out, '\n');
  append_text_sdrs (self, out);
  g_string_append_c (out, '\n');
  append_text_funnel (out, _("Funnel, period (count, from previous, from first)"), &self->period_funnel);
  g_string_append_c (out, '\n');
  append_text_funnel (out, _("Funnel, cohort (count, from previous, from first)"), &self->cohort_funnel);
  g_string_append_c (out, '\n');
  append_text_flags (self, out);
  if (self->decisions != NULL)
    {
      g_string_append_c (out, '\n');
      append_text_decisions (self, out);
    }

  return g_string_free (out, FALSE);
}

static void
append_csv_row (AccordCsvWriter *writer,
                const char      *section,
                const char      *month,
                const char      *key,
                const char      *metric,
                double           value)
{
  accord_csv_writer_add_cell (writer, section);
  accord_csv_writer_add_cell (writer, month);
  accord_csv_writer_add_cell (writer, key);
  accord_csv_writer_add_cell (writer, metric);
  accord_csv_writer_add_number (writer, value);
  accord_csv_writer_end_row (writer);
}

/* A flag's or a decision's value is text, not a number. */
static void
append_csv_text_row (AccordCsvWriter *writer,
                     const char      *section,
                     const char      *key,
                     const char      *metric,
                     const char      *value)
{
  accord_csv_writer_add_cell (writer, section);
  accord_csv_writer_add_cell (writer, NULL);
  accord_csv_writer_add_cell (writer, key);
  accord_csv_writer_add_cell (writer, metric);
  accord_csv_writer_add_cell (writer, value);
  accord_csv_writer_end_row (writer);
}

/**
 * accord_report_to_csv:
 *
 * One table in long form, "section,month,key,metric,value", so that a
 * spreadsheet or a script can pivot it any way; a flag's value is when it
 * was raised, a decision's its outcome. No cell is ever run as a formula
 * (accord_csv_writer_add_cell()).
 *
 * Returns: (transfer full): the report as CSV
 */
char *
accord_report_to_csv (AccordReport *self)
{
  static const char *header[] = { "section", "month", "key", "metric", "value" };
  GString *out = g_string_new (NULL);
  AccordCsvWriter writer;
  g_autofree char *report_month = NULL;

  g_return_val_if_fail (ACCORD_IS_REPORT (self), NULL);

  accord_report_compute (self);
  report_month = accord_month_key_format (self->report_month);

  accord_csv_writer_init (&writer, out);
  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    accord_csv_writer_add_cell (&writer, header[i]);
  accord_csv_writer_end_row (&writer);

  for (guint i = 0; i < self->months->len; i++)
    {
      const AccordMonthFigures *month = &g_array_index (self->months, AccordMonthFigures, i);
      g_autofree char *name = accord_month_key_format (month->month);

      for (guint f = 0; f < ACCORD_N_FIGURES; f++)
        {
          g_autofree char *goal = g_strconcat (accord_figure_get_name (f), "_goal", NULL);

          append_csv_row (&writer, "months", name, NULL, accord_figure_get_name (f), month->actual[f]);
          append_csv_row (&writer, "months", name, NULL, goal, month->goal[f]);
        }
    }

  for (guint i = 0; i < self->sdrs->len; i++)
    {
      const AccordSdrFigures *sdr = &g_array_index (self->sdrs, AccordSdrFigures, i);

      append_csv_row (&writer, "sdrs", report_month, sdr->owner, "universe", sdr->universe);
      append_csv_row (&writer, "sdrs", report_month, sdr->owner, "active_mqls", sdr->active_mqls);
      append_csv_row (&writer, "sdrs", report_month, sdr->owner, "sqls", sdr->sqls);
      append_csv_row (&writer, "sdrs", report_month, sdr->owner, "mqls_managed", sdr->mqls_managed);
      append_csv_row (&writer, "sdrs", report_month, sdr->owner, "mql_conversion", sdr->mql_conversion);
    }

  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    append_csv_row (&writer, "funnel_period", report_month, NULL, accord_stage_get_name (s),
                    self->period_funnel.stages[s].count);
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    append_csv_row (&writer, "funnel_cohort", report_month, NULL, accord_stage_get_name (s),
                    self->cohort_funnel.stages[s].count);

  /* A flag's value is when it was raised; a decision's, its outcome. */
  for (guint i = 0; i < self->flags->len; i++)
    {
      const AccordFlag *flag = &g_array_index (self->flags, AccordFlag, i);
      const AccordLead *lead = accord_lead_store_get_lead (self->store, flag->lead);
      g_autofree char *raised = accord_zone_format (self->zone, flag->raised);

      append_csv_text_row (&writer, "flags", lead->record_id,
                           accord_flag_kind_get_name (flag->kind), raised);
    }

  for (guint i = 0; self->decisions != NULL && i < accord_decision_log_get_n_decisions (self->decisions); i++)
    {
      const AccordDecision *decision = accord_decision_log_get_decision (self->decisions, i);

      append_csv_text_row (&writer, "decisions", decision->record_id,
                           accord_flag_kind_get_name (decision->flag),
                           accord_outcome_get_name (decision->outcome));
    }

  for (guint k = 0; k < ACCORD_N_KPIS; k++)
    if (self->kpis[k].available)
      append_csv_row (&writer, "kpis", report_month, NULL, accord_kpi_get_name (k), self->kpis[k].value);

  return g_string_free (out, FALSE);
}
