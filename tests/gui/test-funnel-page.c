/* test-funnel-page.c: the funnel page over tests/data/cli/contacts.csv
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * contacts.csv holds seven leads, read in Europe/Berlin; the agreement is
 * the default one (goals 300 leads, 250 QLs, 125 MQLs, 32 SQLs a month,
 * none for opportunities and customers; the Quick Test wants 10–5000
 * employees):
 *
 *   id owner  employees created  MQL    SQL    opportunity customer
 *   1  Ana    50        09-02    09-03  09-20  10-01       10-10
 *   2  Ana    5 (fails) 09-05    09-06
 *   3  Ben    200       09-10    09-10
 *   4  Ben    100       10-01    10-02  10-15
 *   5  Ana    — (fails) 10-05
 *   6  Ben    300       10-20    10-21
 *   7  Ana    20        10-25
 *
 * October 2024, by period: created 4, 5, 6, 7 → 4 leads; of them 4, 6, 7
 * pass the Quick Test → 3 QLs; MQL dates in October: 4, 6 → 2; SQL dates:
 * 4 → 1; opportunity: 1 → 1; customer: 1 → 1 (report.expected.json).
 * By cohort, the leads created in October (4, 5, 6, 7): 4, 3, MQL 4 and 6
 * → 2, SQL 4 → 1, no opportunity, no customer.
 * September 2024, by period: created 1, 2, 3 → 3; QLs 1, 3 → 2; MQLs 1,
 * 2, 3 → 3; SQL 1 → 1; none after. By cohort (1, 2, 3): 3, 2, 3, 1, and
 * lead 1 became an opportunity and a customer (in October): 1, 1.
 */

#include "config.h"

#include <adwaita.h>

#include "accord-funnel-chart.h"
#include "accord-funnel-page.h"
#include "accord-importer.h"
#include "accord-zone.h"

#include "accord-test-widgets.h"

#define EPSILON 1e-6

typedef struct
{
  AccordSession    *session;
  GtkWindow        *window;
  AccordFunnelPage *page;
} Fixture;

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
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "cli", "contacts.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(AccordImporter) importer = accord_importer_new (file);
  g_autoptr(GError) error = NULL;

  accord_importer_set_time_zone (importer, berlin);
  g_assert_true (accord_importer_run (importer, NULL, &error));
  g_assert_no_error (error);

  fixture->session = accord_session_new (berlin);
  accord_session_add_leads (fixture->session, accord_importer_get_store (importer));
  /* The latest moment is lead 7's creation, in October. */
  g_assert_cmpint (accord_session_get_month (fixture->session), ==, ACCORD_MONTH_KEY (2024, 10));

  fixture->page = g_object_new (ACCORD_TYPE_FUNNEL_PAGE, "session", fixture->session, NULL);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1024, 600);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  wait_until_drawn (GTK_WIDGET (fixture->page));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->session);
}

static gpointer
get_child (Fixture    *fixture,
           const char *id)
{
  return gtk_widget_get_template_child (GTK_WIDGET (fixture->page), ACCORD_TYPE_FUNNEL_PAGE, id);
}

/* The drop-downs are not the page's template children: they are found
 * in the tree, in order, the comparison's first. */
static GtkDropDown *
find_dropdown (GtkWidget *widget,
               guint     *index)
{
  if (GTK_IS_DROP_DOWN (widget) && (*index)-- == 0)
    return GTK_DROP_DOWN (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_dropdown (child, index);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkDropDown *
get_dropdown (Fixture *fixture,
              guint    index)
{
  GtkDropDown *dropdown = find_dropdown (GTK_WIDGET (fixture->page), &index);

  g_assert_nonnull (dropdown);
  return dropdown;
}

static AccordFunnelChart *
get_chart (Fixture *fixture)
{
  AccordFunnelChart *chart = get_child (fixture, "chart");

  wait_until_drawn (GTK_WIDGET (chart));
  return chart;
}

/* The counts on the chart, and bars as long as the counts say. */
static void
assert_counts (const AccordFunnelLayout *layout,
               const guint              *counts,
               const guint              *comparison)
{
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      const AccordFunnelStageLayout *row = &layout->stages[s];
      g_autofree char *count = g_strdup_printf ("%u", counts[s]);

      g_assert_cmpstr (row->count.text, ==, count);
      g_assert_cmpfloat_with_epsilon (row->bar.width,
                                      layout->track_width * counts[s] / layout->max_value, EPSILON);
      if (comparison != NULL)
        {
          g_autofree char *other = g_strdup_printf ("%u", comparison[s]);

          g_assert_cmpstr (row->comparison_count.text, ==, other);
          g_assert_cmpfloat_with_epsilon (row->comparison_bar.width,
                                          layout->track_width * comparison[s] / layout->max_value,
                                          EPSILON);
        }
      else
        {
          g_assert_null (row->comparison_count.text);
          g_assert_cmpfloat (row->comparison_bar.width, ==, 0);
        }
    }
}

static void
test_period (Fixture       *fixture,
             gconstpointer  data)
{
  static const guint october[] = { 4, 3, 2, 1, 1, 1 };
  static const guint september[] = { 3, 2, 3, 1, 0, 0 };
  AccordFunnelChart *chart = get_chart (fixture);
  const AccordFunnelLayout *layout = accord_funnel_chart_get_layout (chart);
  g_autofree char *description = accord_funnel_chart_dup_description (chart);

  g_assert_cmpstr (gtk_label_get_label (get_child (fixture, "heading_label")), ==, "October 2024");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (fixture, "stack")), ==, "all");

  /* The previous month beside it, by default. The longest bar is the 4
   * leads; every goal (32 and more) is over 4 × 4, so off scale. */
  g_assert_nonnull (layout);
  g_assert_cmpfloat_with_epsilon (layout->max_value, 4, EPSILON);
  assert_counts (layout, october, september);
  for (guint s = 0; s <= ACCORD_STAGE_SQL; s++)
    g_assert_true (layout->stages[s].goal_off_scale);
  g_assert_false (layout->stages[ACCORD_STAGE_CUSTOMER].has_goal);
  g_assert_cmpstr (layout->legend_texts[ACCORD_FUNNEL_LEGEND_CURRENT].text, ==, "October 2024");
  g_assert_cmpstr (layout->legend_texts[ACCORD_FUNNEL_LEGEND_COMPARISON].text, ==,
                   "September 2024");
  /* 3/4, 2/3, 4 − 3. */
  g_assert_cmpstr (layout->stages[1].from_previous.text, ==, "75% of previous");
  g_assert_cmpstr (layout->stages[2].from_previous.text, ==, "67% of previous");
  g_assert_cmpstr (layout->stages[1].drop_off.text, ==, "−1 dropped");

  /* Attainment 4/300 → 1 %, 3/250 → 1 %, 2/125 → 2 %, 1/32 → 3 %. */
  g_assert_cmpstr (description, ==,
                   "Leads: 4; 1% of goal 300; September 2024: 3. "
                   "Qualified leads: 3; 75% of previous; 75% of leads; 1 dropped; 1% of goal 250; "
                   "September 2024: 2. "
                   "MQLs: 2; 67% of previous; 50% of leads; 1 dropped; 2% of goal 125; "
                   "September 2024: 3. "
                   "SQLs: 1; 50% of previous; 25% of leads; 1 dropped; 3% of goal 32; "
                   "September 2024: 1. "
                   "Opportunities: 1; 100% of previous; 25% of leads; none dropped; "
                   "September 2024: 0. "
                   "Customers: 1; 100% of previous; 25% of leads; none dropped; "
                   "September 2024: 0.");
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Funnel, October 2024");
  gtk_test_accessible_assert_role (chart, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
test_cohort (Fixture       *fixture,
             gconstpointer  data)
{
  static const guint october[] = { 4, 3, 2, 1, 0, 0 };
  static const guint september[] = { 3, 2, 3, 1, 1, 1 };
  AccordFunnelChart *chart = get_chart (fixture);
  const AccordFunnelLayout *layout;
  g_autofree char *description = NULL;
  guint mode;

  /* The Cohort button's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "funnel.mode", "u", 1));
  g_object_get (fixture->page, "mode", &mode, NULL);
  g_assert_cmpuint (mode, ==, ACCORD_FUNNEL_COHORT);

  layout = accord_funnel_chart_get_layout (chart);
  g_assert_cmpfloat_with_epsilon (layout->max_value, 4, EPSILON);
  assert_counts (layout, october, september);
  /* Opportunities 0 of 1 SQL: 0 %, 1 dropped; customers 0 of 0: no rate. */
  g_assert_cmpstr (layout->stages[4].from_previous.text, ==, "0% of previous");
  g_assert_cmpstr (layout->stages[4].drop_off.text, ==, "−1 dropped");
  g_assert_null (layout->stages[5].from_previous.text);
  g_assert_cmpstr (layout->stages[5].from_first.text, ==, "0% of leads");

  description = accord_funnel_chart_dup_description (chart);
  g_assert_true (g_str_has_suffix (description,
                                   "Opportunities: 0; 0% of previous; 0% of leads; 1 dropped; "
                                   "September 2024: 1. "
                                   "Customers: 0; 0% of leads; none dropped; September 2024: 1."));
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);

  /* And back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "funnel.mode", "u", 0));
  assert_counts (accord_funnel_chart_get_layout (chart),
                 (const guint[]) { 4, 3, 2, 1, 1, 1 }, (const guint[]) { 3, 2, 3, 1, 0, 0 });
}

static void
test_comparison (Fixture       *fixture,
                 gconstpointer  data)
{
  static const guint october[] = { 4, 3, 2, 1, 1, 1 };
  static const guint nothing[] = { 0, 0, 0, 0, 0, 0 };
  AccordFunnelChart *chart = get_chart (fixture);
  GtkDropDown *dropdown = get_dropdown (fixture, 0);
  const AccordFunnelLayout *layout;
  guint comparison;

  /* None: no second bar. */
  gtk_drop_down_set_selected (dropdown, ACCORD_FUNNEL_COMPARE_NONE);
  g_object_get (fixture->page, "comparison", &comparison, NULL);
  g_assert_cmpuint (comparison, ==, ACCORD_FUNNEL_COMPARE_NONE);
  layout = accord_funnel_chart_get_layout (chart);
  assert_counts (layout, october, NULL);
  g_assert_null (layout->legend_texts[ACCORD_FUNNEL_LEGEND_COMPARISON].text);

  /* October 2023 is before the data: nothing, and the legend says so. */
  gtk_drop_down_set_selected (dropdown, ACCORD_FUNNEL_COMPARE_LAST_YEAR);
  layout = accord_funnel_chart_get_layout (chart);
  assert_counts (layout, october, nothing);
  g_assert_cmpstr (layout->legend_texts[ACCORD_FUNNEL_LEGEND_COMPARISON].text, ==,
                   "October 2023 (no data)");

  /* The property moves the drop-down too. */
  g_object_set (fixture->page, "comparison", ACCORD_FUNNEL_COMPARE_PREVIOUS_MONTH, NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==,
                    ACCORD_FUNNEL_COMPARE_PREVIOUS_MONTH);
}

static void
test_month (Fixture       *fixture,
            gconstpointer  data)
{
  static const guint september[] = { 3, 2, 3, 1, 0, 0 };
  static const guint nothing[] = { 0, 0, 0, 0, 0, 0 };
  AccordFunnelChart *chart = get_chart (fixture);
  const AccordFunnelLayout *layout;

  /* The header's month picker moves the session's month. */
  accord_session_set_month (fixture->session, ACCORD_MONTH_KEY (2024, 9));
  g_assert_cmpstr (gtk_label_get_label (get_child (fixture, "heading_label")), ==,
                   "September 2024");
  layout = accord_funnel_chart_get_layout (chart);
  /* The longest bar: 3. August had no leads. */
  g_assert_cmpfloat_with_epsilon (layout->max_value, 3, EPSILON);
  assert_counts (layout, september, nothing);
  g_assert_cmpstr (layout->legend_texts[ACCORD_FUNNEL_LEGEND_COMPARISON].text, ==,
                   "August 2024 (no data)");
}

static AccordFunnelChart *
get_breakdown_chart (Fixture *fixture,
                     guint    index)
{
  GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (get_child (fixture, "breakdown_box"),
                                                            index);
  GtkWidget *card;

  g_assert_nonnull (child);
  card = gtk_flow_box_child_get_child (child);
  wait_until_drawn (card);

  return ACCORD_FUNNEL_CHART (adw_bin_get_child (ADW_BIN (card)));
}

static void
test_breakdown (Fixture       *fixture,
                gconstpointer  data)
{
  /* October by period. Ana: created 5, 7 → 2; QL 7 → 1; no MQL or SQL
   * date in October; lead 1's opportunity and customer dates → 1, 1.
   * Ben: created 4, 6 → 2; both pass → 2; MQLs 4, 6 → 2; SQL 4 → 1. In
   * September, Ana: created 1, 2 → 2; QL 1 → 1; MQLs 1, 2 → 2; SQL 1 → 1.
   * Ben: created 3 → 1; QL 3 → 1; MQL 3 → 1. */
  static const guint ana[] = { 2, 1, 0, 0, 1, 1 };
  static const guint ana_september[] = { 2, 1, 2, 1, 0, 0 };
  static const guint ben[] = { 2, 2, 2, 1, 0, 0 };
  static const guint ben_september[] = { 1, 1, 1, 0, 0, 0 };
  GtkDropDown *dropdown = get_dropdown (fixture, 1);
  AccordFunnelChart *chart;
  const AccordFunnelLayout *layout;
  g_autofree char *description = NULL;

  gtk_drop_down_set_selected (dropdown, ACCORD_FUNNEL_BREAKDOWN_OWNER);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (fixture, "stack")), ==,
                   "breakdown");
  g_assert_null (gtk_flow_box_get_child_at_index (get_child (fixture, "breakdown_box"), 2));

  chart = get_breakdown_chart (fixture, 0);
  g_assert_cmpstr (accord_funnel_chart_get_title (chart), ==, "Ana Silva");
  layout = accord_funnel_chart_get_layout (chart);
  g_assert_cmpfloat_with_epsilon (layout->max_value, 2, EPSILON);
  assert_counts (layout, ana, ana_september);
  /* A breakdown has no goals: they are the team's. */
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    g_assert_false (layout->stages[s].has_goal);
  /* 1 QL of 2 leads; 0 MQLs of 1 QL; SQLs of no MQL: no rate. */
  description = accord_funnel_chart_dup_description (chart);
  g_assert_true (g_str_has_prefix (description,
                                   "Leads: 2; September 2024: 2. "
                                   "Qualified leads: 1; 50% of previous; 50% of leads; 1 dropped; "
                                   "September 2024: 1. "
                                   "MQLs: 0; 0% of previous; 0% of leads; 1 dropped; "
                                   "September 2024: 2. "
                                   "SQLs: 0; 0% of leads; none dropped; September 2024: 1."));
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Funnel, Ana Silva");

  chart = get_breakdown_chart (fixture, 1);
  g_assert_cmpstr (accord_funnel_chart_get_title (chart), ==, "Ben Okafor");
  assert_counts (accord_funnel_chart_get_layout (chart), ben, ben_september);

  /* No source is mapped in contacts.csv: one funnel of leads without. */
  gtk_drop_down_set_selected (dropdown, ACCORD_FUNNEL_BREAKDOWN_SOURCE);
  chart = get_breakdown_chart (fixture, 0);
  g_assert_cmpstr (accord_funnel_chart_get_title (chart), ==, "No source");
  assert_counts (accord_funnel_chart_get_layout (chart),
                 (const guint[]) { 4, 3, 2, 1, 1, 1 }, (const guint[]) { 3, 2, 3, 1, 0, 0 });
  g_assert_null (gtk_flow_box_get_child_at_index (get_child (fixture, "breakdown_box"), 1));

  gtk_drop_down_set_selected (dropdown, ACCORD_FUNNEL_BREAKDOWN_ALL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (fixture, "stack")), ==, "all");
  g_assert_null (gtk_flow_box_get_child_at_index (get_child (fixture, "breakdown_box"), 0));
}

/* The window's pixel at the chart's point (x, y), rendered as on
 * screen. */
static guint32
render_pixel (Fixture           *fixture,
              AccordFunnelChart *chart,
              double             x,
              double             y)
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

  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (chart), window, x, y,
                                                   &window_x, &window_y));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, pixels, width * 4);

  return *(guint32 *) (pixels + (int) window_y * width * 4 + (int) window_x * 4) & 0xffffff;
}

static void
test_dark (Fixture       *fixture,
           gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  AccordFunnelChart *chart = get_chart (fixture);
  const AccordFunnelLayout *layout;
  const cairo_rectangle_t *bar, *other;
  guint32 comparison;

  /* Over Adwaita's window background, light then dark (#fafafa,
   * #242424): the accent (#3584e4) in the bars, and the comparison's bars
   * a shade of the text's colour, darker than the background in light
   * mode and lighter in dark mode. A change of style lays the chart out
   * again: its layout is read after each. */
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  wait_until_drawn (GTK_WIDGET (chart));
  layout = accord_funnel_chart_get_layout (chart);
  bar = &layout->stages[0].bar;
  other = &layout->stages[0].comparison_bar;
  g_assert_cmphex (render_pixel (fixture, chart, 1, 1), ==, 0xfafafa);
  g_assert_cmphex (render_pixel (fixture, chart, bar->x + bar->width / 2, bar->y + bar->height / 2),
                   ==, 0x3584e4);
  comparison = render_pixel (fixture, chart, other->x + other->width / 2,
                             other->y + other->height / 2);
  g_assert_cmphex (comparison & 0xff, <, 0xfa - 0x20);

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  wait_until_drawn (GTK_WIDGET (chart));
  layout = accord_funnel_chart_get_layout (chart);
  bar = &layout->stages[0].bar;
  other = &layout->stages[0].comparison_bar;
  g_assert_cmphex (render_pixel (fixture, chart, 1, 1), ==, 0x242424);
  g_assert_cmphex (render_pixel (fixture, chart, bar->x + bar->width / 2, bar->y + bar->height / 2),
                   ==, 0x3584e4);
  comparison = render_pixel (fixture, chart, other->x + other->width / 2,
                             other->y + other->height / 2);
  g_assert_cmphex (comparison & 0xff, >, 0x24 + 0x20);

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
}

/* What AdwApplication does for the app: the charts' colours are there. */
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

  g_test_add ("/gui/funnel-page/period", Fixture, NULL,
              fixture_set_up, test_period, fixture_tear_down);
  g_test_add ("/gui/funnel-page/cohort", Fixture, NULL,
              fixture_set_up, test_cohort, fixture_tear_down);
  g_test_add ("/gui/funnel-page/comparison", Fixture, NULL,
              fixture_set_up, test_comparison, fixture_tear_down);
  g_test_add ("/gui/funnel-page/month", Fixture, NULL,
              fixture_set_up, test_month, fixture_tear_down);
  g_test_add ("/gui/funnel-page/breakdown", Fixture, NULL,
              fixture_set_up, test_breakdown, fixture_tear_down);
  g_test_add ("/gui/funnel-page/dark", Fixture, NULL,
              fixture_set_up, test_dark, fixture_tear_down);

  return g_test_run ();
}
