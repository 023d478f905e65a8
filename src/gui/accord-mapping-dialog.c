/* accord-mapping-dialog.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-mapping-dialog"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "accord-mapping-dialog.h"
#include "accord-dialog.h"

/* How many values of a column the row shows, and how long each may be. */
#define N_PREVIEW_VALUES 3
#define MAX_PREVIEW_CHARS 32

/* The list position of "(Not in this file)" in every drop-down. */
#define NOT_IN_FILE 0

struct _AccordMappingDialog
{
  AdwWindow           parent_instance;

  /* The drop-downs' columns, in header order: position p > 0 is column
   * p - 1 of these two arrays. */
  GPtrArray          *columns;
  GPtrArray          *previews;
  GtkStringList      *choices;
  AdwComboRow        *rows[ACCORD_N_FIELDS];

  GTask              *task;
  GSource            *cancelled_source;

  AdwWindowTitle     *window_title;
  GtkLabel           *detection_label;
  GtkLabel           *hint_label;
  GtkButton          *missing_button;
  AdwPreferencesPage *page;
  GtkWidget          *import_button;
  GtkListItemFactory *current_factory;
  GtkListItemFactory *list_factory;
};

G_DEFINE_FINAL_TYPE (AccordMappingDialog, accord_mapping_dialog, ADW_TYPE_WINDOW)

typedef struct
{
  const char *title;
  const char *description;
} FieldText;

/* DESIGN §2's fields as a person reads them. */
static const FieldText field_texts[ACCORD_N_FIELDS] = {
  [ACCORD_FIELD_RECORD_ID] = { N_("Record ID"), N_("The CRM’s own id; contacts and deals merge by it") },
  [ACCORD_FIELD_FIRST_NAME] = { N_("First name"), N_("The lead’s given name") },
  [ACCORD_FIELD_LAST_NAME] = { N_("Last name"), N_("The family name, or the whole name") },
  [ACCORD_FIELD_EMAIL] = { N_("E-mail"), N_("The lead’s e-mail address") },
  [ACCORD_FIELD_COMPANY] = { N_("Company"), N_("The organisation the lead works for") },
  [ACCORD_FIELD_INDUSTRY] = { N_("Industry"), N_("Checked against the ideal customer profile") },
  [ACCORD_FIELD_EMPLOYEES] = { N_("Employees"), N_("Company size, or a band such as “25-50”") },
  [ACCORD_FIELD_ANNUAL_REVENUE] = { N_("Annual revenue"), N_("The company’s revenue, checked against the profile") },
  [ACCORD_FIELD_OWNER] = { N_("Owner"), N_("The SDR who works the lead") },
  [ACCORD_FIELD_SOURCE] = { N_("Source"), N_("Where the lead came from") },
  [ACCORD_FIELD_TIER] = { N_("Quality tier"), N_("High/Moderate/Low, Hot/Warm/Cold or A/B/C") },
  [ACCORD_FIELD_SCORE] = { N_("Lead score"), N_("Gives the tier where there is no tier column") },
  [ACCORD_FIELD_CREATED] = { N_("Create date"), N_("When the lead was created (required)") },
  [ACCORD_FIELD_MQL_DATE] = { N_("MQL date"), N_("When the lead became a marketing qualified lead") },
  [ACCORD_FIELD_SQL_DATE] = { N_("SQL date"), N_("When sales accepted the lead") },
  [ACCORD_FIELD_OPPORTUNITY_DATE] = { N_("Opportunity date"), N_("When the lead became an opportunity") },
  [ACCORD_FIELD_CUSTOMER_DATE] = { N_("Customer date"), N_("When the lead became a customer, or the deal’s close date") },
  [ACCORD_FIELD_CLOSED_DATE] = { N_("Closed date"), N_("When the lead was disqualified or the deal lost") },
  [ACCORD_FIELD_FIRST_TOUCH] = { N_("First touch"), N_("The SDR’s first call or e-mail") },
  [ACCORD_FIELD_LAST_TOUCH] = { N_("Last touch"), N_("The latest call or e-mail") },
  [ACCORD_FIELD_TOUCHES] = { N_("Touches"), N_("How many calls and e-mails in all") },
  [ACCORD_FIELD_CALLS] = { N_("Calls"), N_("How many calls; added to the e-mails when there is no touch count") },
  [ACCORD_FIELD_EMAILS] = { N_("E-mails sent"), N_("How many e-mails; added to the calls when there is no touch count") },
  [ACCORD_FIELD_BREAKUP_DATE] = { N_("Breakup date"), N_("When the breakup e-mail was sent") },
  [ACCORD_FIELD_AUTHORITY] = { N_("Authority"), N_("The contact can decide to buy (yes or no)") },
  [ACCORD_FIELD_NEED] = { N_("Need"), N_("They have the problem the product solves (yes or no)") },
  [ACCORD_FIELD_UNDERSTANDING] = { N_("Understanding"), N_("They understand what is offered (yes or no)") },
  [ACCORD_FIELD_FIT] = { N_("Fit"), N_("The product fits them (yes or no)") },
  [ACCORD_FIELD_AMOUNT] = { N_("Deal amount"), N_("The deal’s value; currency symbols are fine") },
  [ACCORD_FIELD_STAGE] = { N_("Stage"), N_("The deal or lifecycle stage; a won or lost stage decides the close date") },
  [ACCORD_FIELD_STATUS] = { N_("Lead status"), N_("The CRM’s status of the lead") },
};

/* The groups of the page, each list ended by ACCORD_N_FIELDS. */
static const struct
{
  const char  *title;
  const char  *description;
  AccordField  fields[8];
} field_groups[] = {
  { N_("Identity"), N_("At least one of these is required, to tell leads apart"),
    { ACCORD_FIELD_RECORD_ID, ACCORD_FIELD_FIRST_NAME, ACCORD_FIELD_LAST_NAME,
      ACCORD_FIELD_EMAIL, ACCORD_FIELD_COMPANY, ACCORD_N_FIELDS } },
  { N_("Profile"), NULL,
    { ACCORD_FIELD_INDUSTRY, ACCORD_FIELD_EMPLOYEES, ACCORD_FIELD_ANNUAL_REVENUE,
      ACCORD_FIELD_SOURCE, ACCORD_FIELD_OWNER, ACCORD_FIELD_TIER, ACCORD_FIELD_SCORE,
      ACCORD_N_FIELDS } },
  { N_("Lifecycle Dates"), NULL,
    { ACCORD_FIELD_CREATED, ACCORD_FIELD_MQL_DATE, ACCORD_FIELD_SQL_DATE,
      ACCORD_FIELD_OPPORTUNITY_DATE, ACCORD_FIELD_CUSTOMER_DATE, ACCORD_FIELD_CLOSED_DATE,
      ACCORD_N_FIELDS } },
  { N_("Work"), N_("What the SDR did with each lead"),
    { ACCORD_FIELD_FIRST_TOUCH, ACCORD_FIELD_LAST_TOUCH, ACCORD_FIELD_TOUCHES,
      ACCORD_FIELD_CALLS, ACCORD_FIELD_EMAILS, ACCORD_FIELD_BREAKUP_DATE, ACCORD_N_FIELDS } },
  { N_("ANUF"), N_("The four criteria an SQL should meet, where the CRM records them"),
    { ACCORD_FIELD_AUTHORITY, ACCORD_FIELD_NEED, ACCORD_FIELD_UNDERSTANDING,
      ACCORD_FIELD_FIT, ACCORD_N_FIELDS } },
  { N_("Deals"), NULL,
    { ACCORD_FIELD_AMOUNT, ACCORD_FIELD_STAGE, ACCORD_FIELD_STATUS, ACCORD_N_FIELDS } },
};

/* The importer's rule: a lead needs one of these (besides its create date). */
static const AccordField identity_fields[] = {
  ACCORD_FIELD_RECORD_ID, ACCORD_FIELD_FIRST_NAME, ACCORD_FIELD_LAST_NAME,
  ACCORD_FIELD_EMAIL, ACCORD_FIELD_COMPANY,
};

static void
stop_watching_cancellable (AccordMappingDialog *self)
{
  if (self->cancelled_source != NULL)
    {
      g_source_destroy (self->cancelled_source);
      g_clear_pointer (&self->cancelled_source, g_source_unref);
    }
}

static void
accord_mapping_dialog_dispose (GObject *object)
{
  AccordMappingDialog *self = ACCORD_MAPPING_DIALOG (object);

  stop_watching_cancellable (self);
  g_clear_object (&self->choices);
  g_clear_object (&self->list_factory);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_MAPPING_DIALOG);

  G_OBJECT_CLASS (accord_mapping_dialog_parent_class)->dispose (object);
}

static void
accord_mapping_dialog_finalize (GObject *object)
{
  AccordMappingDialog *self = ACCORD_MAPPING_DIALOG (object);

  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->previews, g_ptr_array_unref);

  G_OBJECT_CLASS (accord_mapping_dialog_parent_class)->finalize (object);
}

static gboolean
is_chosen (AccordMappingDialog *self,
           AccordField          field)
{
  return adw_combo_row_get_selected (self->rows[field]) != NOT_IN_FILE;
}

static gboolean
has_identity (AccordMappingDialog *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (identity_fields); i++)
    {
      if (is_chosen (self, identity_fields[i]))
        return TRUE;
    }

  return FALSE;
}

/* The first row, in page order, that the import still needs: the
 * importer refuses a file without a create date or an identity
 * (accord-importer.c). NULL when nothing is missing. */
static AdwComboRow *
get_missing_row (AccordMappingDialog *self)
{
  if (!has_identity (self))
    return self->rows[identity_fields[0]];

  if (!is_chosen (self, ACCORD_FIELD_CREATED))
    return self->rows[ACCORD_FIELD_CREATED];

  return NULL;
}

static void
update_ready (AccordMappingDialog *self)
{
  gboolean has_created = is_chosen (self, ACCORD_FIELD_CREATED);
  gboolean identified = has_identity (self);
  gboolean ready = has_created && identified;
  const char *hint;

  if (ready)
    hint = _("Fields left at “(Not in this file)” are not imported.");
  else if (!has_created && !identified)
    hint = _("To import, choose a column that identifies a lead (record ID, name, e-mail "
             "or company) and the column with each lead’s create date.");
  else if (!has_created)
    hint = _("To import, choose the column with each lead’s create date.");
  else
    hint = _("To import, choose a column that identifies a lead: record ID, name, "
             "e-mail or company.");

  gtk_label_set_label (self->hint_label, hint);
  if (ready)
    gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "warning");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "warning");

  gtk_widget_set_visible (GTK_WIDGET (self->missing_button), !ready);
  gtk_button_set_label (self->missing_button,
                        identified ? _("Choose Create _Date…") : _("Choose _Identity…"));

  /* The hint is on screen; a screen reader hears it with the button. (Not
   * a tooltip: GTK 4.8 may query a changed tooltip on a window already
   * closed.) */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->import_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hint,
                                  -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mapping.import", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mapping.show-missing", !ready);
}

static void
update_row (AccordMappingDialog *self,
            AccordField          field)
{
  AdwComboRow *row = self->rows[field];
  guint selected = adw_combo_row_get_selected (row);
  const char *description = _(field_texts[field].description);
  g_autofree char *subtitle = NULL;

  if (selected == NOT_IN_FILE || selected == GTK_INVALID_LIST_POSITION)
    subtitle = g_strdup (description);
  else
    subtitle = g_strdup_printf ("%s\n%s", description,
                                (const char *) g_ptr_array_index (self->previews, selected - 1));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
}

static void
selected_changed_cb (AdwComboRow         *row,
                     GParamSpec          *pspec,
                     AccordMappingDialog *self)
{
  AccordField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "accord-field"));

  update_row (self, field);
  update_ready (self);
}

static AccordMapping *
build_mapping (AccordMappingDialog *self)
{
  AccordMapping *mapping = accord_mapping_new ();

  for (guint f = 0; f < ACCORD_N_FIELDS; f++)
    {
      guint selected = adw_combo_row_get_selected (self->rows[f]);

      if (selected != NOT_IN_FILE && selected != GTK_INVALID_LIST_POSITION)
        accord_mapping_set_column (mapping, f, g_ptr_array_index (self->columns, selected - 1));
    }

  return mapping;
}

static void
import_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  AccordMappingDialog *self = ACCORD_MAPPING_DIALOG (widget);
  g_autoptr(GTask) task = g_steal_pointer (&self->task);
  g_autoptr(AccordMapping) mapping = NULL;

  if (task == NULL)
    return;

  mapping = build_mapping (self);
  stop_watching_cancellable (self);

  /* The task keeps the dialog alive until its callback has run. */
  gtk_window_destroy (GTK_WINDOW (self));
  g_task_return_pointer (task, g_steal_pointer (&mapping), g_object_unref);
}

static gboolean
is_in_view (GtkWidget *row)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  return scrolled != NULL &&
         gtk_widget_compute_bounds (row, scrolled, &bounds) &&
         bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled);
}

/* A drop-down opens where its row is laid out: wait for the frame that
 * has the row scrolled into view, so it does not open off screen. */
static gboolean
open_when_in_view_cb (GtkWidget     *row,
                      GdkFrameClock *frame_clock,
                      gpointer       user_data)
{
  guint *frames = user_data;

  if (is_in_view (row))
    {
      gtk_widget_activate (row);
      return G_SOURCE_REMOVE;
    }

  /* The scrolling animation takes a fraction of a second. */
  return ++*frames < 60 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
show_missing_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AccordMappingDialog *self = ACCORD_MAPPING_DIALOG (widget);
  AdwComboRow *row = get_missing_row (self);

  if (row == NULL)
    return;

  /* The page's viewport scrolls to the focus by itself. */
  gtk_widget_grab_focus (GTK_WIDGET (row));
  gtk_widget_add_tick_callback (GTK_WIDGET (row), open_when_in_view_cb,
                                g_new0 (guint, 1), g_free);
}

static void
cancel_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
return_cancelled (AccordMappingDialog *self)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->task);

  stop_watching_cancellable (self);
  if (task != NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             _("The column mapping was cancelled"));
}

/* Cancel, Escape, the cancellable and the window manager all end here. */
static gboolean
accord_mapping_dialog_close_request (GtkWindow *window)
{
  return_cancelled (ACCORD_MAPPING_DIALOG (window));

  return GTK_WINDOW_CLASS (accord_mapping_dialog_parent_class)->close_request (window);
}

/* Destroyed without closing (its parent went away): the caller still
 * gets an answer, and the task lets go of the dialog. */
static void
accord_mapping_dialog_unrealize (GtkWidget *widget)
{
  return_cancelled (ACCORD_MAPPING_DIALOG (widget));

  /* GTK 4.8 keeps the parent of a window it destroys with its parent, and
   * touches it again when the dialog is finalized later. */
  gtk_window_set_transient_for (GTK_WINDOW (widget), NULL);

  GTK_WIDGET_CLASS (accord_mapping_dialog_parent_class)->unrealize (widget);
}

/* The drop-down's list shows whole names, so that columns that start
 * alike (HubSpot's 'Date entered "…"') can be told apart, and checks the
 * row's choice, not the item under the keyboard cursor. */
static void
setup_choice_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);
}

static void
selected_item_changed_cb (AdwComboRow *row,
                          GParamSpec  *pspec,
                          GtkListItem *item)
{
  GtkWidget *check = gtk_widget_get_last_child (gtk_list_item_get_child (item));

  gtk_widget_set_opacity (check,
                          adw_combo_row_get_selected_item (row) == gtk_list_item_get_item (item)
                          ? 1.0 : 0.0);
}

static void
bind_choice_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *row = gtk_widget_get_ancestor (box, ADW_TYPE_COMBO_ROW);

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)),
                       gtk_string_object_get_string (gtk_list_item_get_item (item)));

  g_object_set_data (G_OBJECT (item), "accord-row", row);
  if (row != NULL)
    {
      g_signal_connect (row, "notify::selected-item", G_CALLBACK (selected_item_changed_cb), item);
      selected_item_changed_cb (ADW_COMBO_ROW (row), NULL, item);
    }
}

static void
unbind_choice_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *row = g_object_steal_data (G_OBJECT (item), "accord-row");

  if (row != NULL)
    g_signal_handlers_disconnect_by_func (row, selected_item_changed_cb, item);
}

static void
accord_mapping_dialog_class_init (AccordMappingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = accord_mapping_dialog_dispose;
  object_class->finalize = accord_mapping_dialog_finalize;
  widget_class->unrealize = accord_mapping_dialog_unrealize;
  window_class->close_request = accord_mapping_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/smarketing/Accord/accord-mapping-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordMappingDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, AccordMappingDialog, detection_label);
  gtk_widget_class_bind_template_child (widget_class, AccordMappingDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, AccordMappingDialog, missing_button);
  gtk_widget_class_bind_template_child (widget_class, AccordMappingDialog, page);
  gtk_widget_class_bind_template_child (widget_class, AccordMappingDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, AccordMappingDialog, current_factory);

  gtk_widget_class_install_action (widget_class, "mapping.import", NULL, import_cb);
  gtk_widget_class_install_action (widget_class, "mapping.cancel", NULL, cancel_cb);
  gtk_widget_class_install_action (widget_class, "mapping.show-missing", NULL, show_missing_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "mapping.cancel", NULL);
  /* Enter imports through the default widget; Ctrl+Enter also where the
   * focused row would take a plain Enter to open its drop-down. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "mapping.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "mapping.import", NULL);
}

static void
accord_mapping_dialog_init (AccordMappingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->list_factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (self->list_factory, "setup", G_CALLBACK (setup_choice_cb), NULL);
  g_signal_connect (self->list_factory, "bind", G_CALLBACK (bind_choice_cb), NULL);
  g_signal_connect (self->list_factory, "unbind", G_CALLBACK (unbind_choice_cb), NULL);

  self->columns = g_ptr_array_new_with_free_func (g_free);
  self->previews = g_ptr_array_new_with_free_func (g_free);
  self->choices = gtk_string_list_new (NULL);
  gtk_string_list_append (self->choices, _("(Not in this file)"));
}

static const char *
get_preset_title (AccordPreset preset)
{
  switch (preset)
    {
    case ACCORD_PRESET_HUBSPOT:
      return "HubSpot";
    case ACCORD_PRESET_SALESFORCE:
      return "Salesforce";
    case ACCORD_PRESET_PIPEDRIVE:
      return "Pipedrive";
    case ACCORD_PRESET_ZOHO:
      return "Zoho CRM";
    case ACCORD_PRESET_NONE:
    case ACCORD_N_PRESETS:
    default:
      return NULL;
    }
}

static void
show_detection (AccordMappingDialog *self,
                AccordPreset         preset,
                double               confidence)
{
  const char *crm = get_preset_title (preset);
  g_autofree char *text = NULL;
  double percent;

  if (crm == NULL)
    {
      gtk_label_set_label (self->detection_label, _("No CRM recognised"));
      return;
    }

  percent = isfinite (confidence) ? CLAMP (confidence, 0.0, 1.0) * 100.0 : 0.0;
  if (percent >= 50.0)
    /* Translators: "Looks like a HubSpot export (62 % sure)" */
    text = g_strdup_printf (_("Looks like a %s export (%.0f%% sure)"), crm, percent);
  else
    /* Translators: "Might be a HubSpot export (30 % sure)" */
    text = g_strdup_printf (_("Might be a %s export (%.0f%% sure)"), crm, percent);
  gtk_label_set_label (self->detection_label, text);
}

/* A header name as a drop-down shows it and a mapping stores it; NULL for
 * a name that no mapping can hold. */
static char *
dup_column_name (const char *name)
{
  g_autofree char *valid = g_utf8_make_valid (name, -1);
  const char *start = valid;
  g_autofree char *stripped = NULL;

  /* A byte order mark that the reader left on the first name. */
  if (g_str_has_prefix (start, "\xef\xbb\xbf"))
    start += 3;

  stripped = g_strstrip (g_strdup (start));
  if (*stripped == '\0')
    return NULL;

  return g_strdup (start);
}

/* One value on one line, short enough for a row. */
static char *
dup_preview_value (const char *value)
{
  g_autofree char *valid = g_utf8_make_valid (value, -1);
  g_autofree char *stripped = NULL;

  for (char *p = valid; *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\r' || *p == '\t')
        *p = ' ';
    }

  stripped = g_strdup (g_strstrip (valid));
  if (*stripped == '\0')
    return NULL;

  if (g_utf8_strlen (stripped, -1) > MAX_PREVIEW_CHARS)
    {
      g_autofree char *start = g_utf8_substring (stripped, 0, MAX_PREVIEW_CHARS - 1);

      return g_strconcat (start, "…", NULL);
    }

  return g_steal_pointer (&stripped);
}

/* The first few non-empty values of header column @index; @lengths
 * holds the number of fields of each preview row. */
static char *
dup_preview (GPtrArray   *preview,
             const guint *lengths,
             guint        index)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_values = 0;

  for (guint r = 0; preview != NULL && r < preview->len && n_values < N_PREVIEW_VALUES; r++)
    {
      const char * const *fields = g_ptr_array_index (preview, r);
      g_autofree char *value = NULL;

      if (index >= lengths[r])
        continue;

      value = dup_preview_value (fields[index]);
      if (value == NULL)
        continue;

      if (n_values > 0)
        g_string_append (text, C_("preview values", ", "));
      /* Translators: one value of the file, quoted */
      g_string_append_printf (text, C_("preview value", "“%s”"), value);
      n_values++;
    }

  if (n_values == 0 && preview != NULL && preview->len > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Empty in the first row",
                                         "Empty in the first %u rows", preview->len),
                            preview->len);

  if (n_values == 0)
    return g_strdup (_("No rows to preview"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_rows (AccordMappingDialog *self,
          const int           *proposed_columns,
          const int           *positions)
{
  for (guint g = 0; g < G_N_ELEMENTS (field_groups); g++)
    {
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

      adw_preferences_group_set_title (group, _(field_groups[g].title));
      if (field_groups[g].description != NULL)
        adw_preferences_group_set_description (group, _(field_groups[g].description));

      for (guint i = 0; field_groups[g].fields[i] != ACCORD_N_FIELDS; i++)
        {
          AccordField field = field_groups[g].fields[i];
          AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
          int column = proposed_columns[field];
          const char *title = _(field_texts[field].title);

          self->rows[field] = row;
          /* Values and names come from the file: no markup. */
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          gtk_widget_set_name (GTK_WIDGET (row), accord_field_get_name (field));
          gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                          -1);
          g_object_set_data (G_OBJECT (row), "accord-field", GUINT_TO_POINTER (field));
          adw_combo_row_set_factory (row, self->current_factory);
          adw_combo_row_set_list_factory (row, self->list_factory);
          adw_combo_row_set_model (row, G_LIST_MODEL (self->choices));
          adw_combo_row_set_selected (row, column >= 0 ? (guint) positions[column] : NOT_IN_FILE);
          update_row (self, field);
          g_signal_connect_object (row, "notify::selected",
                                   G_CALLBACK (selected_changed_cb), self, 0);

          adw_preferences_group_add (group, GTK_WIDGET (row));
        }

      adw_preferences_page_add (self->page, group);
    }
}

/**
 * accord_mapping_dialog_new:
 * @file_name: the file's name as the user knows it
 * @header: (array zero-terminated=1): the file's header row
 * @preview: (element-type GStrv) (nullable): the first data rows, fields
 *   in header order
 * @preset: the detected CRM, or %ACCORD_PRESET_NONE
 * @confidence: how sure the detection is, from 0 to 1
 * @proposed: (nullable): the mapping to start from, usually @preset's
 *
 * Creates a dialog that asks which column holds each Accord field, one
 * drop-down per field with the file's columns and their first values.
 * Columns of @proposed that @header lacks start as not in the file.
 *
 * Returns: (transfer none): the dialog, owned by GTK's list of toplevels
 *   like any window
 */
AccordMappingDialog *
accord_mapping_dialog_new (const char         *file_name,
                           const char * const *header,
                           GPtrArray          *preview,
                           AccordPreset        preset,
                           double              confidence,
                           AccordMapping      *proposed)
{
  AccordMappingDialog *self;
  guint n_header = header != NULL ? g_strv_length ((char **) header) : 0;
  guint n_preview = preview != NULL ? preview->len : 0;
  g_autofree int *positions = g_new0 (int, MAX (n_header, 1));
  g_autofree guint *lengths = g_new0 (guint, MAX (n_preview, 1));
  int proposed_columns[ACCORD_N_FIELDS];

  g_return_val_if_fail (proposed == NULL || ACCORD_IS_MAPPING (proposed), NULL);

  self = g_object_new (ACCORD_TYPE_MAPPING_DIALOG, NULL);

  if (file_name != NULL)
    adw_window_title_set_subtitle (self->window_title, file_name);
  show_detection (self, preset, confidence);

  for (guint r = 0; r < n_preview; r++)
    {
      char **fields = g_ptr_array_index (preview, r);

      lengths[r] = fields != NULL ? g_strv_length (fields) : 0;
    }

  /* A name the header repeats is one choice: a mapping finds a column by
   * name, so it could only ever mean the first. */
  for (guint i = 0; i < n_header; i++)
    {
      g_autofree char *name = dup_column_name (header[i]);

      positions[i] = NOT_IN_FILE;
      if (name == NULL)
        continue;

      for (guint j = 0; j < self->columns->len; j++)
        {
          if (g_strcmp0 (g_ptr_array_index (self->columns, j), name) == 0)
            {
              positions[i] = j + 1;
              break;
            }
        }
      if (positions[i] != NOT_IN_FILE)
        continue;

      gtk_string_list_append (self->choices, name);
      g_ptr_array_add (self->previews, dup_preview (preview, lengths, i));
      g_ptr_array_add (self->columns, g_steal_pointer (&name));
      positions[i] = self->columns->len;
    }

  if (proposed != NULL)
    accord_mapping_resolve (proposed, header, proposed_columns);
  else
    for (guint f = 0; f < ACCORD_N_FIELDS; f++)
      proposed_columns[f] = -1;

  add_rows (self, proposed_columns, positions);
  update_ready (self);

  return self;
}

static gboolean
cancelled_cb (GCancellable *cancellable,
              gpointer      user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

/**
 * accord_mapping_dialog_choose:
 * @self: a mapping dialog
 * @parent: (nullable): the window the dialog belongs to
 * @cancellable: (nullable): closes the dialog when cancelled
 * @callback: called when the user has chosen or cancelled
 * @user_data: data for @callback
 *
 * Presents @self, modal for @parent, and waits for the user. The dialog
 * destroys itself when it closes.
 */
void
accord_mapping_dialog_choose (AccordMappingDialog *self,
                              GtkWindow           *parent,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (ACCORD_IS_MAPPING_DIALOG (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (self->task == NULL);

  self->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (self->task, accord_mapping_dialog_choose);

  /* The cancellable may fire in any thread; the window closes in ours. */
  if (cancellable != NULL)
    {
      self->cancelled_source = g_cancellable_source_new (cancellable);
      g_source_set_callback (self->cancelled_source, G_SOURCE_FUNC (cancelled_cb), self, NULL);
      g_source_attach (self->cancelled_source, g_task_get_context (self->task));
    }

  accord_dialog_set_parent (GTK_WINDOW (self), parent);

  /* Enter then imports, or shows what the import still needs. */
  gtk_window_set_focus (GTK_WINDOW (self),
                        get_missing_row (self) == NULL ? self->import_button
                                                       : GTK_WIDGET (self->missing_button));
  gtk_window_present (GTK_WINDOW (self));
}

/**
 * accord_mapping_dialog_choose_finish:
 * @self: a mapping dialog
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Gets the user's choice. A dialog closed without importing gives
 * %G_IO_ERROR_CANCELLED.
 *
 * Returns: (transfer full) (nullable): the mapping the user confirmed,
 *   with the chosen fields only, or %NULL with @error set
 */
AccordMapping *
accord_mapping_dialog_choose_finish (AccordMappingDialog  *self,
                                     GAsyncResult         *result,
                                     GError              **error)
{
  g_return_val_if_fail (ACCORD_IS_MAPPING_DIALOG (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == accord_mapping_dialog_choose, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
