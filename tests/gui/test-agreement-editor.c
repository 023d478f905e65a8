/* test-agreement-editor.c: the agreement editor (DESIGN §1)
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The session is tests/data/cli/contacts.csv read in Europe/Berlin: its
 * month is October 2024, so the editor's goal grid starts at Q4 2024
 * (October, November, December) and the Goals page beside it shows the
 * same quarter. The agreement is the default one (DESIGN §1): 300 leads,
 * 250 QLs, 125 MQLs created, 525 managed and 32 SQLs a month, no goal
 * for opportunities, customers and revenue; 10–5000 employees; High
 * 4 h / 15 / 1 / 90 d; an SDR carries 200–400 leads, 150–200 active
 * MQLs, 15 SQLs a month at 8 %; the KPIs lead velocity, contact rate,
 * MQL:SQL, time MQL → SQL and value of SQLs.
 */

#include "config.h"

#include <math.h>

#include <adwaita.h>

#include "accord-agreement-editor.h"
#include "accord-goals-page.h"
#include "accord-zone.h"

#include "accord-test-widgets.h"

#define OCTOBER   ACCORD_MONTH_KEY (2024, 10)
#define NOVEMBER  ACCORD_MONTH_KEY (2024, 11)
#define DECEMBER  ACCORD_MONTH_KEY (2024, 12)
#define JULY      ACCORD_MONTH_KEY (2024, 7)
#define AUGUST    ACCORD_MONTH_KEY (2024, 8)
#define SEPTEMBER ACCORD_MONTH_KEY (2024, 9)

typedef struct
{
  AccordSession   *session;
  AccordAgreement *agreement;
  GtkWindow       *parent;
  GtkWidget       *goals_page;
  GtkWidget       *editor;
} Fixture;

/* Lets GTK drop what it still holds of a destroyed window. */
static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->session = accord_test_contacts_session ();
  fixture->agreement = accord_session_get_agreement (fixture->session);

  /* The smallest screen the app supports, with the Goals page behind the
   * editor, as in the window. */
  fixture->parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->parent, 1024, 600);
  fixture->goals_page = g_object_new (ACCORD_TYPE_GOALS_PAGE, "session", fixture->session, NULL);
  gtk_window_set_child (fixture->parent, fixture->goals_page);
  g_object_ref (fixture->parent);
  gtk_window_present (fixture->parent);
  accord_test_wait_for_map (fixture->goals_page);

  /* The test's own reference, for g_assert_finalize_object. */
  fixture->editor = g_object_ref (GTK_WIDGET (accord_agreement_editor_new (fixture->parent, fixture->session)));
  gtk_window_present (GTK_WINDOW (fixture->editor));
  accord_test_wait_for_map (fixture->editor);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->editor));
  gtk_window_destroy (fixture->parent);
  settle ();
  g_assert_finalize_object (fixture->editor);
  g_assert_finalize_object (fixture->parent);
  g_assert_finalize_object (fixture->session);
}

static GtkWidget *
get_named (Fixture    *fixture,
           const char *name)
{
  GtkWidget *widget = accord_test_find_named (fixture->editor, name);

  if (widget == NULL)
    g_error ("no widget named “%s” in the editor", name);
  return widget;
}

/* Types @text into the entry called @name and presses Enter. */
static void
enter (Fixture    *fixture,
       const char *name,
       const char *text)
{
  GtkWidget *entry = get_named (fixture, name);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

static const char *
get_text (Fixture    *fixture,
          const char *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (get_named (fixture, name)));
}

static const char *
get_subtitle (Fixture    *fixture,
              const char *row_name)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (get_named (fixture, row_name)));
}

/* The message below a grid, or NULL when it is hidden. */
static const char *
get_message (Fixture    *fixture,
             const char *name)
{
  GtkWidget *label = get_named (fixture, name);

  return gtk_widget_get_visible (label) ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

static void
undo (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (fixture->editor, "editor.undo", NULL));
}

/* The goal the Goals page shows for @figure in October, "of 32". */
static const char *
get_page_goal (Fixture      *fixture,
               AccordFigure  figure)
{
  AccordGoalCell *cell;

  accord_test_wait_for_frames (fixture->goals_page);
  cell = accord_test_find_goal_cell (fixture->goals_page, figure, ACCORD_QUARTER_MONTH_1);
  g_assert_nonnull (cell);

  return gtk_label_get_label (accord_test_goal_cell_get_label (cell, 1));
}

/* The test: a goal typed in the grid is the agreement's, and the
 * Goals page shows it at once. */
static void
test_goal_follows (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *cell = get_named (fixture, "goal-sqls_created-1");

  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (get_named (fixture, "quarter"))), ==, "Q4 2024");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (get_named (fixture, "goal-month-1"))), ==, "October 2024");
  g_assert_cmpstr (get_page_goal (fixture, ACCORD_FIGURE_SQLS_CREATED), ==, "of 32");

  /* Empty: the month takes the default, which the placeholder shows. */
  g_assert_cmpstr (get_text (fixture, "goal-sqls_created-1"), ==, "");
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (cell)), ==, "32");
  g_assert_cmpstr (get_text (fixture, "goal-default-sqls_created"), ==, "32");

  enter (fixture, "goal-sqls_created-1", "40");
  g_assert_cmpfloat (accord_agreement_get_month_goal (fixture->agreement, OCTOBER, ACCORD_FIGURE_SQLS_CREATED), ==, 40);
  g_assert_true (isnan (accord_agreement_get_month_goal (fixture->agreement, NOVEMBER, ACCORD_FIGURE_SQLS_CREATED)));
  g_assert_cmpfloat (accord_agreement_get_goal (fixture->agreement, NOVEMBER, ACCORD_FIGURE_SQLS_CREATED), ==, 32);
  g_assert_false (gtk_widget_has_css_class (cell, "error"));
  g_assert_null (get_message (fixture, "goal-message"));
  g_assert_cmpstr (get_page_goal (fixture, ACCORD_FIGURE_SQLS_CREATED), ==, "of 40");

  /* A default changes every month without a goal of its own, and the
   * placeholders with it. */
  enter (fixture, "goal-default-leads_sourced", "320");
  g_assert_cmpfloat (accord_agreement_get_goal (fixture->agreement, DECEMBER, ACCORD_FIGURE_LEADS_SOURCED), ==, 320);
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (get_named (fixture, "goal-leads_sourced-3"))), ==, "320");
  g_assert_cmpstr (get_page_goal (fixture, ACCORD_FIGURE_LEADS_SOURCED), ==, "of 320");

  /* Emptied, the month takes the default again. */
  enter (fixture, "goal-sqls_created-1", "");
  g_assert_true (isnan (accord_agreement_get_month_goal (fixture->agreement, OCTOBER, ACCORD_FIGURE_SQLS_CREATED)));
  g_assert_cmpstr (get_page_goal (fixture, ACCORD_FIGURE_SQLS_CREATED), ==, "of 32");
}

static void
test_copy_previous_quarter (Fixture       *fixture,
                            gconstpointer  data)
{
  /* Q3 2024: July 310 leads, August 35 SQLs, September 50,000 revenue;
   * every other figure takes the default. October has 130 MQLs of its
   * own, which the copy replaces with September's: the default. */
  accord_agreement_set_goal (fixture->agreement, JULY, ACCORD_FIGURE_LEADS_SOURCED, 310);
  accord_agreement_set_goal (fixture->agreement, AUGUST, ACCORD_FIGURE_SQLS_CREATED, 35);
  accord_agreement_set_goal (fixture->agreement, SEPTEMBER, ACCORD_FIGURE_REVENUE, 50000);
  accord_agreement_set_goal (fixture->agreement, OCTOBER, ACCORD_FIGURE_MQLS_CREATED, 130);
  g_assert_cmpstr (get_text (fixture, "goal-mqls_created-1"), ==, "130");

  g_signal_emit_by_name (get_named (fixture, "copy-previous-quarter"), "clicked");

  g_assert_cmpfloat (accord_agreement_get_month_goal (fixture->agreement, OCTOBER, ACCORD_FIGURE_LEADS_SOURCED), ==, 310);
  g_assert_cmpfloat (accord_agreement_get_month_goal (fixture->agreement, NOVEMBER, ACCORD_FIGURE_SQLS_CREATED), ==, 35);
  g_assert_cmpfloat (accord_agreement_get_month_goal (fixture->agreement, DECEMBER, ACCORD_FIGURE_REVENUE), ==, 50000);
  g_assert_true (isnan (accord_agreement_get_month_goal (fixture->agreement, OCTOBER, ACCORD_FIGURE_MQLS_CREATED)));
  g_assert_cmpfloat (accord_agreement_get_goal (fixture->agreement, OCTOBER, ACCORD_FIGURE_MQLS_CREATED), ==, 125);
  /* Exactly those three: every other cell of the quarter is empty. */
  for (int m = 0; m < 3; m++)
    for (guint f = 0; f < ACCORD_N_FIGURES; f++)
      {
        double goal = accord_agreement_get_month_goal (fixture->agreement, OCTOBER + m, f);
        gboolean set = (m == 0 && f == ACCORD_FIGURE_LEADS_SOURCED) ||
                       (m == 1 && f == ACCORD_FIGURE_SQLS_CREATED) ||
                       (m == 2 && f == ACCORD_FIGURE_REVENUE);

        g_assert_cmpint (isnan (goal), ==, !set);
      }

  /* The grid shows them, and the Goals page. */
  g_assert_cmpstr (get_text (fixture, "goal-leads_sourced-1"), ==, "310");
  g_assert_cmpstr (get_text (fixture, "goal-sqls_created-2"), ==, "35");
  g_assert_cmpstr (get_text (fixture, "goal-revenue-3"), ==, "50000");
  g_assert_cmpstr (get_text (fixture, "goal-mqls_created-1"), ==, "");
  g_assert_cmpstr (get_page_goal (fixture, ACCORD_FIGURE_LEADS_SOURCED), ==, "of 310");

  /* One step undoes the copy. */
  undo (fixture);
  g_assert_cmpfloat (accord_agreement_get_month_goal (fixture->agreement, OCTOBER, ACCORD_FIGURE_MQLS_CREATED), ==, 130);
  g_assert_true (isnan (accord_agreement_get_month_goal (fixture->agreement, OCTOBER, ACCORD_FIGURE_LEADS_SOURCED)));
  g_assert_true (isnan (accord_agreement_get_month_goal (fixture->agreement, DECEMBER, ACCORD_FIGURE_REVENUE)));
  g_assert_cmpstr (get_text (fixture, "goal-mqls_created-1"), ==, "130");
  g_assert_cmpstr (get_text (fixture, "goal-leads_sourced-1"), ==, "");

  /* The previous quarter's button moves the grid to Q3, whose own goals
   * it shows. */
  g_assert_true (gtk_widget_activate_action (fixture->editor, "editor.previous-quarter", NULL));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (get_named (fixture, "quarter"))), ==, "Q3 2024");
  g_assert_cmpstr (get_text (fixture, "goal-leads_sourced-1"), ==, "310");
  g_assert_cmpstr (get_text (fixture, "goal-revenue-3"), ==, "50000");
}

/* Text that is not valid says why at the field and changes nothing. */
static void
test_invalid (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *before = accord_agreement_to_data (fixture->agreement, NULL);
  g_autofree char *after = NULL;
  const char *message;
  int min, max;

  enter (fixture, "goal-sqls_created-1", "many");
  message = get_message (fixture, "goal-message");
  g_assert_nonnull (message);
  g_assert_true (g_str_has_prefix (message, "SQLs created, October 2024: "
                                            "Enter a goal, zero or more, or leave it empty (“many”"));
  g_assert_true (gtk_widget_has_css_class (get_named (fixture, "goal-sqls_created-1"), "error"));

  enter (fixture, "goal-sqls_created-1", "-5");
  g_assert_cmpstr (get_message (fixture, "goal-message"), ==,
                   "SQLs created, October 2024: Enter a goal, zero or more, or leave it empty");

  /* The whole number of hours, at least 1. */
  enter (fixture, "protocol-high-response-hours", "4.5");
  g_assert_true (g_str_has_prefix (get_message (fixture, "protocol-message"),
                                   "High, First call within (hours): Enter a whole number of hours, 1 or more (“4.5”"));
  enter (fixture, "protocol-high-response-hours", "0");
  g_assert_cmpstr (get_message (fixture, "protocol-message"), ==,
                   "High, First call within (hours): Enter a whole number of hours, 1 or more");
  enter (fixture, "protocol-low-timeframe-days", "-3");
  enter (fixture, "protocol-high-response-hours", "4");
  /* The grid's message tells the problem still there. */
  g_assert_cmpstr (get_message (fixture, "protocol-message"), ==,
                   "Low, Timeframe (days): Enter a whole number of days, 1 or more (“-3” is negative, but a count cannot be)");

  enter (fixture, "employees-min", "6000");
  g_assert_cmpstr (get_subtitle (fixture, "employees-row"), ==, "The minimum must not be above the maximum");
  g_assert_true (gtk_widget_has_css_class (get_named (fixture, "employees-min"), "error"));
  enter (fixture, "revenue-max", "-1");
  g_assert_cmpstr (get_subtitle (fixture, "revenue-row"), ==, "Enter an amount, zero or more, or leave it empty");
  enter (fixture, "score-moderate", "75");
  g_assert_cmpstr (get_subtitle (fixture, "score-moderate-row"), ==, "The Moderate threshold must be below the High one");
  enter (fixture, "mql-conversion", "150");
  g_assert_cmpstr (get_subtitle (fixture, "mql-conversion-row"), ==, "Enter a percentage above 0 and at most 100");
  enter (fixture, "universe-max", "100");
  g_assert_cmpstr (get_subtitle (fixture, "universe-row"), ==, "The minimum must not be above the maximum");
  enter (fixture, "review-months", "0");
  g_assert_cmpstr (get_subtitle (fixture, "review-months-row"), ==, "Enter a whole number of months, 1 or more");
  enter (fixture, "next-review", "31/02/2027");
  g_assert_true (g_str_has_prefix (get_subtitle (fixture, "next-review-row"), "Enter a date such as 2027-03-31"));

  /* Nothing of it reached the agreement, and there is nothing to undo. */
  after = accord_agreement_to_data (fixture->agreement, NULL);
  g_assert_cmpstr (after, ==, before);
  accord_agreement_get_employees (fixture->agreement, &min, &max);
  g_assert_cmpint (min, ==, 10);
  g_assert_cmpint (max, ==, 5000);

  /* Put right, the field applies and its message goes. */
  enter (fixture, "employees-max", "8000");
  accord_agreement_get_employees (fixture->agreement, &min, &max);
  g_assert_cmpint (min, ==, 6000);
  g_assert_cmpint (max, ==, 8000);
  g_assert_cmpstr (get_subtitle (fixture, "employees-row"), ==, "Empty: no bound");
  g_assert_false (gtk_widget_has_css_class (get_named (fixture, "employees-min"), "error"));

  /* An empty bound is no bound. */
  enter (fixture, "employees-max", "");
  accord_agreement_get_employees (fixture->agreement, &min, &max);
  g_assert_cmpint (max, ==, -1);

  enter (fixture, "next-review", "2027-03-31");
  g_assert_cmpstr (accord_agreement_get_next_review (fixture->agreement), ==, "2027-03-31");
  g_assert_cmpstr (get_subtitle (fixture, "next-review-row"), ==, "31 March 2027");
}

static GtkCheckButton *
get_kpi (Fixture    *fixture,
         const char *name)
{
  g_autofree char *widget_name = g_strdup_printf ("kpi-%s", name);

  return GTK_CHECK_BUTTON (get_named (fixture, widget_name));
}

static void
assert_kpis (Fixture         *fixture,
             const AccordKpi *expected,
             guint            n_expected)
{
  guint n;
  const AccordKpi *kpis = accord_agreement_get_kpis (fixture->agreement, &n);

  g_assert_cmpmem (kpis, n * sizeof *kpis, expected, n_expected * sizeof *expected);
}

static void
test_kpis (Fixture       *fixture,
           gconstpointer  data)
{
  const AccordKpi defaults[] = {
    ACCORD_KPI_LEAD_VELOCITY, ACCORD_KPI_CONTACT_RATE, ACCORD_KPI_MQL_TO_SQL,
    ACCORD_KPI_TIME_MQL_TO_SQL, ACCORD_KPI_SQL_VALUE,
  };
  /* Contact rate dropped, conversation rate added at the end. */
  const AccordKpi five[] = {
    ACCORD_KPI_LEAD_VELOCITY, ACCORD_KPI_MQL_TO_SQL, ACCORD_KPI_TIME_MQL_TO_SQL,
    ACCORD_KPI_SQL_VALUE, ACCORD_KPI_CONVERSATION_RATE,
  };
  const AccordKpi seven[] = {
    ACCORD_KPI_LEAD_VELOCITY, ACCORD_KPI_MQL_TO_SQL, ACCORD_KPI_TIME_MQL_TO_SQL,
    ACCORD_KPI_SQL_VALUE, ACCORD_KPI_CONVERSATION_RATE, ACCORD_KPI_SALES_VELOCITY,
    ACCORD_KPI_TOUCHES_TO_SQL,
  };

  g_assert_true (gtk_check_button_get_active (get_kpi (fixture, "contact_rate")));
  g_assert_false (gtk_check_button_get_active (get_kpi (fixture, "conversation_rate")));
  g_assert_null (get_message (fixture, "kpi-message"));

  /* Four: refused, with the reason. */
  gtk_check_button_set_active (get_kpi (fixture, "contact_rate"), FALSE);
  g_assert_cmpstr (get_message (fixture, "kpi-message"), ==, "Choose between 5 and 7 KPIs (4 are chosen)");
  assert_kpis (fixture, defaults, G_N_ELEMENTS (defaults));

  /* Five: applied, in the order chosen. */
  gtk_check_button_set_active (get_kpi (fixture, "conversation_rate"), TRUE);
  g_assert_null (get_message (fixture, "kpi-message"));
  assert_kpis (fixture, five, G_N_ELEMENTS (five));

  /* Six and seven: applied. */
  gtk_check_button_set_active (get_kpi (fixture, "sales_velocity"), TRUE);
  gtk_check_button_set_active (get_kpi (fixture, "touches_to_sql"), TRUE);
  g_assert_null (get_message (fixture, "kpi-message"));
  assert_kpis (fixture, seven, G_N_ELEMENTS (seven));

  /* Eight: refused. */
  gtk_check_button_set_active (get_kpi (fixture, "mql_to_customer"), TRUE);
  g_assert_cmpstr (get_message (fixture, "kpi-message"), ==, "Choose between 5 and 7 KPIs (8 are chosen)");
  assert_kpis (fixture, seven, G_N_ELEMENTS (seven));

  /* Undo goes back to six, and the checks follow. */
  undo (fixture);
  g_assert_null (get_message (fixture, "kpi-message"));
  g_assert_false (gtk_check_button_get_active (get_kpi (fixture, "touches_to_sql")));
  g_assert_false (gtk_check_button_get_active (get_kpi (fixture, "mql_to_customer")));
  assert_kpis (fixture, seven, 6);
}

/* Waits, for five seconds at the most, for the agreement to change. */
static void
wait_for_change (Fixture *fixture)
{
  g_autofree char *before = accord_agreement_to_data (fixture->agreement, NULL);
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      g_autofree char *now = NULL;

      g_main_context_iteration (NULL, FALSE);
      now = accord_agreement_to_data (fixture->agreement, NULL);
      if (g_strcmp0 (now, before) != 0)
        return;
      g_usleep (10000);
    }

  g_error ("the agreement did not change");
}

static void
test_undo (Fixture       *fixture,
           gconstpointer  data)
{
  GtkEditable *sqls = GTK_EDITABLE (get_named (fixture, "sqls-per-month"));

  enter (fixture, "sqls-per-month", "20");
  g_assert_cmpuint (accord_agreement_get_capacity (fixture->agreement)->sqls_per_month, ==, 20);
  undo (fixture);
  g_assert_cmpuint (accord_agreement_get_capacity (fixture->agreement)->sqls_per_month, ==, 15);
  g_assert_cmpstr (gtk_editable_get_text (sqls), ==, "15");

  /* A goal: the agreement, the grid and the Goals page go back. */
  enter (fixture, "goal-sqls_created-1", "40");
  g_assert_cmpstr (get_page_goal (fixture, ACCORD_FIGURE_SQLS_CREATED), ==, "of 40");
  undo (fixture);
  g_assert_true (isnan (accord_agreement_get_month_goal (fixture->agreement, OCTOBER, ACCORD_FIGURE_SQLS_CREATED)));
  g_assert_cmpstr (get_text (fixture, "goal-sqls_created-1"), ==, "");
  g_assert_cmpstr (get_page_goal (fixture, ACCORD_FIGURE_SQLS_CREATED), ==, "of 32");

  /* Typing applies after a pause, as one step: "2", then "25", undone
   * at once goes back to 15, not to 2. */
  gtk_editable_set_text (sqls, "2");
  gtk_editable_set_text (sqls, "25");
  wait_for_change (fixture);
  g_assert_cmpuint (accord_agreement_get_capacity (fixture->agreement)->sqls_per_month, ==, 25);
  undo (fixture);
  g_assert_cmpuint (accord_agreement_get_capacity (fixture->agreement)->sqls_per_month, ==, 15);

  /* Undo takes back typing not yet applied too: it applies first. */
  gtk_editable_set_text (sqls, "30");
  undo (fixture);
  g_assert_cmpuint (accord_agreement_get_capacity (fixture->agreement)->sqls_per_month, ==, 15);
  g_assert_cmpstr (gtk_editable_get_text (sqls), ==, "15");

  /* A change made elsewhere shows at once, and is not the editor's to
   * undo. */
  enter (fixture, "sqls-per-month", "18");
  accord_agreement_set_review_months (fixture->agreement, 3);
  g_assert_cmpstr (get_text (fixture, "review-months"), ==, "3");
  gtk_widget_activate_action (fixture->editor, "editor.undo", NULL);
  g_assert_cmpuint (accord_agreement_get_capacity (fixture->agreement)->sqls_per_month, ==, 18);
  g_assert_cmpuint (accord_agreement_get_review_months (fixture->agreement), ==, 3);
}

static void
test_sdrs (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *add = get_named (fixture, "add-sdr");
  GtkWidget *row;
  GtkDropDown *dropdown;

  g_assert_cmpuint (accord_agreement_get_n_sdrs (fixture->agreement), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (add), "Ana Silva");
  g_signal_emit_by_name (add, "apply");
  gtk_editable_set_text (GTK_EDITABLE (add), " Ben Okafor ");
  g_signal_emit_by_name (add, "apply");
  g_assert_cmpuint (accord_agreement_get_n_sdrs (fixture->agreement), ==, 2);
  g_assert_cmpstr (accord_agreement_get_sdr_name (fixture->agreement, 1), ==, "Ben Okafor");
  g_assert_cmpint (accord_agreement_get_sdr_specialisation (fixture->agreement, 1), ==, ACCORD_SPECIALISATION_HYBRID);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_named (fixture, "sdr-1"))), ==, "Ben Okafor");

  /* A name is needed, and only once. */
  gtk_editable_set_text (GTK_EDITABLE (add), "Ana Silva");
  g_signal_emit_by_name (add, "apply");
  g_assert_cmpstr (get_message (fixture, "sdr-message"), ==, "“Ana Silva” is already listed");
  gtk_editable_set_text (GTK_EDITABLE (add), "  ");
  g_signal_emit_by_name (add, "apply");
  g_assert_cmpstr (get_message (fixture, "sdr-message"), ==, "Enter the SDR’s name as the CRM writes it");
  g_assert_cmpuint (accord_agreement_get_n_sdrs (fixture->agreement), ==, 2);

  /* Renamed and specialised in place. */
  row = get_named (fixture, "sdr-0");
  gtk_editable_set_text (GTK_EDITABLE (row), "Ana Souza");
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpstr (accord_agreement_get_sdr_name (fixture->agreement, 0), ==, "Ana Souza");
  dropdown = GTK_DROP_DOWN (accord_test_find_type (row, GTK_TYPE_DROP_DOWN));
  gtk_drop_down_set_selected (dropdown, ACCORD_SPECIALISATION_OUTBOUND);
  g_assert_cmpint (accord_agreement_get_sdr_specialisation (fixture->agreement, 0), ==, ACCORD_SPECIALISATION_OUTBOUND);

  /* Removed: the other stays, and the list follows. */
  g_assert_true (gtk_widget_activate_action (fixture->editor, "editor.remove-sdr", "u", 0));
  g_assert_cmpuint (accord_agreement_get_n_sdrs (fixture->agreement), ==, 1);
  g_assert_cmpstr (accord_agreement_get_sdr_name (fixture->agreement, 0), ==, "Ben Okafor");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_named (fixture, "sdr-0"))), ==, "Ben Okafor");
  g_assert_null (accord_test_find_named (fixture->editor, "sdr-1"));

  undo (fixture);
  g_assert_cmpuint (accord_agreement_get_n_sdrs (fixture->agreement), ==, 2);
  g_assert_cmpstr (accord_agreement_get_sdr_name (fixture->agreement, 0), ==, "Ana Souza");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_named (fixture, "sdr-0"))), ==, "Ana Souza");
}

static void
test_efforts (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *add = get_named (fixture, "add-effort");
  GtkSpinButton *hours;

  g_assert_cmpuint (accord_agreement_get_n_assets (fixture->agreement), ==, 0);

  /* An asset starts with 10 hours a month, to correct in its row. */
  gtk_editable_set_text (GTK_EDITABLE (add), " Webinars ");
  g_signal_emit_by_name (add, "apply");
  g_assert_cmpuint (accord_agreement_get_n_assets (fixture->agreement), ==, 1);
  g_assert_cmpstr (accord_agreement_get_asset_name (fixture->agreement, 0), ==, "Webinars");
  g_assert_cmpfloat (accord_agreement_get_asset_hours (fixture->agreement, 0), ==, 10);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add)), ==, "");

  hours = GTK_SPIN_BUTTON (accord_test_find_type (get_named (fixture, "effort-0"), GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpfloat (gtk_spin_button_get_value (hours), ==, 10);
  gtk_spin_button_set_value (hours, 22.5);
  g_assert_cmpfloat (accord_agreement_get_asset_hours (fixture->agreement, 0), ==, 22.5);

  /* A name is needed, and only once. */
  gtk_editable_set_text (GTK_EDITABLE (add), "Webinars");
  g_signal_emit_by_name (add, "apply");
  g_assert_cmpstr (get_message (fixture, "effort-message"), ==, "“Webinars” is listed already");
  gtk_editable_set_text (GTK_EDITABLE (add), " ");
  g_signal_emit_by_name (add, "apply");
  g_assert_cmpstr (get_message (fixture, "effort-message"), ==,
                   "Enter the asset as the leads’ source column writes it");
  g_assert_cmpuint (accord_agreement_get_n_assets (fixture->agreement), ==, 1);

  /* Removed, and back with Undo, its hours and row with it. */
  g_assert_true (gtk_widget_activate_action (fixture->editor, "editor.remove-effort", "u", 0));
  g_assert_cmpuint (accord_agreement_get_n_assets (fixture->agreement), ==, 0);
  g_assert_null (accord_test_find_named (fixture->editor, "effort-0"));
  undo (fixture);
  g_assert_cmpuint (accord_agreement_get_n_assets (fixture->agreement), ==, 1);
  hours = GTK_SPIN_BUTTON (accord_test_find_type (get_named (fixture, "effort-0"), GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpfloat (gtk_spin_button_get_value (hours), ==, 22.5);

  /* And the change of hours before it. */
  undo (fixture);
  g_assert_cmpfloat (accord_agreement_get_asset_hours (fixture->agreement, 0), ==, 10);
}

static void
test_industries (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *add = get_named (fixture, "add-industry");
  AdwExpanderRow *industries = ADW_EXPANDER_ROW (get_named (fixture, "industries"));

  g_assert_cmpstr (adw_expander_row_get_subtitle (industries), ==, "Any industry");

  gtk_editable_set_text (GTK_EDITABLE (add), "Retail");
  g_signal_emit_by_name (add, "apply");
  gtk_editable_set_text (GTK_EDITABLE (add), "Software");
  g_signal_emit_by_name (add, "apply");
  g_assert_cmpuint (g_strv_length ((char **) accord_agreement_get_industries (fixture->agreement)), ==, 2);
  g_assert_cmpstr (adw_expander_row_get_subtitle (industries), ==, "Retail, Software");

  g_assert_true (gtk_widget_activate_action (fixture->editor, "editor.remove-industry", "u", 0));
  g_assert_cmpstr (accord_agreement_get_industries (fixture->agreement)[0], ==, "Software");
  g_assert_null (accord_agreement_get_industries (fixture->agreement)[1]);
  g_assert_cmpstr (adw_expander_row_get_subtitle (industries), ==, "Software");
}

static void
test_section (Fixture       *fixture,
              gconstpointer  data)
{
  GtkTextView *view = GTK_TEXT_VIEW (get_named (fixture, "section-cancellation"));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *before = g_strdup (accord_agreement_get_section (fixture->agreement,
                                                                    ACCORD_SECTION_CANCELLATION));
  GtkTextIter start, end;
  g_autofree char *shown = NULL;

  gtk_text_buffer_set_text (buffer, "Either team may end this agreement with three months’ notice.", -1);
  wait_for_change (fixture);
  g_assert_cmpstr (accord_agreement_get_section (fixture->agreement, ACCORD_SECTION_CANCELLATION), ==,
                   "Either team may end this agreement with three months’ notice.");

  /* The name applies on Enter. */
  gtk_editable_set_text (GTK_EDITABLE (get_named (fixture, "name")), "Northwind 2025");
  g_signal_emit_by_name (get_named (fixture, "name"), "entry-activated");
  g_assert_cmpstr (accord_agreement_get_name (fixture->agreement), ==, "Northwind 2025");

  undo (fixture);
  undo (fixture);
  g_assert_cmpstr (accord_agreement_get_name (fixture->agreement), ==, "Sales and marketing agreement");
  g_assert_cmpstr (accord_agreement_get_section (fixture->agreement, ACCORD_SECTION_CANCELLATION), ==, before);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (shown, ==, before);
}

static void
test_business_hours (Fixture       *fixture,
                     gconstpointer  data)
{
  AdwExpanderRow *hours_row = ADW_EXPANDER_ROW (get_named (fixture, "business-hours"));
  GtkWidget *add = get_named (fixture, "add-holiday");
  const AccordBusinessHours *hours;

  /* DESIGN §3: hours count on the calendar by default. */
  g_assert_false (adw_expander_row_get_enable_expansion (hours_row));
  g_assert_false (gtk_widget_get_sensitive (get_named (fixture, "holidays")));

  /* On: Monday to Friday, 09:00 to 17:00, as the fields offer. */
  adw_expander_row_set_enable_expansion (hours_row, TRUE);
  hours = accord_agreement_get_business_hours (fixture->agreement);
  g_assert_nonnull (hours);
  g_assert_cmpuint (hours->days, ==, ACCORD_WEEKDAYS_MONDAY_TO_FRIDAY);
  g_assert_cmpuint (hours->start, ==, 9 * 60);
  g_assert_cmpuint (hours->end, ==, 17 * 60);
  g_assert_true (gtk_widget_get_sensitive (get_named (fixture, "holidays")));

  enter (fixture, "hours-end", "08:00");
  g_assert_cmpstr (get_subtitle (fixture, "hours-row"), ==, "The closing time must be after the opening time");
  enter (fixture, "hours-end", "5pm");
  g_assert_cmpstr (get_subtitle (fixture, "hours-row"), ==, "Enter times such as 09:00 and 17:30");
  g_assert_cmpuint (accord_agreement_get_business_hours (fixture->agreement)->end, ==, 17 * 60);
  enter (fixture, "hours-end", "17:30");
  g_assert_cmpuint (accord_agreement_get_business_hours (fixture->agreement)->end, ==, 17 * 60 + 30);

  /* Friday off. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (get_named (fixture, "hours-day-5")), FALSE);
  g_assert_cmpuint (accord_agreement_get_business_hours (fixture->agreement)->days, ==,
                    ACCORD_WEEKDAYS_MONDAY_TO_FRIDAY & ~ACCORD_WEEKDAY_FRIDAY);

  /* Holidays, written year first. */
  gtk_editable_set_text (GTK_EDITABLE (add), "25/12/2025");
  g_signal_emit_by_name (add, "apply");
  g_assert_cmpuint (accord_agreement_get_business_hours (fixture->agreement)->n_holidays, ==, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (add)), ==, "Enter a date such as 2025-12-25");
  gtk_editable_set_text (GTK_EDITABLE (add), "2025-12-25");
  g_signal_emit_by_name (add, "apply");
  hours = accord_agreement_get_business_hours (fixture->agreement);
  g_assert_cmpuint (hours->n_holidays, ==, 1);
  g_assert_cmpstr (hours->holidays[0], ==, "2025-12-25");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (get_named (fixture, "holidays"))), ==, "1 day");

  /* Off again, then undone: on, with the holiday. */
  adw_expander_row_set_enable_expansion (hours_row, FALSE);
  g_assert_null (accord_agreement_get_business_hours (fixture->agreement));
  undo (fixture);
  g_assert_true (adw_expander_row_get_enable_expansion (hours_row));
  g_assert_cmpuint (accord_agreement_get_business_hours (fixture->agreement)->n_holidays, ==, 1);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (get_named (fixture, "hours-day-5"))));
}

/* Another workspace opened: the editor shows its agreement, and has
 * nothing of the first one to undo. */
static void
test_other_workspace (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AccordWorkspace) workspace = accord_workspace_new ();
  AccordAgreement *other = accord_workspace_get_agreement (workspace);
  /* The first workspace goes, and its agreement with it but for this. */
  g_autoptr(AccordAgreement) first = g_object_ref (fixture->agreement);

  enter (fixture, "sqls-per-month", "20");
  accord_agreement_set_name (other, "Northwind 2025");
  accord_session_set_workspace (fixture->session, workspace);

  g_assert_cmpstr (get_text (fixture, "name"), ==, "Northwind 2025");
  g_assert_cmpstr (get_text (fixture, "sqls-per-month"), ==, "15");
  gtk_widget_activate_action (fixture->editor, "editor.undo", NULL);
  g_assert_cmpuint (accord_agreement_get_capacity (first)->sqls_per_month, ==, 20);
  g_assert_cmpuint (accord_agreement_get_capacity (other)->sqls_per_month, ==, 15);

  /* Edits go to the new agreement. */
  enter (fixture, "sqls-per-month", "12");
  g_assert_cmpuint (accord_agreement_get_capacity (other)->sqls_per_month, ==, 12);
  g_assert_cmpuint (accord_agreement_get_capacity (first)->sqls_per_month, ==, 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  if (!accord_test_init_display ())
    return 0;

  g_test_add ("/gui/agreement-editor/goal-follows", Fixture, NULL,
              fixture_set_up, test_goal_follows, fixture_tear_down);
  g_test_add ("/gui/agreement-editor/copy-previous-quarter", Fixture, NULL,
              fixture_set_up, test_copy_previous_quarter, fixture_tear_down);
  g_test_add ("/gui/agreement-editor/invalid", Fixture, NULL,
              fixture_set_up, test_invalid, fixture_tear_down);
  g_test_add ("/gui/agreement-editor/kpis", Fixture, NULL,
              fixture_set_up, test_kpis, fixture_tear_down);
  g_test_add ("/gui/agreement-editor/undo", Fixture, NULL,
              fixture_set_up, test_undo, fixture_tear_down);
  g_test_add ("/gui/agreement-editor/sdrs", Fixture, NULL,
              fixture_set_up, test_sdrs, fixture_tear_down);
  g_test_add ("/gui/agreement-editor/efforts", Fixture, NULL,
              fixture_set_up, test_efforts, fixture_tear_down);
  g_test_add ("/gui/agreement-editor/industries", Fixture, NULL,
              fixture_set_up, test_industries, fixture_tear_down);
  g_test_add ("/gui/agreement-editor/business-hours", Fixture, NULL,
              fixture_set_up, test_business_hours, fixture_tear_down);
  g_test_add ("/gui/agreement-editor/other-workspace", Fixture, NULL,
              fixture_set_up, test_other_workspace, fixture_tear_down);
  g_test_add ("/gui/agreement-editor/section", Fixture, NULL,
              fixture_set_up, test_section, fixture_tear_down);

  return g_test_run ();
}
