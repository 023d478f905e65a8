/* accord-funnel-painter.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-funnel-painter"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "accord-funnel-painter.h"
#include "accord-chart-text.h"

/* The chart is a table of six rows, one per stage (DESIGN §3): the stage's
 * name and goal on the left, its bar (and the comparison's, thinner, under
 * it) from a common baseline so that lengths compare at a glance on a
 * projector, its count at the end of the bar, and its rates on the right.
 * Sizes are multiples of the base font's line height L, scaled with the
 * rows' height so that a big window gets big text. */

/* Text sizes, as multiples of the scaled base font. */
#define TITLE_SCALE       1.3
#define LEGEND_SCALE      0.9
#define NAME_SCALE        1.15
#define NOTE_SCALE        0.9
#define COUNT_SCALE       1.5
#define COMPARISON_SCALE  0.95
#define RATE_SCALE        1.0
#define MINOR_RATE_SCALE  0.9

/* A row is this many line heights tall at scale 1. */
#define ROW_LINES         3.2
#define MIN_TEXT_SCALE    0.75
#define MAX_TEXT_SCALE    2.0

/* The side columns never take more than this share of the width; a track
 * for the bars narrower than MIN_TRACK_SHARE makes the chart compact. */
#define MAX_COLUMN_SHARE  0.3
#define MIN_TRACK_SHARE   0.3

/* Goals up to this many times the longest bar are drawn to scale; higher
 * ones would squeeze every bar into a sliver, so they are marked off
 * scale at the end of the track. */
#define GOAL_SCALE_LIMIT  4.0

static const char * const stage_titles[ACCORD_N_STAGES] = {
  N_("Leads"),
  N_("Qualified leads"),
  N_("MQLs"),
  N_("SQLs"),
  N_("Opportunities"),
  N_("Customers"),
};

/**
 * accord_funnel_stage_get_title:
 * @stage: a stage
 *
 * Returns: (transfer none): the stage's name for people, translated
 */
const char *
accord_funnel_stage_get_title (AccordStage stage)
{
  g_return_val_if_fail (stage < ACCORD_N_STAGES, NULL);
  return _(stage_titles[stage]);
}

static const char *
get_stage_name (const AccordFunnelLabels *labels,
                AccordStage               stage)
{
  if (labels != NULL && labels->stages[stage] != NULL)
    return labels->stages[stage];

  return accord_funnel_stage_get_title (stage);
}

static gboolean
has_goal (const AccordFunnelStage *stage)
{
  return isfinite (stage->goal) && stage->goal >= 0;
}

/* Rates as whole percents; a rate above zero never shows as "0%". */
static char *
format_percent (double fraction)
{
  if (!isfinite (fraction))
    return NULL;
  if (fraction > 0 && fraction < 0.005)
    return g_strdup (_("<1%"));

  return g_strdup_printf (_("%.0f%%"), fraction * 100);
}

static char *
format_count (guint count)
{
  return g_strdup_printf ("%'u", count);
}

/* DESIGN §3: attainment = actual / goal. */
static char *
format_goal (const AccordFunnelStage *stage)
{
  g_autofree char *attainment = NULL;

  if (stage->goal > 0)
    attainment = format_percent (stage->count / stage->goal);

  if (attainment != NULL)
    /* Translators: attainment and goal, e.g. "95% of goal 300" */
    return g_strdup_printf (_("%s of goal %'.0f"), attainment, stage->goal);

  return g_strdup_printf (_("Goal %'.0f"), stage->goal);
}

static char *
format_from_previous (const AccordFunnelStage *stage)
{
  g_autofree char *percent = format_percent (stage->from_previous);

  /* Translators: a conversion rate, e.g. "75% of previous": of the stage before */
  return percent != NULL ? g_strdup_printf (_("%s of previous"), percent) : NULL;
}

static char *
format_from_first (const AccordFunnelStage *stage)
{
  g_autofree char *percent = format_percent (stage->from_first);

  /* Translators: a conversion rate, e.g. "25% of leads": of the first stage */
  return percent != NULL ? g_strdup_printf (_("%s of leads"), percent) : NULL;
}

static char *
format_drop_off (const AccordFunnelStage *stage,
                 gboolean                 minus)
{
  g_autofree char *count = format_count (stage->drop_off);

  if (stage->drop_off == 0)
    return g_strdup (_("none dropped"));

  if (minus)
    /* Translators: the leads lost since the previous stage, e.g. "−12 dropped" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "−%s dropped", "−%s dropped", stage->drop_off),
                            count);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s dropped", "%s dropped", stage->drop_off), count);
}

/* Sets @text's rectangle to the size the text needs, at the origin. */
static void
measure_text (PangoContext               *context,
              const PangoFontDescription *base,
              AccordFunnelText           *text)
{
  accord_chart_text_measure (context, base, text->text, text->scale, text->bold, &text->rect);
}

static void
set_text (AccordFunnelText *text,
          char             *string,
          double            scale,
          gboolean          bold,
          gboolean          dim)
{
  text->text = string;
  text->scale = scale;
  text->bold = bold;
  text->dim = dim;
  text->alignment = PANGO_ALIGN_LEFT;
}

static double
get_max_value (const AccordFunnel *funnel,
               const AccordFunnel *comparison)
{
  double max_count = 0, max_value;

  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      max_count = MAX (max_count, funnel->stages[s].count);
      if (comparison != NULL)
        max_count = MAX (max_count, comparison->stages[s].count);
    }

  /* Goals near the counts are drawn to scale; without any count, all. */
  max_value = max_count;
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      const AccordFunnelStage *stage = &funnel->stages[s];

      if (has_goal (stage) && (max_count == 0 || stage->goal <= GOAL_SCALE_LIMIT * max_count))
        max_value = MAX (max_value, stage->goal);
    }

  return max_value > 0 ? max_value : 1;
}

/* The texts of one stage, measured but not placed yet. */
static void
make_stage_texts (AccordFunnelStageLayout    *row,
                  PangoContext               *context,
                  const PangoFontDescription *base,
                  double                      scale,
                  const AccordFunnel         *funnel,
                  const AccordFunnel         *comparison,
                  const AccordFunnelLabels   *labels,
                  AccordStage                 s)
{
  const AccordFunnelStage *stage = &funnel->stages[s];

  set_text (&row->name, g_strdup (get_stage_name (labels, s)), NAME_SCALE * scale, TRUE, FALSE);
  set_text (&row->note, has_goal (stage) ? format_goal (stage) : NULL,
            NOTE_SCALE * scale, FALSE, TRUE);
  set_text (&row->count, format_count (stage->count), COUNT_SCALE * scale, TRUE, FALSE);
  set_text (&row->comparison_count,
            comparison != NULL ? format_count (comparison->stages[s].count) : NULL,
            COMPARISON_SCALE * scale, FALSE, TRUE);

  /* The first stage has nothing before it to convert from. */
  if (s > ACCORD_STAGE_LEADS)
    {
      set_text (&row->from_previous, format_from_previous (stage),
                RATE_SCALE * scale, FALSE, FALSE);
      set_text (&row->from_first, format_from_first (stage), MINOR_RATE_SCALE * scale, FALSE, TRUE);
      set_text (&row->drop_off, format_drop_off (stage, TRUE),
                MINOR_RATE_SCALE * scale, FALSE, TRUE);
    }
  else
    {
      set_text (&row->from_previous, NULL, RATE_SCALE * scale, FALSE, FALSE);
      set_text (&row->from_first, NULL, MINOR_RATE_SCALE * scale, FALSE, TRUE);
      set_text (&row->drop_off, NULL, MINOR_RATE_SCALE * scale, FALSE, TRUE);
    }

  measure_text (context, base, &row->name);
  measure_text (context, base, &row->note);
  measure_text (context, base, &row->count);
  measure_text (context, base, &row->comparison_count);
  measure_text (context, base, &row->from_previous);
  measure_text (context, base, &row->from_first);
  measure_text (context, base, &row->drop_off);
}

/* A compact chart shows the conversion from the previous stage under the
 * name, where the goal was (the goal keeps its mark). */
static void
make_compact (AccordFunnelLayout         *layout,
              PangoContext               *context,
              const PangoFontDescription *base,
              double                      scale)
{
  layout->compact = TRUE;

  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      AccordFunnelStageLayout *row = &layout->stages[s];

      g_free (row->note.text);
      set_text (&row->note, g_strdup (row->from_previous.text), NOTE_SCALE * scale, FALSE, TRUE);
      measure_text (context, base, &row->note);
      row->from_previous.rect.width = 0;
      row->from_first.rect.width = 0;
      row->drop_off.rect.width = 0;
    }
}

static double
get_name_width (const AccordFunnelLayout *layout)
{
  double width = 0;

  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    width = MAX (width, MAX (layout->stages[s].name.rect.width, layout->stages[s].note.rect.width));

  return MIN (width, layout->width * MAX_COLUMN_SHARE);
}

static double
get_rate_width (const AccordFunnelLayout *layout)
{
  double width = 0;

  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      const AccordFunnelStageLayout *row = &layout->stages[s];

      width = MAX (width, row->from_previous.rect.width);
      width = MAX (width, row->from_first.rect.width);
      width = MAX (width, row->drop_off.rect.width);
    }

  return MIN (width, layout->width * MAX_COLUMN_SHARE);
}

static double
get_count_width (const AccordFunnelLayout *layout)
{
  double width = 0;

  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    width = MAX (width, MAX (layout->stages[s].count.rect.width,
                             layout->stages[s].comparison_count.rect.width));

  return width;
}

/* Counts follow their bar; a goal mark just past the bar would run
 * through the digits, so the count moves past the mark. The mark is never
 * beyond the track, so the count stays in the room kept for it. */
static double
get_count_x (const AccordFunnelStageLayout *row,
             const cairo_rectangle_t       *bar,
             const AccordFunnelText        *count,
             double                         gap)
{
  double end = bar->x + bar->width;

  if (row->has_goal && row->goal_x >= end - 0.5
      && row->goal_x < end + gap + count->rect.width + gap)
    return row->goal_x + gap;

  return end + gap;
}

/* Places texts one under the other, centred as a block on @centre_y. */
static void
stack_texts (AccordFunnelText **texts,
             guint              n_texts,
             double             x,
             double             centre_y,
             double             max_width)
{
  double total = 0, y;

  for (guint i = 0; i < n_texts; i++)
    if (texts[i]->text != NULL && texts[i]->rect.width > 0)
      total += texts[i]->rect.height;

  y = centre_y - total / 2;
  for (guint i = 0; i < n_texts; i++)
    {
      if (texts[i]->text == NULL || texts[i]->rect.width <= 0)
        continue;
      accord_chart_text_place (&texts[i]->rect, x, y, max_width);
      y += texts[i]->rect.height;
    }
}

static void
layout_legend (AccordFunnelLayout       *layout,
               PangoContext             *context,
               const AccordFunnelLabels *labels,
               gboolean                  has_comparison,
               gboolean                  has_goals,
               double                    scale,
               double                    line,
               double                    margin,
               double                   *y)
{
  const char *names[ACCORD_FUNNEL_N_LEGENDS] = {
    labels != NULL ? labels->current : NULL,
    has_comparison && labels != NULL ? labels->comparison : NULL,
    has_goals ? _("Goal") : NULL,
  };
  double x = margin, height = 0;

  for (guint i = 0; i < ACCORD_FUNNEL_N_LEGENDS; i++)
    {
      AccordFunnelText *text = &layout->legend_texts[i];
      double swatch = (i == ACCORD_FUNNEL_LEGEND_GOAL ? 0.4 : 1.0) * line;

      /* An entry without room at all is left out, swatch and all. */
      if (names[i] == NULL || x + swatch + line >= layout->width - margin)
        continue;

      set_text (text, g_strdup (names[i]), LEGEND_SCALE * scale, FALSE, TRUE);
      measure_text (context, layout->font, text);
      layout->legend_swatches[i] = (cairo_rectangle_t) { x, *y + text->rect.height * 0.2,
                                                         swatch, text->rect.height * 0.6 };
      x += swatch + 0.3 * line;
      accord_chart_text_place (&text->rect, x, *y, layout->width - margin - x);
      x += text->rect.width + 1.2 * line;
      height = MAX (height, text->rect.height);
    }

  if (height > 0)
    *y += height + 0.5 * line;
}

/**
 * accord_funnel_layout_new:
 * @context: where texts are measured: the widget's, or a PangoCairo one
 * @funnel: the funnel (accord_metrics_funnel())
 * @comparison: (nullable): the funnel of the period it is compared with
 * @labels: (nullable): the title, the legend and the stage names
 * @width: the chart's width, in the units of the cairo context it is painted on
 * @height: the chart's height
 *
 * Lays the chart out: one row per stage in DESIGN §3's order, with its bar
 * (length ∝ count), the comparison's bar, the goal mark, the texts and
 * the row as a hit region. Texts are measured with @context's font.
 *
 * Returns: (transfer full): the layout; free with accord_funnel_layout_free()
 */
AccordFunnelLayout *
accord_funnel_layout_new (PangoContext             *context,
                          const AccordFunnel       *funnel,
                          const AccordFunnel       *comparison,
                          const AccordFunnelLabels *labels,
                          double                    width,
                          double                    height)
{
  AccordFunnelLayout *layout;
  gboolean has_goals = FALSE, has_legend;
  double line1, scale, line, margin, gap, small_gap, header_lines, y, row_height;
  double name_width, rate_width, count_width, rate_x;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (funnel != NULL, NULL);

  layout = g_new0 (AccordFunnelLayout, 1);
  layout->width = isfinite (width) ? MAX (width, 0) : 0;
  layout->height = isfinite (height) ? MAX (height, 0) : 0;
  layout->font = accord_chart_dup_base_font (context);
  layout->resolution = pango_cairo_context_get_resolution (context);

  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    has_goals |= has_goal (&funnel->stages[s]);
  has_legend = has_goals || (labels != NULL && labels->current != NULL)
               || (comparison != NULL && labels != NULL && labels->comparison != NULL);

  /* The text scale that fills the height, within readable bounds. */
  line1 = accord_chart_get_line_height (context, layout->font);
  header_lines = (labels != NULL && labels->title != NULL ? TITLE_SCALE + 0.2 : 0)
                 + (has_legend ? LEGEND_SCALE + 0.5 : 0);
  scale = layout->height / ((header_lines + ACCORD_N_STAGES * ROW_LINES + 1) * line1);
  scale = MIN (scale, layout->width / (36 * line1));
  scale = CLAMP (scale, MIN_TEXT_SCALE, MAX_TEXT_SCALE);
  line = line1 * scale;
  layout->line_height = line;
  margin = round (0.5 * line);
  gap = round (0.8 * line);
  small_gap = round (0.3 * line);

  y = margin;
  set_text (&layout->title, labels != NULL ? g_strdup (labels->title) : NULL,
            TITLE_SCALE * scale, TRUE, FALSE);
  if (layout->title.text != NULL)
    {
      measure_text (context, layout->font, &layout->title);
      accord_chart_text_place (&layout->title.rect, margin, y, layout->width - 2 * margin);
      y += layout->title.rect.height + 0.2 * line;
    }
  layout_legend (layout, context, labels, comparison != NULL, has_goals, scale, line, margin, &y);

  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    make_stage_texts (&layout->stages[s], context, layout->font, scale,
                      funnel, comparison, labels, s);

  /* Columns: names, the bars' track with room for the counts, rates. */
  count_width = get_count_width (layout);
  name_width = get_name_width (layout);
  rate_width = get_rate_width (layout);
  layout->track_x = margin + name_width + gap;
  layout->track_width = layout->width - margin - rate_width - gap - small_gap - count_width
                        - layout->track_x;
  if (layout->track_width < MIN_TRACK_SHARE * layout->width)
    {
      make_compact (layout, context, layout->font, scale);
      name_width = get_name_width (layout);
      rate_width = 0;
      layout->track_x = margin + name_width + gap;
      layout->track_width = layout->width - margin - small_gap - count_width - layout->track_x;
    }
  layout->track_width = MAX (layout->track_width, 0);
  layout->max_value = get_max_value (funnel, comparison);
  rate_x = layout->width - margin - rate_width;

  row_height = MAX (layout->height - margin - y, 0) / ACCORD_N_STAGES;
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      AccordFunnelStageLayout *row = &layout->stages[s];
      const AccordFunnelStage *stage = &funnel->stages[s];
      double bar_height, comparison_height, bar_gap, group_height, group_y, centre_y;
      AccordFunnelText *names[] = { &row->name, &row->note };
      AccordFunnelText *rates[] = { &row->from_previous, &row->from_first, &row->drop_off };

      row->row = (cairo_rectangle_t) { margin, y + s * row_height,
                                       MAX (layout->width - 2 * margin, 0), row_height };
      centre_y = row->row.y + row_height / 2;

      /* The comparison's bar sits under the period's, thinner. */
      bar_height = row_height * (comparison != NULL ? 0.44 : 0.6);
      comparison_height = comparison != NULL ? row_height * 0.2 : 0;
      bar_gap = comparison != NULL ? MAX (1, row_height * 0.04) : 0;
      group_height = bar_height + bar_gap + comparison_height;
      group_y = centre_y - group_height / 2;

      row->bar = (cairo_rectangle_t) { layout->track_x, group_y,
                                       stage->count / layout->max_value * layout->track_width,
                                       bar_height };
      if (comparison != NULL)
        row->comparison_bar = (cairo_rectangle_t) {
          layout->track_x, group_y + bar_height + bar_gap,
          comparison->stages[s].count / layout->max_value * layout->track_width,
          comparison_height };
      else
        row->comparison_bar = (cairo_rectangle_t) { layout->track_x, group_y + bar_height, 0, 0 };

      /* DESIGN §3: the goal for each stage drawn beside it. */
      row->has_goal = has_goal (stage);
      if (row->has_goal)
        {
          row->goal_off_scale = stage->goal > layout->max_value;
          row->goal_x = layout->track_x + MIN (stage->goal, layout->max_value)
                                          / layout->max_value * layout->track_width;
          row->goal_top = group_y - 0.12 * row_height;
          row->goal_bottom = group_y + group_height + 0.12 * row_height;
        }

      accord_chart_text_place (&row->count.rect,
                               get_count_x (row, &row->bar, &row->count, small_gap),
                               row->bar.y + (bar_height - row->count.rect.height) / 2,
                               count_width);
      accord_chart_text_place (&row->comparison_count.rect,
                               get_count_x (row, &row->comparison_bar, &row->comparison_count,
                                            small_gap),
                               row->comparison_bar.y
                               + (comparison_height - row->comparison_count.rect.height) / 2,
                               count_width);

      stack_texts (names, G_N_ELEMENTS (names), margin, centre_y, name_width);
      stack_texts (rates, G_N_ELEMENTS (rates), rate_x, centre_y, rate_width);
    }

  return layout;
}

static void
clear_text (AccordFunnelText *text)
{
  g_clear_pointer (&text->text, g_free);
}

/**
 * accord_funnel_layout_free:
 * @layout: (transfer full) (nullable): a layout
 */
void
accord_funnel_layout_free (AccordFunnelLayout *layout)
{
  if (layout == NULL)
    return;

  clear_text (&layout->title);
  for (guint i = 0; i < ACCORD_FUNNEL_N_LEGENDS; i++)
    clear_text (&layout->legend_texts[i]);
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      AccordFunnelStageLayout *row = &layout->stages[s];

      clear_text (&row->name);
      clear_text (&row->note);
      clear_text (&row->count);
      clear_text (&row->comparison_count);
      clear_text (&row->from_previous);
      clear_text (&row->from_first);
      clear_text (&row->drop_off);
    }
  pango_font_description_free (layout->font);
  g_free (layout);
}

/**
 * accord_funnel_layout_hit:
 * @layout: a layout
 * @x: a point in the chart
 * @y: a point in the chart
 *
 * Returns: the stage whose row holds the point, or -1
 */
int
accord_funnel_layout_hit (const AccordFunnelLayout *layout,
                          double                    x,
                          double                    y)
{
  g_return_val_if_fail (layout != NULL, -1);

  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      const cairo_rectangle_t *row = &layout->stages[s].row;

      if (x >= row->x && x < row->x + row->width && y >= row->y && y < row->y + row->height)
        return s;
    }

  return -1;
}

static void
fill_bar (cairo_t                 *cr,
          const cairo_rectangle_t *bar,
          const AccordChartColor  *color)
{
  double radius = MIN (bar->height * 0.15, bar->width / 2);

  if (bar->width <= 0 || bar->height <= 0)
    return;

  /* Square at the baseline, rounded at the end. */
  cairo_new_path (cr);
  cairo_move_to (cr, bar->x, bar->y);
  cairo_arc (cr, bar->x + bar->width - radius, bar->y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, bar->x + bar->width - radius, bar->y + bar->height - radius, radius, 0, G_PI / 2);
  cairo_line_to (cr, bar->x, bar->y + bar->height);
  cairo_close_path (cr);
  accord_chart_set_source_color (cr, color);
  cairo_fill (cr);
}

/* A line across the bars with a notch on top; off scale, dashed with an
 * arrow pointing on. */
static void
paint_goal (cairo_t                *cr,
            double                  x,
            double                  top,
            double                  bottom,
            gboolean                off_scale,
            double                  line,
            const AccordChartColor *color)
{
  double width = MAX (2, round (line * 0.12));
  double notch = line * 0.3;

  cairo_save (cr);
  accord_chart_set_source_color (cr, color);
  cairo_set_line_width (cr, width);
  if (off_scale)
    {
      double dash[] = { width * 2, width * 1.5 };

      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
    }
  cairo_move_to (cr, x, top);
  cairo_line_to (cr, x, bottom);
  cairo_stroke (cr);

  cairo_new_path (cr);
  if (off_scale)
    {
      cairo_move_to (cr, x, top - notch);
      cairo_line_to (cr, x + notch * 1.2, top);
      cairo_line_to (cr, x, top + notch);
    }
  else
    {
      cairo_move_to (cr, x - notch, top - notch);
      cairo_line_to (cr, x + notch, top - notch);
      cairo_line_to (cr, x, top);
    }
  cairo_close_path (cr);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
paint_text (cairo_t                   *cr,
            const AccordFunnelLayout  *layout,
            const AccordFunnelText    *text,
            const AccordFunnelPalette *palette)
{
  accord_chart_set_source_color (cr, text->dim ? &palette->dim_text : &palette->text);
  accord_chart_text_paint (cr, layout->font, layout->resolution, text->text, text->scale,
                           text->bold, text->alignment, &text->rect);
}

/**
 * accord_funnel_paint:
 * @cr: where to paint: a widget's snapshot, a PDF page, an image
 * @layout: the layout, in @cr's user units
 * @palette: the colours
 *
 * Paints the chart laid out in @layout.
 */
void
accord_funnel_paint (cairo_t                   *cr,
                     const AccordFunnelLayout  *layout,
                     const AccordFunnelPalette *palette)
{
  double line;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (palette != NULL);

  cairo_save (cr);

  if (palette->background.alpha > 0)
    {
      cairo_rectangle (cr, 0, 0, layout->width, layout->height);
      accord_chart_set_source_color (cr, &palette->background);
      cairo_fill (cr);
    }

  line = layout->line_height;
  paint_text (cr, layout, &layout->title, palette);
  for (guint i = 0; i < ACCORD_FUNNEL_N_LEGENDS; i++)
    {
      const cairo_rectangle_t *swatch = &layout->legend_swatches[i];

      if (layout->legend_texts[i].text == NULL)
        continue;

      if (i == ACCORD_FUNNEL_LEGEND_GOAL)
        paint_goal (cr, swatch->x + swatch->width / 2, swatch->y, swatch->y + swatch->height,
                    FALSE, line * 0.8, &palette->goal);
      else
        fill_bar (cr, swatch,
                  i == ACCORD_FUNNEL_LEGEND_CURRENT ? &palette->bar : &palette->comparison);
      paint_text (cr, layout, &layout->legend_texts[i], palette);
    }

  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      const AccordFunnelStageLayout *row = &layout->stages[s];

      fill_bar (cr, &row->comparison_bar, &palette->comparison);
      fill_bar (cr, &row->bar, &palette->bar);
      if (row->has_goal)
        paint_goal (cr, row->goal_x, row->goal_top, row->goal_bottom, row->goal_off_scale,
                    line, &palette->goal);

      paint_text (cr, layout, &row->name, palette);
      paint_text (cr, layout, &row->note, palette);
      paint_text (cr, layout, &row->comparison_count, palette);
      paint_text (cr, layout, &row->count, palette);
      paint_text (cr, layout, &row->from_previous, palette);
      paint_text (cr, layout, &row->from_first, palette);
      paint_text (cr, layout, &row->drop_off, palette);
    }

  cairo_restore (cr);
}

/* The facts about one stage, each a short phrase. */
static GPtrArray *
collect_stage_facts (const AccordFunnel       *funnel,
                     const AccordFunnel       *comparison,
                     const AccordFunnelLabels *labels,
                     AccordStage               s)
{
  const AccordFunnelStage *stage = &funnel->stages[s];
  GPtrArray *facts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *count = format_count (stage->count);
  char *fact;

  g_ptr_array_add (facts, g_strdup_printf (_("%s: %s"), get_stage_name (labels, s), count));
  if (s > ACCORD_STAGE_LEADS)
    {
      if ((fact = format_from_previous (stage)) != NULL)
        g_ptr_array_add (facts, fact);
      if ((fact = format_from_first (stage)) != NULL)
        g_ptr_array_add (facts, fact);
      g_ptr_array_add (facts, format_drop_off (stage, FALSE));
    }
  if (has_goal (stage))
    g_ptr_array_add (facts, format_goal (stage));
  if (comparison != NULL)
    {
      g_autofree char *other = format_count (comparison->stages[s].count);
      const char *name = labels != NULL && labels->comparison != NULL ? labels->comparison
                                                                      : _("Comparison");

      g_ptr_array_add (facts, g_strdup_printf (_("%s: %s"), name, other));
    }
  g_ptr_array_add (facts, NULL);

  return facts;
}

/**
 * accord_funnel_describe_stage:
 * @funnel: the funnel
 * @comparison: (nullable): the funnel of the period it is compared with
 * @labels: (nullable): the names of the stages and the comparison
 * @stage: a stage
 *
 * Everything the chart says about @stage, a fact a line: for a tooltip.
 *
 * Returns: (transfer full): the text
 */
char *
accord_funnel_describe_stage (const AccordFunnel       *funnel,
                              const AccordFunnel       *comparison,
                              const AccordFunnelLabels *labels,
                              AccordStage               stage)
{
  g_autoptr(GPtrArray) facts = NULL;

  g_return_val_if_fail (funnel != NULL, NULL);
  g_return_val_if_fail (stage < ACCORD_N_STAGES, NULL);

  facts = collect_stage_facts (funnel, comparison, labels, stage);

  return g_strjoinv ("\n", (char **) facts->pdata);
}

/**
 * accord_funnel_describe:
 * @funnel: the funnel
 * @comparison: (nullable): the funnel of the period it is compared with
 * @labels: (nullable): the names of the stages and the comparison
 *
 * Everything the chart says, as sentences: for its accessible description.
 *
 * Returns: (transfer full): the text
 */
char *
accord_funnel_describe (const AccordFunnel       *funnel,
                        const AccordFunnel       *comparison,
                        const AccordFunnelLabels *labels)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (funnel != NULL, NULL);

  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      g_autoptr(GPtrArray) facts = collect_stage_facts (funnel, comparison, labels, s);
      /* Translators: joins the facts about one funnel stage into a sentence. */
      g_autofree char *sentence = g_strjoinv (_("; "), (char **) facts->pdata);

      g_string_append_printf (text, "%s%s.", text->len > 0 ? " " : "", sentence);
    }

  return g_string_free (text, FALSE);
}
