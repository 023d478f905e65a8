/* accord-committee-painter.h: the committee summary's weekly chart —
 * decisions stacked by outcome, flags raised, the share judged
 * unqualified — laid out and painted with cairo and pango
 * (STYLE.md "Charts")
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

#include "accord-chart-color.h"
#include "accord-committee-summary.h"

G_BEGIN_DECLS

/* The colours come from whoever draws: the widget's style, or the PDF's.
 * Unqualified is marketing's outcome; reassign and keep, sales', are best
 * two shades of one family; dismiss a grey. */
typedef struct
{
  AccordChartColor outcomes[ACCORD_N_OUTCOMES];
  AccordChartColor raised;      /* the line and marks of the flags raised */
  AccordChartColor text;
  AccordChartColor dim_text;    /* ticks, week labels, the note */
  AccordChartColor grid;        /* gridlines, the baseline, the share strip's empty track */
  AccordChartColor background;  /* behind everything; alpha 0 paints none */
} AccordCommitteePalette;

/* The legend's entries: one per outcome, then the flags raised. */
#define ACCORD_COMMITTEE_LEGEND_RAISED ACCORD_N_OUTCOMES
#define ACCORD_COMMITTEE_N_LEGENDS     (ACCORD_N_OUTCOMES + 1)

/* Gridlines: 0 and at most four steps above it. */
#define ACCORD_COMMITTEE_MAX_TICKS 5

/* The texts the caller chooses; every one may be NULL. */
typedef struct
{
  const char *title;                                /* above the chart */
  const char *legend[ACCORD_COMMITTEE_N_LEGENDS];   /* NULL: accord_committee_legend_get_title() */
} AccordCommitteeLabels;

/* One piece of text, with the rectangle it is drawn in: it never leaves it
 * (a text too long is ellipsized). A NULL text, or a rectangle of no width,
 * draws nothing. */
typedef struct
{
  char              *text;
  cairo_rectangle_t  rect;
  double             scale;      /* of the base font's size */
  gboolean           bold;
  gboolean           dim;
} AccordCommitteeText;

typedef struct
{
  cairo_rectangle_t   column;                       /* the week's slot, plot top to label bottom: its hit region */
  cairo_rectangle_t   segments[ACCORD_N_OUTCOMES];  /* stacked up from the baseline in the order of the outcomes; 0 high for none */
  double              raised_x;                     /* the centre of the flags-raised mark */
  double              raised_y;
  cairo_rectangle_t   share_track;                  /* the share strip, as wide as the bar */
  cairo_rectangle_t   shares[2];                    /* in it: unqualified, then reassigned or kept; 0 wide without such decisions */
  AccordCommitteeText label;                        /* "W43"; NULL where there is no room for every week's */
} AccordCommitteeWeekLayout;

/* Everything the chart draws, and where; read-only. */
typedef struct
{
  double                      width;
  double                      height;
  PangoFontDescription       *font;         /* the base font */
  double                      resolution;   /* of the context the texts were measured in */
  double                      line_height;  /* of the base font */
  double                      scale_max;    /* the count at the plot's top */
  guint                       n_ticks;      /* gridlines, from 0 up to scale_max */
  double                      tick_values[ACCORD_COMMITTEE_MAX_TICKS];
  double                      tick_y[ACCORD_COMMITTEE_MAX_TICKS];
  AccordCommitteeText         tick_labels[ACCORD_COMMITTEE_MAX_TICKS];
  cairo_rectangle_t           plot;         /* the bars' area; its bottom is the baseline */
  double                      slot_width;   /* a week's share of the plot's width */
  double                      bar_width;
  AccordCommitteeText         title;
  cairo_rectangle_t           legend_swatches[ACCORD_COMMITTEE_N_LEGENDS];
  AccordCommitteeText         legend_texts[ACCORD_COMMITTEE_N_LEGENDS];
  AccordCommitteeText         note;         /* the shares over all the weeks */
  AccordCommitteeText         share_label;  /* left of the share strip */
  guint                       n_weeks;
  AccordCommitteeWeekLayout  *weeks;        /* oldest first */
} AccordCommitteeLayout;

const char            *accord_committee_legend_get_title (guint                         legend);

AccordCommitteeLayout *accord_committee_layout_new       (PangoContext                 *context,
                                                          AccordCommitteeSummary       *summary,
                                                          const AccordCommitteeLabels  *labels,
                                                          double                        width,
                                                          double                        height);
void                   accord_committee_layout_free      (AccordCommitteeLayout        *layout);
int                    accord_committee_layout_hit       (const AccordCommitteeLayout  *layout,
                                                          double                        x,
                                                          double                        y);

void                   accord_committee_paint            (cairo_t                      *cr,
                                                          const AccordCommitteeLayout  *layout,
                                                          const AccordCommitteePalette *palette);

char                  *accord_committee_describe         (AccordCommitteeSummary       *summary);
char                  *accord_committee_describe_week    (AccordCommitteeSummary       *summary,
                                                          guint                         index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordCommitteeLayout, accord_committee_layout_free)

G_END_DECLS
