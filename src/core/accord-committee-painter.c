/* accord-committee-painter.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-committee-painter"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "accord-committee-painter.h"
#include "accord-chart-text.h"

/* A small chart, a column per week, oldest left (issue 4, "Committee
 * summary"). From the top: the title, the legend, the note with the shares
 * over all the weeks; then the plot, where each week's decisions stand as a
 * bar stacked by outcome from the baseline (unqualified at the bottom, so
 * that marketing's part of every bar starts at the same line), and the
 * flags raised are marks joined by a line on the same scale; under the
 * baseline a thin strip per week splits the judged flags into unqualified
 * and reassigned or kept, whatever the bar's height; then the week labels.
 * The texts keep the base font's size: the chart is meant to be small. */

/* Text sizes, as multiples of the base font. */
#define TITLE_SCALE   1.1
#define LEGEND_SCALE  0.9
#define NOTE_SCALE    0.9
#define TICK_SCALE    0.85
#define LABEL_SCALE   0.85

/* The header gives way to a plot this many lines tall. */
#define MIN_PLOT_LINES 3.0

/* A bar takes this share of its week's slot. */
#define BAR_SHARE     0.6
/* The column of tick labels takes at most this share of the width. */
#define MAX_AXIS_SHARE 0.25

static const char * const legend_titles[ACCORD_COMMITTEE_N_LEGENDS] = {
  N_("Unqualified"),
  N_("Reassigned"),
  N_("Kept"),
  N_("Dismissed"),
  N_("Flags raised"),
};

/**
 * accord_committee_legend_get_title:
 * @legend: an #AccordOutcome, or %ACCORD_COMMITTEE_LEGEND_RAISED
 *
 * Returns: (transfer none): the legend's name for the entry, translated
 */
const char *
accord_committee_legend_get_title (guint legend)
{
  g_return_val_if_fail (legend < ACCORD_COMMITTEE_N_LEGENDS, NULL);

  return _(legend_titles[legend]);
}

static const char *
get_legend_title (const AccordCommitteeLabels *labels,
                  guint                        legend)
{
  if (labels != NULL && labels->legend[legend] != NULL)
    return labels->legend[legend];

  return accord_committee_legend_get_title (legend);
}

/* Shares as whole percents; one above zero never shows as "0%", one
 * below the whole never as "100%". */
static char *
format_percent (double fraction)
{
  if (!isfinite (fraction))
    return NULL;
  if (fraction > 0 && fraction < 0.005)
    return g_strdup (_("<1%"));
  if (fraction < 1 && fraction > 0.995)
    return g_strdup (_(">99%"));

  return g_strdup_printf (_("%.0f%%"), fraction * 100);
}

static char *
format_count (double count)
{
  return g_strdup_printf ("%'.0f", count);
}

static char *
format_date (const GDate *date)
{
  g_autoptr(GDateTime) time = NULL;

  if (!g_date_valid (date))
    return g_strdup ("");

  time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date), 0, 0, 0);
  if (time == NULL)
    return g_strdup ("");

  /* Translators: a day, "21 October 2024"; see g_date_time_format() */
  return g_date_time_format (time, _("%-d %B %Y"));
}

/* Sets @text and measures it: its rectangle gets the size the text needs,
 * at the origin, and no width for no text. Takes @string. */
static void
set_text (AccordCommitteeText        *text,
          PangoContext               *context,
          const PangoFontDescription *base,
          char                       *string,
          double                      scale,
          gboolean                    bold,
          gboolean                    dim)
{
  text->text = string;
  text->scale = scale;
  text->bold = bold;
  text->dim = dim;
  accord_chart_text_measure (context, base, string, scale, bold, &text->rect);
}

static void
clear_text (AccordCommitteeText *text)
{
  g_clear_pointer (&text->text, g_free);
}

/* Whole-number gridlines: the step is 1, 2 or 5 times a power of ten,
 * the smallest that reaches @max_count in at most four steps; the scale
 * ends at the first step at or above @max_count, 1 when there is nothing
 * to count. */
static void
choose_scale (double  max_count,
              double *scale_max,
              double *step)
{
  static const double multiples[] = { 1, 2, 5, 10 };
  double wanted = max_count / (ACCORD_COMMITTEE_MAX_TICKS - 1);
  double magnitude;

  *step = 1;
  if (wanted > 1)
    {
      magnitude = pow (10, floor (log10 (wanted)));
      /* The tolerance keeps 20 from becoming 50 through rounding. */
      for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
        if (multiples[i] * magnitude >= wanted * (1 - 1e-9))
          {
            *step = multiples[i] * magnitude;
            break;
          }
    }

  *scale_max = MAX (1, ceil (max_count / *step * (1 - 1e-12))) * *step;
}

static double
get_max_count (AccordCommitteeSummary *summary)
{
  guint n_weeks = accord_committee_summary_get_n_weeks (summary);
  double max_count = 0;

  for (guint i = 0; i < n_weeks; i++)
    {
      const AccordCommitteeCounts *counts = &accord_committee_summary_get_week (summary, i)->counts;

      max_count = MAX (max_count, MAX (counts->n_decided, counts->raised));
    }

  return max_count;
}

static char *
format_note (const AccordCommitteeCounts *total)
{
  g_autofree char *unqualified = format_percent (total->unqualified_share);
  g_autofree char *follow_up = format_percent (total->follow_up_share);

  if (unqualified == NULL || follow_up == NULL)
    return g_strdup (_("No flags judged in these weeks"));

  /* Translators: the shares of the flags judged over the chart's weeks,
   * e.g. "37% judged unqualified, 63% reassigned or kept" */
  return g_strdup_printf (_("%s judged unqualified, %s reassigned or kept"), unqualified, follow_up);
}

/* Swatches and names, flowing left to right and on to more rows when the
 * width runs out. */
static void
layout_legend (AccordCommitteeLayout       *layout,
               PangoContext                *context,
               const AccordCommitteeLabels *labels,
               double                       margin,
               double                       small_gap,
               double                       gap,
               double                      *y)
{
  double inner_width = MAX (layout->width - 2 * margin, 0);
  double row_height = 0, swatch, x = margin;

  for (guint i = 0; i < ACCORD_COMMITTEE_N_LEGENDS; i++)
    {
      AccordCommitteeText *text = &layout->legend_texts[i];

      set_text (text, context, layout->font, g_strdup (get_legend_title (labels, i)),
                LEGEND_SCALE, FALSE, FALSE);
      row_height = MAX (row_height, text->rect.height);
    }
  swatch = round (0.7 * row_height);

  for (guint i = 0; i < ACCORD_COMMITTEE_N_LEGENDS; i++)
    {
      AccordCommitteeText *text = &layout->legend_texts[i];
      double text_width = MIN (text->rect.width, MAX (inner_width - swatch - small_gap, 0));
      double item_width = swatch + small_gap + text_width;

      if (x > margin && x + item_width > margin + inner_width)
        {
          x = margin;
          *y += row_height + small_gap;
        }

      layout->legend_swatches[i] = (cairo_rectangle_t) { x, *y + (row_height - swatch) / 2,
                                                         MIN (swatch, inner_width), swatch };
      accord_chart_text_place (&text->rect, x + swatch + small_gap, *y, text_width);
      x += item_width + gap;
    }

  *y += row_height + small_gap;
}

/* Places @text at the right of the axis column, which is @axis_width
 * wide from @margin. */
static void
place_axis_text (AccordCommitteeText *text,
                 double               margin,
                 double               axis_width,
                 double               centre_y)
{
  double width = MIN (text->rect.width, axis_width);

  accord_chart_text_place (&text->rect, margin + axis_width - width,
                           centre_y - text->rect.height / 2, width);
}

static void
clear_legend (AccordCommitteeLayout *layout)
{
  for (guint i = 0; i < ACCORD_COMMITTEE_N_LEGENDS; i++)
    {
      clear_text (&layout->legend_texts[i]);
      layout->legend_texts[i].rect.width = 0;
      layout->legend_swatches[i] = (cairo_rectangle_t) { 0, 0, 0, 0 };
    }
}

/* The gridlines and their labels. */
static void
layout_ticks (AccordCommitteeLayout *layout,
              double                 margin,
              double                 axis_width)
{
  double baseline = layout->plot.y + layout->plot.height;

  for (guint i = 0; i < layout->n_ticks; i++)
    {
      layout->tick_y[i] = baseline - layout->tick_values[i] / layout->scale_max * layout->plot.height;
      place_axis_text (&layout->tick_labels[i], margin, axis_width, layout->tick_y[i]);
    }
}

static void
layout_week (AccordCommitteeLayout     *layout,
             AccordCommitteeWeekLayout *week_layout,
             const AccordCommitteeWeek *week,
             guint                      index,
             double                     strip_y,
             double                     strip_height,
             double                     bottom)
{
  const AccordCommitteeCounts *counts = &week->counts;
  double per_count = layout->plot.height / layout->scale_max;
  double baseline = layout->plot.y + layout->plot.height;
  double slot_x = layout->plot.x + index * layout->slot_width;
  double bar_x = slot_x + (layout->slot_width - layout->bar_width) / 2;
  double y = baseline;

  week_layout->column = (cairo_rectangle_t) { slot_x, layout->plot.y, layout->slot_width,
                                              MAX (bottom - layout->plot.y, 0) };

  /* Stacked from the baseline up, in the order of the outcomes. */
  for (guint o = 0; o < ACCORD_N_OUTCOMES; o++)
    {
      double height = counts->decided[o] * per_count;

      week_layout->segments[o] = (cairo_rectangle_t) { bar_x, y - height, layout->bar_width, height };
      y -= height;
    }

  week_layout->raised_x = slot_x + layout->slot_width / 2;
  week_layout->raised_y = baseline - counts->raised * per_count;

  /* The shares of the judged flags: dismissals are left out. */
  week_layout->share_track = (cairo_rectangle_t) { bar_x, strip_y, layout->bar_width, strip_height };
  if (isfinite (counts->unqualified_share))
    {
      double unqualified = layout->bar_width * counts->unqualified_share;

      week_layout->shares[0] = (cairo_rectangle_t) { bar_x, strip_y, unqualified, strip_height };
      week_layout->shares[1] = (cairo_rectangle_t) { bar_x + unqualified, strip_y,
                                                     layout->bar_width - unqualified, strip_height };
    }
  else
    {
      week_layout->shares[0] = (cairo_rectangle_t) { bar_x, strip_y, 0, strip_height };
      week_layout->shares[1] = (cairo_rectangle_t) { bar_x, strip_y, 0, strip_height };
    }
}

/* Every week's label, or, where they do not fit, every few weeks' ending
 * with the latest. */
static void
layout_labels (AccordCommitteeLayout *layout,
               double                 label_width,
               double                 label_y,
               double                 gap)
{
  guint every;

  if (layout->slot_width > 0)
    every = (guint) MIN (ceil ((label_width + gap) / layout->slot_width), (double) G_MAXUINT);
  else
    every = G_MAXUINT;
  every = MAX (every, 1);

  for (guint i = 0; i < layout->n_weeks; i++)
    {
      AccordCommitteeText *label = &layout->weeks[i].label;
      double width = MIN (label->rect.width, layout->width);
      double x = layout->weeks[i].raised_x - width / 2;

      if ((layout->n_weeks - 1 - i) % every != 0)
        {
          clear_text (label);
          label->rect.width = 0;
          continue;
        }

      accord_chart_text_place (&label->rect, CLAMP (x, 0, layout->width - width), label_y, width);
    }
}

/**
 * accord_committee_layout_new:
 * @context: the Pango context whose font the texts are measured with
 * @summary: the weeks to draw
 * @labels: (nullable): the title and the legend's names
 * @width: the chart's width, in the units of the cairo context it is painted on
 * @height: the chart's height
 *
 * Lays the chart out: per week a bar of the decisions stacked by outcome,
 * the mark of the flags raised, the strip of the shares, the label and
 * the week's column as its hit region; the gridlines, the legend and the
 * note with the shares over all the weeks.
 *
 * Returns: (transfer full): the layout; free with accord_committee_layout_free()
 */
AccordCommitteeLayout *
accord_committee_layout_new (PangoContext                *context,
                             AccordCommitteeSummary      *summary,
                             const AccordCommitteeLabels *labels,
                             double                       width,
                             double                       height)
{
  AccordCommitteeLayout *layout;
  double line, margin, gap, small_gap, step, axis_width, label_width = 0, label_height;
  double strip_height, strip_y, label_y, bottom, plot_bottom;
  double tops[4];  /* where the title, the legend, the note and the plot would begin */
  guint n_intervals, n_header;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (summary != NULL, NULL);

  layout = g_new0 (AccordCommitteeLayout, 1);
  layout->width = isfinite (width) ? MAX (width, 0) : 0;
  layout->height = isfinite (height) ? MAX (height, 0) : 0;
  layout->font = accord_chart_dup_base_font (context);
  layout->resolution = pango_cairo_context_get_resolution (context);

  line = accord_chart_get_line_height (context, layout->font);
  layout->line_height = line;
  margin = round (0.5 * line);
  gap = round (0.8 * line);
  small_gap = round (0.3 * line);

  /* The header, top down; what does not leave the plot room is dropped
   * below, the note first, then the legend, then the title. */
  tops[0] = margin;
  set_text (&layout->title, context, layout->font,
            labels != NULL ? g_strdup (labels->title) : NULL, TITLE_SCALE, TRUE, FALSE);
  accord_chart_text_place (&layout->title.rect, margin, tops[0], layout->width - 2 * margin);
  tops[1] = tops[0] + (layout->title.text != NULL ? layout->title.rect.height + small_gap : 0);
  tops[2] = tops[1];
  layout_legend (layout, context, labels, margin, small_gap, gap, &tops[2]);
  set_text (&layout->note, context, layout->font,
            format_note (accord_committee_summary_get_total (summary)), NOTE_SCALE, FALSE, TRUE);
  accord_chart_text_place (&layout->note.rect, margin, tops[2], layout->width - 2 * margin);
  tops[3] = tops[2] + layout->note.rect.height + small_gap;

  /* The texts of the axis column and under the plot, measured first. */
  choose_scale (get_max_count (summary), &layout->scale_max, &step);
  n_intervals = (guint) lround (layout->scale_max / step);
  layout->n_ticks = n_intervals + 1;
  for (guint i = 0; i < layout->n_ticks; i++)
    {
      layout->tick_values[i] = i * step;
      set_text (&layout->tick_labels[i], context, layout->font, format_count (i * step),
                TICK_SCALE, FALSE, TRUE);
    }
  /* Translators: the label of the strip of shares under the chart's bars */
  set_text (&layout->share_label, context, layout->font, g_strdup (_("Share")),
            TICK_SCALE, FALSE, TRUE);
  layout->n_weeks = accord_committee_summary_get_n_weeks (summary);
  layout->weeks = g_new0 (AccordCommitteeWeekLayout, layout->n_weeks);
  for (guint i = 0; i < layout->n_weeks; i++)
    {
      const AccordCommitteeWeek *week = accord_committee_summary_get_week (summary, i);
      AccordCommitteeText *label = &layout->weeks[i].label;

      /* Translators: an ISO week number under the chart, "W43" */
      set_text (label, context, layout->font, g_strdup_printf (_("W%02d"), week->iso_week),
                LABEL_SCALE, FALSE, TRUE);
      label_width = MAX (label_width, label->rect.width);
    }
  label_height = layout->share_label.rect.height;

  axis_width = layout->share_label.rect.width;
  for (guint i = 0; i < layout->n_ticks; i++)
    axis_width = MAX (axis_width, layout->tick_labels[i].rect.width);
  axis_width = MIN (axis_width, MAX_AXIS_SHARE * layout->width);

  /* From the bottom up: the week labels, the strip, the plot. */
  bottom = layout->height - margin;
  label_y = bottom - label_height;
  strip_height = round (0.5 * line);
  strip_y = label_y - small_gap - strip_height;
  plot_bottom = strip_y - small_gap;

  n_header = G_N_ELEMENTS (tops) - 1;
  while (n_header > 0 &&
         plot_bottom - tops[n_header] - layout->tick_labels[0].rect.height / 2 < MIN_PLOT_LINES * line)
    n_header--;
  if (n_header < 3)
    clear_text (&layout->note);
  if (n_header < 2)
    clear_legend (layout);
  if (n_header < 1)
    clear_text (&layout->title);

  layout->plot.x = margin + axis_width + small_gap;
  layout->plot.y = tops[n_header] + layout->tick_labels[0].rect.height / 2;
  layout->plot.width = MAX (layout->width - margin - layout->plot.x, 0);
  layout->plot.height = MAX (plot_bottom - layout->plot.y, 0);

  /* Gridlines closer than a tick label would have their labels overlap:
   * then only 0 and the top of the scale are marked. */
  if (n_intervals > 1 && layout->plot.height < n_intervals * layout->tick_labels[0].rect.height)
    {
      for (guint i = 1; i < layout->n_ticks - 1; i++)
        clear_text (&layout->tick_labels[i]);
      layout->tick_labels[1] = layout->tick_labels[layout->n_ticks - 1];
      layout->tick_labels[layout->n_ticks - 1] = (AccordCommitteeText) { NULL, };
      layout->tick_values[1] = layout->scale_max;
      layout->n_ticks = 2;
    }
  /* Lower than a label, the plot keeps its lines and loses their labels. */
  if (layout->plot.height < layout->tick_labels[0].rect.height)
    for (guint i = 0; i < layout->n_ticks; i++)
      clear_text (&layout->tick_labels[i]);
  layout_ticks (layout, margin, axis_width);
  place_axis_text (&layout->share_label, margin, axis_width, strip_y + strip_height / 2);

  layout->slot_width = layout->n_weeks > 0 ? layout->plot.width / layout->n_weeks : 0;
  layout->bar_width = layout->slot_width * BAR_SHARE;
  for (guint i = 0; i < layout->n_weeks; i++)
    layout_week (layout, &layout->weeks[i], accord_committee_summary_get_week (summary, i), i,
                 strip_y, strip_height, label_y + label_height);
  layout_labels (layout, label_width, label_y, gap);

  return layout;
}

/**
 * accord_committee_layout_free:
 * @layout: (transfer full) (nullable): a layout
 */
void
accord_committee_layout_free (AccordCommitteeLayout *layout)
{
  if (layout == NULL)
    return;

  clear_text (&layout->title);
  clear_text (&layout->note);
  clear_text (&layout->share_label);
  for (guint i = 0; i < ACCORD_COMMITTEE_N_LEGENDS; i++)
    clear_text (&layout->legend_texts[i]);
  for (guint i = 0; i < ACCORD_COMMITTEE_MAX_TICKS; i++)
    clear_text (&layout->tick_labels[i]);
  for (guint i = 0; i < layout->n_weeks; i++)
    clear_text (&layout->weeks[i].label);
  g_free (layout->weeks);
  pango_font_description_free (layout->font);
  g_free (layout);
}

/**
 * accord_committee_layout_hit:
 * @layout: a layout
 * @x: a point in the chart
 * @y: a point in the chart
 *
 * Returns: the week whose column holds the point, or -1
 */
int
accord_committee_layout_hit (const AccordCommitteeLayout *layout,
                             double                       x,
                             double                       y)
{
  g_return_val_if_fail (layout != NULL, -1);

  for (guint i = 0; i < layout->n_weeks && i <= G_MAXINT; i++)
    {
      const cairo_rectangle_t *column = &layout->weeks[i].column;

      if (x >= column->x && x < column->x + column->width &&
          y >= column->y && y < column->y + column->height)
        return (int) i;
    }

  return -1;
}

static void
fill_rectangle (cairo_t                 *cr,
                const cairo_rectangle_t *rect,
                const AccordChartColor  *color)
{
  if (rect->width <= 0 || rect->height <= 0)
    return;

  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  accord_chart_set_source_color (cr, color);
  cairo_fill (cr);
}

static void
paint_text (cairo_t                      *cr,
            const AccordCommitteeLayout  *layout,
            const AccordCommitteeText    *text,
            const AccordCommitteePalette *palette)
{
  accord_chart_set_source_color (cr, text->dim ? &palette->dim_text : &palette->text);
  accord_chart_text_paint (cr, layout->font, layout->resolution, text->text, text->scale,
                           text->bold, PANGO_ALIGN_LEFT, &text->rect);
}

static void
paint_mark (cairo_t                *cr,
            double                  x,
            double                  y,
            double                  radius,
            const AccordChartColor *color)
{
  cairo_new_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  accord_chart_set_source_color (cr, color);
  cairo_fill (cr);
}

/* Horizontal lines one device pixel thick, on the pixel grid. */
static void
paint_gridlines (cairo_t                      *cr,
                 const AccordCommitteeLayout  *layout,
                 const AccordCommitteePalette *palette)
{
  const cairo_rectangle_t *plot = &layout->plot;

  if (plot->width <= 0)
    return;

  cairo_save (cr);
  accord_chart_set_source_color (cr, &palette->grid);
  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < layout->n_ticks; i++)
    {
      double y = floor (layout->tick_y[i]) + 0.5;

      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The flags raised: a line from week to week, a mark on each. */
static void
paint_raised (cairo_t                      *cr,
              const AccordCommitteeLayout  *layout,
              const AccordCommitteePalette *palette)
{
  double radius = MIN (0.2 * layout->line_height, layout->slot_width / 3);

  if (layout->n_weeks == 0 || radius <= 0)
    return;

  cairo_save (cr);
  if (layout->n_weeks > 1)
    {
      cairo_new_path (cr);
      for (guint i = 0; i < layout->n_weeks; i++)
        cairo_line_to (cr, layout->weeks[i].raised_x, layout->weeks[i].raised_y);
      accord_chart_set_source_color (cr, &palette->raised);
      cairo_set_line_width (cr, MAX (1.5, 0.1 * layout->line_height));
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < layout->n_weeks; i++)
    paint_mark (cr, layout->weeks[i].raised_x, layout->weeks[i].raised_y, radius, &palette->raised);
  cairo_restore (cr);
}

static void
paint_legend (cairo_t                      *cr,
              const AccordCommitteeLayout  *layout,
              const AccordCommitteePalette *palette)
{
  for (guint i = 0; i < ACCORD_COMMITTEE_N_LEGENDS; i++)
    {
      const cairo_rectangle_t *swatch = &layout->legend_swatches[i];

      if (i == ACCORD_COMMITTEE_LEGEND_RAISED)
        {
          if (swatch->width > 0)
            {
              cairo_save (cr);
              cairo_move_to (cr, swatch->x, swatch->y + swatch->height / 2);
              cairo_line_to (cr, swatch->x + swatch->width, swatch->y + swatch->height / 2);
              accord_chart_set_source_color (cr, &palette->raised);
              cairo_set_line_width (cr, MAX (1.5, 0.1 * layout->line_height));
              cairo_stroke (cr);
              cairo_restore (cr);
              paint_mark (cr, swatch->x + swatch->width / 2, swatch->y + swatch->height / 2,
                          swatch->width / 3, &palette->raised);
            }
        }
      else
        {
          fill_rectangle (cr, swatch, &palette->outcomes[i]);
        }
      paint_text (cr, layout, &layout->legend_texts[i], palette);
    }
}

/**
 * accord_committee_paint:
 * @cr: where to paint: a widget's snapshot, a PDF page, an image
 * @layout: the layout, in @cr's user units
 * @palette: the colours
 *
 * Paints the chart laid out in @layout.
 */
void
accord_committee_paint (cairo_t                      *cr,
                        const AccordCommitteeLayout  *layout,
                        const AccordCommitteePalette *palette)
{
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

  paint_text (cr, layout, &layout->title, palette);
  paint_legend (cr, layout, palette);
  paint_text (cr, layout, &layout->note, palette);

  paint_gridlines (cr, layout, palette);
  for (guint i = 0; i < layout->n_ticks; i++)
    paint_text (cr, layout, &layout->tick_labels[i], palette);
  paint_text (cr, layout, &layout->share_label, palette);

  for (guint i = 0; i < layout->n_weeks; i++)
    {
      const AccordCommitteeWeekLayout *week = &layout->weeks[i];

      for (guint o = 0; o < ACCORD_N_OUTCOMES; o++)
        fill_rectangle (cr, &week->segments[o], &palette->outcomes[o]);

      /* The strip: marketing's colour, then the first of sales' family. */
      fill_rectangle (cr, &week->share_track, &palette->grid);
      fill_rectangle (cr, &week->shares[0], &palette->outcomes[ACCORD_OUTCOME_UNQUALIFIED]);
      fill_rectangle (cr, &week->shares[1], &palette->outcomes[ACCORD_OUTCOME_REASSIGN]);

      paint_text (cr, layout, &week->label, palette);
    }
  paint_raised (cr, layout, palette);

  cairo_restore (cr);
}

static char *
format_outcome (AccordOutcome outcome,
                guint         count)
{
  g_autofree char *number = format_count (count);

  switch (outcome)
    {
    case ACCORD_OUTCOME_UNQUALIFIED:
      /* Translators: flags the committee judged unqualified, "4 unqualified" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s unqualified", "%s unqualified", count),
                              number);
    case ACCORD_OUTCOME_REASSIGN:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s reassigned", "%s reassigned", count),
                              number);
    case ACCORD_OUTCOME_KEEP:
      /* Translators: flags on leads kept with their SDR and re-engaged, "1 kept" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s kept", "%s kept", count),
                              number);
    case ACCORD_OUTCOME_DISMISS:
    case ACCORD_N_OUTCOMES:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s dismissed", "%s dismissed", count),
                              number);
    }
}

/* "12 flags raised; 9 decided: 4 unqualified, 3 reassigned, 1 kept, 1
 * dismissed; 50% unqualified against 50% reassigned or kept". @questions
 * adds whose question each share is. */
static char *
describe_counts (const AccordCommitteeCounts *counts,
                 gboolean                     questions)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) outcomes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *raised = format_count (counts->raised);
  g_autofree char *decided = format_count (counts->n_decided);
  g_autofree char *unqualified = format_percent (counts->unqualified_share);
  g_autofree char *follow_up = format_percent (counts->follow_up_share);

  g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s flag raised",
                                                        "%s flags raised", counts->raised),
                                           raised));
  if (counts->n_decided == 0)
    {
      g_ptr_array_add (parts, g_strdup (_("none decided")));
    }
  else
    {
      g_autofree char *list = NULL;

      for (guint o = 0; o < ACCORD_N_OUTCOMES; o++)
        if (counts->decided[o] > 0)
          g_ptr_array_add (outcomes, format_outcome (o, counts->decided[o]));
      g_ptr_array_add (outcomes, NULL);
      /* Translators: between the outcomes in "4 unqualified, 3 reassigned" */
      list = g_strjoinv (_(", "), (char **) outcomes->pdata);

      /* Translators: decisions made, then how, "9 decided: 4 unqualified, 5 kept" */
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s decided: %s",
                                                            "%s decided: %s", counts->n_decided),
                                               decided, list));
    }

  if (unqualified != NULL && follow_up != NULL)
    {
      if (questions)
        /* Translators: the shares of the flags judged, with whose question each is */
        g_ptr_array_add (parts, g_strdup_printf (_("%s judged unqualified, a lead-quality question "
                                                   "for marketing, against %s reassigned or "
                                                   "re-engaged, a follow-up question for sales"),
                                                 unqualified, follow_up));
      else
        /* Translators: the shares of the flags judged, "50% unqualified against 50% reassigned or kept" */
        g_ptr_array_add (parts, g_strdup_printf (_("%s unqualified against %s reassigned or kept"),
                                                 unqualified, follow_up));
    }
  g_ptr_array_add (parts, NULL);

  /* Translators: between the parts of "6 flags raised; 4 decided: …" */
  return g_strjoinv (_("; "), (char **) parts->pdata);
}

/**
 * accord_committee_describe_week:
 * @summary: the summary the chart shows
 * @index: a week, 0 the oldest
 *
 * One sentence with everything the chart shows of a week: for its tooltip
 * and its accessible description.
 *
 * Returns: (transfer full) (nullable): the sentence; %NULL past the last week
 */
char *
accord_committee_describe_week (AccordCommitteeSummary *summary,
                                guint                   index)
{
  const AccordCommitteeWeek *week;
  g_autofree char *monday = NULL;
  g_autofree char *counts = NULL;

  g_return_val_if_fail (summary != NULL, NULL);

  week = accord_committee_summary_get_week (summary, index);
  if (week == NULL)
    return NULL;

  monday = format_date (&week->monday);
  counts = describe_counts (&week->counts, FALSE);

  /* Translators: "Week 43 of 2024, from 21 October 2024: 12 flags raised; …" */
  return g_strdup_printf (_("Week %d of %d, from %s: %s."), week->iso_week, week->iso_year,
                          monday, counts);
}

/**
 * accord_committee_describe:
 * @summary: the summary the chart shows
 *
 * One sentence with what the whole chart shows: its accessible
 * description.
 *
 * Returns: (transfer full): the sentence
 */
char *
accord_committee_describe (AccordCommitteeSummary *summary)
{
  guint n_weeks;
  const AccordCommitteeWeek *first, *last;
  GDate sunday;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *counts = NULL;

  g_return_val_if_fail (summary != NULL, NULL);

  n_weeks = accord_committee_summary_get_n_weeks (summary);
  if (n_weeks == 0)
    return g_strdup (_("No weeks to show."));

  first = accord_committee_summary_get_week (summary, 0);
  last = accord_committee_summary_get_week (summary, n_weeks - 1);
  sunday = last->monday;
  g_date_add_days (&sunday, 6);
  from = format_date (&first->monday);
  to = format_date (&sunday);
  counts = describe_counts (accord_committee_summary_get_total (summary), TRUE);

  /* Translators: "Over 12 weeks, from 5 August 2024 to 27 October 2024: 40 flags raised; …" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Over %u week, from %s to %s: %s.",
                                       "Over %u weeks, from %s to %s: %s.", n_weeks),
                          n_weeks, from, to, counts);
}
