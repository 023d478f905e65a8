/* test-goals-page.c: the goal-versus-actual grid of issue 3
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixture is tests/data/cli/contacts.csv, seven leads in September and
 * October 2024 read in Europe/Berlin (its figures are worked out in
 * tests/cli/test-cli.c and tests/data/cli/report.expected.json). The
 * default agreement asks each month for 300 leads, 250 QLs, 125 MQLs
 * created, 525 managed and 32 SQLs, and sets no goal for opportunities,
 * customers and revenue.
 *
 * "Now" is the latest moment, 25 October 2024 17:00 CEST. October runs
 * from 1 October 00:00 CEST to 1 November 00:00 CET: 31 days and an hour,
 * 745 h, of which 24 d 17 h = 593 h have gone by: elapsed = 593/745 ≈
 * 0.79597.
 */

#include "config.h"

#include <adwaita.h>

#include "accord-goal-cell.h"
#include "accord-goals-page.h"
#include "accord-importer.h"
#include "accord-quarter.h"
#include "accord-zone.h"

#include "accord-test-widgets.h"

typedef struct
{
  GtkWidget     *window;
  AccordGoalsPage *page;
  AccordSession *session;
} Fixture;

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action_name)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static AccordQuarter *
get_quarter (Fixture *fixture)
{
  return accord_test_get_goals_quarter (GTK_WIDGET (fixture->page));
}

/* Asserts what the cell of @figure in @column shows; @goal NULL: hidden. */
static void
assert_cell (Fixture             *fixture,
             AccordFigure         figure,
             AccordQuarterColumn  column,
             const char          *actual,
             const char          *goal,
             const char          *status,
             const char          *style_class)
{
  AccordGoalCell *cell = accord_test_find_goal_cell (GTK_WIDGET (fixture->page), figure, column);
  GtkLabel *goal_label;
  GtkLabel *status_label;
  const char * const level_classes[] = { "attainment-met", "attainment-near", "attainment-missed" };

  g_assert_nonnull (cell);
  g_assert_cmpstr (gtk_label_get_label (accord_test_goal_cell_get_label (cell, 0)), ==, actual);
  goal_label = accord_test_goal_cell_get_label (cell, 1);
  if (goal == NULL)
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (goal_label)));
  else
    {
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (goal_label)));
      g_assert_cmpstr (gtk_label_get_label (goal_label), ==, goal);
    }
  status_label = accord_test_goal_cell_get_label (cell, 2);
  g_assert_cmpstr (gtk_label_get_label (status_label), ==, status);

  /* Exactly the colour expected, or none. */
  for (guint i = 0; i < G_N_ELEMENTS (level_classes); i++)
    g_assert_cmpint (gtk_widget_has_css_class (GTK_WIDGET (status_label), level_classes[i]), ==,
                     g_strcmp0 (style_class, level_classes[i]) == 0);
}

static void
assert_titles (Fixture    *fixture,
               const char *month_1,
               const char *month_2,
               const char *month_3,
               const char *total,
               const char *previous)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (accord_test_find_type (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW));
  GListModel *columns = gtk_column_view_get_columns (view);
  const char *expected[] = { "Figure", month_1, month_2, month_3, total, previous };

  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, expected[i]);
    }
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
  if (data == NULL)
    accord_session_add_leads (fixture->session, accord_importer_get_store (importer));

  fixture->page = g_object_new (ACCORD_TYPE_GOALS_PAGE, "session", fixture->session, NULL);
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  g_object_add_weak_pointer (G_OBJECT (fixture->page), (gpointer *) &fixture->page);
  gtk_window_present (GTK_WINDOW (fixture->window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (fixture->page)))
    g_main_context_iteration (NULL, TRUE);
  accord_test_wait_for_frames (GTK_WIDGET (fixture->page));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  /* The window took the page with it. */
  g_assert_null (fixture->page);
  g_assert_finalize_object (fixture->session);
}

/* Q4 2024, October running. */
static void
test_running_quarter (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (accord_test_find_type (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN));
  GListModel *quarters = gtk_drop_down_get_model (dropdown);

  g_assert_true (accord_page_get_session (ACCORD_PAGE (fixture->page)) == fixture->session);
  g_assert_cmpint (accord_session_get_month (fixture->session), ==, ACCORD_MONTH_KEY (2024, 10));
  assert_titles (fixture, "October 2024", "November 2024", "December 2024", "Q4 2024", "Previous: Q3 2024");

  /* The data's months, September and October, span two quarters. */
  g_assert_cmpuint (g_list_model_get_n_items (quarters), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (quarters), 0), ==, "Q3 2024");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (quarters), 1), ==, "Q4 2024");
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 1);

  /* Leads sourced in October: 4 (leads 4–7) of 300; pace 300 × 593/745
   * ≈ 238.8, shown 239; 4 / 238.8 ≈ 1.7%, shown rounded down: 1%;
   * missed. */
  assert_cell (fixture, ACCORD_FIGURE_LEADS_SOURCED, ACCORD_QUARTER_MONTH_1,
               "4", "of 300", "1% of pace 239", "attainment-missed");
  /* November has not begun: not judged. */
  assert_cell (fixture, ACCORD_FIGURE_LEADS_SOURCED, ACCORD_QUARTER_MONTH_2,
               "0", "of 300", "not begun", NULL);
  /* The quarter: 4 + 0 + 0 of 900, pace 238.8 + 0 + 0. */
  assert_cell (fixture, ACCORD_FIGURE_LEADS_SOURCED, ACCORD_QUARTER_TOTAL,
               "4", "of 900", "1% of pace 239", "attainment-missed");
  /* Q3: 0 + 0 + 3 (leads 1–3 in September) of 900; (4 − 3) / 3 ≈ 33%
   * more so far. */
  assert_cell (fixture, ACCORD_FIGURE_LEADS_SOURCED, ACCORD_QUARTER_PREVIOUS,
               "3", "of 900", "↑ 33% so far", NULL);

  /* SQLs: October 1 (lead 4) of 32, pace 32 × 593/745 ≈ 25.5, shown 25;
   * 1 / 25.5 ≈ 3.9%: 3%. Q3 had 1 (lead 1): ± 0%. */
  assert_cell (fixture, ACCORD_FIGURE_SQLS_CREATED, ACCORD_QUARTER_MONTH_1,
               "1", "of 32", "3% of pace 25", "attainment-missed");
  assert_cell (fixture, ACCORD_FIGURE_SQLS_CREATED, ACCORD_QUARTER_PREVIOUS,
               "1", "of 96", "± 0% so far", NULL);

  /* MQLs managed: October 4 (leads 2, 3, 4, 6); November 2 (lead 2 until
   * 5 November, 6 until 20 November), not begun. The quarter averages
   * the months begun, October only: 4 of 525, pace 525 × 593/745 ≈
   * 417.9. Q3 averages (0 + 0 + 3) / 3 = 1; (4 − 1) / 1 = 300% more. */
  assert_cell (fixture, ACCORD_FIGURE_MQLS_MANAGED, ACCORD_QUARTER_MONTH_2,
               "2", "of 525", "not begun", NULL);
  assert_cell (fixture, ACCORD_FIGURE_MQLS_MANAGED, ACCORD_QUARTER_TOTAL,
               "4", "of 525 avg", "0% of pace 418", "attainment-missed");
  assert_cell (fixture, ACCORD_FIGURE_MQLS_MANAGED, ACCORD_QUARTER_PREVIOUS,
               "1", "of 525 avg", "↑ 300% so far", NULL);

  /* Revenue: lead 1's $10,000 won in October, shortened; no goal; Q3
   * had none, so no change to tell. */
  assert_cell (fixture, ACCORD_FIGURE_REVENUE, ACCORD_QUARTER_MONTH_1, "10k", NULL, "–", NULL);
  assert_cell (fixture, ACCORD_FIGURE_REVENUE, ACCORD_QUARTER_PREVIOUS, "0", NULL, "–", NULL);

  /* The tooltips say it in words, with amounts in full: 4 of 300 is
   * 1.3%, 1%. */
  g_assert_cmpstr (accord_goal_cell_get_tooltip (accord_test_find_goal_cell (GTK_WIDGET (fixture->page),
                                                                             ACCORD_FIGURE_LEADS_SOURCED,
                                                                             ACCORD_QUARTER_MONTH_1)),
                   ==, "Running. By now the goal of 300 asks for 239; 4 so far, 1% of the goal.");
  g_assert_cmpstr (accord_goal_cell_get_tooltip (accord_test_find_goal_cell (GTK_WIDGET (fixture->page),
                                                                             ACCORD_FIGURE_REVENUE,
                                                                             ACCORD_QUARTER_MONTH_1)),
                   ==, "10000. The agreement sets no goal for this figure.");

  /* Customers: 1 in October, no goal. */
  assert_cell (fixture, ACCORD_FIGURE_CUSTOMERS, ACCORD_QUARTER_TOTAL, "1", NULL, "–", NULL);
}

/* The page's buttons and drop-down move the session by quarters. */
static void
test_switch_quarter (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *previous = find_button (GTK_WIDGET (fixture->page), "goals.previous-quarter");
  GtkWidget *next = find_button (GTK_WIDGET (fixture->page), "goals.next-quarter");
  GtkDropDown *dropdown = GTK_DROP_DOWN (accord_test_find_type (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN));

  g_assert_nonnull (previous);
  g_assert_nonnull (next);
  /* Q4 2024 is the data's last quarter. */
  g_assert_true (gtk_widget_get_sensitive (previous));
  g_assert_false (gtk_widget_get_sensitive (next));

  /* October − 3 months is July, before the data: the session clamps it to
   * September, still Q3. */
  g_signal_emit_by_name (previous, "clicked");
  accord_test_wait_for_frames (GTK_WIDGET (fixture->page));
  g_assert_cmpint (accord_session_get_month (fixture->session), ==, ACCORD_MONTH_KEY (2024, 9));
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (previous));
  g_assert_true (gtk_widget_get_sensitive (next));
  assert_titles (fixture, "July 2024", "August 2024", "September 2024", "Q3 2024", "Previous: Q2 2024");

  /* Every Q3 month has gone by: judged by attainment. July 0 of 300;
   * September 3 of 300 = 1%; the quarter 3 of 900 ≈ 0.3%: 0%. Q2 had no
   * leads: no change to tell, and Q3 is over ("so far" no more). */
  assert_cell (fixture, ACCORD_FIGURE_LEADS_SOURCED, ACCORD_QUARTER_MONTH_1,
               "0", "of 300", "0%", "attainment-missed");
  assert_cell (fixture, ACCORD_FIGURE_LEADS_SOURCED, ACCORD_QUARTER_MONTH_3,
               "3", "of 300", "1%", "attainment-missed");
  assert_cell (fixture, ACCORD_FIGURE_LEADS_SOURCED, ACCORD_QUARTER_TOTAL,
               "3", "of 900", "0%", "attainment-missed");
  assert_cell (fixture, ACCORD_FIGURE_LEADS_SOURCED, ACCORD_QUARTER_PREVIOUS,
               "0", "of 900", "–", NULL);
  /* MQLs managed over Q3: (0 + 0 + 3) / 3 = 1 of 525. */
  assert_cell (fixture, ACCORD_FIGURE_MQLS_MANAGED, ACCORD_QUARTER_TOTAL,
               "1", "of 525 avg", "0%", "attainment-missed");

  /* The drop-down's second quarter: September + 3 is December, clamped to
   * October. */
  gtk_drop_down_set_selected (dropdown, 1);
  accord_test_wait_for_frames (GTK_WIDGET (fixture->page));
  g_assert_cmpint (accord_session_get_month (fixture->session), ==, ACCORD_MONTH_KEY (2024, 10));
  assert_titles (fixture, "October 2024", "November 2024", "December 2024", "Q4 2024", "Previous: Q3 2024");

  /* The header's month picker moves the session: the page follows. */
  accord_session_set_month (fixture->session, ACCORD_MONTH_KEY (2024, 9));
  accord_test_wait_for_frames (GTK_WIDGET (fixture->page));
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  assert_titles (fixture, "July 2024", "August 2024", "September 2024", "Q3 2024", "Previous: Q2 2024");

  /* And the action, as a shortcut would call it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "goals.next-quarter", NULL));
  accord_test_wait_for_frames (GTK_WIDGET (fixture->page));
  g_assert_cmpint (accord_session_get_month (fixture->session), ==, ACCORD_MONTH_KEY (2024, 10));
  assert_cell (fixture, ACCORD_FIGURE_LEADS_SOURCED, ACCORD_QUARTER_MONTH_1,
               "4", "of 300", "1% of pace 239", "attainment-missed");
}

/* Without leads there is no quarter: the window shows its own empty
 * state, the page nothing. */
static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (accord_test_find_type (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (get_quarter (fixture))), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (fixture->page), "goals.previous-quarter")));
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (fixture->page), "goals.next-quarter")));
  assert_titles (fixture, NULL, NULL, NULL, NULL, NULL);

  /* Dropping the session leaves it empty too. */
  accord_page_set_session (ACCORD_PAGE (fixture->page), NULL);
  g_assert_null (accord_page_get_session (ACCORD_PAGE (fixture->page)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  if (!accord_test_init_display ())
    return 0;

  g_test_add ("/gui/goals-page/running-quarter", Fixture, NULL,
              fixture_set_up, test_running_quarter, fixture_tear_down);
  g_test_add ("/gui/goals-page/switch-quarter", Fixture, NULL,
              fixture_set_up, test_switch_quarter, fixture_tear_down);
  g_test_add ("/gui/goals-page/empty", Fixture, "empty",
              fixture_set_up, test_empty, fixture_tear_down);

  return g_test_run ();
}
