/* test-team-page.c: the per-SDR capacity table and its bullet charts
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>

#include "accord-bullet-chart.h"
#include "accord-sdr-item.h"
#include "accord-team-page.h"
#include "accord-zone.h"

#include "accord-test-widgets.h"

/* tests/data/cli/contacts.csv: seven leads in September and October 2024,
 * read in Europe/Berlin; "now" is the latest moment, 25 October 17:00.
 * With the default agreement (universe 200–400, active MQLs 150–200,
 * 15 SQLs a month, 8 % MQL conversion; High 90 days, Moderate 60, Low 30),
 * October at "now":
 *
 * Ana Silva (leads 1, 2, 5, 7)
 *   universe: 1 is an SQL (20 Sep), 2 has 5 employees and 5 none (both
 *     fail the Quick Test), 7 (20 employees, created at "now") counts: 1
 *   active: 1 left the pool at its SQL; 2 (Moderate, MQL 6 Sep) stays
 *     until 5 Nov: 1
 *   SQLs in October: none: 0; managed: 2 only (1 left on 20 Sep): 1
 *   conversion: 0 / 1 = 0 %
 *   all four under: "4 figures out of band"
 * Ben Okafor (leads 3, 4, 6)
 *   universe: 3 and 6 (4 is an SQL on 15 Oct): 2
 *   active: 3 (Low, MQL 10 Sep) left on 10 Oct, 4 at its SQL, 6 (MQL
 *     21 Oct) is in: 1
 *   SQLs: 4: 1; managed: 3 (exit 10 Oct), 4, 6: 3
 *   conversion: 1 / 3 = 33.3 %, in band; the other three under
 * (tests/data/cli/report.expected.json has the same figures.) */

static gpointer
get_child (AccordTeamPage *page,
           const char     *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (page), ACCORD_TYPE_TEAM_PAGE, name);
}

/* What the table shows, in reading order: the text of every mapped,
 * non-empty label, headers first. */
static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget) && *gtk_label_get_label (GTK_LABEL (widget)) != '\0')
    g_string_append_printf (text, "%s%s", text->len > 0 ? " | " : "", gtk_label_get_label (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

static char *
dup_table_text (AccordTeamPage *page)
{
  GString *text = g_string_new (NULL);

  collect_labels (get_child (page, "column_view"), text);
  return g_string_free (text, FALSE);
}

static void
collect_charts (GtkWidget *widget,
                GPtrArray *charts)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (ACCORD_IS_BULLET_CHART (widget))
    g_ptr_array_add (charts, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_charts (child, charts);
}

static void
assert_description (GtkWidget  *chart,
                    const char *label,
                    const char *description)
{
  g_autofree char *label_error = NULL;
  g_autofree char *description_error = NULL;

  label_error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart),
                                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  g_assert_null (label_error);
  description_error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart),
                                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  g_assert_null (description_error);
}

static AccordSdrItem *
get_item (GListModel *model,
          guint       position)
{
  AccordSdrItem *item = g_list_model_get_item (model, position);

  /* The list holds it: borrowed is enough for the test. */
  g_object_unref (item);
  return item;
}

static void
test_table (void)
{
  AccordSession *session = accord_test_contacts_session ();
  AccordTeamPage *page = g_object_new (ACCORD_TYPE_TEAM_PAGE, "session", session, NULL);
  GtkWidget *window = gtk_window_new ();
  GtkColumnView *column_view = get_child (page, "column_view");
  GListModel *model = G_LIST_MODEL (get_child (page, "sort_model"));
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  g_autofree char *text = NULL;
  AccordBulletLayout layout;
  AccordSdrItem *item;
  double conversion;

  g_assert_cmpint (accord_session_get_month (session), ==, ACCORD_MONTH_KEY (2024, 10));
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 600);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  accord_test_wait_for_map (GTK_WIDGET (column_view));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (page)))), ==, "table");

  /* The model: the core's figures, by name. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  item = get_item (model, 0);
  g_assert_cmpstr (accord_sdr_item_get_owner (item), ==, "Ana Silva");
  g_assert_cmpuint (accord_sdr_item_get_figures (item)->universe, ==, 1);
  g_assert_cmpuint (accord_sdr_item_get_figures (item)->active_mqls, ==, 1);
  g_assert_cmpuint (accord_sdr_item_get_figures (item)->sqls, ==, 0);
  g_assert_cmpuint (accord_sdr_item_get_figures (item)->mqls_managed, ==, 1);
  g_assert_cmpfloat (accord_sdr_item_get_figures (item)->mql_conversion, ==, 0);
  g_assert_cmpuint (accord_sdr_item_get_n_out_of_band (item), ==, 4);
  item = get_item (model, 1);
  g_object_get (item, "mql-conversion", &conversion, NULL);
  g_assert_cmpstr (accord_sdr_item_get_owner (item), ==, "Ben Okafor");
  g_assert_cmpuint (accord_sdr_item_get_figures (item)->universe, ==, 2);
  g_assert_cmpuint (accord_sdr_item_get_figures (item)->active_mqls, ==, 1);
  g_assert_cmpuint (accord_sdr_item_get_figures (item)->sqls, ==, 1);
  g_assert_cmpuint (accord_sdr_item_get_figures (item)->mqls_managed, ==, 3);
  g_assert_cmpfloat_with_epsilon (conversion, 1.0 / 3, 1e-12);
  g_assert_cmpint (accord_sdr_item_get_band (item, ACCORD_SDR_MEASURE_CONVERSION), ==, ACCORD_BAND_IN);

  /* The cells: the headers carry the bands; out-of-band figures say so. */
  text = dup_table_text (page);
  g_assert_cmpstr (text, ==,
                   "Owner | Universe 200–400 | Active MQLs 150–200 | SQLs ≥ 15 | MQL Conversion ≥ 8% | "
                   "Ana Silva | 4 figures out of band | 1 | under | 1 | under | 0 of 15 | under | 0% | under | "
                   "Ben Okafor | 3 figures out of band | 2 | under | 1 | under | 1 of 15 | under | 33.3%");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr (gtk_label_get_label (get_child (page, "summary_label")), ==, "Out of band: 2 of 2 SDRs");

  /* Four bullet charts a row, their descriptions stating the numbers. */
  collect_charts (GTK_WIDGET (column_view), charts);
  g_assert_cmpuint (charts->len, ==, 8);
  assert_description (charts->pdata[0], "Universe", "Universe: 1, under the band of 200 to 400.");
  assert_description (charts->pdata[1], "Active MQLs", "Active MQLs: 1, under the band of 150 to 200.");
  assert_description (charts->pdata[2], "SQLs this month", "SQLs this month: 0, under the target of 15.");
  assert_description (charts->pdata[3], "MQL conversion", "MQL conversion: 0%, under the target of 8%.");
  assert_description (charts->pdata[4], "Universe", "Universe: 2, under the band of 200 to 400.");
  assert_description (charts->pdata[7], "MQL conversion",
                      "MQL conversion: 33.3%, at or above the target of 8%.");
  g_assert_true (gtk_widget_has_css_class (charts->pdata[0], "band-under"));
  g_assert_false (gtk_widget_has_css_class (charts->pdata[7], "band-under"));

  /* Ben's universe chart: the column's scale ends at 400 (the band's
   * top; both values are below), so the band fills its right half and
   * the bar, 2 leads, is 2/400 of the width. */
  g_assert_cmpfloat (accord_bullet_chart_get_spec (charts->pdata[4])->value, ==, 2);
  accord_bullet_chart_get_layout (charts->pdata[4], &layout);
  g_assert_cmpfloat (layout.scale_max, ==, 400);
  g_assert_cmpfloat (layout.scale.width, >, 40);
  g_assert_cmpfloat_with_epsilon (layout.band.x, layout.scale.width / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (layout.bar.width, layout.scale.width * 2 / 400, 1e-9);
  /* The conversion charts: 33.3 % is the largest, 0.4 the scale's end. */
  accord_bullet_chart_get_layout (charts->pdata[7], &layout);
  g_assert_cmpfloat_with_epsilon (layout.scale_max, 0.4, 1e-12);

  /* Sorting by universe, largest first: Ben (2), then Ana (1). */
  gtk_column_view_sort_by_column (column_view, get_child (page, "universe_column"), GTK_SORT_DESCENDING);
  accord_test_iterate ();
  g_assert_cmpstr (accord_sdr_item_get_owner (get_item (model, 0)), ==, "Ben Okafor");
  g_assert_cmpstr (accord_sdr_item_get_owner (get_item (model, 1)), ==, "Ana Silva");
  text = dup_table_text (page);
  g_assert_true (g_str_has_prefix (strstr (text, "≥ 8% | "), "≥ 8% | Ben Okafor | 3 figures out of band | 2 |"));
  g_clear_pointer (&text, g_free);
  /* By conversion, lowest first: Ana (0 %), Ben (33.3 %). */
  gtk_column_view_sort_by_column (column_view, get_child (page, "conversion_column"), GTK_SORT_ASCENDING);
  accord_test_iterate ();
  g_assert_cmpstr (accord_sdr_item_get_owner (get_item (model, 0)), ==, "Ana Silva");

  /* Another month: September at its end. Ana: universe 0 (1 is an SQL,
   * 2 fails, 5 and 7 come later), 1 SQL (lead 1) of 2 managed (1 and 2):
   * 50 %. Ben: universe 1 (lead 3), no SQL of 1 managed: 0 %. */
  accord_session_set_month (session, ACCORD_MONTH_KEY (2024, 9));
  accord_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  item = get_item (model, 0);
  g_assert_cmpstr (accord_sdr_item_get_owner (item), ==, "Ben Okafor");
  g_assert_cmpuint (accord_sdr_item_get_figures (item)->universe, ==, 1);
  g_assert_cmpfloat (accord_sdr_item_get_figures (item)->mql_conversion, ==, 0);
  item = get_item (model, 1);
  g_assert_cmpuint (accord_sdr_item_get_figures (item)->universe, ==, 0);
  g_assert_cmpuint (accord_sdr_item_get_figures (item)->sqls, ==, 1);
  g_assert_cmpfloat (accord_sdr_item_get_figures (item)->mql_conversion, ==, 0.5);

  /* A new agreement recomputes: a target of 1 SQL a month. */
  {
    AccordCapacity capacity = *accord_agreement_get_capacity (accord_session_get_agreement (session));

    capacity.sqls_per_month = 1;
    accord_agreement_set_capacity (accord_session_get_agreement (session), &capacity);
  }
  accord_test_iterate ();
  g_assert_cmpstr (gtk_column_view_column_get_title (get_child (page, "sqls_column")), ==, "SQLs ≥ 1");
  g_assert_cmpint (accord_sdr_item_get_band (get_item (model, 1), ACCORD_SDR_MEASURE_SQLS), ==, ACCORD_BAND_IN);

  gtk_window_destroy (GTK_WINDOW (window));
  accord_test_iterate ();
  g_assert_finalize_object (session);
}

static void
test_empty (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  AccordSession *session = accord_session_new (berlin);
  AccordTeamPage *page = g_object_new (ACCORD_TYPE_TEAM_PAGE, NULL);
  GListModel *model = G_LIST_MODEL (get_child (page, "sort_model"));

  g_object_ref_sink (page);
  /* No session, then one without leads: nobody to show. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (page)))), ==, "empty");
  accord_page_set_session (ACCORD_PAGE (page), session);
  g_assert_true (accord_page_get_session (ACCORD_PAGE (page)) == session);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (page)))), ==, "empty");

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

  g_test_add_func ("/gui/team-page/table", test_table);
  g_test_add_func ("/gui/team-page/empty", test_empty);

  return g_test_run ();
}
