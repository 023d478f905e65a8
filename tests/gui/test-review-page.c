/* test-review-page.c: the committee's queue — filter, decide, undo
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "accord-importer.h"
#include "accord-review-page.h"
#include "accord-review-row.h"

#include "accord-test-widgets.h"

/* tests/data/cli/contacts.csv in Europe/Berlin, as of its latest moment,
 * 2024-10-25 17:00 (worked out in tests/cli/test-cli.c): in the week
 * before, lead 6's late first touch; before it, still undecided, lead 2
 * outside the profile and late, lead 3 late, under-worked and without
 * disposition. Six flags. */

typedef struct
{
  AccordSession    *session;
  AccordReviewPage *page;
  GtkWindow        *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "cli", "contacts.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AccordImporter) importer = accord_importer_new (file);
  g_autoptr(GError) error = NULL;

  accord_importer_set_time_zone (importer, berlin);
  g_assert_true (accord_importer_run (importer, NULL, &error));
  g_assert_no_error (error);

  fixture->session = accord_session_new (berlin);
  accord_session_add_leads (fixture->session, accord_importer_get_store (importer));

  fixture->page = g_object_new (ACCORD_TYPE_REVIEW_PAGE, NULL);
  accord_page_set_session (ACCORD_PAGE (fixture->page), fixture->session);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 720);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->session);
}

static GListModel *
get_rows (Fixture *fixture)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                                        ACCORD_TYPE_REVIEW_PAGE,
                                                                        "column_view"));

  return G_LIST_MODEL (gtk_column_view_get_model (view));
}

static AccordReviewRow *
find_row (GListModel     *rows,
          const char     *record_id,
          AccordFlagKind  flag)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(AccordReviewRow) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (accord_review_row_get_record_id (row), record_id) == 0 &&
          accord_review_row_get_flag (row) == flag)
        return row;
    }

  return NULL;
}

static void
test_queue (Fixture       *fixture,
            gconstpointer  data)
{
  GListModel *rows = get_rows (fixture);
  g_autoptr(AccordReviewRow) first = NULL;
  AccordReviewRow *row;
  GtkDropDown *owners;

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 6);
  /* The most overdue first: lead 2 was outside the profile at its MQL,
   * 6 September 09:00. */
  first = g_list_model_get_item (rows, 0);
  g_assert_cmpstr (accord_review_row_get_record_id (first), ==, "2");
  g_assert_cmpint (accord_review_row_get_flag (first), ==, ACCORD_FLAG_OUTSIDE_PROFILE);
  g_assert_cmpstr (accord_review_row_get_reason (first), ==,
                   "Outside the profile: 5 employees; the Quick Test asks for 10 to 5000");

  /* Lead 6 (Low, 48 h) was first touched 48 h 1 min after its MQL. */
  row = find_row (rows, "6", ACCORD_FLAG_LATE_FIRST_TOUCH);
  g_assert_nonnull (row);
  g_assert_cmpstr (accord_review_row_get_reason (row), ==,
                   "First touch 48 h 1 min after the MQL; Low leads get 48 h");
  g_assert_cmpint (accord_review_row_get_age_days (row), ==, 2);

  /* Lead 3 (Low) was never touched: 45 days 5 hours by 25 October 17:00
   * since its MQL on 10 September 12:00. */
  row = find_row (rows, "3", ACCORD_FLAG_LATE_FIRST_TOUCH);
  g_assert_cmpstr (accord_review_row_get_reason (row), ==,
                   "No touch 45 d 5 h after the MQL; Low leads get 48 h");
  row = find_row (rows, "3", ACCORD_FLAG_UNDER_WORKED);
  g_assert_cmpstr (accord_review_row_get_reason (row), ==,
                   "0 of 3 touches when its 30-day timeframe ended");

  /* Ben Okafor owns leads 3 and 6: four flags. */
  owners = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                         ACCORD_TYPE_REVIEW_PAGE, "owner_filter"));
  gtk_drop_down_set_selected (owners, 2);
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (owners)), ==, "Ben Okafor");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 4);
  gtk_drop_down_set_selected (owners, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 6);
}

static void
test_decide_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *rows = get_rows (fixture);
  AccordDecisionLog *log = accord_workspace_get_decisions (accord_session_get_workspace (fixture->session));
  const AccordDecision *decision;

  /* Lead 2's profile flag, judged unqualified: an old flag, decided,
   * leaves the queue. */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows), 0, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "review.decide", "s", "unqualified"));

  g_assert_cmpuint (accord_decision_log_get_n_decisions (log), ==, 1);
  decision = accord_decision_log_get_decision (log, 0);
  g_assert_cmpstr (decision->record_id, ==, "2");
  g_assert_cmpint (decision->flag, ==, ACCORD_FLAG_OUTSIDE_PROFILE);
  g_assert_cmpint (decision->outcome, ==, ACCORD_OUTCOME_UNQUALIFIED);
  g_assert_nonnull (decision->decided_by);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 5);
  g_assert_null (find_row (rows, "2", ACCORD_FLAG_OUTSIDE_PROFILE));

  /* The toast's Undo takes it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "review.undo", NULL));
  g_assert_cmpuint (accord_decision_log_get_n_decisions (log), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 6);
}

/* Lead 3, kept for its late first touch, is still flagged under-worked:
 * that row tells what was decided before. */
static void
test_history (Fixture       *fixture,
              gconstpointer  data)
{
  GListModel *rows = get_rows (fixture);
  g_autofree char *decision = NULL;
  AccordReviewRow *row;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(AccordReviewRow) item = g_list_model_get_item (rows, i);

      if (g_strcmp0 (accord_review_row_get_record_id (item), "3") == 0 &&
          accord_review_row_get_flag (item) == ACCORD_FLAG_LATE_FIRST_TOUCH)
        gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows), i, TRUE);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "review.decide", "s", "keep"));

  g_assert_null (find_row (rows, "3", ACCORD_FLAG_LATE_FIRST_TOUCH));
  row = find_row (rows, "3", ACCORD_FLAG_UNDER_WORKED);
  g_assert_nonnull (row);
  g_assert_false (accord_review_row_get_decided (row));
  g_object_get (row, "decision", &decision, NULL);
  g_assert_true (g_str_has_prefix (decision, "Earlier: Kept, "));

  /* The summary counts the decision though it was made long after the
   * data's latest moment: the committee meets after the export. Lead 3
   * is Ben Okafor's; the export has no sources. */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                                                 ACCORD_TYPE_REVIEW_PAGE,
                                                                                 "breakdown_label"))), ==,
                   "By owner: Ben Okafor 0 unqualified, 0 reassigned, 1 kept\n"
                   "By source: No source 0 unqualified, 0 reassigned, 1 kept");
}

/* Low leads get 48 hours for a first touch; lead 6 was touched 48 h
 * 1 min after its MQL. Given 49, its flag goes at once. */
static void
test_protocols (Fixture       *fixture,
                gconstpointer  data)
{
  GListModel *rows = get_rows (fixture);
  AdwMessageDialog *dialog;
  GtkGrid *grid;
  GtkSpinButton *low_hours;

  g_assert_nonnull (find_row (rows, "6", ACCORD_FLAG_LATE_FIRST_TOUCH));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "review.edit-protocols", NULL));
  dialog = ADW_MESSAGE_DIALOG (accord_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);

  /* Rows: the titles, then High, Moderate, Low; the hours first. */
  grid = GTK_GRID (adw_message_dialog_get_extra_child (dialog));
  low_hours = GTK_SPIN_BUTTON (gtk_grid_get_child_at (grid, 1, 3));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (low_hours), ==, 48);
  gtk_spin_button_set_value (low_hours, 49);
  adw_message_dialog_response (dialog, "apply");

  g_assert_cmpuint (accord_agreement_get_protocol (accord_session_get_agreement (fixture->session),
                                                   ACCORD_TIER_LOW)->response_hours, ==, 49);
  g_assert_null (find_row (rows, "6", ACCORD_FLAG_LATE_FIRST_TOUCH));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!accord_test_init_display ())
    return 0;

  g_test_add ("/gui/review-page/queue", Fixture, NULL, fixture_set_up, test_queue, fixture_tear_down);
  g_test_add ("/gui/review-page/decide-and-undo", Fixture, NULL, fixture_set_up, test_decide_and_undo,
              fixture_tear_down);
  g_test_add ("/gui/review-page/protocols", Fixture, NULL, fixture_set_up, test_protocols, fixture_tear_down);
  g_test_add ("/gui/review-page/history", Fixture, NULL, fixture_set_up, test_history, fixture_tear_down);

  return g_test_run ();
}
