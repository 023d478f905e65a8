/* accord-meeting-pack.h: the weekly meeting's screens — one question
 * each, drawn by the chart painters — for the window's meeting mode and
 * the PDF pack
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

#include "accord-agreement.h"
#include "accord-chart-color.h"
#include "accord-decision-log.h"
#include "accord-lead-store.h"
#include "accord-paper.h"

G_BEGIN_DECLS

/* The screens, in the order of the meeting and of the PDF's pages. */
typedef enum
{
  ACCORD_PACK_SCREEN_COVER,
  ACCORD_PACK_SCREEN_GOALS,       /* did marketing deliver what it promised? goal vs actual per month of the quarter */
  ACCORD_PACK_SCREEN_FUNNEL,      /* where do leads drop off? the month's funnel beside the previous month's */
  ACCORD_PACK_SCREEN_TEAM,        /* can every SDR carry their load? each SDR's figures against their bands */
  ACCORD_PACK_SCREEN_REVIEW,      /* what did the committee decide? the committee's weeks, decided and undecided */
  ACCORD_PACK_SCREEN_KPIS,        /* how are the KPIs moving? the agreement's KPIs: value, goal, change */
  ACCORD_PACK_SCREEN_CALCULATOR,  /* what do we need next quarter? the calculator's trends, next quarter's goals */
  ACCORD_PACK_N_SCREENS
} AccordPackScreen;

/* The colours of every screen: the PDF's light ones, or the window's. */
typedef struct
{
  AccordChartColor background;
  AccordChartColor text;
  AccordChartColor dim_text;
  AccordChartColor accent;      /* the period's bars and values */
  AccordChartColor comparison;  /* the period compared with */
  AccordChartColor goal;        /* goal marks, marketing's outcome */
  AccordChartColor good;        /* good news: a goal met, a KPI improving */
  AccordChartColor bad;         /* bad news: a goal missed, out of band */
  AccordChartColor grid;        /* lines, tracks and tiles' edges */
} AccordPackPalette;

void accord_pack_palette_init_light (AccordPackPalette *palette);
void accord_pack_palette_init_dark  (AccordPackPalette *palette);

#define ACCORD_TYPE_MEETING_PACK (accord_meeting_pack_get_type ())

G_DECLARE_FINAL_TYPE (AccordMeetingPack, accord_meeting_pack, ACCORD, MEETING_PACK, GObject)

AccordMeetingPack *accord_meeting_pack_new              (AccordLeadStore    *store,
                                                         AccordAgreement    *agreement,
                                                         GTimeZone          *zone,
                                                         int                 month_key,
                                                         gint64              as_of,
                                                         AccordDecisionLog  *decisions);
void               accord_meeting_pack_add_import       (AccordMeetingPack  *self,
                                                         const char         *path,
                                                         guint               n_rows,
                                                         guint               n_skipped);
int                accord_meeting_pack_get_month        (AccordMeetingPack  *self);
gint64             accord_meeting_pack_get_as_of        (AccordMeetingPack  *self);

const char        *accord_meeting_pack_get_question     (AccordPackScreen    screen);

void               accord_meeting_pack_get_content_area (double              width,
                                                         double              height,
                                                         cairo_rectangle_t  *area);
PangoContext      *accord_meeting_pack_create_context   (cairo_t            *cr,
                                                         PangoContext       *context,
                                                         double              height);
void               accord_meeting_pack_paint            (AccordMeetingPack  *self,
                                                         cairo_t            *cr,
                                                         PangoContext       *context,
                                                         AccordPackScreen    screen,
                                                         double              width,
                                                         double              height,
                                                         const AccordPackPalette *palette);
char              *accord_meeting_pack_describe         (AccordMeetingPack  *self,
                                                         AccordPackScreen    screen);
gboolean           accord_meeting_pack_write_pdf        (AccordMeetingPack  *self,
                                                         const char         *path,
                                                         AccordPaper         paper,
                                                         GError            **error);

G_END_DECLS
