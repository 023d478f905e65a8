/* test-accessibility.c: every control of the window and its dialogs has a
 * name for screen readers, and every chart states its numbers
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "accord-bullet-chart.h"
#include "accord-calculator-dialog.h"
#include "accord-committee-chart.h"
#include "accord-funnel-page.h"
#include "accord-funnel-chart.h"
#include "accord-goal-cell.h"
#include "accord-mapping-dialog.h"
#include "accord-meeting-screen.h"
#include "accord-meeting-window.h"
#include "accord-review-page.h"
#include "accord-test-widgets.h"
#include "accord-trend-chart.h"
#include "accord-window.h"

/* tests/data/cli/workspace.accord: seven leads of September and October
 * 2024 in Europe/Berlin, with flags for the committee. */

static void
wait_for_leads (AccordSession *session)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (accord_session_is_empty (session) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (accord_session_is_empty (session));
  accord_test_iterate ();
}

/* GTK's and libadwaita's composite controls: named as a whole, they name
 * their insides themselves (a drop-down's button, an entry's text, the
 * window's own buttons, a toast's). */
static gboolean
is_composite (GtkWidget *widget)
{
  /* libadwaita's toast is private: its close button has no tooltip. */
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "AdwToastWidget"))
    return TRUE;

  return GTK_IS_DROP_DOWN (widget) || GTK_IS_SPIN_BUTTON (widget) || GTK_IS_ENTRY (widget) ||
         GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_PASSWORD_ENTRY (widget) || GTK_IS_MENU_BUTTON (widget) ||
         GTK_IS_SCROLLBAR (widget) || GTK_IS_WINDOW_CONTROLS (widget) || ADW_IS_VIEW_SWITCHER (widget) ||
         ADW_IS_VIEW_SWITCHER_BAR (widget) || ADW_IS_VIEW_SWITCHER_TITLE (widget) || ADW_IS_COMBO_ROW (widget);
}

/* The list views' own rows, headers and lists: a list view is named as a
 * whole, and what its cells hold is checked. */
static gboolean
is_list_part (GtkWidget *widget)
{
  static const char * const parts[] = {
    "GtkColumnListView",
    "GtkColumnViewCell",
    "GtkColumnViewTitle",
    "GtkListItemWidget",
  };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_str_equal (G_OBJECT_TYPE_NAME (widget), parts[i]))
      return TRUE;

  return FALSE;
}

/* What a user acts on, or moves the focus to. */
static gboolean
is_control (GtkWidget *widget)
{
  /* Labels and texts read their own text; scrolled windows and
   * viewports are only frames. */
  if (GTK_IS_LABEL (widget) || GTK_IS_TEXT (widget) || GTK_IS_SCROLLED_WINDOW (widget) ||
      GTK_IS_VIEWPORT (widget) || is_list_part (widget))
    return FALSE;

  return GTK_IS_ACTIONABLE (widget) || GTK_IS_EDITABLE (widget) || GTK_IS_DROP_DOWN (widget) ||
         GTK_IS_MENU_BUTTON (widget) || GTK_IS_SCALE (widget) || GTK_IS_COLUMN_VIEW (widget) ||
         GTK_IS_LIST_VIEW (widget) || GTK_IS_GRID_VIEW (widget) || GTK_IS_LIST_BOX (widget) ||
         GTK_IS_FLOW_BOX (widget) || gtk_widget_get_focusable (widget);
}

static gboolean
is_icon_only (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return gtk_button_get_icon_name (GTK_BUTTON (widget)) != NULL && gtk_button_get_label (GTK_BUTTON (widget)) == NULL;
  if (GTK_IS_MENU_BUTTON (widget))
    return gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)) != NULL &&
           gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) == NULL;
  return FALSE;
}

/* What shows figures: the charts and the goals grid's cells. */
static gboolean
is_figure (GtkWidget *widget)
{
  return ACCORD_IS_BULLET_CHART (widget) || ACCORD_IS_COMMITTEE_CHART (widget) || ACCORD_IS_GOAL_CELL (widget) ||
         ACCORD_IS_FUNNEL_CHART (widget) || ACCORD_IS_TREND_CHART (widget) ||
         ACCORD_IS_MEETING_SCREEN (widget);
}

static gboolean
has_name (GtkWidget *widget)
{
  return gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
         gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

static char *
describe (GtkWidget *widget)
{
  const char *label = GTK_IS_BUTTON (widget) ? gtk_button_get_label (GTK_BUTTON (widget)) : NULL;
  const char *icon = GTK_IS_BUTTON (widget) ? gtk_button_get_icon_name (GTK_BUTTON (widget)) : NULL;
  GtkWidget *parent = gtk_widget_get_parent (widget);

  return g_strdup_printf ("%s in %s (name “%s”, label “%s”, icon “%s”, tooltip “%s”)", G_OBJECT_TYPE_NAME (widget),
                          parent != NULL ? G_OBJECT_TYPE_NAME (parent) : "nothing", gtk_widget_get_name (widget),
                          label != NULL ? label : "", icon != NULL ? icon : "", gtk_widget_get_tooltip_text (widget));
}

/* Walks what is on screen below @widget and collects in @missing each
 * control with no name, and each chart or grid cell with no name or whose
 * description states no number; counts the charts and cells. */
static void
check_widget (GtkWidget *widget,
              GPtrArray *missing,
              guint     *n_figures)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (is_figure (widget))
    {
      /* Compared with nothing, check_property () returns the value. */
      g_autofree char *description = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                                         GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "");

      (*n_figures)++;
      if (!has_name (widget))
        g_ptr_array_add (missing, describe (widget));
      /* A month not begun, without a goal, has no number to state. */
      if (description == NULL ||
          (!ACCORD_IS_GOAL_CELL (widget) && strpbrk (description, "0123456789") == NULL))
        g_ptr_array_add (missing, g_strdup_printf ("%s: no number in its description “%s”",
                                                   G_OBJECT_TYPE_NAME (widget), description));
    }
  else if (is_control (widget) && !has_name (widget))
    {
      g_ptr_array_add (missing, describe (widget));
    }

  /* An icon says what it does in a tooltip too, for the eye. */
  if (is_icon_only (widget) && gtk_widget_get_tooltip_text (widget) == NULL)
    {
      g_autofree char *what = describe (widget);

      g_ptr_array_add (missing, g_strconcat ("no tooltip: ", what, NULL));
    }

  if (is_composite (widget))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_widget (child, missing, n_figures);
}

static void
assert_all_named (GtkWidget *root,
                  guint      min_figures)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  guint n_figures = 0;

  check_widget (root, missing, &n_figures);
  for (guint i = 0; i < missing->len; i++)
    g_test_message ("not accessible: %s", (char *) missing->pdata[i]);
  g_assert_cmpuint (missing->len, ==, 0);
  g_test_message ("%u charts and cells", n_figures);
  g_assert_cmpuint (n_figures, >=, min_figures);
}

static void
test_window (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "cli", "workspace.accord", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  /* The test's own reference, for g_assert_finalize_object. */
  AccordWindow *window = g_object_ref (accord_window_new (NULL));
  /* Each page, and the charts or cells it shows at the least: the goals
   * grid has five columns of figures. */
  static const struct {
    const char *name;
    guint       min_figures;
  } pages[] = {
    { "goals", 5 },
    { "funnel", 1 },
    { "team", 1 },
    { "review", 0 },
    { "kpis", 0 },
  };
  GObject *funnel_page;
  GObject *review_page;
  GtkWidget *summary;

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 600);
  gtk_window_present (GTK_WINDOW (window));
  accord_test_wait_for_map (GTK_WIDGET (window));
  /* The empty state. */
  assert_all_named (GTK_WIDGET (window), 0);

  accord_window_open_workspace (window, file);
  wait_for_leads (accord_window_get_session (window));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_test_message ("page %s", pages[i].name);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", pages[i].name));
      accord_test_iterate ();
      assert_all_named (GTK_WIDGET (window), pages[i].min_figures);
    }

  /* The funnel of each owner, each a card to move the focus to. */
  funnel_page = gtk_widget_get_template_child (GTK_WIDGET (window), ACCORD_TYPE_WINDOW, "funnel_page");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "funnel"));
  g_object_set (funnel_page, "breakdown", ACCORD_FUNNEL_BREAKDOWN_OWNER, NULL);
  accord_test_iterate ();
  assert_all_named (GTK_WIDGET (window), 2);

  /* The committee's summary, shown below the queue's toolbar. */
  review_page = gtk_widget_get_template_child (GTK_WIDGET (window), ACCORD_TYPE_WINDOW, "review_page");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "review"));
  summary = gtk_widget_get_parent (accord_test_find_label (GTK_WIDGET (review_page), "_Summary"));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (summary), TRUE);
  accord_test_wait_for_map (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (review_page),
                                                                       ACCORD_TYPE_REVIEW_PAGE,
                                                                       "committee_chart")));
  assert_all_named (GTK_WIDGET (window), 1);

  gtk_window_destroy (GTK_WINDOW (window));
  accord_test_iterate ();
  g_assert_finalize_object (window);
}

/* A dialog opens with the focus on one of its controls (@focus_name's,
 * where given), so that the keyboard starts there; its controls are
 * named. */
static void
assert_dialog (GtkWindow  *dialog,
               guint       min_figures,
               const char *focus_name)
{
  GtkWidget *focus;

  g_assert_nonnull (dialog);
  accord_test_wait_for_map (GTK_WIDGET (dialog));
  assert_all_named (GTK_WIDGET (dialog), min_figures);

  focus = gtk_window_get_focus (dialog);
  g_assert_nonnull (focus);
  g_test_message ("focus on %s", G_OBJECT_TYPE_NAME (focus));
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (dialog)));
  if (focus_name != NULL)
    g_assert_true (focus == accord_test_find_named (GTK_WIDGET (dialog), focus_name) ||
                   gtk_widget_is_ancestor (focus, accord_test_find_named (GTK_WIDGET (dialog), focus_name)));
}

static gboolean
is_escape (GtkShortcutTrigger *trigger)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return is_escape (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger))) ||
           is_escape (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)));

  return GTK_IS_KEYVAL_TRIGGER (trigger) &&
         gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_Escape &&
         gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0;
}

/* Presses Escape in @window as its own shortcuts answer it (a GTK 4 test
 * cannot send key events), and checks that the window closes. */
static void
press_escape (GtkWindow *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  gboolean pressed = FALSE;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !pressed; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !pressed; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (is_escape (gtk_shortcut_get_trigger (shortcut)))
            pressed = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, GTK_WIDGET (window),
                                                    gtk_shortcut_get_arguments (shortcut));
        }
    }
  g_assert_true (pressed);

  accord_test_iterate ();
  /* Closed, and gone: nothing else holds it. */
  g_assert_null (window);
}

static void
test_dialogs (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "cli", "workspace.accord", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  /* The test's own reference, for g_assert_finalize_object. */
  AccordWindow *window = g_object_ref (accord_window_new (NULL));
  GObject *review_page = gtk_widget_get_template_child (GTK_WIDGET (window), ACCORD_TYPE_WINDOW, "review_page");
  GtkWindow *dialog;

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 600);
  gtk_window_present (GTK_WINDOW (window));
  accord_window_open_workspace (window, file);
  wait_for_leads (accord_window_get_session (window));

  g_test_message ("SLA calculator");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.calculator", NULL));
  dialog = accord_test_find_toplevel (ACCORD_TYPE_CALCULATOR_DIALOG);
  assert_dialog (dialog, 1, "revenue");
  press_escape (dialog);

  g_test_message ("protocols");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "review"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (review_page), "review.edit-protocols", NULL));
  dialog = accord_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  assert_dialog (dialog, 0, NULL);
  press_escape (dialog);

  g_test_message ("meeting mode");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.meeting", NULL));
  dialog = accord_test_find_toplevel (ACCORD_TYPE_MEETING_WINDOW);
  assert_dialog (dialog, 1, NULL);
  press_escape (dialog);

  gtk_window_destroy (GTK_WINDOW (window));
  accord_test_iterate ();
  g_assert_finalize_object (window);
}

/* A header Accord does not know: every field to map by hand. */
static void
test_mapping_dialog (void)
{
  static const char * const header[] = { "Lead", "Created", "Owner", "Notes", NULL };
  g_autoptr(AccordMapping) proposed = accord_mapping_new ();
  GtkWindow *parent = g_object_ref (GTK_WINDOW (gtk_window_new ()));
  AccordMappingDialog *dialog;

  gtk_window_present (parent);
  dialog = accord_mapping_dialog_new ("leads.csv", header, NULL, ACCORD_PRESET_NONE, 0.0, proposed);
  accord_mapping_dialog_choose (dialog, parent, NULL, NULL, NULL);
  assert_dialog (GTK_WINDOW (dialog), 0, NULL);
  press_escape (GTK_WINDOW (dialog));

  gtk_window_destroy (parent);
  accord_test_iterate ();
  g_assert_finalize_object (parent);
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's test backend keeps the accessible properties without a bus
   * (the suite's GTK_A11Y=none keeps none). */
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!accord_test_init_display ())
    return 0;

  g_test_add_func ("/gui/accessibility/window", test_window);
  g_test_add_func ("/gui/accessibility/dialogs", test_dialogs);
  g_test_add_func ("/gui/accessibility/mapping-dialog", test_mapping_dialog);

  return g_test_run ();
}
