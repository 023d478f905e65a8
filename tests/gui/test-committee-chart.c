/* test-committee-chart.c: the committee's weekly chart in a window
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Leads and decisions made by hand in Europe/Berlin, with the default
 * agreement (the Quick Test wants 10–5000 employees; a High lead's first
 * touch is due within 4 hours, its timeframe 90 days), as of Wednesday
 * 16 October 2024 12:00 CEST, over three ISO weeks: W40 (Monday 30
 * September to Sunday 6 October), W41 (7–13 October), W42 (14–20
 * October).
 *
 *   lead  employees  touched  MQL              flags raised
 *   A1    5 (fails)  yes      Tue  1 Oct 10:00 outside profile 1 Oct 10:00      (W40)
 *   A2    5 (fails)  no       Wed  2 Oct 10:00 outside profile 2 Oct 10:00,
 *                                              late first touch 2 Oct 14:00     (W40)
 *   B1    100        no       Tue  8 Oct 09:00 late first touch 8 Oct 13:00     (W41)
 *   B2    5 (fails)  yes      Mon 14 Oct 10:00 outside profile 14 Oct 10:00     (W42)
 *   B3    100        yes      Wed 16 Oct 09:00 none
 *
 * Decisions: A1's outside profile unqualified Thursday 3 October (W40);
 * A2's outside profile unqualified and its late touch reassigned Monday
 * 7 October (W41); B1's late touch kept and B2's outside profile
 * dismissed Tuesday 15 October (W42).
 *
 *   week  raised  unqualified  reassigned  kept  dismissed  judged  unqualified share
 *   W40   3       1            0           0     0          1       1/1
 *   W41   1       1            1           0     0          2       1/2
 *   W42   1       0            0           1     1          1       0/1
 *   all   5       2            1           1     1          4       2/4
 *
 * The tallest column is W40's 3 raised: whole-number gridlines of step 1
 * reach it in three steps, so the scale ends at 3, with ticks 0, 1, 2, 3.
 */

#include "config.h"

#include <adwaita.h>

#include "accord-committee-chart.h"
#include "accord-zone.h"

#include "accord-test-widgets.h"

#define EPSILON 1e-6

/* libadwaita's named colours, the same in the light and the dark style,
 * as ui/style.css gives them to the outcomes. */
#define ORANGE_3 0xff7800   /* unqualified */
#define BLUE_4   0x1c71d8   /* reassigned */
#define BLUE_2   0x62a0ea   /* kept */

typedef struct
{
  AccordLeadStore        *store;
  AccordAgreement        *agreement;
  AccordDecisionLog      *log;
  GTimeZone              *berlin;
  AccordZone             *zone;
  AccordCommitteeSummary *summary;
  GtkWindow              *window;
  AccordCommitteeChart   *chart;
} Fixture;

/* A wall-clock time in Berlin. */
static gint64
at (Fixture *fixture,
    int      month,
    int      day,
    int      hour,
    int      minute)
{
  gint64 time = accord_zone_from_civil (fixture->zone, 2024, month, day, hour, minute, 0);

  g_assert_cmpint (time, !=, ACCORD_TIME_NONE);
  return time;
}

/* A High lead handed off at @mql; @small fails the Quick Test, @touched
 * is touched at once. */
static void
add_lead (Fixture    *fixture,
          const char *record_id,
          const char *owner,
          gint64      mql,
          gboolean    small,
          gboolean    touched)
{
  AccordLead *lead = accord_lead_store_append (fixture->store);

  lead->record_id = accord_lead_store_add_text (fixture->store, record_id);
  lead->owner = accord_lead_store_intern (fixture->store, owner);
  lead->employees = small ? 5 : 100;
  lead->tier = ACCORD_TIER_HIGH;
  lead->moments[ACCORD_MOMENT_MQL] = mql;
  if (touched)
    lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql;
}

static void
decide (Fixture        *fixture,
        const char     *record_id,
        AccordFlagKind  flag,
        gint64          raised,
        AccordOutcome   outcome,
        gint64          decided_at)
{
  AccordDecision decision = {
    .record_id = record_id,
    .flag = flag,
    .raised = raised,
    .outcome = outcome,
    .assignee = outcome == ACCORD_OUTCOME_REASSIGN ? "Ben" : NULL,
    .decided_by = "Chair",
    .decided_at = decided_at,
  };

  accord_decision_log_add (fixture->log, &decision);
}

static void
wait_until_drawn (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while ((!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) == 0
          || g_main_context_pending (NULL))
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, !gtk_widget_get_mapped (widget));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_assert_nonnull (fixture->berlin);
  fixture->zone = accord_zone_new (fixture->berlin);
  fixture->store = accord_lead_store_new ();
  fixture->agreement = accord_agreement_new ();
  fixture->log = accord_decision_log_new ();

  add_lead (fixture, "A1", "Ana", at (fixture, 10, 1, 10, 0), TRUE, TRUE);
  add_lead (fixture, "A2", "Ana", at (fixture, 10, 2, 10, 0), TRUE, FALSE);
  add_lead (fixture, "B1", "Ben", at (fixture, 10, 8, 9, 0), FALSE, FALSE);
  add_lead (fixture, "B2", "Ben", at (fixture, 10, 14, 10, 0), TRUE, TRUE);
  add_lead (fixture, "B3", "Ben", at (fixture, 10, 16, 9, 0), FALSE, TRUE);

  decide (fixture, "A1", ACCORD_FLAG_OUTSIDE_PROFILE, at (fixture, 10, 1, 10, 0),
          ACCORD_OUTCOME_UNQUALIFIED, at (fixture, 10, 3, 15, 0));
  decide (fixture, "A2", ACCORD_FLAG_OUTSIDE_PROFILE, at (fixture, 10, 2, 10, 0),
          ACCORD_OUTCOME_UNQUALIFIED, at (fixture, 10, 7, 10, 0));
  decide (fixture, "A2", ACCORD_FLAG_LATE_FIRST_TOUCH, at (fixture, 10, 2, 14, 0),
          ACCORD_OUTCOME_REASSIGN, at (fixture, 10, 7, 10, 5));
  decide (fixture, "B1", ACCORD_FLAG_LATE_FIRST_TOUCH, at (fixture, 10, 8, 13, 0),
          ACCORD_OUTCOME_KEEP, at (fixture, 10, 15, 10, 0));
  decide (fixture, "B2", ACCORD_FLAG_OUTSIDE_PROFILE, at (fixture, 10, 14, 10, 0),
          ACCORD_OUTCOME_DISMISS, at (fixture, 10, 15, 10, 5));

  fixture->summary = accord_committee_summary_new (fixture->store, fixture->agreement,
                                                   fixture->log, fixture->berlin,
                                                   at (fixture, 10, 16, 12, 0), 3);

  fixture->chart = g_object_ref_sink (ACCORD_COMMITTEE_CHART (accord_committee_chart_new ()));
  accord_committee_chart_set_summary (fixture->chart, fixture->summary);
  /* As wide as on a laptop's review page; as tall as the chart wants. */
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, -1);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->chart));
  gtk_window_present (fixture->window);
  wait_until_drawn (GTK_WIDGET (fixture->chart));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->chart);
  g_clear_pointer (&fixture->summary, accord_committee_summary_unref);
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->agreement);
  g_assert_finalize_object (fixture->log);
  accord_zone_free (fixture->zone);
  g_time_zone_unref (fixture->berlin);
}

static void
assert_segment (const AccordCommitteeLayout *layout,
                guint                        week,
                AccordOutcome                outcome,
                double                       from,
                double                       to)
{
  const cairo_rectangle_t *segment = &layout->weeks[week].segments[outcome];
  double baseline = layout->plot.y + layout->plot.height;
  double per_count = layout->plot.height / 3;

  g_assert_cmpfloat_with_epsilon (segment->y + segment->height, baseline - from * per_count, EPSILON);
  g_assert_cmpfloat_with_epsilon (segment->height, (to - from) * per_count, EPSILON);
  g_assert_cmpfloat_with_epsilon (segment->width, layout->bar_width, EPSILON);
}

static void
test_weeks (Fixture       *fixture,
            gconstpointer  data)
{
  AccordCommitteeChart *chart = fixture->chart;
  const AccordCommitteeLayout *layout = accord_committee_chart_get_layout (chart);
  g_autofree char *description = accord_committee_describe (fixture->summary);
  int minimum, natural;

  g_assert_nonnull (layout);
  g_assert_true (accord_committee_chart_get_summary (chart) == fixture->summary);
  g_assert_cmpuint (layout->n_weeks, ==, 3);
  g_assert_cmpfloat_with_epsilon (layout->width, 1000, EPSILON);
  /* The window is as tall as the chart's natural height, which leaves
   * room for the legend and the note above the plot. */
  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_VERTICAL, -1, &minimum, &natural,
                      NULL, NULL);
  g_assert_cmpint (minimum, <, natural);
  g_assert_cmpfloat_with_epsilon (layout->height, natural, EPSILON);
  g_assert_cmpstr (layout->legend_texts[ACCORD_OUTCOME_UNQUALIFIED].text, ==, "Unqualified");
  g_assert_cmpstr (layout->note.text, ==, "50% judged unqualified, 50% reassigned or kept");

  /* A thousand pixels give every week its label. */
  g_assert_cmpstr (layout->weeks[0].label.text, ==, "W40");
  g_assert_cmpstr (layout->weeks[1].label.text, ==, "W41");
  g_assert_cmpstr (layout->weeks[2].label.text, ==, "W42");

  /* The scale, and the bars stacked on it (see the table above). */
  g_assert_cmpfloat_with_epsilon (layout->scale_max, 3, EPSILON);
  g_assert_cmpuint (layout->n_ticks, ==, 4);
  assert_segment (layout, 0, ACCORD_OUTCOME_UNQUALIFIED, 0, 1);
  assert_segment (layout, 0, ACCORD_OUTCOME_REASSIGN, 1, 1);
  assert_segment (layout, 1, ACCORD_OUTCOME_UNQUALIFIED, 0, 1);
  assert_segment (layout, 1, ACCORD_OUTCOME_REASSIGN, 1, 2);
  assert_segment (layout, 2, ACCORD_OUTCOME_UNQUALIFIED, 0, 0);
  assert_segment (layout, 2, ACCORD_OUTCOME_KEEP, 0, 1);
  assert_segment (layout, 2, ACCORD_OUTCOME_DISMISS, 1, 2);
  g_assert_cmpfloat_with_epsilon (layout->weeks[0].raised_y, layout->plot.y, EPSILON);
  /* The share strip: W40 all unqualified, W41 half. */
  g_assert_cmpfloat_with_epsilon (layout->weeks[0].shares[0].width, layout->bar_width, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->weeks[1].shares[0].width, layout->bar_width / 2, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->weeks[2].shares[0].width, 0, EPSILON);

  /* The hit regions the tooltips answer from: a column per week. */
  g_assert_cmpint (accord_committee_layout_hit (layout, layout->weeks[1].raised_x,
                                                layout->plot.y + layout->plot.height / 2), ==, 1);

  /* Everything the chart shows, for a screen reader. */
  g_assert_cmpstr (description, ==,
                   "Over 3 weeks, from 30 September 2024 to 20 October 2024: 5 flags raised; "
                   "5 decided: 2 unqualified, 1 reassigned, 1 kept, 1 dismissed; "
                   "50% judged unqualified, a lead-quality question for marketing, against "
                   "50% reassigned or re-engaged, a follow-up question for sales.");
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Committee summary");
  gtk_test_accessible_assert_role (chart, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_summary (Fixture       *fixture,
              gconstpointer  data)
{
  AccordCommitteeChart *chart = fixture->chart;
  g_autoptr(AccordCommitteeSummary) longer = NULL;
  g_autofree char *description = NULL;
  const AccordCommitteeLayout *layout;
  guint notified = 0;
  gulong handlers[2];

  handlers[0] = g_signal_connect (chart, "notify::summary", G_CALLBACK (count_notify_cb), &notified);
  handlers[1] = g_signal_connect (chart, "notify::title", G_CALLBACK (count_notify_cb), &notified);

  /* Five weeks to the same moment: W38 and W39 have nothing, the totals
   * stay. */
  longer = accord_committee_summary_new (fixture->store, fixture->agreement, fixture->log,
                                         fixture->berlin, at (fixture, 10, 16, 12, 0), 5);
  g_object_set (chart, "summary", longer, NULL);
  g_assert_cmpuint (notified, ==, 1);
  g_object_set (chart, "summary", longer, NULL);
  g_assert_cmpuint (notified, ==, 1);
  wait_until_drawn (GTK_WIDGET (chart));
  layout = accord_committee_chart_get_layout (chart);
  g_assert_cmpuint (layout->n_weeks, ==, 5);
  g_assert_cmpstr (layout->weeks[0].label.text, ==, "W38");
  g_assert_cmpfloat_with_epsilon (layout->weeks[0].segments[ACCORD_OUTCOME_UNQUALIFIED].height, 0,
                                  EPSILON);
  description = accord_committee_describe (longer);
  g_assert_true (g_str_has_prefix (description,
                                   "Over 5 weeks, from 16 September 2024 to 20 October 2024: "
                                   "5 flags raised;"));
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);

  /* The title is drawn and names the chart. */
  accord_committee_chart_set_title (chart, "Last 5 weeks");
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpstr (accord_committee_chart_get_layout (chart)->title.text, ==, "Last 5 weeks");
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Committee summary, Last 5 weeks");
  /* An empty title is none. */
  g_object_set (chart, "title", "", NULL);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_null (accord_committee_chart_get_title (chart));
  g_assert_null (accord_committee_chart_get_layout (chart)->title.text);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Committee summary");

  /* No summary: nothing to lay out, nothing to describe. */
  accord_committee_chart_set_summary (chart, NULL);
  g_assert_cmpuint (notified, ==, 4);
  g_assert_null (accord_committee_chart_get_layout (chart));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (chart),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  wait_until_drawn (GTK_WIDGET (chart));
  g_signal_handler_disconnect (chart, handlers[0]);
  g_signal_handler_disconnect (chart, handlers[1]);
}

/* The window's pixel at the chart's point (x, y), rendered as on
 * screen. */
static guint32
render_pixel (Fixture *fixture,
              double   x,
              double   y)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);
  g_autofree guchar *pixels = g_malloc (width * height * 4);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (window));
  double window_x, window_y;

  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (fixture->chart), window, x, y,
                                                   &window_x, &window_y));
  g_assert_cmpfloat (window_x, >=, 0);
  g_assert_cmpfloat (window_x, <, width);
  g_assert_cmpfloat (window_y, >=, 0);
  g_assert_cmpfloat (window_y, <, height);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, pixels, width * 4);

  return *(guint32 *) (pixels + (int) window_y * width * 4 + (int) window_x * 4) & 0xffffff;
}

/* The pixel in the middle of a week's segment. */
static guint32
render_segment (Fixture       *fixture,
                guint          week,
                AccordOutcome  outcome)
{
  const AccordCommitteeLayout *layout = accord_committee_chart_get_layout (fixture->chart);
  const cairo_rectangle_t *segment = &layout->weeks[week].segments[outcome];

  g_assert_cmpfloat (segment->height, >, 4);
  return render_pixel (fixture, segment->x + segment->width / 2, segment->y + segment->height / 2);
}

/* Light enough or dark enough in every channel. */
static void
assert_shade (guint32  pixel,
              gboolean light)
{
  for (guint shift = 0; shift < 24; shift += 8)
    if (light)
      g_assert_cmphex ((pixel >> shift) & 0xff, >, 0xe0);
    else
      g_assert_cmphex ((pixel >> shift) & 0xff, <, 0x40);
}

static void
test_dark (Fixture       *fixture,
           gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkWidget *chart = GTK_WIDGET (fixture->chart);
  guint32 light_background, dark_background, light_dismissed, dark_dismissed;

  /* The chart paints no background: the corner (inside the margin) is
   * the window's, light then dark. The outcomes keep their colours; the
   * dismissals' grey, between the background and the text, follows the
   * style. A change of style lays the chart out again: its layout is
   * read after each. */
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  wait_until_drawn (chart);
  light_background = render_pixel (fixture, 1, 1);
  assert_shade (light_background, TRUE);
  g_assert_cmphex (render_segment (fixture, 0, ACCORD_OUTCOME_UNQUALIFIED), ==, ORANGE_3);
  g_assert_cmphex (render_segment (fixture, 1, ACCORD_OUTCOME_REASSIGN), ==, BLUE_4);
  g_assert_cmphex (render_segment (fixture, 2, ACCORD_OUTCOME_KEEP), ==, BLUE_2);
  light_dismissed = render_segment (fixture, 2, ACCORD_OUTCOME_DISMISS);
  /* Darker than the background by a visible step. */
  g_assert_cmphex (light_dismissed & 0xff, <, (light_background & 0xff) - 0x30);

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  wait_until_drawn (chart);
  dark_background = render_pixel (fixture, 1, 1);
  assert_shade (dark_background, FALSE);
  g_assert_cmphex (render_segment (fixture, 0, ACCORD_OUTCOME_UNQUALIFIED), ==, ORANGE_3);
  g_assert_cmphex (render_segment (fixture, 1, ACCORD_OUTCOME_REASSIGN), ==, BLUE_4);
  g_assert_cmphex (render_segment (fixture, 2, ACCORD_OUTCOME_KEEP), ==, BLUE_2);
  dark_dismissed = render_segment (fixture, 2, ACCORD_OUTCOME_DISMISS);
  g_assert_cmphex (dark_dismissed & 0xff, >, (dark_background & 0xff) + 0x30);

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
  wait_until_drawn (chart);
}

/* What AdwApplication does for the app: the chart's colours are there. */
static void
load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/io/github/smarketing/Accord/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  /* The test backend keeps the accessible properties to check. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!accord_test_init_display ())
    return 0;
  load_style ();

  g_test_add ("/gui/committee-chart/weeks", Fixture, NULL,
              fixture_set_up, test_weeks, fixture_tear_down);
  g_test_add ("/gui/committee-chart/summary", Fixture, NULL,
              fixture_set_up, test_summary, fixture_tear_down);
  g_test_add ("/gui/committee-chart/dark", Fixture, NULL,
              fixture_set_up, test_dark, fixture_tear_down);

  return g_test_run ();
}
