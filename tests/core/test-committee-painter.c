/* test-committee-painter.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The weeks below are made by hand (Europe/Berlin); the scale, bar
 * heights and shares they give are worked out in the comments, against
 * the plot rectangle the layout reports (its size depends on the font,
 * the proportions do not). Pixels are sampled on an image surface.
 */

#include "config.h"

#include <math.h>

#include <glib.h>
#include <pango/pangocairo.h>

#include "accord-committee-painter.h"
#include "accord-zone.h"

#include "accord-test-pixels.h"

#define EPSILON 1e-6

static const AccordCommitteePalette palette = {
  .outcomes = {
    { 1, 0, 0, 1 },         /* unqualified: red */
    { 0, 0, 1, 1 },         /* reassign: blue */
    { 0, 0.5, 1, 1 },       /* keep: light blue */
    { 0.5, 0.5, 0.5, 1 },   /* dismiss: grey */
  },
  .raised = { 0, 0.8, 0, 1 },       /* green */
  .text = { 0, 0, 0, 1 },
  .dim_text = { 0.3, 0.3, 0.3, 1 },
  .grid = { 0.85, 0.85, 0.85, 1 },
  .background = { 1, 1, 1, 1 },     /* white */
};

typedef struct
{
  PangoContext      *context;
  AccordLeadStore   *store;
  AccordAgreement   *agreement;
  AccordDecisionLog *log;
  GTimeZone         *berlin;
  AccordZone        *zone;
  guint              n_records;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");

  fixture->context = pango_font_map_create_context (font_map);
  pango_context_set_font_description (fixture->context, font);
  fixture->berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_assert_nonnull (fixture->berlin);
  fixture->store = accord_lead_store_new ();
  fixture->agreement = accord_agreement_new ();
  fixture->log = accord_decision_log_new ();
  fixture->zone = accord_zone_new (fixture->berlin);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->context);
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->agreement);
  g_assert_finalize_object (fixture->log);
  accord_zone_free (fixture->zone);
  g_time_zone_unref (fixture->berlin);
}

static gint64
at (Fixture *fixture,
    int      month,
    int      day,
    int      hour)
{
  return accord_zone_from_civil (fixture->zone, 2024, month, day, hour, 0, 0);
}

/* @n leads outside the profile (5 employees) and touched at once: each
 * raises one flag, "outside profile", at @mql. */
static void
add_flags (Fixture *fixture,
           guint    n,
           gint64   mql)
{
  for (guint i = 0; i < n; i++)
    {
      AccordLead *lead = accord_lead_store_append (fixture->store);

      lead->employees = 5;
      lead->tier = ACCORD_TIER_HIGH;
      lead->moments[ACCORD_MOMENT_MQL] = mql;
      lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql;
    }
}

/* @n decisions, each on a flag of its own, made at @decided_at. */
static void
add_decisions (Fixture       *fixture,
               guint          n,
               AccordOutcome  outcome,
               gint64         decided_at)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *record_id = g_strdup_printf ("R%u", fixture->n_records++);
      AccordDecision decision = {
        .record_id = record_id,
        .flag = ACCORD_FLAG_OUTSIDE_PROFILE,
        .raised = decided_at,
        .outcome = outcome,
        .assignee = outcome == ACCORD_OUTCOME_REASSIGN ? "Ben" : NULL,
        .decided_by = "Chair",
        .decided_at = decided_at,
      };

      accord_decision_log_add (fixture->log, &decision);
    }
}

/* Three weeks, as of Wednesday 3 April 2024 12:00 CEST: W12, W13, W14.
 * W12: 6 flags raised; 2 unqualified, 1 reassigned, 1 kept.
 * W13: nothing.
 * W14: 9 flags raised; 1 unqualified, 3 dismissed. */
static AccordCommitteeSummary *
make_three_weeks (Fixture *fixture)
{
  add_flags (fixture, 6, at (fixture, 3, 20, 10));
  add_flags (fixture, 9, at (fixture, 4, 2, 10));
  add_decisions (fixture, 2, ACCORD_OUTCOME_UNQUALIFIED, at (fixture, 3, 21, 10));
  add_decisions (fixture, 1, ACCORD_OUTCOME_REASSIGN, at (fixture, 3, 21, 11));
  add_decisions (fixture, 1, ACCORD_OUTCOME_KEEP, at (fixture, 3, 22, 10));
  add_decisions (fixture, 1, ACCORD_OUTCOME_UNQUALIFIED, at (fixture, 4, 2, 11));
  add_decisions (fixture, 3, ACCORD_OUTCOME_DISMISS, at (fixture, 4, 3, 9));

  return accord_committee_summary_new (fixture->store, fixture->agreement, fixture->log,
                                       fixture->berlin, at (fixture, 4, 3, 12), 3);
}

static void
assert_rect (const cairo_rectangle_t *rect,
             double                   x,
             double                   y,
             double                   width,
             double                   height)
{
  g_assert_cmpfloat_with_epsilon (rect->x, x, EPSILON);
  g_assert_cmpfloat_with_epsilon (rect->y, y, EPSILON);
  g_assert_cmpfloat_with_epsilon (rect->width, width, EPSILON);
  g_assert_cmpfloat_with_epsilon (rect->height, height, EPSILON);
}

static void
assert_text_inside (const AccordCommitteeText   *text,
                    const AccordCommitteeLayout *layout)
{
  if (text->text == NULL || text->rect.width == 0)
    return;

  g_assert_cmpfloat (text->rect.x, >=, -EPSILON);
  g_assert_cmpfloat (text->rect.x + text->rect.width, <=, layout->width + EPSILON);
}

/* No text leaves the chart; the axis column's stay left of the plot. */
static void
assert_texts_inside (const AccordCommitteeLayout *layout)
{
  assert_text_inside (&layout->title, layout);
  assert_text_inside (&layout->note, layout);
  assert_text_inside (&layout->share_label, layout);
  for (guint i = 0; i < ACCORD_COMMITTEE_N_LEGENDS; i++)
    assert_text_inside (&layout->legend_texts[i], layout);
  for (guint i = 0; i < layout->n_ticks; i++)
    {
      assert_text_inside (&layout->tick_labels[i], layout);
      g_assert_cmpfloat (layout->tick_labels[i].rect.x + layout->tick_labels[i].rect.width, <=,
                         layout->plot.x + EPSILON);
    }
  for (guint i = 0; i < layout->n_weeks; i++)
    assert_text_inside (&layout->weeks[i].label, layout);
}

static void
test_layout (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(AccordCommitteeSummary) summary = make_three_weeks (fixture);
  g_autoptr(AccordCommitteeLayout) layout = NULL;
  const cairo_rectangle_t *plot;
  double margin, slot, bar, baseline, h;

  layout = accord_committee_layout_new (fixture->context, summary, NULL, 600, 300);
  plot = &layout->plot;
  baseline = plot->y + plot->height;
  h = plot->height;
  margin = round (0.5 * layout->line_height);

  /* The tallest thing is W14's 9 flags: a quarter is 2.25, so the step
   * is 5 (1, 2, 5 × 10^k) and the scale ends at 10: gridlines at 0, 5, 10. */
  g_assert_cmpfloat_with_epsilon (layout->scale_max, 10, EPSILON);
  g_assert_cmpuint (layout->n_ticks, ==, 3);
  g_assert_cmpfloat_with_epsilon (layout->tick_values[1], 5, EPSILON);
  g_assert_cmpstr (layout->tick_labels[0].text, ==, "0");
  g_assert_cmpstr (layout->tick_labels[1].text, ==, "5");
  g_assert_cmpstr (layout->tick_labels[2].text, ==, "10");
  g_assert_cmpfloat_with_epsilon (layout->tick_y[0], baseline, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->tick_y[1], baseline - h / 2, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->tick_y[2], plot->y, EPSILON);

  /* The plot runs to the right margin; three slots share it, bars take
   * 0.6 of a slot, centred. */
  g_assert_cmpfloat (h, >, 100);
  g_assert_cmpfloat_with_epsilon (plot->x + plot->width, 600 - margin, EPSILON);
  g_assert_cmpfloat (plot->y + plot->height, <, 300);
  g_assert_cmpuint (layout->n_weeks, ==, 3);
  slot = plot->width / 3;
  bar = slot * 0.6;
  g_assert_cmpfloat_with_epsilon (layout->slot_width, slot, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->bar_width, bar, EPSILON);

  /* W12: unqualified 2 → 2/10 of the height from the baseline, then
   * reassign 1 and keep 1 (1/10 each) stacked on it; no dismissal. */
  assert_rect (&layout->weeks[0].segments[ACCORD_OUTCOME_UNQUALIFIED],
               plot->x + 0.2 * slot, baseline - 0.2 * h, bar, 0.2 * h);
  assert_rect (&layout->weeks[0].segments[ACCORD_OUTCOME_REASSIGN],
               plot->x + 0.2 * slot, baseline - 0.3 * h, bar, 0.1 * h);
  assert_rect (&layout->weeks[0].segments[ACCORD_OUTCOME_KEEP],
               plot->x + 0.2 * slot, baseline - 0.4 * h, bar, 0.1 * h);
  g_assert_cmpfloat_with_epsilon (layout->weeks[0].segments[ACCORD_OUTCOME_DISMISS].height, 0, EPSILON);
  /* 6 flags: the mark at 6/10, over the slot's centre. */
  g_assert_cmpfloat_with_epsilon (layout->weeks[0].raised_x, plot->x + slot / 2, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->weeks[0].raised_y, baseline - 0.6 * h, EPSILON);
  /* Judged 4 (2 + 1 + 1): half unqualified, half reassigned or kept. */
  g_assert_cmpfloat_with_epsilon (layout->weeks[0].shares[0].width, bar / 2, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->weeks[0].shares[1].x, plot->x + 0.2 * slot + bar / 2, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->weeks[0].shares[1].width, bar / 2, EPSILON);
  g_assert_cmpfloat (layout->weeks[0].share_track.y, >, baseline);

  /* W13: nothing stacked, the mark on the baseline, no shares. */
  for (guint o = 0; o < ACCORD_N_OUTCOMES; o++)
    g_assert_cmpfloat_with_epsilon (layout->weeks[1].segments[o].height, 0, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->weeks[1].raised_y, baseline, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->weeks[1].shares[0].width, 0, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->weeks[1].shares[1].width, 0, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->weeks[1].share_track.width, bar, EPSILON);

  /* W14: unqualified 1 (1/10), then 3 dismissed (3/10) on top; 9 flags at
   * 9/10. Judged only the 1 unqualified: the whole strip. */
  assert_rect (&layout->weeks[2].segments[ACCORD_OUTCOME_UNQUALIFIED],
               plot->x + 2.2 * slot, baseline - 0.1 * h, bar, 0.1 * h);
  assert_rect (&layout->weeks[2].segments[ACCORD_OUTCOME_DISMISS],
               plot->x + 2.2 * slot, baseline - 0.4 * h, bar, 0.3 * h);
  g_assert_cmpfloat_with_epsilon (layout->weeks[2].raised_y, baseline - 0.9 * h, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->weeks[2].shares[0].width, bar, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->weeks[2].shares[1].width, 0, EPSILON);

  /* Labels, each centred under its week; the columns are the hit regions. */
  g_assert_cmpstr (layout->weeks[0].label.text, ==, "W12");
  g_assert_cmpstr (layout->weeks[1].label.text, ==, "W13");
  g_assert_cmpstr (layout->weeks[2].label.text, ==, "W14");
  for (guint i = 0; i < 3; i++)
    {
      const AccordCommitteeWeekLayout *week = &layout->weeks[i];

      g_assert_cmpfloat_with_epsilon (week->label.rect.x + week->label.rect.width / 2,
                                      week->raised_x, EPSILON);
      g_assert_cmpfloat (week->label.rect.y, >, week->share_track.y + week->share_track.height);
      assert_rect (&week->column, plot->x + i * slot, plot->y, slot,
                   week->label.rect.y + week->label.rect.height - plot->y);
    }
  g_assert_cmpint (accord_committee_layout_hit (layout, plot->x + 1.5 * slot, baseline - 1), ==, 1);
  g_assert_cmpint (accord_committee_layout_hit (layout, plot->x + 2.9 * slot,
                                                layout->weeks[2].label.rect.y + 1), ==, 2);
  g_assert_cmpint (accord_committee_layout_hit (layout, plot->x + 0.01, plot->y + 1), ==, 0);
  g_assert_cmpint (accord_committee_layout_hit (layout, plot->x - 1, baseline - 1), ==, -1);
  g_assert_cmpint (accord_committee_layout_hit (layout, plot->x + slot, plot->y - 1), ==, -1);
  g_assert_cmpint (accord_committee_layout_hit (layout, 599.5, baseline - 1), ==, -1);

  /* The legend in the order of the outcomes, then the flags; the note
   * with the shares of all three weeks: judged 2 + 1 + 1 + 1 = 5, of them
   * 3 unqualified (60%) and 2 reassigned or kept (40%). */
  g_assert_cmpstr (layout->legend_texts[ACCORD_OUTCOME_UNQUALIFIED].text, ==, "Unqualified");
  g_assert_cmpstr (layout->legend_texts[ACCORD_OUTCOME_DISMISS].text, ==, "Dismissed");
  g_assert_cmpstr (layout->legend_texts[ACCORD_COMMITTEE_LEGEND_RAISED].text, ==, "Flags raised");
  g_assert_cmpstr (layout->note.text, ==, "60% judged unqualified, 40% reassigned or kept");
  g_assert_null (layout->title.text);
  g_assert_cmpfloat (layout->note.rect.y + layout->note.rect.height, <=, plot->y);

  assert_texts_inside (layout);
}

static void
test_pixels (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(AccordCommitteeSummary) summary = make_three_weeks (fixture);
  g_autoptr(AccordCommitteeLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 300);
  cairo_t *cr = cairo_create (surface);
  const cairo_rectangle_t *plot;
  const AccordCommitteeWeekLayout *w12, *w13, *w14;
  double baseline, h;

  layout = accord_committee_layout_new (fixture->context, summary, NULL, 600, 300);
  accord_committee_paint (cr, layout, &palette);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  plot = &layout->plot;
  baseline = plot->y + plot->height;
  h = plot->height;
  w12 = &layout->weeks[0];
  w13 = &layout->weeks[1];
  w14 = &layout->weeks[2];

  /* Inside W12's bar: unqualified from 0 to 0.2 of the height, reassign
   * 0.2–0.3, keep 0.3–0.4; the flags' line meets the bar's centre line
   * only at its mark, 0.6 up. */
  accord_test_assert_pixel (surface, w12->raised_x, baseline - 0.1 * h, &palette.outcomes[ACCORD_OUTCOME_UNQUALIFIED]);
  accord_test_assert_pixel (surface, w12->raised_x, baseline - 0.25 * h, &palette.outcomes[ACCORD_OUTCOME_REASSIGN]);
  accord_test_assert_pixel (surface, w12->raised_x, baseline - 0.35 * h, &palette.outcomes[ACCORD_OUTCOME_KEEP]);
  /* Above the bar, below the mark: the background (the gridline at 0.5
   * is a pixel thick, 0.45 is well clear of it). */
  accord_test_assert_pixel (surface, w12->raised_x, baseline - 0.45 * h, &palette.background);
  accord_test_assert_pixel (surface, w12->raised_x, baseline - 0.6 * h, &palette.raised);

  /* W14: unqualified 0–0.1, dismissed 0.1–0.4; the mark at 0.9. */
  accord_test_assert_pixel (surface, w14->raised_x, baseline - 0.05 * h, &palette.outcomes[ACCORD_OUTCOME_UNQUALIFIED]);
  accord_test_assert_pixel (surface, w14->raised_x, baseline - 0.25 * h, &palette.outcomes[ACCORD_OUTCOME_DISMISS]);
  accord_test_assert_pixel (surface, w14->raised_x, baseline - 0.9 * h, &palette.raised);

  /* W13 has no bar: at its centre the line leaves its mark on the
   * baseline towards W14's, so 0.75 up it is clear. Between the bars of
   * W12 and W13 (at 0.05 of W13's slot), under the line, too. */
  accord_test_assert_pixel (surface, w13->raised_x, baseline - 0.75 * h, &palette.background);
  accord_test_assert_pixel (surface, w13->column.x + 0.05 * layout->slot_width, baseline - 0.05 * h,
                &palette.background);
  /* Left of the bar in W12's slot, beside its unqualified part. */
  accord_test_assert_pixel (surface, w12->column.x + 0.1 * layout->slot_width, baseline - 0.1 * h,
                &palette.background);

  /* The share strips: W12 half red, half blue; W13 the empty track; W14
   * all red. */
  accord_test_assert_pixel (surface, w12->share_track.x + 0.25 * w12->share_track.width,
                w12->share_track.y + w12->share_track.height / 2,
                &palette.outcomes[ACCORD_OUTCOME_UNQUALIFIED]);
  accord_test_assert_pixel (surface, w12->share_track.x + 0.75 * w12->share_track.width,
                w12->share_track.y + w12->share_track.height / 2,
                &palette.outcomes[ACCORD_OUTCOME_REASSIGN]);
  accord_test_assert_pixel (surface, w13->share_track.x + 0.5 * w13->share_track.width,
                w13->share_track.y + w13->share_track.height / 2, &palette.grid);
  accord_test_assert_pixel (surface, w14->share_track.x + 0.75 * w14->share_track.width,
                w14->share_track.y + w14->share_track.height / 2,
                &palette.outcomes[ACCORD_OUTCOME_UNQUALIFIED]);

  /* The legend's swatches. */
  for (guint o = 0; o < ACCORD_N_OUTCOMES; o++)
    {
      const cairo_rectangle_t *swatch = &layout->legend_swatches[o];

      accord_test_assert_pixel (surface, swatch->x + swatch->width / 2, swatch->y + swatch->height / 2,
                    &palette.outcomes[o]);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_describe (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(AccordCommitteeSummary) summary = make_three_weeks (fixture);
  g_autofree char *w12 = accord_committee_describe_week (summary, 0);
  g_autofree char *w13 = accord_committee_describe_week (summary, 1);
  g_autofree char *w14 = accord_committee_describe_week (summary, 2);
  g_autofree char *all = accord_committee_describe (summary);

  g_assert_cmpstr (w12, ==, "Week 12 of 2024, from 18 March 2024: 6 flags raised; 4 decided: "
                            "2 unqualified, 1 reassigned, 1 kept; "
                            "50% unqualified against 50% reassigned or kept.");
  g_assert_cmpstr (w13, ==, "Week 13 of 2024, from 25 March 2024: 0 flags raised; none decided.");
  /* Judged 1, unqualified: 100% against 0%. */
  g_assert_cmpstr (w14, ==, "Week 14 of 2024, from 1 April 2024: 9 flags raised; 4 decided: "
                            "1 unqualified, 3 dismissed; 100% unqualified against 0% reassigned or kept.");
  g_assert_null (accord_committee_describe_week (summary, 3));
  /* The weeks run from Monday 18 March to Sunday 7 April; 15 flags; 8
   * decided, 3 + 1 + 1 + 3; judged 5: 3/5 and 2/5. */
  g_assert_cmpstr (all, ==, "Over 3 weeks, from 18 March 2024 to 7 April 2024: 15 flags raised; "
                            "8 decided: 3 unqualified, 1 reassigned, 1 kept, 3 dismissed; "
                            "60% judged unqualified, a lead-quality question for marketing, "
                            "against 40% reassigned or re-engaged, a follow-up question for sales.");
}

/* No weeks at all, and weeks with nothing in them. */
static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(AccordCommitteeSummary) none = NULL;
  g_autoptr(AccordCommitteeSummary) quiet = NULL;
  g_autofree char *none_text = NULL;
  g_autofree char *quiet_text = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 240);
  cairo_t *cr = cairo_create (surface);

  none = accord_committee_summary_new (fixture->store, fixture->agreement, fixture->log,
                                       fixture->berlin, at (fixture, 4, 3, 12), 0);
  quiet = accord_committee_summary_new (fixture->store, fixture->agreement, fixture->log,
                                        fixture->berlin, at (fixture, 4, 3, 12), 12);

  {
    g_autoptr(AccordCommitteeLayout) layout = accord_committee_layout_new (fixture->context, none,
                                                                           NULL, 400, 240);

    g_assert_cmpuint (layout->n_weeks, ==, 0);
    g_assert_cmpint (accord_committee_layout_hit (layout, 200, 120), ==, -1);
    /* Nothing to count: the scale is 0 to 1. */
    g_assert_cmpfloat_with_epsilon (layout->scale_max, 1, EPSILON);
    g_assert_cmpuint (layout->n_ticks, ==, 2);
    g_assert_cmpstr (layout->note.text, ==, "No flags judged in these weeks");
    accord_committee_paint (cr, layout, &palette);
  }
  {
    g_autoptr(AccordCommitteeLayout) layout = accord_committee_layout_new (fixture->context, quiet,
                                                                           NULL, 400, 240);
    double baseline = layout->plot.y + layout->plot.height;

    g_assert_cmpuint (layout->n_weeks, ==, 12);
    for (guint i = 0; i < layout->n_weeks; i++)
      {
        g_assert_cmpfloat_with_epsilon (layout->weeks[i].raised_y, baseline, EPSILON);
        for (guint o = 0; o < ACCORD_N_OUTCOMES; o++)
          g_assert_cmpfloat (layout->weeks[i].segments[o].height, ==, 0);
      }
    accord_committee_paint (cr, layout, &palette);
  }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  none_text = accord_committee_describe (none);
  g_assert_cmpstr (none_text, ==, "No weeks to show.");
  /* Twelve weeks back from W14: W03 (15 January) to W14 (ends 7 April). */
  quiet_text = accord_committee_describe (quiet);
  g_assert_cmpstr (quiet_text, ==, "Over 12 weeks, from 15 January 2024 to 7 April 2024: "
                                   "0 flags raised; none decided.");

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* 123,456 decisions in one week. */
static void
test_huge (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(AccordCommitteeSummary) summary = NULL;
  g_autoptr(AccordCommitteeLayout) layout = NULL;
  g_autofree char *text = NULL;
  double baseline;

  add_decisions (fixture, 123456, ACCORD_OUTCOME_KEEP, at (fixture, 4, 2, 10));
  summary = accord_committee_summary_new (fixture->store, fixture->agreement, fixture->log,
                                          fixture->berlin, at (fixture, 4, 3, 12), 2);
  layout = accord_committee_layout_new (fixture->context, summary, NULL, 400, 200);
  baseline = layout->plot.y + layout->plot.height;

  /* A quarter is 30,864: between 2 × 10^4 and 5 × 10^4, so the step is
   * 50,000 and the scale ends at 150,000 (three steps). */
  g_assert_cmpfloat_with_epsilon (layout->scale_max, 150000, EPSILON);
  g_assert_cmpuint (layout->n_ticks, ==, 4);
  g_assert_cmpstr (layout->tick_labels[3].text, ==, "150000");
  g_assert_cmpfloat_with_epsilon (layout->weeks[1].segments[ACCORD_OUTCOME_KEEP].height,
                                  123456.0 / 150000 * layout->plot.height, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->weeks[1].segments[ACCORD_OUTCOME_KEEP].y,
                                  baseline - 123456.0 / 150000 * layout->plot.height, EPSILON);
  /* Every judged flag was kept: the strip is all sales'. */
  g_assert_cmpfloat_with_epsilon (layout->weeks[1].shares[0].width, 0, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->weeks[1].shares[1].width, layout->bar_width, EPSILON);
  assert_texts_inside (layout);

  text = accord_committee_describe_week (summary, 1);
  g_assert_cmpstr (text, ==, "Week 14 of 2024, from 1 April 2024: 0 flags raised; 123456 decided: "
                             "123456 kept; 0% unqualified against 100% reassigned or kept.");
}

/* Many weeks in a narrow chart: labels every few weeks, ending with the
 * latest, never overlapping. Long texts stay inside. Sizes of nothing
 * and not a number do not break anything. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(AccordCommitteeSummary) summary = NULL;
  g_autoptr(AccordCommitteeLayout) layout = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);
  AccordCommitteeLabels labels = { NULL, };
  const AccordCommitteeText *previous = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 160, 120);
  cairo_t *cr = cairo_create (surface);
  static const double sizes[][2] = { { 0, 0 }, { 1, 1 }, { NAN, 100 }, { 100, INFINITY }, { -5, -5 } };
  guint n_labels = 0;

  for (guint i = 0; i < 40; i++)
    g_string_append (long_text, "Committee ");
  labels.title = long_text->str;
  labels.legend[ACCORD_OUTCOME_KEEP] = long_text->str;

  /* The three weeks' leads and decisions, in a summary of 52 weeks. */
  summary = make_three_weeks (fixture);
  g_clear_pointer (&summary, accord_committee_summary_unref);
  summary = accord_committee_summary_new (fixture->store, fixture->agreement, fixture->log,
                                          fixture->berlin, at (fixture, 4, 3, 12), 52);
  /* Wide enough, the long texts are cut to the chart's width. */
  layout = accord_committee_layout_new (fixture->context, summary, &labels, 400, 400);
  g_assert_nonnull (layout->title.text);
  g_assert_cmpfloat (layout->title.rect.width, <=, 400);
  g_assert_cmpfloat (layout->legend_texts[ACCORD_OUTCOME_KEEP].rect.width, <=, 400);
  assert_texts_inside (layout);
  g_clear_pointer (&layout, accord_committee_layout_free);

  layout = accord_committee_layout_new (fixture->context, summary, &labels, 160, 120);
  g_assert_cmpuint (layout->n_weeks, ==, 52);

  /* The latest week is labelled; labels never overlap. */
  g_assert_cmpstr (layout->weeks[51].label.text, ==, "W14");
  for (guint i = 0; i < layout->n_weeks; i++)
    {
      const AccordCommitteeText *label = &layout->weeks[i].label;

      if (label->text == NULL)
        continue;
      n_labels++;
      if (previous != NULL)
        g_assert_cmpfloat (previous->rect.x + previous->rect.width, <=, label->rect.x);
      previous = label;
    }
  g_assert_cmpuint (n_labels, <, 52);
  g_assert_cmpuint (n_labels, >=, 1);
  /* The legend takes a row per entry at this width, more than the 120
   * pixels leave: it gives way, and the note with it, to a plot three
   * lines tall. */
  g_assert_null (layout->note.text);
  for (guint i = 0; i < ACCORD_COMMITTEE_N_LEGENDS; i++)
    g_assert_null (layout->legend_texts[i].text);
  g_assert_cmpfloat (layout->plot.height, >=, 3 * layout->line_height);
  assert_texts_inside (layout);
  accord_committee_paint (cr, layout, &palette);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(AccordCommitteeLayout) odd = accord_committee_layout_new (fixture->context, summary,
                                                                          &labels, sizes[i][0],
                                                                          sizes[i][1]);

      g_assert_true (isfinite (odd->plot.width) && odd->plot.width >= 0);
      g_assert_true (isfinite (odd->plot.height) && odd->plot.height >= 0);
      accord_committee_paint (cr, odd, &palette);
      g_assert_cmpint (accord_committee_layout_hit (odd, 0, 0), >=, -1);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/core/committee-painter/layout", test_layout);
  ADD ("/core/committee-painter/pixels", test_pixels);
  ADD ("/core/committee-painter/describe", test_describe);
  ADD ("/core/committee-painter/empty", test_empty);
  ADD ("/core/committee-painter/huge", test_huge);
  ADD ("/core/committee-painter/narrow", test_narrow);

  return g_test_run ();
}
