/* test-funnel-painter.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The funnels below are written out by hand, with their rates worked out
 * in the comments; bar lengths are checked against the track the layout
 * reports (the track depends on the font, the proportions do not).
 */

#include "config.h"

#include <math.h>

#include <glib.h>
#include <pango/pangocairo.h>

#include "accord-funnel-painter.h"

#define EPSILON 1e-6

/* The October 2024 period funnel of tests/data/cli/contacts.csv
 * (report.expected.json): 4 leads, 3 QLs, 2 MQLs, 1 SQL, 1 opportunity,
 * 1 customer; goals 300, 250, 125, 32 and none for the last two. */
static const AccordFunnel october = {
  NULL,
  {
    { 4, NAN, 1.0, 0, 300 },
    { 3, 0.75, 0.75, 1, 250 },       /* 3/4, 3/4, 4 − 3 */
    { 2, 2.0 / 3, 0.5, 1, 125 },     /* 2/3, 2/4, 3 − 2 */
    { 1, 0.5, 0.25, 1, 32 },         /* 1/2, 1/4, 2 − 1 */
    { 1, 1.0, 0.25, 0, NAN },        /* 1/1, 1/4, none */
    { 1, 1.0, 0.25, 0, NAN },
  },
};

/* Its September: 3 leads, 2 QLs, 3 MQLs, 1 SQL, none after. */
static const AccordFunnel september = {
  NULL,
  {
    { 3, NAN, 1.0, 0, 300 },
    { 2, 2.0 / 3, 2.0 / 3, 1, 250 },
    { 3, 1.5, 1.0, 0, 125 },
    { 1, 1.0 / 3, 1.0 / 3, 2, 32 },
    { 0, 0, 0, 1, NAN },
    { 0, NAN, 0, 0, NAN },
  },
};

/* Goals close to the counts: drawn to scale, but for the last. */
static const AccordFunnel near_goals = {
  NULL,
  {
    { 100, NAN, 1.0, 0, 120 },
    { 80, 0.8, 0.8, 20, 100 },
    { 40, 0.5, 0.4, 40, 50 },
    { 10, 0.25, 0.1, 30, 12 },
    { 5, 0.5, 0.05, 5, NAN },
    { 2, 0.4, 0.02, 3, 1000 },
  },
};

static const AccordFunnelPalette palette = {
  .bar = { 1, 0, 0, 1 },          /* red */
  .comparison = { 0, 0, 1, 1 },   /* blue */
  .goal = { 0, 1, 0, 1 },         /* green */
  .text = { 0, 0, 0, 1 },
  .dim_text = { 0.5, 0.5, 0.5, 1 },
  .background = { 1, 1, 1, 1 },   /* white */
};

typedef struct
{
  PangoContext *context;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");

  fixture->context = pango_font_map_create_context (font_map);
  pango_context_set_font_description (fixture->context, font);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->context);
}

static void
assert_text_inside (const AccordFunnelText *text,
                    double                  left,
                    double                  right)
{
  if (text->text == NULL || text->rect.width == 0)
    return;

  g_assert_cmpfloat (text->rect.x, >=, left - EPSILON);
  g_assert_cmpfloat (text->rect.x + text->rect.width, <=, right + EPSILON);
}

/* No text leaves the chart, and none of the left column reaches the bars. */
static void
assert_texts_inside (const AccordFunnelLayout *layout)
{
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      const AccordFunnelStageLayout *row = &layout->stages[s];

      assert_text_inside (&row->name, 0, layout->track_x);
      assert_text_inside (&row->note, 0, layout->track_x);
      assert_text_inside (&row->count, layout->track_x, layout->width);
      assert_text_inside (&row->comparison_count, layout->track_x, layout->width);
      assert_text_inside (&row->from_previous, layout->track_x + layout->track_width,
                          layout->width);
      assert_text_inside (&row->from_first, layout->track_x + layout->track_width, layout->width);
      assert_text_inside (&row->drop_off, layout->track_x + layout->track_width, layout->width);
      g_assert_cmpfloat (row->bar.x + row->bar.width, <=,
                         layout->track_x + layout->track_width + EPSILON);
    }
  assert_text_inside (&layout->title, 0, layout->width);
  for (guint i = 0; i < ACCORD_FUNNEL_N_LEGENDS; i++)
    assert_text_inside (&layout->legend_texts[i], 0, layout->width);
}

static void
test_proportional (Fixture       *fixture,
                   gconstpointer  data)
{
  PangoContext *context = fixture->context;
  g_autoptr(AccordFunnelLayout) layout = NULL;
  double track;

  layout = accord_funnel_layout_new (context, &october, NULL, NULL, 900, 500);
  track = layout->track_width;

  /* The longest bar is the 4 leads: goals of 32 and more are over four
   * times that, so they are off scale and the scale ends at 4. */
  g_assert_cmpfloat_with_epsilon (layout->max_value, 4, EPSILON);
  g_assert_false (layout->compact);
  g_assert_cmpfloat (track, >, 900 * 0.3);
  g_assert_cmpfloat_with_epsilon (layout->stages[0].bar.width, track, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->stages[1].bar.width, track * 3 / 4, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->stages[2].bar.width, track * 2 / 4, EPSILON);
  for (guint s = ACCORD_STAGE_SQL; s < ACCORD_N_STAGES; s++)
    g_assert_cmpfloat_with_epsilon (layout->stages[s].bar.width, track / 4, EPSILON);

  /* Every bar starts on the same baseline; rows follow each other down. */
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      const AccordFunnelStageLayout *row = &layout->stages[s];

      g_assert_cmpfloat_with_epsilon (row->bar.x, layout->track_x, EPSILON);
      g_assert_cmpfloat (row->bar.y, >=, row->row.y);
      g_assert_cmpfloat (row->bar.y + row->bar.height, <=, row->row.y + row->row.height);
      g_assert_cmpfloat (row->bar.height, >, 0);
      g_assert_cmpfloat (row->comparison_bar.width, ==, 0);
      g_assert_null (row->comparison_count.text);
      if (s > 0)
        {
          const cairo_rectangle_t *above = &layout->stages[s - 1].row;

          g_assert_cmpfloat_with_epsilon (row->row.y, above->y + above->height, EPSILON);
        }
      /* The count sits just after its bar. */
      g_assert_cmpfloat (row->count.rect.x, >, row->bar.x + row->bar.width);
      g_assert_cmpfloat (row->count.rect.x, <, row->bar.x + row->bar.width + layout->line_height);
    }
  g_assert_cmpfloat (layout->stages[5].row.y + layout->stages[5].row.height, <=, 500);

  /* The labels of DESIGN §3. */
  g_assert_cmpstr (layout->stages[0].name.text, ==, "Leads");
  g_assert_cmpstr (layout->stages[1].name.text, ==, "Qualified leads");
  g_assert_cmpstr (layout->stages[5].name.text, ==, "Customers");
  g_assert_cmpstr (layout->stages[0].count.text, ==, "4");
  g_assert_null (layout->stages[0].from_previous.text);
  g_assert_null (layout->stages[0].from_first.text);
  g_assert_null (layout->stages[0].drop_off.text);
  g_assert_cmpstr (layout->stages[1].count.text, ==, "3");
  g_assert_cmpstr (layout->stages[1].from_previous.text, ==, "75% of previous");
  g_assert_cmpstr (layout->stages[1].from_first.text, ==, "75% of leads");
  g_assert_cmpstr (layout->stages[1].drop_off.text, ==, "−1 dropped");
  /* 2/3 = 66.7 % rounds to 67. */
  g_assert_cmpstr (layout->stages[2].from_previous.text, ==, "67% of previous");
  g_assert_cmpstr (layout->stages[2].from_first.text, ==, "50% of leads");
  g_assert_cmpstr (layout->stages[4].from_previous.text, ==, "100% of previous");
  g_assert_cmpstr (layout->stages[4].drop_off.text, ==, "none dropped");
  /* Attainment 4/300 = 1.3 % → 1; 1/32 = 3.1 % → 3. */
  g_assert_cmpstr (layout->stages[0].note.text, ==, "1% of goal 300");
  g_assert_cmpstr (layout->stages[3].note.text, ==, "3% of goal 32");
  g_assert_null (layout->stages[4].note.text);

  assert_texts_inside (layout);
}

static void
test_goals (Fixture       *fixture,
            gconstpointer  data)
{
  PangoContext *context = fixture->context;
  g_autoptr(AccordFunnelLayout) off = NULL;
  g_autoptr(AccordFunnelLayout) near = NULL;
  double end;

  /* October: every goal is off scale, marked at the end of the track;
   * the last two stages have none (NAN). */
  off = accord_funnel_layout_new (context, &october, NULL, NULL, 900, 500);
  end = off->track_x + off->track_width;
  for (guint s = 0; s <= ACCORD_STAGE_SQL; s++)
    {
      g_assert_true (off->stages[s].has_goal);
      g_assert_true (off->stages[s].goal_off_scale);
      g_assert_cmpfloat_with_epsilon (off->stages[s].goal_x, end, EPSILON);
    }
  g_assert_false (off->stages[ACCORD_STAGE_OPPORTUNITY].has_goal);
  g_assert_false (off->stages[ACCORD_STAGE_CUSTOMER].has_goal);
  g_assert_nonnull (off->legend_texts[ACCORD_FUNNEL_LEGEND_GOAL].text);

  /* Counts up to 100: goals up to 4 × 100 are to scale, so the scale
   * ends at the largest of them, 120; 1000 is off scale. */
  near = accord_funnel_layout_new (context, &near_goals, NULL, NULL, 900, 500);
  g_assert_cmpfloat_with_epsilon (near->max_value, 120, EPSILON);
  g_assert_cmpfloat_with_epsilon (near->stages[0].bar.width, near->track_width * 100 / 120,
                                  EPSILON);
  g_assert_cmpfloat_with_epsilon (near->stages[0].goal_x, near->track_x + near->track_width,
                                  EPSILON);
  g_assert_false (near->stages[0].goal_off_scale);
  g_assert_cmpfloat_with_epsilon (near->stages[1].goal_x,
                                  near->track_x + near->track_width * 100 / 120, EPSILON);
  g_assert_cmpfloat_with_epsilon (near->stages[3].goal_x,
                                  near->track_x + near->track_width * 12 / 120, EPSILON);
  g_assert_false (near->stages[4].has_goal);
  g_assert_true (near->stages[5].goal_off_scale);
  g_assert_cmpfloat_with_epsilon (near->stages[5].goal_x, near->track_x + near->track_width,
                                  EPSILON);
  /* Marks reach past the bar above and below. */
  g_assert_cmpfloat (near->stages[1].goal_top, <, near->stages[1].bar.y);
  g_assert_cmpfloat (near->stages[1].goal_bottom, >,
                     near->stages[1].bar.y + near->stages[1].bar.height);
  /* The count of 10 SQLs would sit on the mark of 12, just past its bar:
   * it moves past the mark. 80 QLs end well before their mark at 100. */
  g_assert_cmpfloat (near->stages[3].count.rect.x, >, near->stages[3].goal_x);
  g_assert_cmpfloat (near->stages[1].count.rect.x + near->stages[1].count.rect.width, <,
                     near->stages[1].goal_x);
  g_assert_cmpfloat (near->stages[1].count.rect.x, >,
                     near->stages[1].bar.x + near->stages[1].bar.width);
  /* 80/100 = 80 %; 2/1000 = 0.2 %, more than none: "<1%". */
  g_assert_cmpstr (near->stages[1].note.text, ==, "80% of goal 100");
  g_assert_cmpstr (near->stages[5].note.text, ==, "<1% of goal 1000");
}

static void
test_comparison (Fixture       *fixture,
                 gconstpointer  data)
{
  PangoContext *context = fixture->context;
  g_autoptr(AccordFunnelLayout) layout = NULL;
  const AccordFunnelLabels labels = { "Funnel", "October 2024", "September 2024", { NULL, } };
  double track;

  layout = accord_funnel_layout_new (context, &october, &september, &labels, 900, 500);
  track = layout->track_width;

  /* The longest bar of both is still 4. */
  g_assert_cmpfloat_with_epsilon (layout->max_value, 4, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->stages[0].comparison_bar.width, track * 3 / 4, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->stages[2].comparison_bar.width, track * 3 / 4, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->stages[4].comparison_bar.width, 0, EPSILON);
  g_assert_cmpstr (layout->stages[2].comparison_count.text, ==, "3");
  g_assert_cmpstr (layout->stages[5].comparison_count.text, ==, "0");

  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      const AccordFunnelStageLayout *row = &layout->stages[s];

      /* Under the period's bar, thinner, inside the row. */
      g_assert_cmpfloat_with_epsilon (row->comparison_bar.x, layout->track_x, EPSILON);
      g_assert_cmpfloat (row->comparison_bar.y, >=, row->bar.y + row->bar.height);
      g_assert_cmpfloat (row->comparison_bar.height, <, row->bar.height);
      g_assert_cmpfloat (row->comparison_bar.y + row->comparison_bar.height, <=,
                         row->row.y + row->row.height);
    }

  g_assert_cmpstr (layout->title.text, ==, "Funnel");
  g_assert_cmpstr (layout->legend_texts[ACCORD_FUNNEL_LEGEND_CURRENT].text, ==, "October 2024");
  g_assert_cmpstr (layout->legend_texts[ACCORD_FUNNEL_LEGEND_COMPARISON].text, ==,
                   "September 2024");
  g_assert_cmpstr (layout->legend_texts[ACCORD_FUNNEL_LEGEND_GOAL].text, ==, "Goal");
  /* Title, then legend, then the rows. */
  g_assert_cmpfloat (layout->title.rect.y + layout->title.rect.height, <=,
                     layout->legend_texts[0].rect.y + EPSILON);
  g_assert_cmpfloat (layout->legend_texts[0].rect.y + layout->legend_texts[0].rect.height, <=,
                     layout->stages[0].row.y + EPSILON);
  assert_texts_inside (layout);
}

static void
test_zero (Fixture       *fixture,
           gconstpointer  data)
{
  PangoContext *context = fixture->context;
  g_autoptr(AccordFunnelLayout) empty = NULL;
  g_autoptr(AccordFunnelLayout) goals_only = NULL;
  AccordFunnel none = { NULL, { { 0, }, } };
  AccordFunnel no_leads;

  /* Nothing at all: no rate can be worked out; the bars have no length. */
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    none.stages[s] = (AccordFunnelStage) { 0, NAN, NAN, 0, NAN };
  empty = accord_funnel_layout_new (context, &none, NULL, NULL, 900, 500);
  g_assert_cmpfloat_with_epsilon (empty->max_value, 1, EPSILON);
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      g_assert_cmpfloat (empty->stages[s].bar.width, ==, 0);
      g_assert_cmpstr (empty->stages[s].count.text, ==, "0");
      g_assert_null (empty->stages[s].from_previous.text);
      g_assert_null (empty->stages[s].from_first.text);
      g_assert_false (empty->stages[s].has_goal);
    }
  g_assert_cmpstr (empty->stages[1].drop_off.text, ==, "none dropped");
  g_assert_null (empty->legend_texts[ACCORD_FUNNEL_LEGEND_GOAL].text);
  assert_texts_inside (empty);

  /* No counts but goals: the goals make the scale, 300 the longest. */
  no_leads = none;
  no_leads.stages[0].goal = 300;
  no_leads.stages[1].goal = 150;
  goals_only = accord_funnel_layout_new (context, &no_leads, NULL, NULL, 900, 500);
  g_assert_cmpfloat_with_epsilon (goals_only->max_value, 300, EPSILON);
  g_assert_false (goals_only->stages[0].goal_off_scale);
  g_assert_cmpfloat_with_epsilon (goals_only->stages[1].goal_x,
                                  goals_only->track_x + goals_only->track_width / 2, EPSILON);
  /* 0 of 300 is 0 %. */
  g_assert_cmpstr (goals_only->stages[0].note.text, ==, "0% of goal 300");
}

static void
test_huge (Fixture       *fixture,
           gconstpointer  data)
{
  PangoContext *context = fixture->context;
  g_autoptr(AccordFunnelLayout) layout = NULL;
  AccordFunnel huge = { NULL, { { 0, }, } };
  const guint counts[ACCORD_N_STAGES] = { G_MAXUINT, G_MAXUINT / 2, G_MAXUINT / 4, 1000, 1, 0 };

  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    huge.stages[s] = (AccordFunnelStage) { counts[s], NAN, NAN, 0, INFINITY };

  layout = accord_funnel_layout_new (context, &huge, &huge, NULL, 900, 500);
  g_assert_cmpfloat_with_epsilon (layout->max_value, G_MAXUINT, EPSILON);
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      g_assert_cmpfloat_with_epsilon (layout->stages[s].bar.width,
                                      layout->track_width * counts[s] / (double) G_MAXUINT,
                                      EPSILON);
      /* An infinite goal is no goal. */
      g_assert_false (layout->stages[s].has_goal);
    }
  /* The ten digits of 4294967295 fit after the longest bar (C locale: no
   * grouping). */
  g_assert_cmpstr (layout->stages[0].count.text, ==, "4294967295");
  g_assert_cmpfloat (layout->stages[0].count.rect.width, >, 0);
  assert_texts_inside (layout);
}

static void
test_long_labels (Fixture       *fixture,
                  gconstpointer  data)
{
  PangoContext *context = fixture->context;
  g_autoptr(AccordFunnelLayout) layout = NULL;
  g_autofree char *long_name = g_strnfill (300, 'W');
  AccordFunnelLabels labels = { NULL, };

  labels.title = long_name;
  labels.current = long_name;
  labels.comparison = long_name;
  labels.stages[ACCORD_STAGE_QUALIFIED] = long_name;

  layout = accord_funnel_layout_new (context, &october, &september, &labels, 900, 500);

  /* The column of names takes at most 30 % of the width, and the name is
   * cut to it; the bars keep their room. */
  g_assert_cmpstr (layout->stages[1].name.text, ==, long_name);
  g_assert_cmpfloat (layout->stages[1].name.rect.width, <=, 900 * 0.3 + EPSILON);
  g_assert_cmpfloat (layout->track_width, >, 900 * 0.3);
  g_assert_cmpfloat_with_epsilon (layout->stages[1].bar.width, layout->track_width * 3 / 4,
                                  EPSILON);
  /* The period's name fills the legend's line: the comparison's and the
   * goal's entries have no room left and are left out. */
  g_assert_nonnull (layout->legend_texts[ACCORD_FUNNEL_LEGEND_CURRENT].text);
  g_assert_null (layout->legend_texts[ACCORD_FUNNEL_LEGEND_COMPARISON].text);
  g_assert_null (layout->legend_texts[ACCORD_FUNNEL_LEGEND_GOAL].text);
  assert_texts_inside (layout);
}

static void
test_compact (Fixture       *fixture,
              gconstpointer  data)
{
  PangoContext *context = fixture->context;
  g_autoptr(AccordFunnelLayout) layout = NULL;

  /* Too narrow for the column of rates: the conversion from the previous
   * stage moves under the name. */
  layout = accord_funnel_layout_new (context, &october, NULL, NULL, 260, 300);
  g_assert_true (layout->compact);
  g_assert_cmpstr (layout->stages[1].note.text, ==, "75% of previous");
  g_assert_null (layout->stages[0].note.text);
  g_assert_cmpfloat (layout->stages[1].from_previous.rect.width, ==, 0);
  g_assert_cmpfloat (layout->stages[1].drop_off.rect.width, ==, 0);
  g_assert_cmpfloat_with_epsilon (layout->stages[1].bar.width, layout->track_width * 3 / 4,
                                  EPSILON);
  g_assert_cmpfloat (layout->track_width, >, 0);
  assert_texts_inside (layout);
}

static void
test_degenerate_sizes (Fixture       *fixture,
                       gconstpointer  data)
{
  PangoContext *context = fixture->context;
  const double sizes[][2] = { { 0, 0 }, { 1, 1 }, { -5, 20 }, { NAN, INFINITY }, { 20000, 30 } };

  /* Nothing to assert but that every size lays out and paints. */
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(AccordFunnelLayout) layout = NULL;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
      cairo_t *cr = cairo_create (surface);

      layout = accord_funnel_layout_new (context, &october, &september, NULL, sizes[i][0],
                                         sizes[i][1]);
      g_assert_cmpfloat (layout->width, >=, 0);
      g_assert_cmpfloat (layout->track_width, >=, 0);
      for (guint s = 0; s < ACCORD_N_STAGES; s++)
        g_assert_cmpfloat (layout->stages[s].bar.width, >=, 0);
      accord_funnel_paint (cr, layout, &palette);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

static void
test_hit (Fixture       *fixture,
          gconstpointer  data)
{
  PangoContext *context = fixture->context;
  g_autoptr(AccordFunnelLayout) layout = NULL;

  layout = accord_funnel_layout_new (context, &october, NULL, NULL, 900, 500);
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      const cairo_rectangle_t *row = &layout->stages[s].row;

      g_assert_cmpint (accord_funnel_layout_hit (layout, row->x + row->width / 2,
                                                 row->y + row->height / 2), ==, s);
      /* The whole row answers: the name as well as the bar. */
      g_assert_cmpint (accord_funnel_layout_hit (layout, layout->stages[s].name.rect.x + 1,
                                                 row->y + row->height / 2), ==, s);
    }
  g_assert_cmpint (accord_funnel_layout_hit (layout, 450, layout->stages[0].row.y - 1), ==, -1);
  g_assert_cmpint (accord_funnel_layout_hit (layout, -1, 250), ==, -1);
  g_assert_cmpint (accord_funnel_layout_hit (layout, 450, 501), ==, -1);
}

/* ARGB32 is premultiplied; every colour here is opaque. */
static guint32
get_pixel (cairo_surface_t *surface,
           double           x,
           double           y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(guint32 *) (data + (int) y * stride + (int) x * 4) & 0xffffff;
}

static void
test_paint (Fixture       *fixture,
            gconstpointer  data)
{
  PangoContext *context = fixture->context;
  g_autoptr(AccordFunnelLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 900, 500);
  cairo_t *cr = cairo_create (surface);
  const AccordFunnelStageLayout *leads, *customers, *qualified;
  double below;

  layout = accord_funnel_layout_new (context, &near_goals, &september, NULL, 900, 500);
  accord_funnel_paint (cr, layout, &palette);
  cairo_surface_flush (surface);

  leads = &layout->stages[ACCORD_STAGE_LEADS];
  qualified = &layout->stages[ACCORD_STAGE_QUALIFIED];
  customers = &layout->stages[ACCORD_STAGE_CUSTOMER];

  /* Inside the bars: their colours. */
  g_assert_cmphex (get_pixel (surface, leads->bar.x + leads->bar.width / 2,
                              leads->bar.y + leads->bar.height / 2), ==, 0xff0000);
  g_assert_cmphex (get_pixel (surface, leads->comparison_bar.x + leads->comparison_bar.width / 2,
                              leads->comparison_bar.y + leads->comparison_bar.height / 2),
                   ==, 0x0000ff);

  /* Past the end of the customers' short bar (2 of 120), and its count,
   * halfway along the track: background. */
  g_assert_cmphex (get_pixel (surface, layout->track_x + layout->track_width / 2,
                              customers->bar.y + customers->bar.height / 2), ==, 0xffffff);
  /* On the baseline between two rows' bars: background. */
  g_assert_cmphex (get_pixel (surface, layout->track_x + 1, qualified->row.y), ==, 0xffffff);

  /* The QL goal, 100, lies past the end of its bar of 80: the mark shows
   * below the comparison bar. */
  below = (qualified->comparison_bar.y + qualified->comparison_bar.height
           + qualified->goal_bottom) / 2;
  g_assert_cmphex (get_pixel (surface, qualified->goal_x, below), ==, 0x00ff00);
  /* The leads' goal, 120, is the end of the track: the mark is there. */
  g_assert_cmphex (get_pixel (surface, leads->goal_x, (leads->goal_top + leads->bar.y) / 2 + 1), ==,
                   0x00ff00);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_paint_transparent (Fixture       *fixture,
                        gconstpointer  data)
{
  PangoContext *context = fixture->context;
  g_autoptr(AccordFunnelLayout) layout = NULL;
  AccordFunnelPalette clear = palette;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  const AccordFunnelStageLayout *leads;
  unsigned char *pixels;

  /* A widget paints on its parent's background: with a transparent
   * background the painter leaves the rest of the surface untouched. */
  clear.background.alpha = 0;
  layout = accord_funnel_layout_new (context, &october, NULL, NULL, 400, 300);
  accord_funnel_paint (cr, layout, &clear);
  cairo_surface_flush (surface);

  leads = &layout->stages[ACCORD_STAGE_LEADS];
  pixels = cairo_image_surface_get_data (surface);
  g_assert_cmphex (*(guint32 *) pixels, ==, 0);
  g_assert_cmphex (get_pixel (surface, leads->bar.x + leads->bar.width / 2,
                              leads->bar.y + leads->bar.height / 2), ==, 0xff0000);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_describe (Fixture       *fixture,
               gconstpointer  data)
{
  const AccordFunnelLabels labels = { NULL, NULL, "September 2024", { NULL, } };
  g_autofree char *description = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *first = NULL;

  /* Every number of october, stage by stage, as worked out above. */
  description = accord_funnel_describe (&october, NULL, NULL);
  g_assert_cmpstr (description, ==,
                   "Leads: 4; 1% of goal 300. "
                   "Qualified leads: 3; 75% of previous; 75% of leads; 1 dropped; 1% of goal 250. "
                   "MQLs: 2; 67% of previous; 50% of leads; 1 dropped; 2% of goal 125. "
                   "SQLs: 1; 50% of previous; 25% of leads; 1 dropped; 3% of goal 32. "
                   "Opportunities: 1; 100% of previous; 25% of leads; none dropped. "
                   "Customers: 1; 100% of previous; 25% of leads; none dropped.");

  /* A tooltip: a fact a line, with the comparison's count. */
  tooltip = accord_funnel_describe_stage (&october, &september, &labels, ACCORD_STAGE_MQL);
  g_assert_cmpstr (tooltip, ==,
                   "MQLs: 2\n67% of previous\n50% of leads\n1 dropped\n2% of goal 125\n"
                   "September 2024: 3");
  first = accord_funnel_describe_stage (&september, NULL, NULL, ACCORD_STAGE_LEADS);
  g_assert_cmpstr (first, ==, "Leads: 3\n1% of goal 300");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/funnel-painter/proportional", Fixture, NULL,
              fixture_set_up, test_proportional, fixture_tear_down);
  g_test_add ("/core/funnel-painter/goals", Fixture, NULL,
              fixture_set_up, test_goals, fixture_tear_down);
  g_test_add ("/core/funnel-painter/comparison", Fixture, NULL,
              fixture_set_up, test_comparison, fixture_tear_down);
  g_test_add ("/core/funnel-painter/zero", Fixture, NULL,
              fixture_set_up, test_zero, fixture_tear_down);
  g_test_add ("/core/funnel-painter/huge", Fixture, NULL,
              fixture_set_up, test_huge, fixture_tear_down);
  g_test_add ("/core/funnel-painter/long-labels", Fixture, NULL,
              fixture_set_up, test_long_labels, fixture_tear_down);
  g_test_add ("/core/funnel-painter/compact", Fixture, NULL,
              fixture_set_up, test_compact, fixture_tear_down);
  g_test_add ("/core/funnel-painter/degenerate-sizes", Fixture, NULL,
              fixture_set_up, test_degenerate_sizes, fixture_tear_down);
  g_test_add ("/core/funnel-painter/hit", Fixture, NULL,
              fixture_set_up, test_hit, fixture_tear_down);
  g_test_add ("/core/funnel-painter/paint", Fixture, NULL,
              fixture_set_up, test_paint, fixture_tear_down);
  g_test_add ("/core/funnel-painter/paint-transparent", Fixture, NULL,
              fixture_set_up, test_paint_transparent, fixture_tear_down);
  g_test_add ("/core/funnel-painter/describe", Fixture, NULL,
              fixture_set_up, test_describe, fixture_tear_down);

  return g_test_run ();
}
