/* test-mapping-dialog.c: the column-mapping dialog of issue 3
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "accord-mapping-dialog.h"

#include "accord-test-widgets.h"

/* A header no preset knows, and its first data rows as the file has them. */
static const char * const made_up_header[] = { "Lead", "Created On", "Rep", "Notes", NULL };

static const char * const made_up_rows[][5] = {
  { "L-1", "2024-01-03", "Ana", "called twice", NULL },
  { "L-2", "2024-01-05", "Ben", "", NULL },
  { "L-3", "2024-01-09", "Ana", "asked <b>pricing</b> & terms", NULL },
  { "L-4", "2024-01-10", "Cy", "x", NULL },
};

typedef struct
{
  gboolean       done;
  AccordMapping *mapping;
  GError        *error;
} ChooseResult;

static GPtrArray *
make_preview (void)
{
  GPtrArray *preview = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < G_N_ELEMENTS (made_up_rows); i++)
    g_ptr_array_add (preview, g_strdupv ((char **) made_up_rows[i]));

  return preview;
}

static void
choose_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ChooseResult *choice = user_data;

  choice->mapping = accord_mapping_dialog_choose_finish (ACCORD_MAPPING_DIALOG (object),
                                                         result, &choice->error);
  choice->done = TRUE;
}

/* Mapped and laid out, as the user first sees it. */
static void
wait_until_shown (GtkWidget *widget)
{
  while (!gtk_widget_get_mapped (widget) || gtk_widget_get_height (widget) == 0)
    g_main_context_iteration (NULL, TRUE);
}

static void
wait_until_done (ChooseResult *choice)
{
  while (!choice->done)
    g_main_context_iteration (NULL, TRUE);
}

/* A few seconds at most: a frame-driven animation may come first. */
static gboolean
wait_for_popup (AdwComboRow *row)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!gtk_widget_has_css_class (GTK_WIDGET (row), "has-open-popup") &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  return gtk_widget_has_css_class (GTK_WIDGET (row), "has-open-popup");
}

/* Lets GTK drop what it still holds of a destroyed window. */
static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The dialog names each row after its field. */
static AdwComboRow *
get_row (AccordMappingDialog *dialog,
         AccordField          field)
{
  GtkWidget *row = accord_test_find_named (GTK_WIDGET (dialog), accord_field_get_name (field));

  g_assert_nonnull (row);
  g_assert_true (ADW_IS_COMBO_ROW (row));
  return ADW_COMBO_ROW (row);
}

static const char *
get_selected_string (AdwComboRow *row)
{
  return gtk_string_object_get_string (adw_combo_row_get_selected_item (row));
}

static const char *
get_subtitle (AdwComboRow *row)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static GtkWidget *
get_child (AccordMappingDialog *dialog,
           const char          *id)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                  ACCORD_TYPE_MAPPING_DIALOG, id);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

static GtkWindow *
make_parent (void)
{
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());

  /* Each test opens and closes windows quickly. */
  accord_test_allow_stale_tooltip ();
  /* The smallest screen the app supports. */
  gtk_window_set_default_size (parent, 1024, 600);
  g_object_ref (parent);
  gtk_window_present (parent);
  wait_until_shown (GTK_WIDGET (parent));
  return parent;
}

static void
destroy_parent (GtkWindow *parent)
{
  gtk_window_destroy (parent);
  settle ();
  g_assert_finalize_object (parent);
}

/* A mapping of "Lead" only, as a saved mapping or a weak preset gives. */
static AccordMappingDialog *
make_made_up_dialog (void)
{
  g_autoptr(AccordMapping) proposed = accord_mapping_new ();
  g_autoptr(GPtrArray) preview = make_preview ();
  AccordMappingDialog *dialog;

  accord_mapping_set_column (proposed, ACCORD_FIELD_RECORD_ID, "Lead");
  dialog = accord_mapping_dialog_new ("leads.csv", made_up_header, preview,
                                      ACCORD_PRESET_NONE, 0.0, proposed);

  /* The test's own reference, for g_assert_finalize_object. */
  return g_object_ref (dialog);
}

static void
test_import (void)
{
  GtkWindow *parent = make_parent ();
  AccordMappingDialog *dialog = make_made_up_dialog ();
  ChooseResult choice = { FALSE, NULL, NULL };
  AdwComboRow *record_id, *created, *owner, *notes;
  GtkWidget *import_button, *scrolled, *focus;
  GtkAdjustment *adjustment;

  accord_mapping_dialog_choose (dialog, parent, NULL, choose_done_cb, &choice);
  wait_until_shown (GTK_WIDGET (dialog));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == parent);

  /* One row for each of DESIGN §2's fields. */
  for (guint f = 0; f < ACCORD_N_FIELDS; f++)
    get_row (dialog, f);

  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (get_child (dialog, "detection_label"))), ==,
                   "No CRM recognised");

  /* The proposal maps "Lead", the first column: position 1 after
   * "(Not in this file)". Its first three values are L-1, L-2, L-3. */
  record_id = get_row (dialog, ACCORD_FIELD_RECORD_ID);
  g_assert_cmpuint (adw_combo_row_get_selected (record_id), ==, 1);
  g_assert_cmpstr (get_selected_string (record_id), ==, "Lead");
  g_assert_nonnull (strstr (get_subtitle (record_id), "“L-1”, “L-2”, “L-3”"));

  /* Every drop-down offers "(Not in this file)" and the four columns. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (record_id)), ==, 5);

  /* No create date yet: the importer would refuse the file. */
  created = get_row (dialog, ACCORD_FIELD_CREATED);
  import_button = get_child (dialog, "import_button");
  g_assert_cmpuint (adw_combo_row_get_selected (created), ==, 0);
  g_assert_cmpstr (get_selected_string (created), ==, "(Not in this file)");
  g_assert_null (strstr (get_subtitle (created), "2024"));
  g_assert_false (gtk_widget_get_sensitive (import_button));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (get_child (dialog, "hint_label"))),
                            "create date"));

  /* Enter on the first focus shows the missing row: far down the page,
   * so the page scrolls to it. */
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (dialog)), <=, 600);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (dialog)) ==
                 get_child (dialog, "missing_button"));
  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (created), GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scrolled);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "mapping.show-missing", NULL));
  focus = gtk_window_get_focus (GTK_WINDOW (dialog));
  g_assert_true (focus == GTK_WIDGET (created));
  /* The page scrolls (animated), then the row's drop-down opens. */
  g_assert_true (wait_for_popup (created));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0.0);

  /* "Created On" is position 2; its first three values are shown, the
   * fourth (2024-01-10) is not. */
  adw_combo_row_set_selected (created, 2);
  g_assert_cmpstr (get_selected_string (created), ==, "Created On");
  g_assert_nonnull (strstr (get_subtitle (created), "“2024-01-03”, “2024-01-05”, “2024-01-09”"));
  g_assert_null (strstr (get_subtitle (created), "2024-01-10"));
  g_assert_true (gtk_widget_get_sensitive (import_button));
  g_assert_false (gtk_widget_get_visible (get_child (dialog, "missing_button")));

  /* Notes: the empty value of L-2 is skipped, markup shows as typed. */
  notes = get_row (dialog, ACCORD_FIELD_STATUS);
  adw_combo_row_set_selected (notes, 4);
  g_assert_nonnull (strstr (get_subtitle (notes),
                            "“called twice”, “asked <b>pricing</b> & terms”, “x”"));
  adw_combo_row_set_selected (notes, 0);

  /* Taking the identity away blocks the import again. */
  adw_combo_row_set_selected (record_id, 0);
  g_assert_false (gtk_widget_get_sensitive (import_button));
  adw_combo_row_set_selected (record_id, 1);
  g_assert_true (gtk_widget_get_sensitive (import_button));

  owner = get_row (dialog, ACCORD_FIELD_OWNER);
  adw_combo_row_set_selected (owner, 3);

  g_assert_false (choice.done);
  gtk_widget_activate (import_button);
  wait_until_done (&choice);

  g_assert_no_error (choice.error);
  g_assert_nonnull (choice.mapping);
  for (guint f = 0; f < ACCORD_N_FIELDS; f++)
    {
      const char *column = accord_mapping_get_column (choice.mapping, f);

      switch (f)
        {
        case ACCORD_FIELD_RECORD_ID:
          g_assert_cmpstr (column, ==, "Lead");
          break;
        case ACCORD_FIELD_CREATED:
          g_assert_cmpstr (column, ==, "Created On");
          break;
        case ACCORD_FIELD_OWNER:
          g_assert_cmpstr (column, ==, "Rep");
          break;
        default:
          g_assert_null (column);
        }
    }

  /* The dialog destroyed itself. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  settle ();
  g_assert_finalize_object (dialog);
  g_assert_finalize_object (choice.mapping);
  destroy_parent (parent);
}

static void
check_cancelled (AccordMappingDialog *dialog,
                 ChooseResult        *choice)
{
  wait_until_done (choice);
  g_assert_error (choice->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (choice->mapping);
  g_clear_error (&choice->error);

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  settle ();
  g_assert_finalize_object (dialog);
}

static void
test_close (void)
{
  GtkWindow *parent = make_parent ();
  AccordMappingDialog *dialog = make_made_up_dialog ();
  ChooseResult choice = { FALSE, NULL, NULL };

  accord_mapping_dialog_choose (dialog, parent, NULL, choose_done_cb, &choice);
  wait_until_shown (GTK_WIDGET (dialog));

  /* A complete mapping, closed anyway: nothing is imported. */
  adw_combo_row_set_selected (get_row (dialog, ACCORD_FIELD_CREATED), 2);
  gtk_window_close (GTK_WINDOW (dialog));
  check_cancelled (dialog, &choice);
  destroy_parent (parent);
}

static void
test_escape (void)
{
  GtkWindow *parent = make_parent ();
  AccordMappingDialog *dialog = make_made_up_dialog ();
  ChooseResult choice = { FALSE, NULL, NULL };

  accord_mapping_dialog_choose (dialog, parent, NULL, choose_done_cb, &choice);
  wait_until_shown (GTK_WIDGET (dialog));

  /* Escape and the Cancel button both activate mapping.cancel. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "mapping.cancel", NULL));
  check_cancelled (dialog, &choice);
  destroy_parent (parent);
}

static void
test_cancellable (void)
{
  GtkWindow *parent = make_parent ();
  AccordMappingDialog *dialog = make_made_up_dialog ();
  ChooseResult choice = { FALSE, NULL, NULL };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  accord_mapping_dialog_choose (dialog, parent, cancellable, choose_done_cb, &choice);
  wait_until_shown (GTK_WIDGET (dialog));

  g_cancellable_cancel (cancellable);
  check_cancelled (dialog, &choice);
  destroy_parent (parent);
}

static void
test_parent_destroyed (void)
{
  GtkWindow *parent = make_parent ();
  AccordMappingDialog *dialog = make_made_up_dialog ();
  ChooseResult choice = { FALSE, NULL, NULL };

  accord_mapping_dialog_choose (dialog, parent, NULL, choose_done_cb, &choice);
  wait_until_shown (GTK_WIDGET (dialog));

  /* The window going away takes the dialog with it, as a cancel. */
  destroy_parent (parent);
  check_cancelled (dialog, &choice);
}

static void
test_preset (void)
{
  const char * const header[] = { "Record ID", "Create Date", "Contact owner", "Notes", NULL };
  g_autoptr(AccordMapping) proposed = accord_mapping_new_for_preset (ACCORD_PRESET_HUBSPOT,
                                                                     header);
  GtkWindow *parent = make_parent ();
  AccordMappingDialog *dialog;
  ChooseResult choice = { FALSE, NULL, NULL };
  GtkWidget *import_button;

  dialog = accord_mapping_dialog_new ("contacts.csv", header, NULL,
                                      ACCORD_PRESET_HUBSPOT, 0.62, proposed);
  g_object_ref (dialog);
  accord_mapping_dialog_choose (dialog, parent, NULL, choose_done_cb, &choice);
  wait_until_shown (GTK_WIDGET (dialog));

  /* 0.62 is 62 %. */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (get_child (dialog, "detection_label"))), ==,
                   "Looks like a HubSpot export (62% sure)");

  /* HubSpot's names sit at positions 1, 2, 3; nothing to preview. */
  g_assert_cmpuint (adw_combo_row_get_selected (get_row (dialog, ACCORD_FIELD_RECORD_ID)), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (get_row (dialog, ACCORD_FIELD_CREATED)), ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (get_row (dialog, ACCORD_FIELD_OWNER)), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (get_row (dialog, ACCORD_FIELD_EMAIL)), ==, 0);
  g_assert_nonnull (strstr (get_subtitle (get_row (dialog, ACCORD_FIELD_CREATED)),
                            "No rows to preview"));

  /* Complete from the start: Enter on the focused Import button imports. */
  import_button = get_child (dialog, "import_button");
  g_assert_true (gtk_widget_get_sensitive (import_button));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (dialog)) == import_button);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "mapping.import", NULL));
  wait_until_done (&choice);
  g_assert_no_error (choice.error);
  g_assert_cmpstr (accord_mapping_get_column (choice.mapping, ACCORD_FIELD_RECORD_ID), ==,
                   "Record ID");
  g_assert_cmpstr (accord_mapping_get_column (choice.mapping, ACCORD_FIELD_CREATED), ==,
                   "Create Date");
  g_assert_cmpstr (accord_mapping_get_column (choice.mapping, ACCORD_FIELD_OWNER), ==,
                   "Contact owner");
  g_assert_null (accord_mapping_get_column (choice.mapping, ACCORD_FIELD_EMAIL));

  settle ();
  g_assert_finalize_object (dialog);
  g_assert_finalize_object (choice.mapping);
  destroy_parent (parent);
}

static void
test_odd_header (void)
{
  /* A repeated name, an empty one, a byte order mark, and a ragged row. */
  const char * const header[] = { "\xef\xbb\xbf" "Email", "Email", "", "Created", NULL };
  const char * const short_row[] = { "a@example.com", NULL };
  g_autoptr(AccordMapping) proposed = accord_mapping_new ();
  g_autoptr(GPtrArray) preview = g_ptr_array_new ();
  AccordMappingDialog *dialog;
  AdwComboRow *email, *created;

  /* A saved mapping naming a column this file lacks. */
  accord_mapping_set_column (proposed, ACCORD_FIELD_CREATED, "Create Date");
  accord_mapping_set_column (proposed, ACCORD_FIELD_EMAIL, "Email");
  g_ptr_array_add (preview, (gpointer) short_row);

  dialog = accord_mapping_dialog_new ("odd.csv", header, preview, ACCORD_PRESET_ZOHO, 0.2,
                                      proposed);
  g_object_ref (dialog);

  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (get_child (dialog, "detection_label"))), ==,
                   "Might be a Zoho CRM export (20% sure)");

  /* "(Not in this file)", "Email" once, "Created": 3 choices. */
  email = get_row (dialog, ACCORD_FIELD_EMAIL);
  created = get_row (dialog, ACCORD_FIELD_CREATED);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (email)), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (email), ==, 1);
  g_assert_cmpstr (get_selected_string (email), ==, "Email");
  g_assert_nonnull (strstr (get_subtitle (email), "“a@example.com”"));
  g_assert_cmpuint (adw_combo_row_get_selected (created), ==, 0);

  /* The one row has no fourth field: its Created is empty. */
  adw_combo_row_set_selected (created, 2);
  g_assert_nonnull (strstr (get_subtitle (created), "Empty in the first row"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  settle ();
  g_assert_finalize_object (dialog);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!accord_test_init_display ())
    return 0;

  g_test_add_func ("/gui/mapping-dialog/import", test_import);
  g_test_add_func ("/gui/mapping-dialog/close", test_close);
  g_test_add_func ("/gui/mapping-dialog/escape", test_escape);
  g_test_add_func ("/gui/mapping-dialog/cancellable", test_cancellable);
  g_test_add_func ("/gui/mapping-dialog/parent-destroyed", test_parent_destroyed);
  g_test_add_func ("/gui/mapping-dialog/preset", test_preset);
  g_test_add_func ("/gui/mapping-dialog/odd-header", test_odd_header);

  return g_test_run ();
}
