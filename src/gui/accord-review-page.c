/* accord-review-page.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The review committee's queue (DESIGN §3): the flags raised in the review
 * window, and older ones still undecided, the most overdue first; filters
 * by flag, owner, tier, source and age; a decision for one row or a
 * selection, with a note and who decided, undone from a toast.
 */

#define G_LOG_DOMAIN "accord-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-committee-chart.h"
#include "accord-committee-summary.h"
#include "accord-decision-export.h"
#include "accord-handoff.h"
#include "accord-review-page.h"
#include "accord-review-row.h"
#include "accord-safe-file.h"

/* The review window of DESIGN §3: a week. */
#define WINDOW_SECONDS (7 * 86400)
/* The committee's summary looks back a quarter. */
#define SUMMARY_WEEKS 12

enum {
  AGE_ANY,
  AGE_THIS_WEEK,
  AGE_OLDER,
};

struct _AccordReviewPage
{
  AccordPage          parent_instance;

  AccordDecisionLog  *decisions;
  GListStore         *rows;
  GtkCustomFilter    *filter;
  guint               undo_from;   /* the decisions the last toast can undo */
  guint               undo_to;

  GtkDropDown        *flag_filter;
  GtkStringList      *flag_list;
  GtkDropDown        *owner_filter;
  GtkStringList      *owner_list;
  GtkDropDown        *tier_filter;
  GtkStringList      *tier_list;
  GtkDropDown        *source_filter;
  GtkStringList      *source_list;
  GtkDropDown        *age_filter;
  GtkStringList      *age_list;
  GtkLabel           *count_label;
  GtkStack           *stack;
  GtkColumnView      *column_view;
  GtkMultiSelection  *selection;
  GtkFilterListModel *filter_model;
  AdwStatusPage      *empty_page;
  GtkActionBar       *action_bar;
  GtkLabel           *selection_label;
  GtkEntry           *note_entry;
  GtkEntry           *decided_by_entry;
  GMenu              *reassign_menu;
  AccordCommitteeChart *committee_chart;
  GtkLabel           *breakdown_label;
};

G_DEFINE_FINAL_TYPE (AccordReviewPage, accord_review_page, ACCORD_TYPE_PAGE)

static const char *
selected_string (GtkDropDown *drop_down)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (drop_down);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

static gboolean
match_row (gpointer item,
           gpointer user_data)
{
  AccordReviewPage *self = user_data;
  AccordReviewRow *row = item;
  guint flag = gtk_drop_down_get_selected (self->flag_filter);
  guint tier = gtk_drop_down_get_selected (self->tier_filter);
  guint age = gtk_drop_down_get_selected (self->age_filter);

  /* The first entry of each filter is "all". */
  if (flag > 0 && flag != GTK_INVALID_LIST_POSITION && accord_review_row_get_flag (row) != flag - 1)
    return FALSE;
  if (tier > 0 && tier != GTK_INVALID_LIST_POSITION &&
      accord_review_row_get_tier (row) != ACCORD_TIER_HIGH + 1 - tier)
    return FALSE;
  if (gtk_drop_down_get_selected (self->owner_filter) > 0 &&
      g_strcmp0 (accord_review_row_get_owner (row), selected_string (self->owner_filter)) != 0)
    return FALSE;
  if (gtk_drop_down_get_selected (self->source_filter) > 0 &&
      g_strcmp0 (accord_review_row_get_source (row), selected_string (self->source_filter)) != 0)
    return FALSE;
  if (age == AGE_THIS_WEEK && accord_review_row_get_age_days (row) >= 7)
    return FALSE;
  if (age == AGE_OLDER && accord_review_row_get_age_days (row) < 7)
    return FALSE;

  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* Refills @list with "all" and the distinct values the rows have, keeping
 * the value chosen when it is still there. */
static void
fill_choices (GtkDropDown   *drop_down,
              GtkStringList *list,
              const char    *all,
              GListModel    *rows,
              const char *(*get_value) (AccordReviewRow *row))
{
  g_autofree char *chosen = g_strdup (gtk_drop_down_get_selected (drop_down) > 0 ? selected_string (drop_down) : NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  guint chosen_position = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(AccordReviewRow) row = g_list_model_get_item (rows, i);
      const char *value = get_value (row);

      if (value != NULL && g_hash_table_add (seen, (gpointer) value))
        g_ptr_array_add (values, (gpointer) value);
    }
  g_ptr_array_sort (values, compare_strings);

  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)), NULL);
  gtk_string_list_append (list, all);
  for (guint i = 0; i < values->len; i++)
    {
      gtk_string_list_append (list, g_ptr_array_index (values, i));
      if (g_strcmp0 (chosen, g_ptr_array_index (values, i)) == 0)
        chosen_position = i + 1;
    }
  gtk_drop_down_set_selected (drop_down, chosen_position);
}

static void
update_count (AccordReviewPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint undecided = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < shown; i++)
    {
      g_autoptr(AccordReviewRow) row = g_list_model_get_item (G_LIST_MODEL (self->filter_model), i);

      undecided += !accord_review_row_get_decided (row);
    }

  /* Translators: flags shown, then how many of them wait for a decision. */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u flag, %'u to decide", "%'u flags, %'u to decide",
                                       shown), shown, undecided);
  gtk_label_set_label (self->count_label, text);
  gtk_stack_set_visible_child_name (self->stack, shown > 0 ? "queue" : "empty");
}

static void
filter_changed_cb (AccordReviewPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static AccordReviewRow *
get_first_selected (AccordReviewPage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  if (gtk_bitset_is_empty (selected))
    return NULL;

  return g_list_model_get_item (G_LIST_MODEL (self->selection), gtk_bitset_get_minimum (selected));
}

/* The SDRs with room that could take the first selected lead, then the
 * others. */
static void
update_reassign_menu (AccordReviewPage *self)
{
  AccordSession *session = accord_page_get_session (ACCORD_PAGE (self));
  g_autoptr(AccordReviewRow) row = get_first_selected (self);
  g_autoptr(GMenu) suggested = g_menu_new ();
  g_autoptr(GMenu) others = g_menu_new ();
  g_autoptr(GPtrArray) names = NULL;
  AccordAgreement *agreement;

  g_menu_remove_all (self->reassign_menu);
  if (row == NULL || session == NULL)
    return;

  agreement = accord_session_get_agreement (session);
  names = accord_handoff_suggest (accord_session_get_store (session), agreement,
                                  accord_session_get_time_zone (session),
                                  accord_session_get_month (session),
                                  accord_session_get_now (session),
                                  accord_review_row_get_lead (row));
  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (g_ptr_array_index (names, i), NULL);

      g_menu_item_set_action_and_target (item, "review.reassign", "s", g_ptr_array_index (names, i));
      g_menu_append_item (suggested, item);
    }

  for (guint i = 0; i < accord_agreement_get_n_sdrs (agreement); i++)
    {
      const char *name = accord_agreement_get_sdr_name (agreement, i);
      g_autoptr(GMenuItem) item = NULL;

      if (g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL) ||
          g_strcmp0 (name, accord_review_row_get_owner (row)) == 0)
        continue;
      item = g_menu_item_new (name, NULL);
      g_menu_item_set_action_and_target (item, "review.reassign", "s", name);
      g_menu_append_item (others, item);
    }

  g_menu_append_section (self->reassign_menu, _("With room in their bands"), G_MENU_MODEL (suggested));
  g_menu_append_section (self->reassign_menu, _("Others"), G_MENU_MODEL (others));
}

static void
selection_changed_cb (AccordReviewPage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint64 n_selected = gtk_bitset_get_size (selected);
  g_autofree char *text = NULL;

  gtk_action_bar_set_revealed (self->action_bar, n_selected > 0);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u selected", "%'u selected", (gulong) n_selected),
                          (guint) n_selected);
  gtk_label_set_label (self->selection_label, text);
  update_reassign_menu (self);
}

static void
show_toast (AccordReviewPage *self,
            AdwToast         *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* Records @outcome for every selected flag; the log tells the window,
 * which saves the workspace at once. */
static void
decide (AccordReviewPage *self,
        AccordOutcome     outcome,
        const char       *assignee)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_entry));
  const char *decided_by = gtk_editable_get_text (GTK_EDITABLE (self->decided_by_entry));
  g_autofree char *title = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GtkBitsetIter iter;
  guint position;
  AdwToast *toast;

  if (self->decisions == NULL)
    return;

  /* The rows first: each decision may change the list. */
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (rows, g_list_model_get_item (G_LIST_MODEL (self->selection), position));

  self->undo_from = accord_decision_log_get_n_decisions (self->decisions);
  for (guint i = 0; i < rows->len; i++)
    {
      AccordReviewRow *row = g_ptr_array_index (rows, i);
      AccordDecision decision = {
        accord_review_row_get_record_id (row),
        accord_review_row_get_flag (row),
        accord_review_row_get_raised (row),
        outcome,
        assignee,
        note[0] != '\0' ? note : NULL,
        decided_by[0] != '\0' ? decided_by : g_get_user_name (),
        now,
      };

      /* A lead without a record id could not be matched next week. */
      if (decision.record_id != NULL)
        accord_decision_log_add (self->decisions, &decision);
    }
  self->undo_to = accord_decision_log_get_n_decisions (self->decisions);

  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u decision recorded", "%'u decisions recorded",
                                        self->undo_to - self->undo_from),
                           self->undo_to - self->undo_from);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "review.undo");
  show_toast (self, toast);
}

static void
decide_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccordOutcome outcome;

  if (accord_outcome_from_name (g_variant_get_string (parameter, NULL), &outcome))
    decide (ACCORD_REVIEW_PAGE (widget), outcome, NULL);
}

static void
reassign_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  decide (ACCORD_REVIEW_PAGE (widget), ACCORD_OUTCOME_REASSIGN, g_variant_get_string (parameter, NULL));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccordReviewPage *self = ACCORD_REVIEW_PAGE (widget);

  if (self->decisions == NULL || self->undo_to > accord_decision_log_get_n_decisions (self->decisions))
    return;

  for (guint i = self->undo_to; i > self->undo_from; i--)
    accord_decision_log_remove (self->decisions, i - 1);
  self->undo_from = self->undo_to = 0;
}

typedef struct
{
  AccordReviewPage           *self;
  AccordDecisionExportFormat  format;
} ExportRequest;

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    ExportRequest   *request)
{
  AccordReviewPage *self = request->self;
  AccordSession *session = accord_page_get_session (ACCORD_PAGE (self));

  if (response == GTK_RESPONSE_ACCEPT && session != NULL && self->decisions != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;
      g_autofree char *data = NULL;
      g_autofree char *name = g_file_get_basename (file);
      gsize length;

      data = accord_decision_export_csv (accord_session_get_store (session), self->decisions,
                                         request->format, &length);
      if (accord_safe_file_replace (file, data, length, &error))
        {
          g_autofree char *message = g_strdup_printf (_("Decisions exported to %s"), name);

          show_toast (self, adw_toast_new (message));
        }
      else
        {
          g_autofree char *message = g_strdup_printf ("%s: %s", name, error->message);

          show_toast (self, adw_toast_new (message));
        }
    }

  g_object_unref (self);
  g_free (request);
  g_object_unref (dialog);
}

/* The decisions as a CSV the CRM imports: owners and lead statuses
 * (accord-decision-export.c), saved atomically. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccordReviewPage *self = ACCORD_REVIEW_PAGE (widget);
  ExportRequest *request = g_new0 (ExportRequest, 1);
  GtkFileChooserNative *native;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (!accord_decision_export_format_from_name (g_variant_get_string (parameter, NULL), &request->format))
    {
      g_free (request);
      return;
    }
  request->self = g_object_ref (self);

  native = gtk_file_chooser_native_new (_("Export Decisions for the CRM"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native),
                                     request->format == ACCORD_DECISION_EXPORT_HUBSPOT
                                     ? _("decisions-hubspot.csv") : _("decisions-salesforce.csv"));
  g_signal_connect (native, "response", G_CALLBACK (export_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* The protocol table (DESIGN §1): one row a tier, one spin button a
 * figure. Applied, the flags follow at once. */
static const char * const protocol_titles[] = {
  N_("First call within (hours)"), N_("Calls and e-mails"), N_("Breakup e-mails"), N_("Timeframe (days)"),
};

static void
protocols_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       AccordReviewPage *self)
{
  AccordSession *session = accord_page_get_session (ACCORD_PAGE (self));
  GtkGrid *grid = GTK_GRID (adw_message_dialog_get_extra_child (dialog));

  if (g_str_equal (response, "apply") && session != NULL)
    {
      for (AccordTier tier = ACCORD_TIER_LOW; tier <= ACCORD_TIER_HIGH; tier++)
        {
          int row = ACCORD_TIER_HIGH - tier + 1;
          AccordProtocol protocol;

          protocol.response_hours = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (gtk_grid_get_child_at (grid, 1, row)));
          protocol.touches = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (gtk_grid_get_child_at (grid, 2, row)));
          protocol.breakups = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (gtk_grid_get_child_at (grid, 3, row)));
          protocol.timeframe_days = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (gtk_grid_get_child_at (grid, 4, row)));
          accord_agreement_set_protocol (accord_session_get_agreement (session), tier, &protocol);
        }
    }

  g_object_unref (self);
}

static void
edit_protocols_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AccordReviewPage *self = ACCORD_REVIEW_PAGE (widget);
  AccordSession *session = accord_page_get_session (ACCORD_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog, *grid;

  if (session == NULL)
    return;

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  for (guint c = 0; c < G_N_ELEMENTS (protocol_titles); c++)
    {
      GtkWidget *title = gtk_label_new (_(protocol_titles[c]));

      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (title), 12);
      gtk_widget_add_css_class (title, "caption-heading");
      gtk_grid_attach (GTK_GRID (grid), title, c + 1, 0, 1, 1);
    }

  for (AccordTier tier = ACCORD_TIER_HIGH; tier >= ACCORD_TIER_LOW; tier--)
    {
      const AccordProtocol *protocol = accord_agreement_get_protocol (accord_session_get_agreement (session), tier);
      const guint values[] = { protocol->response_hours, protocol->touches, protocol->breakups,
                               protocol->timeframe_days };
      int row = ACCORD_TIER_HIGH - tier + 1;
      GtkWidget *name = gtk_label_new (tier == ACCORD_TIER_HIGH ? _("High")
                                       : tier == ACCORD_TIER_MODERATE ? _("Moderate") : _("Low"));

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_grid_attach (GTK_GRID (grid), name, 0, row, 1, 1);
      for (guint c = 0; c < G_N_ELEMENTS (values); c++)
        {
          /* Hours and days from one up; touches and breakups may be none. */
          GtkWidget *spin = gtk_spin_button_new_with_range (c == 0 || c == 3 ? 1 : 0, c == 3 ? 3650 : 1000, 1);
          /* Translators: a spin button's accessible name: the tier, then the figure, as
           * in “High, First call within (hours)”. */
          g_autofree char *label = g_strdup_printf (_("%s, %s"), gtk_label_get_label (GTK_LABEL (name)),
                                                    _(protocol_titles[c]));

          gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), values[c]);
          gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
          gtk_grid_attach (GTK_GRID (grid), spin, c + 1, row, 1, 1);
        }
    }

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Protocols"),
                                   _("How fast and how often SDRs work a lead of each tier. "
                                     "The flags follow at once."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), grid);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "apply", _("_Apply"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  g_signal_connect (dialog, "response", G_CALLBACK (protocols_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* "By owner: Ana Silva 2 unqualified, 1 reassigned, 0 kept; …", the
 * owners and sources the committee judged in the summary's weeks. */
static void
append_breakdown (GString                *text,
                  AccordCommitteeSummary *summary,
                  AccordField             by,
                  const char             *title,
                  const char             *none)
{
  GArray *groups = accord_committee_summary_get_breakdown (summary, by);
  gboolean first = TRUE;

  for (guint i = 0; i < groups->len; i++)
    {
      const AccordCommitteeGroup *group = &g_array_index (groups, AccordCommitteeGroup, i);
      const guint *decided = group->counts.decided;

      if (group->counts.n_decided == 0)
        continue;

      g_string_append (text, first ? (text->len > 0 ? "\n" : "") : "; ");
      if (first)
        g_string_append_printf (text, "%s: ", title);
      first = FALSE;
      /* Translators: one owner's or source's decisions, "Ana Silva 2 unqualified, 1 reassigned, 0 kept". */
      g_string_append_printf (text, _("%s %u unqualified, %u reassigned, %u kept"),
                              group->key != NULL ? group->key : none,
                              decided[ACCORD_OUTCOME_UNQUALIFIED], decided[ACCORD_OUTCOME_REASSIGN],
                              decided[ACCORD_OUTCOME_KEEP]);
    }
}

static void
update_breakdown (AccordReviewPage       *self,
                  AccordCommitteeSummary *summary)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (summary != NULL)
    {
      append_breakdown (text, summary, ACCORD_FIELD_OWNER, _("By owner"), _("No owner"));
      append_breakdown (text, summary, ACCORD_FIELD_SOURCE, _("By source"), _("No source"));
    }

  gtk_label_set_label (self->breakdown_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->breakdown_label), text->len > 0);
}

static void
update_rows (AccordReviewPage *self)
{
  AccordSession *session = accord_page_get_session (ACCORD_PAGE (self));
  g_autoptr(GListStore) rows = NULL;

  if (session == NULL)
    rows = g_list_store_new (ACCORD_TYPE_REVIEW_ROW);
  else
    rows = accord_review_rows_new (accord_session_get_store (session),
                                   accord_session_get_agreement (session),
                                   self->decisions,
                                   accord_session_get_time_zone (session),
                                   accord_session_get_now (session),
                                   WINDOW_SECONDS);

  g_set_object (&self->rows, rows);
  if (session != NULL && accord_session_get_now (session) != ACCORD_TIME_NONE)
    {
      /* The flags as of the data; the decisions up to this moment, as the
       * committee meets after the export was taken. */
      g_autoptr(AccordCommitteeSummary) summary =
        accord_committee_summary_new_full (accord_session_get_store (session),
                                           accord_session_get_agreement (session), self->decisions,
                                           accord_session_get_time_zone (session),
                                           accord_session_get_now (session),
                                           g_get_real_time () / G_USEC_PER_SEC, SUMMARY_WEEKS);

      accord_committee_chart_set_summary (self->committee_chart, summary);
      update_breakdown (self, summary);
    }
  else
    {
      accord_committee_chart_set_summary (self->committee_chart, NULL);
      update_breakdown (self, NULL);
    }
  fill_choices (self->owner_filter, self->owner_list, _("All owners"), G_LIST_MODEL (rows),
                accord_review_row_get_owner);
  fill_choices (self->source_filter, self->source_list, _("All sources"), G_LIST_MODEL (rows),
                accord_review_row_get_source);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (rows));
  update_count (self);
}

/* The session's workspace holds the decisions; a new workspace brings
 * its own. */
static void
follow_decisions (AccordReviewPage *self)
{
  AccordSession *session = accord_page_get_session (ACCORD_PAGE (self));
  AccordDecisionLog *decisions = session != NULL
                                 ? accord_workspace_get_decisions (accord_session_get_workspace (session))
                                 : NULL;

  if (decisions == self->decisions)
    return;

  if (self->decisions != NULL)
    g_signal_handlers_disconnect_by_data (self->decisions, self);
  g_set_object (&self->decisions, decisions);
  if (decisions != NULL)
    g_signal_connect_swapped (decisions, "changed", G_CALLBACK (update_rows), self);
}

static void
accord_review_page_refresh (AccordPage *page,
                            gboolean    data_changed)
{
  AccordReviewPage *self = ACCORD_REVIEW_PAGE (page);

  /* The queue is the review window's, whatever month is looked at. */
  if (!data_changed)
    return;

  follow_decisions (self);
  update_rows (self);
}

static void
accord_review_page_dispose (GObject *object)
{
  AccordReviewPage *self = ACCORD_REVIEW_PAGE (object);

  if (self->decisions != NULL)
    g_signal_handlers_disconnect_by_data (self->decisions, self);
  g_clear_object (&self->decisions);
  g_clear_object (&self->rows);
  /* No gtk_widget_dispose_template (): the template's only child is the
   * bin's, which AdwBin unparents itself; disposing it twice crashes. */

  G_OBJECT_CLASS (accord_review_page_parent_class)->dispose (object);
}

static void
accord_review_page_class_init (AccordReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AccordPageClass *page_class = ACCORD_PAGE_CLASS (klass);

  object_class->dispose = accord_review_page_dispose;
  page_class->refresh = accord_review_page_refresh;

  /* Named in the list-item factories of the template, and in it. */
  g_type_ensure (ACCORD_TYPE_REVIEW_ROW);
  g_type_ensure (ACCORD_TYPE_COMMITTEE_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/smarketing/Accord/accord-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, flag_filter);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, flag_list);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, owner_filter);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, owner_list);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, tier_filter);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, tier_list);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, source_filter);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, source_list);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, age_filter);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, age_list);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, selection);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, action_bar);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, selection_label);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, note_entry);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, decided_by_entry);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, reassign_menu);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, committee_chart);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, breakdown_label);

  gtk_widget_class_install_action (widget_class, "review.decide", "s", decide_action);
  gtk_widget_class_install_action (widget_class, "review.reassign", "s", reassign_action);
  gtk_widget_class_install_action (widget_class, "review.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "review.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "review.edit-protocols", NULL, edit_protocols_action);
}

static void
accord_review_page_init (AccordReviewPage *self)
{
  const char *real_name = g_get_real_name ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (self->flag_list, _("All flags"));
  for (guint k = 0; k < ACCORD_N_FLAG_KINDS; k++)
    gtk_string_list_append (self->flag_list, accord_flag_kind_describe (k));
  gtk_string_list_append (self->tier_list, _("All tiers"));
  gtk_string_list_append (self->tier_list, _("High"));
  gtk_string_list_append (self->tier_list, _("Moderate"));
  gtk_string_list_append (self->tier_list, _("Low"));
  gtk_string_list_append (self->age_list, _("Any age"));
  gtk_string_list_append (self->age_list, _("Raised this week"));
  gtk_string_list_append (self->age_list, _("Older"));

  adw_status_page_set_description (self->empty_page,
                                   _("No lead was flagged in the last seven days, and every older flag is decided"));

  /* The user's real name, which they may change. */
  gtk_editable_set_text (GTK_EDITABLE (self->decided_by_entry),
                         g_strcmp0 (real_name, "Unknown") != 0 ? real_name : g_get_user_name ());

  self->filter = gtk_custom_filter_new (match_row, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  g_object_unref (self->filter);

  g_signal_connect_swapped (self->flag_filter, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->owner_filter, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->tier_filter, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->source_filter, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->age_filter, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
}
