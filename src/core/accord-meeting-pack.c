/* accord-meeting-pack.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The weekly meeting, one question a screen: every figure is computed
 * once, when the pack is made, the way the window's pages compute them
 * (the same metrics, the same specs and labels for the painters), so that
 * a screen looks like its page. A screen has a frame — the question above,
 * the agreement's name and the date below — whose sizes are fractions of
 * the height, never of measured text, so the area a chart gets is known
 * before anything is drawn (accord_meeting_pack_get_content_area()).
 *
 * Every string that comes from a file (names, owners, sources) is drawn
 * on one line ellipsized to its rectangle, and each screen is clipped to
 * its margins: no text can leave its box, nor the page.
 */

#define G_LOG_DOMAIN "accord-meeting-pack"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "accord-meeting-pack.h"

#include "accord-bullet-painter.h"
#include "accord-calculator.h"
#include "accord-chart-text.h"
#include "accord-committee-painter.h"
#include "accord-committee-summary.h"
#include "accord-funnel-painter.h"
#include "accord-kpi-format.h"
#include "accord-metrics.h"
#include "accord-pdf.h"
#include "accord-quarter.h"
#include "accord-sdr-item.h"
#include "accord-trend-painter.h"
#include "accord-zone.h"

/* The frame, in units of the height (DESIGN §5: large on a projector):
 * a 595-point A4 page gets 15-point type, a 1080-pixel screen 27 pixels. */
#define UNIT_PER_HEIGHT   (1.0 / 30.0)
#define BASE_FONT_UNITS   0.75
#define MARGIN_UNITS      1.5
#define HEADER_UNITS      2.0
#define HEADER_GAP_UNITS  0.8
#define FOOTER_UNITS      1.2
#define FOOTER_GAP_UNITS  0.6

/* The review window of DESIGN §3, and the committee's quarter of weeks,
 * as the Review page has them. */
#define WINDOW_SECONDS (7 * 86400)
#define SUMMARY_WEEKS  12

/* The cover lists this many imports; more are counted. */
#define MAX_IMPORTS_SHOWN 3

/* The calculator's trends, as its dialog shows them. */
enum {
  TREND_LEAD_TO_OPPORTUNITY,
  TREND_OPPORTUNITY_TO_CLOSE,
  TREND_DEAL_VALUE,
  N_TRENDS
};

static const char * const questions[ACCORD_PACK_N_SCREENS] = {
  N_("Weekly review"),
  N_("Did marketing deliver what it promised?"),
  N_("Where do leads drop off?"),
  N_("Can every SDR carry their load?"),
  N_("What did the committee decide?"),
  N_("How are the KPIs moving?"),
  N_("What do we need next quarter?"),
};

struct _AccordMeetingPack
{
  GObject                  parent_instance;

  AccordLeadStore         *store;
  AccordAgreement         *agreement;
  AccordZone              *zone;
  int                      month;
  gint64                   as_of;       /* ACCORD_TIME_NONE: no data */
  gint64                   now;         /* the data's latest moment, as the report's */
  char                    *agreement_name;
  char                    *month_name;
  char                    *date;        /* the as-of day in words */
  GPtrArray               *imports;     /* lines of the cover */

  /* Goals: the month's calendar quarter. */
  AccordQuarter           *quarter;
  int                      quarter_first;

  /* Funnel: the month by period, beside the month before. */
  AccordFunnel             funnel;
  AccordFunnel             comparison;
  char                    *comparison_name;

  /* Team. */
  GListStore              *sdrs;

  /* Review: the committee's weeks and the queue as of D. */
  AccordCommitteeSummary  *summary;
  guint                    n_queue;
  guint                    n_decided;

  /* KPIs, and leads per hour of effort (AccordAssetEffort). */
  AccordKpiValue           kpis[ACCORD_N_KPIS];
  GArray                  *efforts;

  /* Calculator. */
  gboolean                 has_history;
  AccordCalculatorHistory  history;
  int                      next_quarter;
};

G_DEFINE_FINAL_TYPE (AccordMeetingPack, accord_meeting_pack, G_TYPE_OBJECT)

/* Where a screen's parts go, and the type they are set in. */
typedef struct
{
  cairo_t                 *cr;
  PangoContext            *context;
  PangoFontDescription    *font;
  double                   resolution;
  double                   unit;
  double                   line;        /* the height of a line of the base font */
  const AccordPackPalette *palette;
} Frame;

void
accord_pack_palette_init_light (AccordPackPalette *palette)
{
  g_return_if_fail (palette != NULL);

  /* GNOME's palette on white paper. */
  *palette = (AccordPackPalette) {
    .background = { 1.0, 1.0, 1.0, 1.0 },
    .text = { 0x24 / 255.0, 0x1f / 255.0, 0x31 / 255.0, 1.0 },
    .dim_text = { 0x5e / 255.0, 0x5c / 255.0, 0x64 / 255.0, 1.0 },
    .accent = { 0x1c / 255.0, 0x71 / 255.0, 0xd8 / 255.0, 1.0 },
    .comparison = { 0x99 / 255.0, 0xc1 / 255.0, 0xf1 / 255.0, 1.0 },
    .goal = { 0xe6 / 255.0, 0x61 / 255.0, 0x00 / 255.0, 1.0 },
    .good = { 0x26 / 255.0, 0xa2 / 255.0, 0x69 / 255.0, 1.0 },
    .bad = { 0xc0 / 255.0, 0x1c / 255.0, 0x28 / 255.0, 1.0 },
    .grid = { 0xde / 255.0, 0xdd / 255.0, 0xda / 255.0, 1.0 },
  };
}

void
accord_pack_palette_init_dark (AccordPackPalette *palette)
{
  g_return_if_fail (palette != NULL);

  /* libadwaita's dark style. */
  *palette = (AccordPackPalette) {
    .background = { 0x24 / 255.0, 0x24 / 255.0, 0x24 / 255.0, 1.0 },
    .text = { 1.0, 1.0, 1.0, 1.0 },
    .dim_text = { 0xc0 / 255.0, 0xbf / 255.0, 0xbc / 255.0, 1.0 },
    .accent = { 0x62 / 255.0, 0xa0 / 255.0, 0xea / 255.0, 1.0 },
    .comparison = { 0x1a / 255.0, 0x5f / 255.0, 0xb4 / 255.0, 1.0 },
    .goal = { 0xff / 255.0, 0xa3 / 255.0, 0x48 / 255.0, 1.0 },
    .good = { 0x8f / 255.0, 0xf0 / 255.0, 0xa4 / 255.0, 1.0 },
    .bad = { 0xf6 / 255.0, 0x61 / 255.0, 0x51 / 255.0, 1.0 },
    .grid = { 0x4f / 255.0, 0x4f / 255.0, 0x4f / 255.0, 1.0 },
  };
}

static void
accord_meeting_pack_finalize (GObject *object)
{
  AccordMeetingPack *self = ACCORD_MEETING_PACK (object);

  g_clear_object (&self->store);
  g_clear_object (&self->agreement);
  g_clear_pointer (&self->zone, accord_zone_free);
  g_clear_pointer (&self->agreement_name, g_free);
  g_clear_pointer (&self->month_name, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->imports, g_ptr_array_unref);
  g_clear_object (&self->quarter);
  g_clear_pointer (&self->comparison_name, g_free);
  g_clear_object (&self->sdrs);
  g_clear_pointer (&self->summary, accord_committee_summary_unref);
  g_clear_pointer (&self->efforts, g_array_unref);

  G_OBJECT_CLASS (accord_meeting_pack_parent_class)->finalize (object);
}

static void
accord_meeting_pack_class_init (AccordMeetingPackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = accord_meeting_pack_finalize;
}

static void
accord_meeting_pack_init (AccordMeetingPack *self)
{
  self->imports = g_ptr_array_new_with_free_func (g_free);
}

static void
compute_review (AccordMeetingPack *self,
                AccordDecisionLog *decisions,
                GTimeZone         *time_zone,
                gint64             decided_until)
{
  g_autoptr(GArray) queue = NULL;

  if (self->as_of == ACCORD_TIME_NONE)
    return;

  self->summary = accord_committee_summary_new_full (self->store, self->agreement, decisions, time_zone,
                                                     self->as_of, decided_until, SUMMARY_WEEKS);
  queue = accord_review_queue_in_zone (self->store, self->agreement, time_zone, decisions,
                                       self->as_of, WINDOW_SECONDS);
  self->n_queue = queue->len;
  for (guint i = 0; i < queue->len; i++)
    self->n_decided += g_array_index (queue, AccordReviewItem, i).decision != NULL;
}

/**
 * accord_meeting_pack_new:
 *
 * As accord_meeting_pack_new_full(), with the decisions counted up to
 * @as_of: the core never reads the clock, so a pack made after the
 * meeting is made as of the meeting's day.
 *
 * Returns: (transfer full): the pack
 */
AccordMeetingPack *
accord_meeting_pack_new (AccordLeadStore   *store,
                         AccordAgreement   *agreement,
                         GTimeZone         *zone,
                         int                month_key,
                         gint64             as_of,
                         AccordDecisionLog *decisions)
{
  return accord_meeting_pack_new_full (store, agreement, zone, month_key, as_of, decisions,
                                       ACCORD_TIME_NONE);
}

/**
 * accord_meeting_pack_new_full:
 * @store: the leads
 * @agreement: the agreement they are measured against
 * @zone: (nullable): the workspace's zone: months are calendar months
 *   there; %NULL for UTC
 * @month_key: the month of the funnel, the SDRs and the KPIs, or -1 for
 *   that of the latest date in the data (as accord_report_set_month())
 * @as_of: the moment D of the review, or %ACCORD_TIME_NONE for the
 *   latest in the data (as accord_report_set_as_of())
 * @decisions: (nullable): the committee's decisions; %NULL: none yet
 * @decided_until: the committee's summary counts the decisions made up
 *   to then, as the Review page's does (accord_committee_summary_new_full());
 *   %ACCORD_TIME_NONE for D
 *
 * Computes every figure of every screen. The figures are measured at the
 * latest moment in the data, as the report's and the window's are; D
 * dates the pack and sets the committee's queue.
 *
 * Returns: (transfer full): the pack
 */
AccordMeetingPack *
accord_meeting_pack_new_full (AccordLeadStore   *store,
                              AccordAgreement   *agreement,
                              GTimeZone         *zone,
                              int                month_key,
                              gint64             as_of,
                              AccordDecisionLog *decisions,
                              gint64             decided_until)
{
  AccordMeetingPack *self;
  GTimeZone *time_zone;
  int first_month = 0, last_month = -1;
  const char *name;

  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (store), NULL);
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (decisions == NULL || ACCORD_IS_DECISION_LOG (decisions), NULL);

  self = g_object_new (ACCORD_TYPE_MEETING_PACK, NULL);
  self->store = g_object_ref (store);
  self->agreement = g_object_ref (agreement);
  self->zone = accord_zone_new (zone);
  time_zone = accord_zone_get_time_zone (self->zone);
  self->now = accord_lead_store_get_latest (store);
  accord_metrics_get_month_range (store, time_zone, &first_month, &last_month);

  /* DESIGN §6: the month of the latest date, D the latest moment. */
  if (month_key >= 0)
    self->month = month_key;
  else if (self->now != ACCORD_TIME_NONE)
    self->month = accord_zone_month_of (self->zone, self->now);
  else
    self->month = first_month <= last_month ? last_month : 0;
  self->as_of = as_of != ACCORD_TIME_NONE ? as_of : self->now;

  name = accord_agreement_get_name (agreement);
  self->agreement_name = g_strdup (name != NULL && name[0] != '\0' ? name : _("Service level agreement"));
  self->month_name = accord_month_key_format_name (self->month);
  self->date = self->as_of != ACCORD_TIME_NONE ? accord_zone_format_day (self->zone, self->as_of)
                                               : g_strdup (_("No data"));

  self->quarter = accord_quarter_new ();
  accord_quarter_update (self->quarter, store, agreement, time_zone, self->month, self->now);
  self->quarter_first = accord_quarter_start_of (self->month);

  /* As the Funnel page shows it by default: by period, beside the month
   * before. */
  accord_metrics_funnel (store, agreement, time_zone, self->month, self->month,
                         ACCORD_FUNNEL_PERIOD, &self->funnel);
  accord_metrics_funnel (store, agreement, time_zone, self->month - 1, self->month - 1,
                         ACCORD_FUNNEL_PERIOD, &self->comparison);
  self->comparison_name = accord_month_key_format_name_in_data (self->month - 1, first_month, last_month);

  self->sdrs = accord_sdr_item_list_new_for_store (store, agreement, time_zone, self->month, self->now);

  compute_review (self, decisions, time_zone,
                  decided_until != ACCORD_TIME_NONE ? decided_until : self->as_of);

  accord_metrics_kpis (store, agreement, time_zone, self->month, self->now, self->kpis);
  self->efforts = accord_metrics_leads_per_hour (store, agreement, time_zone, self->month, self->month);

  self->has_history = accord_calculator_compute_history (store, agreement, time_zone, self->now,
                                                         &self->history);
  self->next_quarter = self->quarter_first + ACCORD_QUARTER_N_MONTHS;

  return self;
}

/**
 * accord_meeting_pack_add_import:
 * @path: the file read
 * @n_rows: its rows
 * @n_skipped: those that could not be used
 *
 * Records an import for the cover, as accord_report_add_import() does for
 * the report.
 */
void
accord_meeting_pack_add_import (AccordMeetingPack *self,
                                const char        *path,
                                guint              n_rows,
                                guint              n_skipped)
{
  g_autofree char *name = NULL;

  g_return_if_fail (ACCORD_IS_MEETING_PACK (self));
  g_return_if_fail (path != NULL);

  name = g_path_get_basename (path);
  g_ptr_array_add (self->imports,
                   /* Translators: an import on the pack's cover, "contacts.csv: 7 rows, 0 skipped" */
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %'u row, %'u skipped",
                                                 "%s: %'u rows, %'u skipped", n_rows),
                                    name, n_rows, n_skipped));
}

int
accord_meeting_pack_get_month (AccordMeetingPack *self)
{
  g_return_val_if_fail (ACCORD_IS_MEETING_PACK (self), -1);
  return self->month;
}

gint64
accord_meeting_pack_get_as_of (AccordMeetingPack *self)
{
  g_return_val_if_fail (ACCORD_IS_MEETING_PACK (self), ACCORD_TIME_NONE);
  return self->as_of;
}

/**
 * accord_meeting_pack_get_question:
 *
 * Returns: (transfer none): the question @screen answers, translated;
 *   for the cover, the pack's title
 */
const char *
accord_meeting_pack_get_question (AccordPackScreen screen)
{
  g_return_val_if_fail ((guint) screen < ACCORD_PACK_N_SCREENS, NULL);
  return _(questions[screen]);
}

static double
get_unit (double height)
{
  return MAX (height, 1) * UNIT_PER_HEIGHT;
}

/**
 * accord_meeting_pack_get_content_area:
 * @width: the screen's size
 * @height:
 * @area: (out caller-allocates): where a screen's chart goes: between the
 *   question above and the agreement's name and date below
 */
void
accord_meeting_pack_get_content_area (double             width,
                                      double             height,
                                      cairo_rectangle_t *area)
{
  double unit = get_unit (height);
  double margin = MARGIN_UNITS * unit;
  double bottom = height - margin - (FOOTER_UNITS + FOOTER_GAP_UNITS) * unit;

  g_return_if_fail (area != NULL);

  area->x = margin;
  area->y = margin + (HEADER_UNITS + HEADER_GAP_UNITS) * unit;
  area->width = MAX (width - 2 * margin, 0);
  area->height = MAX (bottom - area->y, 0);
}

/**
 * accord_meeting_pack_create_context:
 * @cr: where the screen is painted
 * @context: (nullable): the widget's context, whose fonts, resolution and
 *   language to follow; %NULL for @cr's
 * @height: the screen's height
 *
 * Returns: (transfer full): the context a screen of @height is laid out
 *   in: its base font is sized from the height
 */
PangoContext *
accord_meeting_pack_create_context (cairo_t      *cr,
                                    PangoContext *context,
                                    double        height)
{
  PangoContext *pack_context;
  g_autoptr(PangoFontDescription) font = NULL;

  g_return_val_if_fail (cr != NULL, NULL);
  g_return_val_if_fail (context == NULL || PANGO_IS_CONTEXT (context), NULL);

  /* A copy: the widget's own context keeps its font. */
  if (context != NULL)
    {
      pack_context = pango_font_map_create_context (pango_context_get_font_map (context));
      pango_context_set_language (pack_context, pango_context_get_language (context));
      pango_cairo_context_set_resolution (pack_context, pango_cairo_context_get_resolution (context));
      pango_cairo_context_set_font_options (pack_context, pango_cairo_context_get_font_options (context));
      font = accord_chart_dup_base_font (context);
    }
  else
    {
      pack_context = pango_cairo_create_context (cr);
      font = pango_font_description_from_string ("Sans");
    }

  pango_font_description_set_absolute_size (font, get_unit (height) * BASE_FONT_UNITS * PANGO_SCALE);
  pango_context_set_font_description (pack_context, font);
  return pack_context;
}

/* Paints @text on one line in @rect, ellipsized to its width. */
static void
show_text (const Frame            *frame,
           const char             *text,
           double                  scale,
           gboolean                bold,
           const AccordChartColor *color,
           PangoAlignment          alignment,
           double                  x,
           double                  y,
           double                  width,
           double                  height)
{
  cairo_rectangle_t rect = { x, y, MAX (width, 0), MAX (height, 0) };

  accord_chart_set_source_color (frame->cr, color);
  accord_chart_text_paint (frame->cr, frame->font, frame->resolution, text, scale, bold,
                           alignment, &rect);
}

/* Paints @text in @rect on at most @max_lines lines, wrapped at words
 * (or anywhere in a word too long) and ellipsized after the last one. */
static void
show_wrapped_text (const Frame            *frame,
                   const char             *text,
                   double                  scale,
                   gboolean                bold,
                   const AccordChartColor *color,
                   int                     max_lines,
                   double                  x,
                   double                  y,
                   double                  width,
                   double                  height)
{
  g_autoptr(PangoFontDescription) font = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  PangoContext *context;

  if (text == NULL || text[0] == '\0' || width < 1 || height < 1)
    return;

  context = pango_cairo_create_context (frame->cr);
  pango_cairo_context_set_resolution (context, frame->resolution);
  font = accord_chart_font_new (frame->font, scale, bold);
  layout = pango_layout_new (context);
  g_object_unref (context);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_height (layout, -max_lines);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);

  cairo_save (frame->cr);
  cairo_rectangle (frame->cr, x, y, width, height);
  cairo_clip (frame->cr);
  accord_chart_set_source_color (frame->cr, color);
  cairo_move_to (frame->cr, x, y);
  pango_cairo_show_layout (frame->cr, layout);
  cairo_restore (frame->cr);
}

static void
fill_rect (cairo_t                *cr,
           const AccordChartColor *color,
           double                  x,
           double                  y,
           double                  width,
           double                  height)
{
  if (width <= 0 || height <= 0)
    return;

  accord_chart_set_source_color (cr, color);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
}

static void
paint_message (const Frame             *frame,
               const cairo_rectangle_t *area,
               const char              *message)
{
  show_text (frame, message, 1.2, FALSE, &frame->palette->dim_text, PANGO_ALIGN_CENTER,
             area->x, area->y, area->width, area->height);
}

/* "3 of 250", or "3" without a goal; "–" for a month not begun. */
static char *
format_against_goal (AccordBulletFormat format,
                     double             actual,
                     double             goal)
{
  g_autofree char *value = isfinite (actual) ? accord_bullet_format_number (format, actual)
                                             : g_strdup ("–");
  g_autofree char *target = NULL;

  if (!isfinite (goal))
    return g_steal_pointer (&value);

  target = accord_bullet_format_number (format, goal);
  /* Translators: a month's figure against its goal, "212 of 250" */
  return g_strdup_printf (_("%s of %s"), value, target);
}

/* The goals screen shows the figures the agreement sets a goal for in
 * the quarter: the five of DESIGN §1, and any optional one that is set. */
static gboolean
row_has_goal (AccordQuarterRow *row)
{
  for (guint c = ACCORD_QUARTER_MONTH_1; c <= ACCORD_QUARTER_MONTH_3; c++)
    if (isfinite (accord_quarter_row_get_cell (row, c)->goal))
      return TRUE;
  return FALSE;
}

/* A month's cell as a bullet chart: the actual against the goal, the
 * three months of a figure on one scale. */
static AccordBulletSpec *
create_goal_spec (AccordQuarterRow *row,
                  guint             column)
{
  const AccordQuarterCell *cell = accord_quarter_row_get_cell (row, column);
  double actual = cell->state == ACCORD_PERIOD_FUTURE ? NAN : cell->actual;
  AccordBand band = cell->level == ACCORD_ATTAINMENT_MISSED ? ACCORD_BAND_UNDER : ACCORD_BAND_IN;
  AccordBulletSpec *spec = accord_bullet_spec_new (accord_quarter_row_get_title (row),
                                                   accord_bullet_format_for_figure (accord_quarter_row_get_figure (row)),
                                                   actual, band);
  double extent = 0;

  spec->target = cell->goal;
  for (guint c = ACCORD_QUARTER_MONTH_1; c <= ACCORD_QUARTER_MONTH_3; c++)
    {
      const AccordQuarterCell *other = accord_quarter_row_get_cell (row, c);

      if (isfinite (other->actual))
        extent = MAX (extent, other->actual);
      if (isfinite (other->goal))
        extent = MAX (extent, other->goal);
    }
  spec->scale_max = accord_bullet_nice_ceiling (extent);
  return spec;
}

static void
paint_bullet (const Frame            *frame,
              const AccordBulletSpec *spec,
              const AccordChartColor *foreground,
              double                  x,
              double                  y,
              double                  width,
              double                  height)
{
  AccordBulletLayout layout;
  AccordBulletPalette palette;

  /* As the window's bullet charts: no text in the chart, the scale the
   * whole rectangle. */
  accord_bullet_palette_init (&palette, foreground);
  accord_bullet_layout (spec, NULL, width, height, &layout);
  cairo_save (frame->cr);
  cairo_translate (frame->cr, x, y);
  accord_bullet_paint (spec, &layout, &palette, NULL, frame->cr);
  cairo_restore (frame->cr);
}

static void
paint_goals (AccordMeetingPack       *self,
             const Frame             *frame,
             const cairo_rectangle_t *area)
{
  GListModel *rows = G_LIST_MODEL (self->quarter);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  double title_width = area->width * 0.24;
  double gap = frame->unit;
  double column_width = (area->width - title_width - 3 * gap) / ACCORD_QUARTER_N_MONTHS;
  double heading = frame->line * 1.3;
  double row_height;
  g_autofree char *quarter = accord_quarter_format (self->quarter_first);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(AccordQuarterRow) row = g_list_model_get_item (rows, i);

      if (row_has_goal (row))
        g_ptr_array_add (shown, g_steal_pointer (&row));
    }
  if (shown->len == 0)
    {
      paint_message (frame, area, _("The agreement sets no goals for this quarter"));
      return;
    }

  show_text (frame, quarter, 1.1, TRUE, &frame->palette->text, PANGO_ALIGN_LEFT,
             area->x, area->y, title_width, heading);
  for (guint c = 0; c < ACCORD_QUARTER_N_MONTHS; c++)
    {
      g_autofree char *name = accord_month_key_format_name (self->quarter_first + (int) c);
      double x = area->x + title_width + gap + c * (column_width + gap);

      show_text (frame, name, 1.0, TRUE,
                 self->quarter_first + (int) c == self->month ? &frame->palette->accent : &frame->palette->text,
                 PANGO_ALIGN_LEFT, x, area->y, column_width, heading);
    }

  row_height = MIN ((area->height - heading) / shown->len, frame->line * 3.2);
  for (guint r = 0; r < shown->len; r++)
    {
      AccordQuarterRow *row = g_ptr_array_index (shown, r);
      double y = area->y + heading + r * row_height;
      double text_height = MIN (frame->line * 1.2, row_height / 2);
      double chart_height = MIN (row_height - text_height - frame->unit * 0.3, frame->line * 1.2);

      show_text (frame, accord_quarter_row_get_title (row), 1.0, FALSE, &frame->palette->text,
                 PANGO_ALIGN_LEFT, area->x, y, title_width, text_height + chart_height);
      for (guint c = 0; c < ACCORD_QUARTER_N_MONTHS; c++)
        {
          const AccordQuarterCell *cell = accord_quarter_row_get_cell (row, c);
          g_autoptr(AccordBulletSpec) spec = create_goal_spec (row, c);
          g_autofree char *text = format_against_goal (spec->format, spec->value, cell->goal);
          double x = area->x + title_width + gap + c * (column_width + gap);
          const AccordChartColor *color = cell->level == ACCORD_ATTAINMENT_MISSED ? &frame->palette->bad
                                        : cell->level == ACCORD_ATTAINMENT_MET ? &frame->palette->good
                                        : &frame->palette->text;

          show_text (frame, text, 1.0, TRUE, color, PANGO_ALIGN_LEFT, x, y, column_width, text_height);
          if (chart_height > 1)
            paint_bullet (frame, spec, color, x, y + text_height, column_width, chart_height);
        }
    }
}

static void
get_funnel_labels (AccordMeetingPack  *self,
                   AccordFunnelLabels *labels)
{
  /* As the Funnel page labels its chart of all leads. */
  *labels = (AccordFunnelLabels) {
    .current = self->month_name,
    .comparison = self->comparison_name,
  };
}

static void
paint_funnel (AccordMeetingPack       *self,
              const Frame             *frame,
              const cairo_rectangle_t *area)
{
  g_autoptr(AccordFunnelLayout) layout = NULL;
  AccordFunnelLabels labels;
  AccordFunnelPalette palette = {
    .bar = frame->palette->accent,
    .comparison = frame->palette->comparison,
    .goal = frame->palette->goal,
    .text = frame->palette->text,
    .dim_text = frame->palette->dim_text,
    .background = { 0, 0, 0, 0 },
  };

  get_funnel_labels (self, &labels);
  layout = accord_funnel_layout_new (frame->context, &self->funnel, &self->comparison, &labels,
                                     area->width, area->height);
  cairo_save (frame->cr);
  cairo_translate (frame->cr, area->x, area->y);
  accord_funnel_paint (frame->cr, layout, &palette);
  cairo_restore (frame->cr);
}

static char *
dup_team_summary (GListModel *items)
{
  guint n_items = g_list_model_get_n_items (items);
  guint n_out = accord_sdr_item_count_out_of_band (items);

  if (n_out == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u SDR, in band", "All %u SDRs in band", n_items),
                            n_items);
  /* Translators: "Out of band: 9 of 10 SDRs" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Out of band: %u of %u SDR", "Out of band: %u of %u SDRs",
                                       n_items),
                          n_out, n_items);
}

static void
paint_team (AccordMeetingPack       *self,
            const Frame             *frame,
            const cairo_rectangle_t *area)
{
  GListModel *items = G_LIST_MODEL (self->sdrs);
  guint n_items = g_list_model_get_n_items (items);
  const AccordCapacity *capacity = accord_agreement_get_capacity (self->agreement);
  double owner_width = area->width * 0.2;
  double gap = frame->unit;
  double column_width = (area->width - owner_width - ACCORD_SDR_N_MEASURES * gap) / ACCORD_SDR_N_MEASURES;
  double line = frame->line * 1.3;
  double row_height, top;
  guint n_rows;
  g_autofree char *summary = NULL;

  if (n_items == 0)
    {
      paint_message (frame, area, _("No SDR owns a lead this month"));
      return;
    }

  summary = dup_team_summary (items);
  show_text (frame, summary, 1.0, TRUE,
             accord_sdr_item_count_out_of_band (items) > 0 ? &frame->palette->bad : &frame->palette->good,
             PANGO_ALIGN_LEFT, area->x, area->y, area->width, line);
  top = area->y + line;
  for (guint m = 0; m < ACCORD_SDR_N_MEASURES; m++)
    {
      g_autofree char *title = accord_sdr_measure_dup_title (m, capacity);

      show_wrapped_text (frame, title, 0.85, TRUE, &frame->palette->dim_text, 2,
                         area->x + owner_width + gap + m * (column_width + gap), top, column_width, 2 * line);
    }
  top += 2 * line;

  /* Rows of a value over its chart, at most three lines high; those
   * that do not fit are counted on the last line. */
  row_height = CLAMP ((area->y + area->height - top) / n_items, frame->line * 2.0, frame->line * 3.0);
  n_rows = (guint) MAX (floor ((area->y + area->height - top) / row_height), 1);
  if (n_rows < n_items)
    n_rows--;

  for (guint i = 0; i < n_rows && i < n_items; i++)
    {
      g_autoptr(AccordSdrItem) item = g_list_model_get_item (items, i);
      double y = top + i * row_height;
      double text_height = frame->line * 1.1;
      double chart_height = MIN (row_height - text_height - frame->unit * 0.3, frame->line);

      show_text (frame, accord_sdr_item_get_owner (item), 1.0, FALSE, &frame->palette->text,
                 PANGO_ALIGN_LEFT, area->x, y, owner_width, text_height + chart_height);
      for (guint m = 0; m < ACCORD_SDR_N_MEASURES; m++)
        {
          const AccordBulletSpec *spec = accord_sdr_item_get_chart (item, m);
          g_autofree char *value = accord_bullet_spec_dup_value_text (spec);
          const AccordChartColor *color = spec->band == ACCORD_BAND_IN ? &frame->palette->text
                                                                       : &frame->palette->bad;
          double x = area->x + owner_width + gap + m * (column_width + gap);

          /* Not colour only: an out-of-band figure says so in words. */
          if (spec->band != ACCORD_BAND_IN)
            {
              g_autofree char *plain = g_steal_pointer (&value);

              /* Translators: a figure and its band, "1 (under)" */
              value = g_strdup_printf (_("%s (%s)"), plain, accord_bullet_band_get_label (spec->band));
            }
          show_text (frame, value, 1.0, TRUE, color, PANGO_ALIGN_LEFT, x, y, column_width, text_height);
          if (chart_height > 1)
            paint_bullet (frame, spec, color, x, y + text_height, column_width, chart_height);
        }
    }

  if (n_rows < n_items)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more SDR",
                                                            "and %u more SDRs", n_items - n_rows),
                                               n_items - n_rows);

      show_text (frame, more, 0.9, FALSE, &frame->palette->dim_text, PANGO_ALIGN_LEFT,
                 area->x, top + n_rows * row_height, area->width, row_height);
    }
}

static char *
dup_queue_summary (AccordMeetingPack *self)
{
  guint undecided = self->n_queue - self->n_decided;

  /* Translators: the committee's queue as of the review, "5 flags in the
   * queue: 3 decided, 2 to decide" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u flag in the queue: %'u decided, %'u to decide",
                                       "%'u flags in the queue: %'u decided, %'u to decide", self->n_queue),
                          self->n_queue, self->n_decided, undecided);
}

static void
paint_review (AccordMeetingPack       *self,
              const Frame             *frame,
              const cairo_rectangle_t *area)
{
  g_autoptr(AccordCommitteeLayout) layout = NULL;
  g_autofree char *counts = NULL;
  AccordCommitteeLabels labels = { NULL, };
  AccordCommitteePalette palette;
  double line = frame->line * 1.5;

  if (self->summary == NULL)
    {
      paint_message (frame, area, _("No data"));
      return;
    }

  counts = dup_queue_summary (self);
  show_text (frame, counts, 1.1, TRUE, &frame->palette->text, PANGO_ALIGN_LEFT,
             area->x, area->y, area->width, line);

  /* Unqualified is marketing's outcome; reassign and keep, sales', two
   * shades of one colour; dismiss a grey. */
  palette.outcomes[ACCORD_OUTCOME_UNQUALIFIED] = frame->palette->goal;
  palette.outcomes[ACCORD_OUTCOME_REASSIGN] = frame->palette->accent;
  palette.outcomes[ACCORD_OUTCOME_KEEP] = frame->palette->comparison;
  palette.outcomes[ACCORD_OUTCOME_DISMISS] = frame->palette->grid;
  palette.raised = frame->palette->text;
  palette.text = frame->palette->text;
  palette.dim_text = frame->palette->dim_text;
  palette.grid = frame->palette->grid;
  palette.background = (AccordChartColor) { 0, 0, 0, 0 };

  layout = accord_committee_layout_new (frame->context, self->summary, &labels,
                                        area->width, MAX (area->height - line, 0));
  cairo_save (frame->cr);
  cairo_translate (frame->cr, area->x, area->y + line);
  accord_committee_paint (frame->cr, layout, &palette);
  cairo_restore (frame->cr);
}


static void
paint_kpi_tile (const Frame          *frame,
                const AccordKpiValue *value,
                double                x,
                double                y,
                double                width,
                double                height)
{
  double pad = frame->unit * 0.6;
  double inner = width - 2 * pad;
  double line = frame->line * 1.2;
  double value_height = frame->line * 2.4;
  double stroke = MAX (frame->unit * 0.08, 1);
  g_autofree char *number = NULL;
  g_autofree char *change = NULL;
  AccordKpiTrend trend;

  /* A tile, as the KPIs page's cards; its edge inside the tile, which
   * the content area clips. */
  accord_chart_set_source_color (frame->cr, &frame->palette->grid);
  cairo_set_line_width (frame->cr, stroke);
  cairo_rectangle (frame->cr, x + stroke / 2, y + stroke / 2, width - stroke, height - stroke);
  cairo_stroke (frame->cr);

  y += pad;
  show_text (frame, accord_kpi_get_title (value->kpi), 1.0, TRUE, &frame->palette->text,
             PANGO_ALIGN_LEFT, x + pad, y, inner, line);
  y += line;
  if (!value->available)
    {
      show_text (frame, _("Not in the export"), 1.0, FALSE, &frame->palette->dim_text,
                 PANGO_ALIGN_LEFT, x + pad, y, inner, value_height);
      return;
    }

  number = accord_kpi_format_value (value->kpi, value->value);
  show_text (frame, number, 2.0, TRUE, &frame->palette->accent, PANGO_ALIGN_LEFT,
             x + pad, y, inner, value_height);
  y += value_height;
  if (isfinite (value->goal))
    {
      g_autofree char *goal = accord_kpi_format_value (value->kpi, value->goal);
      /* Translators: a KPI's goal on its tile, "goal 8%" */
      g_autofree char *text = g_strdup_printf (_("goal %s"), goal);

      show_text (frame, text, 0.9, FALSE, &frame->palette->dim_text, PANGO_ALIGN_LEFT,
                 x + pad, y, inner, line);
      y += line;
    }

  change = accord_kpi_format_change (value);
  trend = accord_kpi_get_trend (value);
  if (change != NULL)
    show_text (frame, change, 0.9, FALSE,
               trend == ACCORD_KPI_TREND_BETTER ? &frame->palette->good
               : trend == ACCORD_KPI_TREND_WORSE ? &frame->palette->bad
               : &frame->palette->dim_text,
               PANGO_ALIGN_LEFT, x + pad, y, inner, line);
}

/* Under the tiles, as on the KPIs page: leads per hour of effort for each
 * asset the agreement enters hours for, as many as fit. */
static void
paint_efforts (AccordMeetingPack       *self,
               const Frame             *frame,
               const cairo_rectangle_t *area,
               double                   y)
{
  double line = frame->line * 1.2;
  double bottom = area->y + area->height;

  if (self->efforts->len == 0 || y + 2 * line > bottom)
    return;

  show_text (frame, _("Leads per Hour of Effort"), 1.0, TRUE, &frame->palette->text,
             PANGO_ALIGN_LEFT, area->x, y, area->width, line);
  y += line;
  for (guint i = 0; i < self->efforts->len && y + line <= bottom; i++, y += line)
    {
      const AccordAssetEffort *effort = &g_array_index (self->efforts, AccordAssetEffort, i);
      g_autofree char *text = accord_kpi_format_effort (effort);

      show_text (frame, effort->asset, 0.9, FALSE, &frame->palette->text, PANGO_ALIGN_LEFT,
                 area->x, y, area->width * 0.3, line);
      show_text (frame, text, 0.9, FALSE, &frame->palette->dim_text, PANGO_ALIGN_LEFT,
                 area->x + area->width * 0.3, y, area->width * 0.7, line);
    }
}

static void
paint_kpis (AccordMeetingPack       *self,
            const Frame             *frame,
            const cairo_rectangle_t *area)
{
  AccordKpi shown[ACCORD_N_KPIS];
  guint n_shown = accord_kpi_get_shown (self->agreement, shown);
  guint n_columns, n_rows;
  double gap = frame->unit;
  double tile_width, tile_height;

  if (self->now == ACCORD_TIME_NONE)
    {
      paint_message (frame, area, _("No data"));
      return;
    }

  /* Two rows of tiles at most: 5 to 7 KPIs (DESIGN §1) and sales
   * velocity. */
  n_columns = n_shown <= 4 ? n_shown : (n_shown + 1) / 2;
  n_rows = (n_shown + n_columns - 1) / n_columns;
  tile_width = (area->width - (n_columns - 1) * gap) / n_columns;
  tile_height = MIN ((area->height - (n_rows - 1) * gap) / n_rows, frame->line * 8);

  for (guint i = 0; i < n_shown; i++)
    paint_kpi_tile (frame, &self->kpis[shown[i]],
                    area->x + (i % n_columns) * (tile_width + gap),
                    area->y + (i / n_columns) * (tile_height + gap),
                    tile_width, tile_height);

  paint_efforts (self, frame, area, area->y + n_rows * (tile_height + gap));
}

static const char *
get_trend_title (guint trend)
{
  switch (trend)
    {
    case TREND_LEAD_TO_OPPORTUNITY:
      return _("Lead→opportunity rate");
    case TREND_OPPORTUNITY_TO_CLOSE:
      return _("Opportunity→close rate");
    case TREND_DEAL_VALUE:
    default:
      return _("Average deal value");
    }
}

/* A trend's values by quarter, its slope and format, as the calculator
 * dialog feeds its trend charts. */
static void
get_trend (AccordMeetingPack  *self,
           guint               trend,
           double             *values,
           double             *slope,
           AccordBulletFormat *format)
{
  for (guint q = 0; q < self->history.n_quarters; q++)
    {
      const AccordCalculatorQuarter *quarter = &self->history.quarters[q];

      values[q] = trend == TREND_LEAD_TO_OPPORTUNITY ? quarter->lead_to_opportunity
                : trend == TREND_OPPORTUNITY_TO_CLOSE ? quarter->opportunity_to_close
                : quarter->average_deal_value;
    }
  *slope = trend == TREND_LEAD_TO_OPPORTUNITY ? self->history.lead_to_opportunity_trend
         : trend == TREND_OPPORTUNITY_TO_CLOSE ? self->history.opportunity_to_close_trend
         : self->history.average_deal_value_trend;
  *format = trend == TREND_DEAL_VALUE ? ACCORD_BULLET_FORMAT_MONEY : ACCORD_BULLET_FORMAT_PERCENT;
}

/* Whether the agreement sets @figure's goal in any month of the next
 * quarter. */
static gboolean
next_quarter_has_goal (AccordMeetingPack *self,
                       AccordFigure       figure)
{
  for (int m = 0; m < ACCORD_QUARTER_N_MONTHS; m++)
    if (isfinite (accord_agreement_get_goal (self->agreement, self->next_quarter + m, figure)))
      return TRUE;
  return FALSE;
}

static void
paint_next_goals (AccordMeetingPack       *self,
                  const Frame             *frame,
                  const cairo_rectangle_t *area)
{
  g_autofree char *quarter = accord_quarter_format (self->next_quarter);
  /* Translators: a heading, "Goals for Q1 2025" */
  g_autofree char *heading = g_strdup_printf (_("Goals for %s"), quarter);
  double line = frame->line * 1.4;
  double title_width = area->width * 0.46;
  double column_width = (area->width - title_width) / ACCORD_QUARTER_N_MONTHS;
  double y = area->y;

  show_text (frame, heading, 1.1, TRUE, &frame->palette->text, PANGO_ALIGN_LEFT,
             area->x, y, area->width, line);
  y += line;
  for (int m = 0; m < ACCORD_QUARTER_N_MONTHS; m++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (ACCORD_MONTH_KEY_YEAR (self->next_quarter + m),
                                                       ACCORD_MONTH_KEY_MONTH (self->next_quarter + m),
                                                       1, 0, 0, 0);
      /* A month's short name standing alone, as the calculator's: "Jan". */
      g_autofree char *name = date != NULL ? g_date_time_format (date, "%Ob") : g_strdup ("");

      show_text (frame, name, 0.9, TRUE, &frame->palette->dim_text, PANGO_ALIGN_RIGHT,
                 area->x + title_width + m * column_width, y, column_width, line);
    }
  y += line;

  for (guint f = 0; f < ACCORD_N_FIGURES && y + line <= area->y + area->height + 0.5; f++)
    {
      if (!next_quarter_has_goal (self, f))
        continue;

      show_text (frame, accord_figure_get_title (f), 1.0, FALSE, &frame->palette->text,
                 PANGO_ALIGN_LEFT, area->x, y, title_width, line);
      for (int m = 0; m < ACCORD_QUARTER_N_MONTHS; m++)
        {
          double goal = accord_agreement_get_goal (self->agreement, self->next_quarter + m, f);
          g_autofree char *text = isfinite (goal) ? accord_bullet_format_number (accord_bullet_format_for_figure (f), goal)
                                                  : g_strdup ("–");

          show_text (frame, text, 1.0, TRUE, &frame->palette->text, PANGO_ALIGN_RIGHT,
                     area->x + title_width + m * column_width, y, column_width, line);
        }
      y += line;
    }
}

static void
paint_calculator (AccordMeetingPack       *self,
                  const Frame             *frame,
                  const cairo_rectangle_t *area)
{
  double gap = frame->unit * 1.5;
  double trends_width = (area->width - gap) * 0.55;
  double row_height = area->height / N_TRENDS;
  double line = frame->line * 1.3;
  cairo_rectangle_t goals = {
    area->x + trends_width + gap, area->y, area->width - trends_width - gap, area->height
  };
  AccordTrendPalette palette = {
    .line = frame->palette->accent,
    .trend = frame->palette->goal,
    .baseline = frame->palette->grid,
    .text = frame->palette->text,
    .background = { 0, 0, 0, 0 },
  };

  for (guint t = 0; t < N_TRENDS; t++)
    {
      double values[ACCORD_CALCULATOR_MAX_QUARTERS] = { 0, };
      double slope = NAN;
      AccordBulletFormat format = ACCORD_BULLET_FORMAT_COUNT;
      double y = area->y + t * row_height;
      g_autofree char *slope_text = NULL;
      g_autoptr(AccordTrendLayout) layout = NULL;

      get_trend (self, t, values, &slope, &format);
      slope_text = accord_trend_format_slope (format, slope);
      show_text (frame, get_trend_title (t), 1.0, TRUE, &frame->palette->text, PANGO_ALIGN_LEFT,
                 area->x, y, trends_width * 0.6, line);
      show_text (frame, slope_text, 0.9, FALSE, &frame->palette->dim_text, PANGO_ALIGN_RIGHT,
                 area->x + trends_width * 0.6, y, trends_width * 0.4, line);
      if (!self->has_history)
        continue;

      layout = accord_trend_layout_new (frame->context, values, self->history.n_quarters, slope, format,
                                        trends_width, MAX (row_height - line - frame->unit * 0.5, 0));
      cairo_save (frame->cr);
      cairo_translate (frame->cr, area->x, y + line);
      accord_trend_paint (frame->cr, layout, &palette);
      cairo_restore (frame->cr);
    }

  paint_next_goals (self, frame, &goals);
}

static void
paint_cover (AccordMeetingPack       *self,
             const Frame             *frame,
             const cairo_rectangle_t *area)
{
  double x = area->x;
  double width = area->width;
  double y = area->y;
  double line = frame->line * 1.25;
  /* Translators: the cover's subtitle, "Weekly review, October 2024" */
  g_autofree char *subtitle = g_strdup_printf (_("Weekly review, %s"), self->month_name);
  /* Translators: "Data as of 25 October 2024" */
  g_autofree char *as_of = g_strdup_printf (_("Data as of %s"), self->date);

  cairo_rectangle_t title;
  double title_scale = 2.4;

  /* A long name is set smaller before it is cut short. */
  accord_chart_text_measure (frame->context, frame->font, self->agreement_name, title_scale, TRUE, &title);
  if (title.width > width)
    title_scale = MAX (1.6, title_scale * width / title.width);
  show_text (frame, self->agreement_name, title_scale, TRUE, &frame->palette->text, PANGO_ALIGN_LEFT,
             x, y, width, frame->line * 2.8);
  y += frame->line * 2.8;
  show_text (frame, subtitle, 1.5, FALSE, &frame->palette->accent, PANGO_ALIGN_LEFT,
             x, y, width, frame->line * 1.8);
  y += frame->line * 1.8;
  show_text (frame, as_of, 1.0, FALSE, &frame->palette->text, PANGO_ALIGN_LEFT, x, y, width, line);
  y += line;

  for (guint i = 0; i < self->imports->len && i < MAX_IMPORTS_SHOWN; i++)
    {
      show_text (frame, g_ptr_array_index (self->imports, i), 0.9, FALSE, &frame->palette->dim_text,
                 PANGO_ALIGN_LEFT, x, y, width, line);
      y += line;
    }
  if (self->imports->len > MAX_IMPORTS_SHOWN)
    {
      guint more = self->imports->len - MAX_IMPORTS_SHOWN;
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more export",
                                                            "and %u more exports", more),
                                               more);

      show_text (frame, text, 0.9, FALSE, &frame->palette->dim_text, PANGO_ALIGN_LEFT, x, y, width, line);
      y += line;
    }

  /* The pages that follow, with their questions. */
  y += line * 0.5;
  line = MIN (line, (area->y + area->height - y) / (ACCORD_PACK_N_SCREENS - 1));
  for (guint s = ACCORD_PACK_SCREEN_GOALS; s < ACCORD_PACK_N_SCREENS; s++)
    {
      g_autofree char *number = g_strdup_printf ("%u", s + 1);

      show_text (frame, number, 1.0, TRUE, &frame->palette->accent, PANGO_ALIGN_RIGHT,
                 x, y, frame->unit * 1.5, line);
      show_text (frame, accord_meeting_pack_get_question (s), 1.0, FALSE, &frame->palette->text,
                 PANGO_ALIGN_LEFT, x + frame->unit * 2.5, y, width - frame->unit * 2.5, line);
      y += line;
    }
}

/**
 * accord_meeting_pack_paint:
 * @cr: where to paint
 * @context: (nullable): the widget's Pango context; %NULL: one made from @cr
 * @screen: which screen
 * @width: the screen's size, in @cr's user units: points for the PDF,
 *   pixels in the window
 * @height:
 * @palette: the colours
 *
 * Paints @screen over its background: the question above, the agreement's
 * name and the date of D below, the screen's charts between
 * (accord_meeting_pack_get_content_area()). Type is sized from @height.
 */
void
accord_meeting_pack_paint (AccordMeetingPack       *self,
                           cairo_t                 *cr,
                           PangoContext            *context,
                           AccordPackScreen         screen,
                           double                   width,
                           double                   height,
                           const AccordPackPalette *palette)
{
  PangoContext *pack_context;
  g_autoptr(PangoFontDescription) font = NULL;
  g_autofree char *dated = NULL;
  cairo_rectangle_t area;
  double unit, margin, footer_y, half;
  Frame frame;

  g_return_if_fail (ACCORD_IS_MEETING_PACK (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail ((guint) screen < ACCORD_PACK_N_SCREENS);
  g_return_if_fail (palette != NULL);

  if (!isfinite (width) || !isfinite (height) || width < 1 || height < 1)
    return;

  pack_context = accord_meeting_pack_create_context (cr, context, height);
  font = accord_chart_dup_base_font (pack_context);
  unit = get_unit (height);
  margin = MARGIN_UNITS * unit;
  frame = (Frame) {
    .cr = cr,
    .context = pack_context,
    .font = font,
    .resolution = pango_cairo_context_get_resolution (pack_context),
    .unit = unit,
    .line = accord_chart_get_line_height (pack_context, font),
    .palette = palette,
  };
  accord_meeting_pack_get_content_area (width, height, &area);
  /* Translators: a screen's footer, the month shown and the review's
   * day: "October 2024 · 25 October 2024" */
  dated = g_strdup_printf (_("%s · %s"), self->month_name, self->date);

  cairo_save (cr);
  fill_rect (cr, &palette->background, 0, 0, width, height);

  /* Nothing leaves the margins, whatever the data holds. */
  cairo_rectangle (cr, margin, margin, MAX (width - 2 * margin, 0), MAX (height - 2 * margin, 0));
  cairo_clip (cr);

  half = (width - 2 * margin) / 2;
  show_text (&frame, accord_meeting_pack_get_question (screen), 1.6, TRUE, &palette->text,
             PANGO_ALIGN_LEFT, margin, margin, width - 2 * margin, HEADER_UNITS * unit);

  footer_y = height - margin - FOOTER_UNITS * unit;
  fill_rect (cr, &palette->grid, margin, footer_y - FOOTER_GAP_UNITS * unit / 2,
             width - 2 * margin, MAX (unit * 0.05, 0.5));
  show_text (&frame, self->agreement_name, 0.9, FALSE, &palette->dim_text, PANGO_ALIGN_LEFT,
             margin, footer_y, half * 1.2, FOOTER_UNITS * unit);
  show_text (&frame, dated, 0.9, FALSE, &palette->dim_text, PANGO_ALIGN_RIGHT,
             margin + half * 1.2, footer_y, half * 0.8, FOOTER_UNITS * unit);

  if (area.width >= 1 && area.height >= 1)
    {
      cairo_save (cr);
      cairo_rectangle (cr, area.x, area.y, area.width, area.height);
      cairo_clip (cr);
      switch (screen)
        {
        case ACCORD_PACK_SCREEN_COVER:
          paint_cover (self, &frame, &area);
          break;
        case ACCORD_PACK_SCREEN_GOALS:
          paint_goals (self, &frame, &area);
          break;
        case ACCORD_PACK_SCREEN_FUNNEL:
          paint_funnel (self, &frame, &area);
          break;
        case ACCORD_PACK_SCREEN_TEAM:
          paint_team (self, &frame, &area);
          break;
        case ACCORD_PACK_SCREEN_REVIEW:
          paint_review (self, &frame, &area);
          break;
        case ACCORD_PACK_SCREEN_KPIS:
          paint_kpis (self, &frame, &area);
          break;
        case ACCORD_PACK_SCREEN_CALCULATOR:
        case ACCORD_PACK_N_SCREENS:
        default:
          paint_calculator (self, &frame, &area);
          break;
        }
      cairo_restore (cr);
    }

  cairo_restore (cr);
  g_object_unref (pack_context);
}

/* Appends @sentence, ending it with a full stop where it has none. */
static void
append_sentence (GString    *text,
                 const char *sentence)
{
  gsize length = strlen (sentence);

  if (length == 0)
    return;
  if (text->len > 0)
    g_string_append_c (text, ' ');
  g_string_append (text, sentence);
  if (!g_str_has_suffix (sentence, ".") && !g_str_has_suffix (sentence, "?"))
    g_string_append_c (text, '.');
}

static void
describe_cover (AccordMeetingPack *self,
                GString           *text)
{
  /* Translators: the cover for a screen reader, "Northwind SLA. Weekly
   * review, October 2024. Data as of 25 October 2024." */
  g_string_append_printf (text, _("%s. Weekly review, %s. Data as of %s."),
                          self->agreement_name, self->month_name, self->date);
  for (guint i = 0; i < self->imports->len; i++)
    g_string_append_printf (text, " %s.", (const char *) g_ptr_array_index (self->imports, i));
  for (guint s = ACCORD_PACK_SCREEN_GOALS; s < ACCORD_PACK_N_SCREENS; s++)
    /* Translators: a page of the pack, "Page 2: Where do leads drop off?" */
    g_string_append_printf (text, _(" Page %u: %s"), s + 1, accord_meeting_pack_get_question (s));
}

static void
describe_goals (AccordMeetingPack *self,
                GString           *text)
{
  GListModel *rows = G_LIST_MODEL (self->quarter);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(AccordQuarterRow) row = g_list_model_get_item (rows, i);

      if (!row_has_goal (row))
        continue;
      /* The months not begun have nothing to say yet. */
      for (guint c = 0; c < ACCORD_QUARTER_N_MONTHS; c++)
        {
          g_autoptr(AccordBulletSpec) spec = NULL;
          g_autofree char *month = NULL;
          g_autofree char *sentence = NULL;
          g_autofree char *dated = NULL;

          if (accord_quarter_row_get_cell (row, c)->state == ACCORD_PERIOD_FUTURE)
            continue;
          spec = create_goal_spec (row, c);
          month = accord_month_key_format_name (self->quarter_first + (int) c);
          sentence = accord_bullet_spec_describe (spec);
          /* Translators: "October 2024: Qualified leads: 3; the target is 250." */
          dated = g_strdup_printf (_("%s: %s"), month, sentence);
          append_sentence (text, dated);
        }
    }
}

static void
describe_team (AccordMeetingPack *self,
               GString           *text)
{
  GListModel *items = G_LIST_MODEL (self->sdrs);
  g_autofree char *summary = dup_team_summary (items);

  append_sentence (text, summary);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(AccordSdrItem) item = g_list_model_get_item (items, i);

      g_string_append_printf (text, " %s:", accord_sdr_item_get_owner (item));
      for (guint m = 0; m < ACCORD_SDR_N_MEASURES; m++)
        {
          g_autofree char *sentence = accord_bullet_spec_describe (accord_sdr_item_get_chart (item, m));

          append_sentence (text, sentence);
        }
    }
}

static void
describe_calculator (AccordMeetingPack *self,
                     GString           *text)
{
  g_autofree char *quarter = accord_quarter_format (self->next_quarter);

  for (guint t = 0; t < N_TRENDS && self->has_history; t++)
    {
      double values[ACCORD_CALCULATOR_MAX_QUARTERS] = { 0, };
      double slope;
      AccordBulletFormat format;
      g_autofree char *sentence = NULL;

      get_trend (self, t, values, &slope, &format);
      sentence = accord_trend_describe (get_trend_title (t), values, self->history.n_quarters, slope, format);
      append_sentence (text, sentence);
    }

  /* Translators: "Goals for Q1 2025:", followed by each figure's goals */
  g_string_append_c (text, ' ');
  g_string_append_printf (text, _("Goals for %s:"), quarter);
  for (guint f = 0, n = 0; f < ACCORD_N_FIGURES; f++)
    {
      if (!next_quarter_has_goal (self, f))
        continue;
      g_string_append_printf (text, n++ == 0 ? " %s" : "; %s", accord_figure_get_title (f));
      for (int m = 0; m < ACCORD_QUARTER_N_MONTHS; m++)
        {
          double goal = accord_agreement_get_goal (self->agreement, self->next_quarter + m, f);
          g_autofree char *number = isfinite (goal) ? accord_bullet_format_number (accord_bullet_format_for_figure (f), goal)
                                                    : g_strdup ("–");

          g_string_append_printf (text, m == 0 ? " %s" : ", %s", number);
        }
    }
  g_string_append_c (text, '.');
}

/**
 * accord_meeting_pack_describe:
 *
 * Returns: (transfer full): the numbers of @screen in sentences, for a
 *   screen reader, in the painters' own words
 */
char *
accord_meeting_pack_describe (AccordMeetingPack *self,
                              AccordPackScreen   screen)
{
  GString *text;

  g_return_val_if_fail (ACCORD_IS_MEETING_PACK (self), NULL);
  g_return_val_if_fail ((guint) screen < ACCORD_PACK_N_SCREENS, NULL);

  text = g_string_new (NULL);
  if (screen != ACCORD_PACK_SCREEN_COVER)
    append_sentence (text, accord_meeting_pack_get_question (screen));

  switch (screen)
    {
    case ACCORD_PACK_SCREEN_COVER:
      describe_cover (self, text);
      break;

    case ACCORD_PACK_SCREEN_GOALS:
      describe_goals (self, text);
      break;

    case ACCORD_PACK_SCREEN_FUNNEL:
      {
        AccordFunnelLabels labels;
        g_autofree char *sentence = NULL;

        get_funnel_labels (self, &labels);
        sentence = accord_funnel_describe (&self->funnel, &self->comparison, &labels);
        append_sentence (text, sentence);
      }
      break;

    case ACCORD_PACK_SCREEN_TEAM:
      describe_team (self, text);
      break;

    case ACCORD_PACK_SCREEN_REVIEW:
      if (self->summary != NULL)
        {
          g_autofree char *counts = dup_queue_summary (self);
          g_autofree char *sentence = accord_committee_describe (self->summary);

          append_sentence (text, counts);
          append_sentence (text, sentence);
        }
      break;

    case ACCORD_PACK_SCREEN_KPIS:
      {
        AccordKpi shown[ACCORD_N_KPIS];
        guint n_shown = accord_kpi_get_shown (self->agreement, shown);

        for (guint i = 0; i < n_shown; i++)
          {
            g_autofree char *sentence = accord_kpi_describe (&self->kpis[shown[i]]);

            append_sentence (text, sentence);
          }
        for (guint i = 0; i < self->efforts->len; i++)
          {
            const AccordAssetEffort *effort = &g_array_index (self->efforts, AccordAssetEffort, i);
            g_autofree char *per_hour = accord_kpi_format_effort (effort);
            /* Translators: an asset's leads per hour, "Webinars: 0.60 leads an hour from 20 hours of effort" */
            g_autofree char *sentence = g_strdup_printf (_("%s: %s"), effort->asset, per_hour);

            append_sentence (text, sentence);
          }
      }
      break;

    case ACCORD_PACK_SCREEN_CALCULATOR:
    case ACCORD_PACK_N_SCREENS:
    default:
      describe_calculator (self, text);
      break;
    }

  return g_strstrip (g_string_free (text, FALSE));
}

typedef struct
{
  AccordMeetingPack *pack;
  AccordPackPalette  palette;
  double             width;
  double             height;
} PdfPages;

static void
paint_page_cb (cairo_t  *cr,
               guint     page,
               gpointer  user_data)
{
  PdfPages *pages = user_data;

  accord_meeting_pack_paint (pages->pack, cr, NULL, page, pages->width, pages->height, &pages->palette);
}

/**
 * accord_meeting_pack_write_pdf:
 * @path: the PDF to write
 * @paper: its paper, turned to landscape
 *
 * Writes the cover and every screen, one page each, in the light palette.
 * The PDF is made in memory and saved with accord_safe_file_replace(): a
 * file that cannot be written leaves the one there untouched.
 *
 * Returns: %TRUE when the PDF was written
 */
gboolean
accord_meeting_pack_write_pdf (AccordMeetingPack  *self,
                               const char         *path,
                               AccordPaper         paper,
                               GError            **error)
{
  g_autofree char *title = NULL;
  PdfPages pages = { self, };

  g_return_val_if_fail (ACCORD_IS_MEETING_PACK (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  accord_paper_get_landscape_size (paper, &pages.width, &pages.height);
  accord_pack_palette_init_light (&pages.palette);
  /* Translators: the PDF's title, "Northwind SLA: weekly review, October 2024" */
  title = g_strdup_printf (_("%s: weekly review, %s"), self->agreement_name, self->month_name);

  return accord_pdf_write (path, title, pages.width, pages.height, ACCORD_PACK_N_SCREENS,
                           paint_page_cb, &pages, error);
}
