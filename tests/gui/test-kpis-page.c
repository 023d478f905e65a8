/* test-kpis-page.c: the agreement's KPIs as tiles, and leads per source
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>

#include "accord-kpi-format.h"
#include "accord-kpis-page.h"
#include "accord-metrics.h"
#include "accord-zone.h"

#include "accord-test-widgets.h"

static gpointer
get_child (AccordKpisPage *page,
           const char     *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (page), ACCORD_TYPE_KPIS_PAGE, name);
}

static const char *
get_label_text (GtkWidget  *tile,
                const char *name)
{
  GtkWidget *label = accord_test_find_named (tile, name);

  return label != NULL ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

/* The tiles are the agreement's KPIs in its order, then sales velocity
 * when the agreement does not choose it, each showing what the core
 * computes for the session's month, as the core writes it. */
static void
assert_tiles (AccordKpisPage *page,
              AccordSession  *session)
{
  AccordAgreement *agreement = accord_session_get_agreement (session);
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (get_child (page, "tiles")));
  AccordKpiValue values[ACCORD_N_KPIS];
  AccordKpi expected[ACCORD_N_KPIS];
  const AccordKpi *chosen;
  guint n_chosen, n_expected, n_tiles = 0;
  gboolean has_velocity = FALSE;

  accord_metrics_kpis (accord_session_get_store (session), agreement,
                       accord_session_get_time_zone (session), accord_session_get_month (session),
                       accord_session_get_now (session), values);
  chosen = accord_agreement_get_kpis (agreement, &n_chosen);
  n_expected = n_chosen;
  memcpy (expected, chosen, n_chosen * sizeof (AccordKpi));
  for (guint i = 0; i < n_chosen; i++)
    has_velocity |= chosen[i] == ACCORD_KPI_SALES_VELOCITY;
  if (!has_velocity)
    expected[n_expected++] = ACCORD_KPI_SALES_VELOCITY;

  for (; child != NULL; child = gtk_widget_get_next_sibling (child), n_tiles++)
    {
      GtkWidget *tile = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      const AccordKpiValue *value;
      g_autofree char *text = NULL;
      g_autofree char *goal = NULL;
      g_autofree char *change = NULL;
      g_autofree char *description = NULL;
      g_autofree char *label_error = NULL;

      g_assert_cmpuint (n_tiles, <, n_expected);
      value = &values[expected[n_tiles]];
      g_assert_cmpstr (gtk_widget_get_name (tile), ==, accord_kpi_get_name (value->kpi));
      g_assert_cmpstr (get_label_text (tile, "kpi-title"), ==, accord_kpi_get_title (value->kpi));

      text = value->available ? accord_kpi_format_value (value->kpi, value->value)
                              : g_strdup ("Not in the export");
      g_assert_cmpstr (get_label_text (tile, "kpi-value"), ==, text);

      if (isfinite (value->goal))
        {
          g_autofree char *number = accord_kpi_format_value (value->kpi, value->goal);

          goal = g_strdup_printf ("goal %s", number);
        }
      g_assert_cmpstr (get_label_text (tile, "kpi-goal"), ==, goal);
      change = accord_kpi_format_change (value);
      g_assert_cmpstr (get_label_text (tile, "kpi-change"), ==, change);
      if (change != NULL)
        {
          GtkWidget *change_label = accord_test_find_named (tile, "kpi-change");
          AccordKpiTrend trend = accord_kpi_get_trend (value);

          /* Good news in green, bad in red, whatever the goal. */
          g_assert_cmpint (gtk_widget_has_css_class (change_label, "success"), ==, trend == ACCORD_KPI_TREND_BETTER);
          g_assert_cmpint (gtk_widget_has_css_class (change_label, "error"), ==, trend == ACCORD_KPI_TREND_WORSE);
        }

      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (tile)), ==, GTK_ACCESSIBLE_ROLE_GROUP);
      description = accord_kpi_describe (value);
      label_error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (tile),
                                                        GTK_ACCESSIBLE_PROPERTY_LABEL, description);
      g_assert_null (label_error);
    }
  g_assert_cmpuint (n_tiles, ==, n_expected);
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

static void
test_tiles (void)
{
  AccordSession *session = accord_test_contacts_session ();
  AccordAgreement *agreement = accord_session_get_agreement (session);
  AccordKpisPage *page = g_object_new (ACCORD_TYPE_KPIS_PAGE, "session", session, NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *tiles = get_child (page, "tiles");
  GtkWidget *sources = get_child (page, "sources");
  static const AccordKpi kpis[] = {
    ACCORD_KPI_MQL_TO_CUSTOMER,
    ACCORD_KPI_CONVERSATION_RATE,
    ACCORD_KPI_TOUCHES_TO_SQL,
    ACCORD_KPI_MQL_TO_SQL,
    ACCORD_KPI_SALES_VELOCITY,
    ACCORD_KPI_CONTACT_RATE,
  };
  GtkWidget *tile;

  g_assert_cmpint (accord_session_get_month (session), ==, ACCORD_MONTH_KEY (2024, 10));
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 600);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  accord_test_wait_for_map (tiles);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (page)))), ==, "kpis");
  assert_tiles (page, session);
  /* The default agreement's five, lead velocity first, then sales
   * velocity, which it does not choose. */
  g_assert_cmpstr (gtk_widget_get_name (gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (tiles), 0))),
                   ==, "lead_velocity");
  g_assert_cmpstr (gtk_widget_get_name (gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (tiles), 5))),
                   ==, "sales_velocity");

  /* Leads per source: all seven are without a source; in October 3, 4,
   * 6 and 7 were created (1, 2 and 5 in September). */
  g_assert_cmpuint (count_rows (sources), ==, 1);
  g_assert_nonnull (accord_test_find_label (sources, "No source"));
  g_assert_nonnull (accord_test_find_label (sources, "4"));

  /* Hours of effort put into an asset that brought no lead this month:
   * its row says so, 0 leads in 20 hours. */
  accord_agreement_set_asset_hours (agreement, "Webinars", 20);
  accord_test_iterate ();
  g_assert_cmpuint (count_rows (sources), ==, 2);
  g_assert_nonnull (accord_test_find_label (sources, "Webinars"));
  g_assert_nonnull (accord_test_find_label (sources, "0.00 leads an hour from 20 hours of effort"));
  accord_agreement_remove_asset (agreement, 0);
  accord_test_iterate ();
  g_assert_cmpuint (count_rows (sources), ==, 1);

  /* Another month: the tiles follow. */
  accord_session_set_month (session, ACCORD_MONTH_KEY (2024, 9));
  accord_test_iterate ();
  assert_tiles (page, session);
  g_assert_nonnull (accord_test_find_label (sources, "3"));

  /* Other KPIs, in another order; conversations are never exported. */
  accord_agreement_set_kpis (agreement, kpis, G_N_ELEMENTS (kpis));
  accord_test_iterate ();
  assert_tiles (page, session);
  tile = gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (tiles), 1));
  g_assert_cmpstr (gtk_widget_get_name (tile), ==, "conversation_rate");
  g_assert_cmpstr (get_label_text (tile, "kpi-value"), ==, "Not in the export");

  /* Hidden, the page leaves its tiles as they were; shown again, it
   * catches up with the month it missed. */
  gtk_widget_set_visible (GTK_WIDGET (page), FALSE);
  accord_session_set_month (session, ACCORD_MONTH_KEY (2024, 10));
  accord_test_iterate ();
  g_assert_nonnull (accord_test_find_label (sources, "3"));
  g_assert_null (accord_test_find_label (sources, "4"));
  gtk_widget_set_visible (GTK_WIDGET (page), TRUE);
  accord_test_wait_for_map (tiles);
  assert_tiles (page, session);
  g_assert_nonnull (accord_test_find_label (sources, "4"));

  /* The page lets go of the session at once; the window may finish
   * going away on a later frame. */
  accord_page_set_session (ACCORD_PAGE (page), NULL);
  g_assert_finalize_object (session);
  gtk_window_destroy (GTK_WINDOW (window));
  accord_test_iterate ();
}

static void
test_empty (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  AccordSession *session = accord_session_new (berlin);
  AccordKpisPage *page = g_object_new (ACCORD_TYPE_KPIS_PAGE, NULL);
  GtkStack *stack;

  g_object_ref_sink (page);
  stack = GTK_STACK (adw_bin_get_child (ADW_BIN (page)));
  /* No session, then one without leads: nothing to measure. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  accord_page_set_session (ACCORD_PAGE (page), session);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_null (gtk_widget_get_first_child (get_child (page, "tiles")));

  accord_page_set_session (ACCORD_PAGE (page), NULL);
  g_assert_finalize_object (session);
  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  /* GTK's test backend keeps the accessible properties without a bus
   * (the suite's GTK_A11Y=none keeps none). */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!accord_test_init_display ())
    return 0;

  g_test_add_func ("/gui/kpis-page/tiles", test_tiles);
  g_test_add_func ("/gui/kpis-page/empty", test_empty);

  return g_test_run ();
}
