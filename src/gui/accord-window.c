/* accord-window.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-agreement-editor.h"
#include "accord-calculator-dialog.h"
#include "accord-meeting-window.h"
#include "accord-print.h"
#include "accord-agreement-document.h"
#include "accord-funnel-page.h"
#include "accord-goals-page.h"
#include "accord-importer.h"
#include "accord-kpis-page.h"
#include "accord-mapping-dialog.h"
#include "accord-review-page.h"
#include "accord-safe-file.h"
#include "accord-team-page.h"
#include "accord-window.h"
#include "accord-zone.h"

/* A header detected with less confidence than this is shown to the user
 * before the file is imported. */
#define SURE_ENOUGH 0.6
/* Rows read to show a file's columns in the mapping dialog. */
#define PEEK_ROWS 5
/* Skipped rows listed in the details of an import. */
#define MAX_SKIPPED_SHOWN 500

/* One file of an import, then the next. */
typedef struct
{
  AccordWindow   *self;        /* NULL once the window is gone */
  GPtrArray      *files;       /* GFile */
  GArray         *presets;     /* AccordPreset per file: a workspace's */
  GPtrArray      *mappings;    /* AccordMapping or NULL per file: a workspace's */
  guint           index;
  GCancellable   *cancellable;
  AccordImporter *importer;
  AccordMapping  *mapping;     /* the user's, for the current file */
  guint           n_leads;
  guint           n_skipped;
  gboolean        new_exports; /* the workspace gained an export */
  GString        *skipped;     /* the lines and reasons, for Details */
} ImportJob;

struct _AccordWindow
{
  AdwApplicationWindow  parent_instance;

  AccordSession        *session;
  AccordDecisionLog    *decisions;
  AccordAgreement      *agreement;
  GSettings            *settings;
  GFile                *workspace_file;
  ImportJob            *job;
  GtkWindow            *editor;        /* the agreement editor while open */
  char                 *skipped_details;
  gboolean              updating_periods;

  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkWidget            *period_box;
  GtkWidget            *context_box;
  GtkLabel             *agreement_label;
  GtkLabel             *as_of_label;
  GtkDropDown          *period_dropdown;
  GtkStringList        *period_list;
  GtkRevealer          *review_revealer;
  GtkLabel             *review_label;
  GtkRevealer          *import_revealer;
  GtkLabel             *import_label;
  GtkProgressBar       *import_progress;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  AccordGoalsPage      *goals_page;
  AccordFunnelPage     *funnel_page;
  AccordTeamPage       *team_page;
  AccordReviewPage     *review_page;
  AccordKpisPage       *kpis_page;
};

G_DEFINE_FINAL_TYPE (AccordWindow, accord_window, ADW_TYPE_APPLICATION_WINDOW)

static void import_next_file (ImportJob *job);

static void
import_job_free (ImportJob *job)
{
  g_clear_pointer (&job->files, g_ptr_array_unref);
  g_clear_pointer (&job->presets, g_array_unref);
  g_clear_pointer (&job->mappings, g_ptr_array_unref);
  g_clear_object (&job->cancellable);
  g_clear_object (&job->importer);
  g_clear_object (&job->mapping);
  if (job->skipped != NULL)
    g_string_free (job->skipped, TRUE);
  g_free (job);
}

static void
show_toast (AccordWindow *self,
            AdwToast     *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_error (AccordWindow *self,
            const char   *heading,
            const char   *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Header bar --------------------------------------------------------- */

static void
update_periods (AccordWindow *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  int first, last, month = accord_session_get_month (self->session);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->period_list));

  self->updating_periods = TRUE;

  if (accord_session_get_month_range (self->session, &first, &last))
    for (int m = first; m <= last; m++)
      g_ptr_array_add (names, accord_month_key_format_name (m));
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->period_list, 0, n_old, (const char * const *) names->pdata);

  if (month >= 0)
    gtk_drop_down_set_selected (self->period_dropdown, month - first);

  self->updating_periods = FALSE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-period", month >= 0 && month > first);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-period", month >= 0 && month < last);
}

/* The agreement in use and the moment of the latest data. */
static void
update_title (AccordWindow *self)
{
  AccordAgreement *agreement = accord_session_get_agreement (self->session);
  gint64 now = accord_session_get_now (self->session);
  g_autofree char *as_of = NULL;

  if (now != ACCORD_TIME_NONE)
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, accord_session_get_time_zone (self->session));
      /* Translators: the moment of the latest data, as strftime() writes it. */
      g_autofree char *date = g_date_time_format (local, _("%-d %b %Y, %H:%M"));

      /* Translators: %s is a date: the data is as of that moment. */
      as_of = g_strdup_printf (_("As of %s"), date);
    }

  gtk_label_set_label (self->agreement_label, accord_agreement_get_name (agreement));
  gtk_label_set_label (self->as_of_label, as_of != NULL ? as_of : "");
  gtk_widget_set_tooltip_text (self->context_box, accord_agreement_get_name (agreement));
}

/* The banner compares the review date with today's date on the wall
 * clock, in the workspace's zone. The session's "now" is the latest
 * moment in the data (DESIGN §6), which is right for the figures but not
 * for an appointment: an export a few weeks old must not make a review
 * already missed look as if it were still to come. */
static void
update_review_banner (AccordWindow *self)
{
  AccordAgreement *agreement = accord_session_get_agreement (self->session);
  GTimeZone *time_zone = accord_session_get_time_zone (self->session);
  g_autoptr(GDateTime) now = g_date_time_new_now (time_zone);
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  AccordReviewStatus status;
  guint days;

  status = accord_agreement_get_review_status (agreement, time_zone, g_date_time_to_unix (now), &days);
  if (status != ACCORD_REVIEW_STATUS_NONE)
    date = accord_agreement_format_next_review (agreement);

  switch (status)
    {
    case ACCORD_REVIEW_STATUS_OVERDUE:
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: %s is a date, %u the days since. */
                                           "The agreement’s review was due on %s, %u day ago",
                                           "The agreement’s review was due on %s, %u days ago",
                                           days), date, days);
      break;

    case ACCORD_REVIEW_STATUS_DUE_TODAY:
      text = g_strdup (_("The agreement is due for review today"));
      break;

    case ACCORD_REVIEW_STATUS_DUE_SOON:
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: %u is the days left, %s the date. */
                                           "The agreement is due for review in %u day (%s)",
                                           "The agreement is due for review in %u days (%s)",
                                           days), days, date);
      break;

    case ACCORD_REVIEW_STATUS_NONE:
      break;
    }

  /* The label keeps its text while the banner closes. */
  if (text != NULL)
    gtk_label_set_label (self->review_label, text);
  gtk_revealer_set_reveal_child (self->review_revealer, text != NULL);
}

/* The pages' switcher goes to the bottom when the header is too narrow
 * for it, and shows only when there are pages to switch. */
static void
update_switcher_bar (AccordWindow *self)
{
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    adw_view_switcher_title_get_title_visible (self->switcher_title) &&
                                    !accord_session_is_empty (self->session));
}

/* DESIGN §3: decisions are never lost. Each is saved at once, atomically;
 * a workspace never saved goes to the user's data folder. */
static void
decisions_changed_cb (AccordWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->workspace_file == NULL)
    {
      g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "accord", NULL);
      g_autofree char *path = g_build_filename (folder, "Workspace.accord", NULL);
      g_autofree char *message = NULL;

      g_mkdir_with_parents (folder, 0700);
      self->workspace_file = g_file_new_for_path (path);
      g_settings_set_string (self->settings, "last-workspace", path);
      /* Translators: %s is where the workspace is saved. */
      message = g_strdup_printf (_("Decisions are saved in %s"), path);
      show_toast (self, adw_toast_new (message));
    }

  if (!accord_workspace_save_to_file (accord_session_get_workspace (self->session),
                                      self->workspace_file, &error))
    show_error (self, _("Could Not Save the Decision"), error->message);
}

/* A change to the agreement (the protocols, say) is kept in a saved
 * workspace at once too. */
static void
agreement_changed_cb (AccordWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->workspace_file != NULL &&
      !accord_workspace_save_to_file (accord_session_get_workspace (self->session),
                                      self->workspace_file, &error))
    show_error (self, _("Could Not Save the Workspace"), error->message);
}

static void
follow_workspace (AccordWindow *self)
{
  AccordWorkspace *workspace = accord_session_get_workspace (self->session);
  AccordDecisionLog *decisions = accord_workspace_get_decisions (workspace);
  AccordAgreement *agreement = accord_workspace_get_agreement (workspace);

  if (decisions != self->decisions)
    {
      if (self->decisions != NULL)
        g_signal_handlers_disconnect_by_data (self->decisions, self);
      g_set_object (&self->decisions, decisions);
      g_signal_connect_swapped (decisions, "changed", G_CALLBACK (decisions_changed_cb), self);
    }

  if (agreement != self->agreement)
    {
      if (self->agreement != NULL)
        g_signal_handlers_disconnect_by_data (self->agreement, self);
      g_set_object (&self->agreement, agreement);
      g_signal_connect_swapped (agreement, "changed", G_CALLBACK (agreement_changed_cb), self);
    }
}

static void
session_changed_cb (AccordWindow *self)
{
  gboolean empty = accord_session_is_empty (self->session);

  gtk_stack_set_visible_child_name (self->main_stack, empty ? "empty" : "dashboard");
  follow_workspace (self);
  gtk_widget_set_visible (self->period_box, !empty);
  gtk_widget_set_visible (self->context_box, !empty);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, !empty);
  update_switcher_bar (self);
  update_periods (self);
  update_title (self);
  update_review_banner (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.calculator", !empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.meeting", !empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pack", !empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-pack", !empty);
}

static void
session_month_cb (AccordWindow *self)
{
  update_periods (self);
}

static void
period_selected_cb (AccordWindow *self)
{
  int first, last;
  guint selected = gtk_drop_down_get_selected (self->period_dropdown);

  if (self->updating_periods || selected == GTK_INVALID_LIST_POSITION ||
      !accord_session_get_month_range (self->session, &first, &last))
    return;

  accord_session_set_month (self->session, first + (int) selected);
}

static void
change_period_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  int step = g_str_equal (action_name, "win.next-period") ? 1 : -1;

  accord_session_set_month (self->session, accord_session_get_month (self->session) + step);
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  if (!accord_session_is_empty (self->session))
    adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (parameter, NULL));
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

/* Import ------------------------------------------------------------- */

static void
set_importing (AccordWindow *self,
               gboolean      importing)
{
  gtk_revealer_set_reveal_child (self->import_revealer, importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-import", importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", !importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-workspace", !importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-sample", !importing);
}

static void
calculator_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (accord_calculator_dialog_new (GTK_WINDOW (self), self->session)));
}

/* One editor at a time: the menu brings back the open one. */
static void
edit_agreement_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  if (self->editor == NULL)
    {
      self->editor = GTK_WINDOW (accord_agreement_editor_new (GTK_WINDOW (self), self->session));
      g_object_add_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
    }

  gtk_window_present (self->editor);
}

static void
meeting_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (accord_meeting_window_new (GTK_WINDOW (self), self->session)));
}

static void
export_pack_response_cb (GtkNativeDialog *dialog,
                         int              response,
                         AccordWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(AccordMeetingPack) pack = NULL;
      g_autoptr(GError) error = NULL;

      pack = accord_session_new_meeting_pack (self->session, g_get_real_time () / G_USEC_PER_SEC);
      if (accord_meeting_pack_write_pdf (pack, path, accord_print_get_default_paper (), &error))
        show_toast (self, adw_toast_new (_("Meeting pack saved")));
      else
        show_error (self, _("Could Not Save the Meeting Pack"), error->message);
    }

  g_object_unref (dialog);
}

static void
export_pack_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  g_autofree char *month = accord_month_key_format (accord_session_get_month (self->session));
  /* Translators: the file the meeting pack is saved as; %s is the month, "2024-10" */
  g_autofree char *name = g_strdup_printf (_("Meeting Pack %s.pdf"), month);
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Export Meeting Pack"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_signal_connect (native, "response", G_CALLBACK (export_pack_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               AccordWindow            *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_error (self, _("Could Not Print"), error->message);
    }
}

/* Shows the print dialog; the printing goes on after it closes. */
static void
run_print (AccordWindow      *self,
           GtkPrintOperation *operation)
{
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could Not Print"), error->message);
}

static void
print_pack_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  g_autoptr(AccordMeetingPack) pack = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;

  pack = accord_session_new_meeting_pack (self->session, g_get_real_time () / G_USEC_PER_SEC);
  operation = accord_print_meeting_pack_new (pack);
  run_print (self, operation);
}

static void
export_agreement_response_cb (GtkNativeDialog *dialog,
                              int              response,
                              AccordWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (accord_agreement_document_write_pdf (accord_session_get_agreement (self->session), path,
                                               accord_print_get_default_paper (), &error))
        show_toast (self, adw_toast_new (_("Agreement saved for signing")));
      else
        show_error (self, _("Could Not Save the Agreement"), error->message);
    }

  g_object_unref (dialog);
}

static void
export_agreement_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Export Agreement for Signing"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: the file the agreement to sign is saved as */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), _("Agreement.pdf"));
  g_signal_connect (native, "response", G_CALLBACK (export_agreement_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
print_agreement_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;

  operation = accord_print_agreement_new (accord_session_get_agreement (self->session));
  run_print (self, operation);
}

static void
show_skipped_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  GtkWidget *dialog, *scrolled, *label;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Rows Not Imported"), NULL);
  label = gtk_label_new (self->skipped_details);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "monospace");
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The window was closed while the job waited: it ends here. */
static gboolean
job_is_orphan (ImportJob *job)
{
  if (job->self != NULL)
    return FALSE;

  import_job_free (job);
  return TRUE;
}

static void
finish_import (ImportJob *job)
{
  AccordWindow *self = job->self;
  g_autofree char *leads = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  set_importing (self, FALSE);
  self->job = NULL;

  /* A saved workspace keeps its new exports, and their mappings, at once. */
  if (job->new_exports && self->workspace_file != NULL &&
      !accord_workspace_save_to_file (accord_session_get_workspace (self->session),
                                      self->workspace_file, &error))
    show_error (self, _("Could Not Save the Workspace"), error->message);

  if (job->n_leads > 0 || job->n_skipped > 0)
    {
      leads = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u lead imported", "%'u leads imported",
                                            job->n_leads), job->n_leads);
      if (job->n_skipped > 0)
        /* Translators: the second half of "N leads imported, M rows skipped". */
        title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %'u row skipped", "%s, %'u rows skipped",
                                              job->n_skipped), leads, job->n_skipped);
      toast = adw_toast_new (title != NULL ? title : leads);
      if (job->n_skipped > 0)
        {
          g_free (self->skipped_details);
          self->skipped_details = g_string_free (g_steal_pointer (&job->skipped), FALSE);
          adw_toast_set_button_label (toast, _("_Details"));
          adw_toast_set_action_name (toast, "win.show-skipped");
        }
      adw_toast_set_timeout (toast, 8);
      show_toast (self, toast);
    }

  import_job_free (job);
}

static void
record_skipped (ImportJob      *job,
                AccordImporter *importer)
{
  GArray *skipped = accord_importer_get_skipped (importer);
  g_autofree char *name = g_file_get_basename (accord_importer_get_file (importer));

  job->n_skipped += skipped->len;
  for (guint i = 0; i < skipped->len; i++)
    {
      const AccordSkippedRow *row = &g_array_index (skipped, AccordSkippedRow, i);

      if (i == MAX_SKIPPED_SHOWN)
        {
          g_string_append_printf (job->skipped, _("%s: … and %'u more\n"), name, skipped->len - i);
          break;
        }
      g_string_append_printf (job->skipped, _("%s, line %u: %s\n"), name, row->line, row->reason);
    }
}

/* A user mapping kept in the workspace whose columns are all in @header:
 * next week's export imports without asking again. */
static AccordMapping *
find_remembered_mapping (AccordWindow       *self,
                         const char * const *header)
{
  AccordWorkspace *workspace = accord_session_get_workspace (self->session);

  for (guint i = accord_workspace_get_n_exports (workspace); i > 0; i--)
    {
      AccordMapping *mapping = accord_workspace_get_export_mapping (workspace, i - 1);
      int columns[ACCORD_N_FIELDS];
      gboolean complete = mapping != NULL;

      if (mapping == NULL)
        continue;

      accord_mapping_resolve (mapping, header, columns);
      for (guint f = 0; f < ACCORD_N_FIELDS && complete; f++)
        complete = accord_mapping_get_column (mapping, f) == NULL || columns[f] >= 0;
      if (complete)
        return mapping;
    }

  return NULL;
}

/* Returns whether the workspace gained the export. */
static gboolean
remember_export (AccordWindow   *self,
                 AccordImporter *importer,
                 AccordMapping  *mapping)
{
  AccordWorkspace *workspace = accord_session_get_workspace (self->session);
  GFile *file = accord_importer_get_file (importer);

  for (guint i = 0; i < accord_workspace_get_n_exports (workspace); i++)
    if (g_file_equal (accord_workspace_get_export_file (workspace, i), file))
      return FALSE;

  accord_workspace_add_export (workspace, file,
                               mapping != NULL ? ACCORD_PRESET_NONE : accord_importer_get_preset (importer),
                               mapping);
  return TRUE;
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ImportJob *job = user_data;
  AccordImporter *importer = ACCORD_IMPORTER (object);
  g_autoptr(GError) error = NULL;

  if (!accord_importer_run_finish (importer, result, &error) && job_is_orphan (job))
    return;
  if (job_is_orphan (job))
    return;

  if (error != NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          show_toast (job->self, adw_toast_new (_("Import cancelled")));
          finish_import (job);
          return;
        }

      show_error (job->self, _("Could Not Import"), error->message);
    }
  else
    {
      AccordLeadStore *store = accord_importer_get_store (importer);

      job->n_leads += accord_lead_store_get_n_leads (store);
      record_skipped (job, importer);
      accord_session_add_leads (job->self->session, store);
      if (remember_export (job->self, importer, job->mapping))
        job->new_exports = TRUE;
    }

  job->index++;
  import_next_file (job);
}

static void
import_file (ImportJob     *job,
             AccordPreset   preset,
             AccordMapping *mapping)
{
  GFile *file = g_ptr_array_index (job->files, job->index);
  AccordImporter *importer = accord_importer_new (file);

  g_set_object (&job->mapping, mapping);
  g_set_object (&job->importer, importer);
  g_object_unref (importer);

  accord_importer_set_time_zone (importer, accord_session_get_time_zone (job->self->session));
  accord_importer_set_preset (importer, preset);
  accord_importer_set_mapping (importer, mapping);
  g_object_bind_property (importer, "fraction", job->self->import_progress, "fraction",
                          G_BINDING_SYNC_CREATE);
  accord_importer_run_async (importer, job->cancellable, import_done_cb, job);
}

static void
mapping_chosen_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ImportJob *job = user_data;
  g_autoptr(AccordMapping) mapping = NULL;
  g_autoptr(GError) error = NULL;

  mapping = accord_mapping_dialog_choose_finish (ACCORD_MAPPING_DIALOG (object), result, &error);
  if (job_is_orphan (job))
    return;
  if (mapping == NULL)
    {
      /* Not this file; the others still come. */
      job->index++;
      import_next_file (job);
      return;
    }

  import_file (job, ACCORD_PRESET_NONE, mapping);
}

static void
peek_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ImportJob *job = user_data;
  AccordImporter *peek = ACCORD_IMPORTER (object);
  g_autoptr(GError) error = NULL;
  const char * const *header;
  AccordMapping *remembered;
  AccordMappingDialog *dialog;
  g_autofree char *name = NULL;
  gboolean ok = accord_importer_run_finish (peek, result, &error);

  if (job_is_orphan (job))
    return;

  if (!ok)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          finish_import (job);
          return;
        }

      show_error (job->self, _("Could Not Import"), error->message);
      job->index++;
      import_next_file (job);
      return;
    }

  header = accord_importer_get_header (peek);
  if (accord_importer_get_preset (peek) != ACCORD_PRESET_NONE &&
      accord_importer_get_confidence (peek) >= SURE_ENOUGH)
    {
      import_file (job, ACCORD_PRESET_NONE, NULL);
      return;
    }

  remembered = find_remembered_mapping (job->self, header);
  if (remembered != NULL)
    {
      import_file (job, ACCORD_PRESET_NONE, remembered);
      return;
    }

  name = g_file_get_basename (accord_importer_get_file (peek));
  dialog = accord_mapping_dialog_new (name, header, accord_importer_get_preview (peek),
                                      accord_importer_get_preset (peek),
                                      accord_importer_get_confidence (peek),
                                      accord_importer_get_mapping (peek));
  accord_mapping_dialog_choose (dialog, GTK_WINDOW (job->self), job->cancellable,
                                mapping_chosen_cb, job);
}

/* Each file is first looked at (its header and first rows), so that a
 * header not recognised with confidence can be mapped by the user before
 * the whole file is read. */
static void
import_next_file (ImportJob *job)
{
  g_autoptr(AccordImporter) peek = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  GFile *file;

  if (job->index >= job->files->len)
    {
      finish_import (job);
      return;
    }

  file = g_ptr_array_index (job->files, job->index);
  name = g_file_get_basename (file);
  if (job->files->len > 1)
    /* Translators: a file's name, then which of how many files it is. */
    label = g_strdup_printf (_("Importing %s (%u of %u)…"), name, job->index + 1, job->files->len);
  else
    label = g_strdup_printf (_("Importing %s…"), name);
  gtk_label_set_label (job->self->import_label, label);
  gtk_progress_bar_set_fraction (job->self->import_progress, 0);
  g_clear_object (&job->mapping);

  /* A workspace's export keeps the preset and mapping it was saved with. */
  if (g_array_index (job->presets, AccordPreset, job->index) != ACCORD_PRESET_NONE ||
      g_ptr_array_index (job->mappings, job->index) != NULL)
    {
      import_file (job, g_array_index (job->presets, AccordPreset, job->index),
                   g_ptr_array_index (job->mappings, job->index));
      return;
    }

  peek = accord_importer_new (file);
  accord_importer_set_time_zone (peek, accord_session_get_time_zone (job->self->session));
  accord_importer_set_row_limit (peek, PEEK_ROWS);
  accord_importer_set_preview_rows (peek, PEEK_ROWS);
  accord_importer_set_require_columns (peek, FALSE);
  accord_importer_run_async (peek, job->cancellable, peek_done_cb, job);
}

static void
unref_if_any (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

/* Imports @files; @presets and @mappings, when given, are a workspace's
 * for each file. */
static void
import_files_with (AccordWindow   *self,
                   GFile         **files,
                   AccordPreset   *presets,
                   AccordMapping **mappings,
                   guint           n_files)
{
  ImportJob *job = self->job;

  if (n_files == 0)
    return;

  /* Files dropped during an import join it. */
  if (job == NULL)
    {
      job = g_new0 (ImportJob, 1);
      job->self = self;
      job->files = g_ptr_array_new_with_free_func (g_object_unref);
      job->presets = g_array_new (FALSE, FALSE, sizeof (AccordPreset));
      job->mappings = g_ptr_array_new_with_free_func (unref_if_any);
      job->cancellable = g_cancellable_new ();
      job->skipped = g_string_new (NULL);
    }

  for (guint i = 0; i < n_files; i++)
    {
      AccordPreset preset = presets != NULL ? presets[i] : ACCORD_PRESET_NONE;
      AccordMapping *mapping = mappings != NULL ? mappings[i] : NULL;

      g_ptr_array_add (job->files, g_object_ref (files[i]));
      g_array_append_val (job->presets, preset);
      g_ptr_array_add (job->mappings, mapping != NULL ? g_object_ref (mapping) : NULL);
    }

  if (self->job == NULL)
    {
      self->job = job;
      set_importing (self, TRUE);
      import_next_file (job);
    }
}

/**
 * accord_window_import_files:
 *
 * Imports CRM exports in the background and merges their leads (by record
 * id) into the session; the window stays responsive and the import can be
 * cancelled.
 */
void
accord_window_import_files (AccordWindow  *self,
                            GFile        **files,
                            guint          n_files)
{
  g_return_if_fail (ACCORD_IS_WINDOW (self));

  import_files_with (self, files, NULL, NULL, n_files);
}

static void
cancel_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  if (self->job != NULL)
    g_cancellable_cancel (self->job->cancellable);
}

static void
import_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    AccordWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      accord_window_import_files (self, (GFile **) array->pdata, array->len);
    }

  g_object_unref (dialog);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern,
            const char     *mime_type)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (pattern != NULL)
    gtk_file_filter_add_pattern (filter, pattern);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) exports = gtk_file_filter_new ();

  /* GtkFileChooserNative goes through the file chooser portal, so the
   * sandboxed app needs no access to the user's files. */
  native = gtk_file_chooser_native_new (_("Import CRM Export"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  gtk_file_filter_set_name (exports, _("CRM Exports (CSV, JSON)"));
  gtk_file_filter_add_mime_type (exports, "text/csv");
  gtk_file_filter_add_mime_type (exports, "application/json");
  gtk_file_filter_add_pattern (exports, "*.csv");
  gtk_file_filter_add_pattern (exports, "*.json");
  gtk_file_filter_add_pattern (exports, "*.txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), exports);
  add_filter (GTK_FILE_CHOOSER (native), _("All Files"), "*", NULL);

  g_signal_connect (native, "response", G_CALLBACK (import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         AccordWindow  *self)
{
  GSList *files = g_value_get_boxed (value);
  g_autoptr(GPtrArray) array = g_ptr_array_new ();

  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (array, l->data);
  accord_window_import_files (self, (GFile **) array->pdata, array->len);

  return array->len > 0;
}

/* Workspaces --------------------------------------------------------- */

static GFile *
get_samples_folder (void)
{
  const char *folder = g_getenv ("ACCORD_SAMPLES_DIR");

  return g_file_new_for_path (folder != NULL ? folder : SAMPLES_DIR);
}

/* The bundled sample is a template: it opens as an unsaved workspace, and
 * nothing the user does is written into it. */
static gboolean
is_sample (GFile *file)
{
  g_autoptr(GFile) folder = get_samples_folder ();
  g_autoptr(GFile) parent = g_file_get_parent (file);

  return parent != NULL && g_file_equal (parent, folder);
}

/* Shows @workspace, read from @file or from its backup, and imports its
 * exports again: they keep their own presets and mappings. */
static void
show_workspace (AccordWindow    *self,
                GFile           *file,
                AccordWorkspace *workspace)
{
  g_autoptr(GPtrArray) exports = g_ptr_array_new ();
  g_autoptr(GArray) presets = g_array_new (FALSE, FALSE, sizeof (AccordPreset));
  g_autoptr(GPtrArray) mappings = g_ptr_array_new ();
  g_autofree char *path = g_file_get_path (file);

  if (is_sample (file))
    {
      g_clear_object (&self->workspace_file);
    }
  else
    {
      g_set_object (&self->workspace_file, file);
      g_settings_set_string (self->settings, "last-workspace", path != NULL ? path : "");
    }

  accord_session_clear_leads (self->session);
  accord_session_set_workspace (self->session, workspace);
  for (guint i = 0; i < accord_workspace_get_n_exports (workspace); i++)
    {
      AccordPreset preset = accord_workspace_get_export_preset (workspace, i);

      g_ptr_array_add (exports, accord_workspace_get_export_file (workspace, i));
      g_array_append_val (presets, preset);
      g_ptr_array_add (mappings, accord_workspace_get_export_mapping (workspace, i));
    }

  import_files_with (self, (GFile **) exports->pdata, (AccordPreset *) presets->data,
                     (AccordMapping **) mappings->pdata, exports->len);
}

typedef struct
{
  AccordWindow    *self;
  GFile           *file;
  AccordWorkspace *backup;
} BackupOffer;

static void
backup_offer_free (BackupOffer *offer)
{
  g_object_unref (offer->file);
  g_object_unref (offer->backup);
  g_free (offer);
}

static void
backup_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    BackupOffer      *offer)
{
  if (g_str_equal (response, "open"))
    {
      g_autofree char *path = g_file_get_path (offer->file);
      g_autofree char *damaged_path = g_strconcat (path, ".damaged", NULL);
      g_autoptr(GFile) damaged = g_file_new_for_path (damaged_path);

      /* The damaged file is set aside, not overwritten: the next save
       * would otherwise make it the backup. */
      g_file_move (offer->file, damaged, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
      show_workspace (offer->self, offer->file, offer->backup);
    }

  backup_offer_free (offer);
}

/**
 * accord_window_open_workspace:
 *
 * Opens a workspace: its agreement and zone apply at once, and its
 * exports are imported again. A workspace that cannot be read offers its
 * backup.
 */
void
accord_window_open_workspace (AccordWindow *self,
                              GFile        *file)
{
  g_autoptr(AccordWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) backup_file = NULL;
  g_autoptr(AccordWorkspace) backup = NULL;
  BackupOffer *offer;
  GtkWidget *dialog;

  g_return_if_fail (ACCORD_IS_WINDOW (self));

  if (self->job != NULL)
    return;

  workspace = accord_workspace_new_from_file (file, &error);
  if (workspace != NULL)
    {
      show_workspace (self, file, workspace);
      return;
    }

  backup_file = accord_safe_file_get_backup (file);
  backup = accord_workspace_new_from_file (backup_file, NULL);
  if (backup == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      show_error (self, _("Could Not Open the Workspace"), error->message);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Open the Previous Version?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s\n\nThe version saved before it can be opened instead; the damaged "
                                    "file is kept beside it, with “.damaged” added to its name."),
                                  error->message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "open", _("_Open Previous Version"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open",
                                              ADW_RESPONSE_SUGGESTED);
  offer = g_new0 (BackupOffer, 1);
  offer->self = self;
  offer->file = g_object_ref (file);
  offer->backup = g_steal_pointer (&backup);
  g_signal_connect (dialog, "response", G_CALLBACK (backup_response_cb), offer);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_workspace_response_cb (GtkNativeDialog *dialog,
                            int              response,
                            AccordWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      accord_window_open_workspace (self, file);
    }

  g_object_unref (dialog);
}

static void
open_workspace_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Open Workspace"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  add_filter (GTK_FILE_CHOOSER (native), _("Accord Workspaces"), "*.accord", NULL);
  g_signal_connect (native, "response", G_CALLBACK (open_workspace_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  g_autoptr(GFile) folder = get_samples_folder ();
  g_autoptr(GFile) file = g_file_get_child (folder, "northwind.accord");

  accord_window_open_workspace (self, file);
}

static void
save_workspace_to (AccordWindow *self,
                   GFile        *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (!accord_workspace_save_to_file (accord_session_get_workspace (self->session), file, &error))
    {
      show_error (self, _("Could Not Save the Workspace"), error->message);
      return;
    }

  g_set_object (&self->workspace_file, file);
  path = g_file_get_path (file);
  g_settings_set_string (self->settings, "last-workspace", path != NULL ? path : "");
  show_toast (self, adw_toast_new (_("Workspace saved")));
}

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     AccordWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      save_workspace_to (self, file);
    }

  g_object_unref (dialog);
}

static void
save_workspace_as_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Save Workspace"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), _("Workspace.accord"));
  g_signal_connect (native, "response", G_CALLBACK (save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
save_workspace_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  if (self->workspace_file != NULL)
    save_workspace_to (self, self->workspace_file);
  else
    save_workspace_as_action (widget, action_name, parameter);
}

/* The window --------------------------------------------------------- */

static gboolean
accord_window_close_request (GtkWindow *window)
{
  AccordWindow *self = ACCORD_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  if (self->job != NULL)
    g_cancellable_cancel (self->job->cancellable);

  return GTK_WINDOW_CLASS (accord_window_parent_class)->close_request (window);
}

static void
accord_window_dispose (GObject *object)
{
  AccordWindow *self = ACCORD_WINDOW (object);

  /* An import still running ends on its own, without the window. */
  if (self->job != NULL)
    {
      self->job->self = NULL;
      g_cancellable_cancel (self->job->cancellable);
      self->job = NULL;
    }

  /* libadwaita 1.2's switchers must let go of the view stack before it is
   * disposed, or they unparent widgets that are gone. */
  if (self->switcher_title != NULL)
    {
      adw_view_switcher_title_set_stack (self->switcher_title, NULL);
      adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);
    }
  if (self->editor != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
  self->editor = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_WINDOW);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  if (self->decisions != NULL)
    g_signal_handlers_disconnect_by_data (self->decisions, self);
  g_clear_object (&self->decisions);
  if (self->agreement != NULL)
    g_signal_handlers_disconnect_by_data (self->agreement, self);
  g_clear_object (&self->agreement);
  g_clear_object (&self->settings);
  g_clear_object (&self->workspace_file);
  g_clear_pointer (&self->skipped_details, g_free);

  G_OBJECT_CLASS (accord_window_parent_class)->dispose (object);
}

static void
accord_window_class_init (AccordWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  static const char * const pages[] = { "goals", "funnel", "team", "review", "kpis" };

  object_class->dispose = accord_window_dispose;
  window_class->close_request = accord_window_close_request;

  g_type_ensure (ACCORD_TYPE_GOALS_PAGE);
  g_type_ensure (ACCORD_TYPE_FUNNEL_PAGE);
  g_type_ensure (ACCORD_TYPE_TEAM_PAGE);
  g_type_ensure (ACCORD_TYPE_REVIEW_PAGE);
  g_type_ensure (ACCORD_TYPE_KPIS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/smarketing/Accord/accord-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, period_box);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, context_box);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, agreement_label);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, period_list);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, review_revealer);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, review_label);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, import_revealer);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, import_label);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, import_progress);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, goals_page);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, funnel_page);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, team_page);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, review_page);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, kpis_page);

  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-import", NULL, cancel_import_action);
  gtk_widget_class_install_action (widget_class, "win.show-skipped", NULL, show_skipped_action);
  gtk_widget_class_install_action (widget_class, "win.calculator", NULL, calculator_action);
  gtk_widget_class_install_action (widget_class, "win.edit-agreement", NULL, edit_agreement_action);
  gtk_widget_class_install_action (widget_class, "win.meeting", NULL, meeting_action);
  gtk_widget_class_install_action (widget_class, "win.export-pack", NULL, export_pack_action);
  gtk_widget_class_install_action (widget_class, "win.print-pack", NULL, print_pack_action);
  gtk_widget_class_install_action (widget_class, "win.export-agreement", NULL, export_agreement_action);
  gtk_widget_class_install_action (widget_class, "win.print-agreement", NULL, print_agreement_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.open-workspace", NULL, open_workspace_action);
  gtk_widget_class_install_action (widget_class, "win.save-workspace", NULL, save_workspace_action);
  gtk_widget_class_install_action (widget_class, "win.save-workspace-as", NULL, save_workspace_as_action);
  gtk_widget_class_install_action (widget_class, "win.previous-period", NULL, change_period_action);
  gtk_widget_class_install_action (widget_class, "win.next-period", NULL, change_period_action);
  gtk_widget_class_install_action (widget_class, "win.page", "s", page_action);
  gtk_widget_class_install_action (widget_class, "win.fullscreen", NULL, fullscreen_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.open-workspace", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save-workspace", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.edit-agreement", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-workspace-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "win.previous-period", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "win.next-period", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.fullscreen", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print-pack", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.page", "s", pages[i]);
}

static void
accord_window_init (AccordWindow *self)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->session = accord_session_new (local);
  accord_page_set_session (ACCORD_PAGE (self->goals_page), self->session);
  accord_page_set_session (ACCORD_PAGE (self->funnel_page), self->session);
  accord_page_set_session (ACCORD_PAGE (self->team_page), self->session);
  accord_page_set_session (ACCORD_PAGE (self->review_page), self->session);
  accord_page_set_session (ACCORD_PAGE (self->kpis_page), self->session);
  g_signal_connect_swapped (self->session, "changed", G_CALLBACK (session_changed_cb), self);
  g_signal_connect_swapped (self->session, "notify::month", G_CALLBACK (session_month_cb), self);
  g_signal_connect_swapped (self->period_dropdown, "notify::selected",
                            G_CALLBACK (period_selected_cb), self);
  g_signal_connect_swapped (self->switcher_title, "notify::title-visible",
                            G_CALLBACK (update_switcher_bar), self);
  /* A window left open overnight finds the new day when it is next used. */
  g_signal_connect_swapped (self, "notify::is-active", G_CALLBACK (update_review_banner), self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  set_importing (self, FALSE);
  session_changed_cb (self);
}

/**
 * accord_window_open_last_workspace:
 *
 * Opens the workspace that was open when Accord was last closed, if it is
 * still there.
 */
void
accord_window_open_last_workspace (AccordWindow *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (ACCORD_IS_WINDOW (self));

  path = g_settings_get_string (self->settings, "last-workspace");
  if (path[0] == '\0' || !g_file_test (path, G_FILE_TEST_EXISTS))
    return;

  file = g_file_new_for_path (path);
  accord_window_open_workspace (self, file);
}

/**
 * accord_window_new:
 *
 * Returns: (transfer full): a window with an empty session
 */
AccordWindow *
accord_window_new (AdwApplication *application)
{
  return g_object_new (ACCORD_TYPE_WINDOW, "application", application, NULL);
}

/**
 * accord_window_get_session:
 *
 * Returns: (transfer none): what the window shows
 */
AccordSession *
accord_window_get_session (AccordWindow *self)
{
  g_return_val_if_fail (ACCORD_IS_WINDOW (self), NULL);
  return self->session;
}
