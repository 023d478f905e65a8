/* accord-agreement-editor.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every part of the agreement (DESIGN §1) on six pages. A field applies
 * its text to the session's agreement as soon as the text is valid —
 * after a short pause in typing, on Enter, or when the focus leaves it —
 * so every page of the dashboard follows and a saved workspace is saved.
 * Text that is not valid says why beside the field and changes nothing.
 *
 * Before each change the editor keeps a copy of the agreement; Undo
 * (Ctrl+Z, or the toast's button) puts the last copy back and fills the
 * fields from it. A change made elsewhere (the calculator, the Review
 * page's protocols) refills the fields and starts the history afresh, so
 * that Undo never takes back what the editor did not do.
 */

#define G_LOG_DOMAIN "accord-agreement-editor"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "accord-agreement-editor.h"
#include "accord-dialog.h"
#include "accord-kpi-format.h"
#include "accord-quarter.h"
#include "accord-quarter-row.h"
#include "accord-value-parser.h"
#include "accord-working-time.h"
#include "accord-zone.h"

/* Typing pauses this long before a field applies: one undo step per
 * word or number, not per key. Longer in the text sections. */
#define ENTRY_PAUSE_MS   800
#define SECTION_PAUSE_MS 1500

/* Undo steps kept. */
#define MAX_UNDO 100

typedef enum
{
  FIELD_NAME,
  FIELD_EMPLOYEES,       /* min, max */
  FIELD_REVENUE,         /* min, max */
  FIELD_SCORES,          /* High, Moderate */
  FIELD_DEFAULT_GOAL,    /* index: figure */
  FIELD_MONTH_GOAL,      /* index: figure; column: month of the quarter */
  FIELD_PROTOCOL,        /* index: tier; column: ProtocolColumn */
  FIELD_UNIVERSE,        /* min, max */
  FIELD_ACTIVE_MQLS,     /* min, max */
  FIELD_SQLS_PER_MONTH,
  FIELD_MQL_CONVERSION,  /* in percent */
  FIELD_REVIEW_MONTHS,
  FIELD_NEXT_REVIEW,
  FIELD_SECTION,         /* index: section */
  FIELD_BUSINESS_HOURS,  /* opening, closing; with the days and the switch */
} FieldKind;

typedef enum
{
  PROTOCOL_RESPONSE_HOURS,
  PROTOCOL_TOUCHES,
  PROTOCOL_BREAKUPS,
  PROTOCOL_TIMEFRAME_DAYS,
  N_PROTOCOL_COLUMNS
} ProtocolColumn;

/* One part of the agreement and the inputs that edit it together. */
typedef struct
{
  AccordAgreementEditor *self;
  FieldKind              kind;
  guint                  index;
  guint                  column;
  GtkWidget             *inputs[2];  /* GtkEditable or GtkTextView */
  guint                  n_inputs;
  AdwActionRow          *row;        /* says what is wrong in its subtitle… */
  char                  *subtitle;   /* …instead of this */
  GtkLabel              *message;    /* or this label does, below a grid */
  char                  *error;      /* what is wrong with the text, or NULL */
  guint                  timeout_id;
} Field;

struct _AccordAgreementEditor
{
  AdwPreferencesWindow  parent_instance;

  AccordSession        *session;
  AccordAgreement      *agreement;    /* the session's, followed */
  GPtrArray            *undo_stack;   /* AccordAgreement copies, oldest first */
  GPtrArray            *fields;       /* Field */
  Field                *hours_field;  /* one of them */
  GPtrArray            *industry_rows;
  GPtrArray            *sdr_rows;
  GPtrArray            *effort_rows;
  GPtrArray            *holiday_rows;
  AdwToast             *toast;        /* the Undo toast shown, if any */
  int                   quarter;      /* month key of the quarter's first month */
  AccordKpi             kpis[ACCORD_N_KPIS];  /* those checked, in order */
  guint                 n_kpis;
  gboolean              applying;     /* the editor is changing the agreement */
  gboolean              changed;      /* …and it did change */
  gboolean              loading;      /* the fields are being filled */

  GtkCheckButton       *kpi_checks[ACCORD_N_KPIS];
  GtkToggleButton      *day_toggles[7];  /* Monday first */

  AdwPreferencesGroup  *agreement_group;
  AdwPreferencesGroup  *quick_test_group;
  AdwExpanderRow       *industries_row;
  AdwEntryRow          *add_industry_row;
  GtkLabel             *quarter_label;
  GtkGrid              *goal_grid;
  GtkLabel             *goal_message;
  GtkGrid              *protocol_grid;
  GtkLabel             *protocol_message;
  AdwPreferencesGroup  *tier_group;
  AdwExpanderRow       *hours_row;
  AdwExpanderRow       *holidays_row;
  AdwEntryRow          *add_holiday_row;
  AdwPreferencesGroup  *capacity_group;
  AdwPreferencesGroup  *sdr_group;
  AdwEntryRow          *add_sdr_row;
  GtkLabel             *sdr_message;
  AdwComboRow          *handoff_row;
  AdwPreferencesGroup  *kpi_group;
  GtkLabel             *kpi_message;
  AdwPreferencesGroup  *effort_group;
  AdwEntryRow          *add_effort_row;
  GtkLabel             *effort_message;
  AdwPreferencesGroup  *review_group;
  AdwPreferencesPage   *document_page;
};

G_DEFINE_FINAL_TYPE (AccordAgreementEditor, accord_agreement_editor, ADW_TYPE_PREFERENCES_WINDOW)

/* The handoff rules offered, in the order of the combo row's list. */
static const char * const handoff_rules[] = {
  ACCORD_HANDOFF_LEAST_LOAD,
};

static const AccordTier editor_tiers[] = {
  ACCORD_TIER_HIGH, ACCORD_TIER_MODERATE, ACCORD_TIER_LOW,
};

static const char * const tier_titles[] = {
  [ACCORD_TIER_HIGH] = N_("High"),
  [ACCORD_TIER_MODERATE] = N_("Moderate"),
  [ACCORD_TIER_LOW] = N_("Low"),
};

static const char * const protocol_titles[N_PROTOCOL_COLUMNS] = {
  N_("First call within (hours)"),
  N_("Calls and emails"),
  N_("Breakup emails"),
  N_("Timeframe (days)"),
};

static const char * const protocol_names[N_PROTOCOL_COLUMNS] = {
  "response-hours", "touches", "breakups", "timeframe-days",
};

static const char * const section_titles[ACCORD_N_SECTIONS] = {
  [ACCORD_SECTION_SUMMARY] = N_("Summary"),
  [ACCORD_SECTION_GOALS] = N_("Goals of Each Party"),
  [ACCORD_SECTION_NEEDS] = N_("What Each Party Needs"),
  [ACCORD_SECTION_RESPONSIBILITIES] = N_("Who Is Responsible"),
  [ACCORD_SECTION_IF_GOALS_NOT_MET] = N_("If Goals Are Not Met"),
  [ACCORD_SECTION_CANCELLATION] = N_("Conditions of Cancellation"),
};

static const char * const section_names[ACCORD_N_SECTIONS] = {
  "summary", "goals", "needs", "responsibilities", "if-goals-not-met", "cancellation",
};

static void load_fields (AccordAgreementEditor *self);
static void load_business_hours (AccordAgreementEditor *self);
static void update_placeholder (AccordAgreementEditor *self,
                                Field                 *field);

/* Fields ---------------------------------------------------------------- */

static void
field_free (gpointer data)
{
  Field *field = data;

  g_clear_handle_id (&field->timeout_id, g_source_remove);
  g_free (field->subtitle);
  g_free (field->error);
  g_free (field);
}

static gboolean
is_count (FieldKind kind)
{
  switch (kind)
    {
    case FIELD_EMPLOYEES:
    case FIELD_PROTOCOL:
    case FIELD_UNIVERSE:
    case FIELD_ACTIVE_MQLS:
    case FIELD_SQLS_PER_MONTH:
    case FIELD_REVIEW_MONTHS:
      return TRUE;
    default:
      return FALSE;
    }
}

/* An empty field means "no bound" or "the default". */
static gboolean
is_optional (FieldKind kind)
{
  return kind == FIELD_EMPLOYEES || kind == FIELD_REVENUE ||
         kind == FIELD_DEFAULT_GOAL || kind == FIELD_MONTH_GOAL;
}

/* What to type, said when the text is not that. */
static const char *
get_hint (Field *field)
{
  switch (field->kind)
    {
    case FIELD_EMPLOYEES:
      return _("Enter a whole number of employees, or leave it empty");
    case FIELD_REVENUE:
      return _("Enter an amount, zero or more, or leave it empty");
    case FIELD_SCORES:
      return _("Enter a score");
    case FIELD_DEFAULT_GOAL:
    case FIELD_MONTH_GOAL:
      return _("Enter a goal, zero or more, or leave it empty");
    case FIELD_PROTOCOL:
      switch ((ProtocolColumn) field->column)
        {
        case PROTOCOL_RESPONSE_HOURS:
          return _("Enter a whole number of hours, 1 or more");
        case PROTOCOL_TOUCHES:
          return _("Enter a whole number of calls and emails");
        case PROTOCOL_BREAKUPS:
          return _("Enter a whole number of breakup emails");
        case PROTOCOL_TIMEFRAME_DAYS:
        case N_PROTOCOL_COLUMNS:
        default:
          return _("Enter a whole number of days, 1 or more");
        }
    case FIELD_UNIVERSE:
      return _("Enter a whole number of qualified leads");
    case FIELD_ACTIVE_MQLS:
      return _("Enter a whole number of MQLs");
    case FIELD_SQLS_PER_MONTH:
      return _("Enter a whole number of SQLs");
    case FIELD_MQL_CONVERSION:
      return _("Enter a percentage above 0 and at most 100");
    case FIELD_REVIEW_MONTHS:
      return _("Enter a whole number of months, 1 or more");
    case FIELD_NEXT_REVIEW:
      return _("Enter a date such as 2027-03-31, or leave it empty");
    case FIELD_BUSINESS_HOURS:
      return _("Enter times such as 09:00 and 17:30");
    case FIELD_NAME:
    case FIELD_SECTION:
    default:
      return "";
    }
}

static char *
dup_input_text (GtkWidget *input)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (GTK_IS_EDITABLE (input))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (input)));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (input));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Leaves the text alone when it already says this, so that the cursor
 * stays where it is. */
static void
set_input_text (GtkWidget  *input,
                const char *text)
{
  g_autofree char *current = dup_input_text (input);

  if (g_strcmp0 (current, text) == 0)
    return;

  if (GTK_IS_EDITABLE (input))
    gtk_editable_set_text (GTK_EDITABLE (input), text);
  else
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (input)), text, -1);
}

/* A number as it is typed: 300, 0.5, 1500000; empty for none. */
static char *
format_value (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return g_strdup ("");
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.12g", value));
}

static char *
format_count (int value)
{
  return value < 0 ? g_strdup ("") : g_strdup_printf ("%d", value);
}

/* The hint, and why the text is not what it asks for. */
static char *
dup_reason_message (Field      *field,
                    const char *reason)
{
  if (reason == NULL)
    return g_strdup (get_hint (field));

  /* Translators: what to type, then why the text typed is not that:
   * "Enter a whole number of hours, 1 or more (“4.5” is not a whole number)" */
  return g_strdup_printf (_("%s (%s)"), get_hint (field), reason);
}

/* Reads one input as a number; NAN where an optional field is empty. */
static gboolean
read_number (Field      *field,
             guint       i,
             double     *value,
             char      **message)
{
  g_autofree char *text = dup_input_text (field->inputs[i]);
  g_autofree char *reason = NULL;
  AccordValueStatus status;

  if (accord_value_is_empty (text))
    {
      *value = NAN;
      if (is_optional (field->kind))
        return TRUE;
      *message = g_strdup (get_hint (field));
      return FALSE;
    }

  if (is_count (field->kind))
    {
      gint32 count = 0;

      status = accord_parse_count (text, &count, &reason);
      *value = count;
    }
  else
    {
      status = accord_parse_amount (text, value, &reason);
    }

  if (status != ACCORD_VALUE_OK || !isfinite (*value))
    {
      *message = dup_reason_message (field, reason);
      return FALSE;
    }

  switch (field->kind)
    {
    case FIELD_REVENUE:
    case FIELD_DEFAULT_GOAL:
    case FIELD_MONTH_GOAL:
      if (*value < 0)
        {
          *message = g_strdup (get_hint (field));
          return FALSE;
        }
      break;

    case FIELD_PROTOCOL:
      if (*value < 1 && (field->column == PROTOCOL_RESPONSE_HOURS ||
                         field->column == PROTOCOL_TIMEFRAME_DAYS))
        {
          *message = g_strdup (get_hint (field));
          return FALSE;
        }
      break;

    case FIELD_REVIEW_MONTHS:
      if (*value < 1)
        {
          *message = g_strdup (get_hint (field));
          return FALSE;
        }
      break;

    case FIELD_MQL_CONVERSION:
      if (*value <= 0 || *value > 100)
        {
          *message = g_strdup (get_hint (field));
          return FALSE;
        }
      break;

    default:
      break;
    }

  return TRUE;
}

/* Both bounds of a band, each optional. */
static gboolean
check_band (double   min,
            double   max,
            char   **message)
{
  if (!isnan (min) && !isnan (max) && min > max)
    {
      *message = g_strdup (_("The minimum must not be above the maximum"));
      return FALSE;
    }

  return TRUE;
}

/* A date typed year first, as "YYYY-MM-DD" in @date; @reason may say
 * why the text is not a date. */
static AccordValueStatus
read_ymd (const char  *text,
          char       **date,
          char       **reason)
{
  AccordDateParts parts;
  AccordValueStatus status = accord_parse_date (text, ACCORD_DATE_ORDER_UNKNOWN, &parts, reason);

  *date = NULL;
  if (status != ACCORD_VALUE_OK)
    return status;

  /* Only a date written year first says which is the day. */
  if (parts.epoch || parts.has_time || parts.ambiguous || parts.evidence != ACCORD_DATE_ORDER_UNKNOWN)
    return ACCORD_VALUE_INVALID;

  *date = g_strdup_printf ("%04d-%02d-%02d", parts.year, parts.month, parts.day);
  return ACCORD_VALUE_OK;
}

/* The date typed, "YYYY-MM-DD", or NULL when empty. */
static gboolean
read_date (Field  *field,
           char  **date,
           char  **message)
{
  g_autofree char *text = dup_input_text (field->inputs[0]);
  g_autofree char *reason = NULL;

  if (read_ymd (text, date, &reason) != ACCORD_VALUE_INVALID)
    return TRUE;

  *message = dup_reason_message (field, reason);
  return FALSE;
}

static AccordWeekdays
get_chosen_days (AccordAgreementEditor *self)
{
  AccordWeekdays days = 0;

  for (guint d = 0; d < G_N_ELEMENTS (self->day_toggles); d++)
    if (gtk_toggle_button_get_active (self->day_toggles[d]))
      days |= 1 << d;

  return days;
}

/* DESIGN §3: off, hours count on the calendar; on, only working time,
 * on the days chosen, between the opening and the closing time. */
static gboolean
write_business_hours (AccordAgreementEditor  *self,
                      Field                  *field,
                      char                  **message)
{
  const AccordBusinessHours *current = accord_agreement_get_business_hours (self->agreement);
  g_autofree char *start = dup_input_text (field->inputs[0]);
  g_autofree char *end = dup_input_text (field->inputs[1]);
  AccordBusinessHours hours = { 0, };

  if (!adw_expander_row_get_enable_expansion (self->hours_row))
    {
      accord_agreement_set_business_hours (self->agreement, NULL);
      return TRUE;
    }

  g_strstrip (start);
  g_strstrip (end);
  if (!accord_time_of_day_parse (start, FALSE, &hours.start) ||
      !accord_time_of_day_parse (end, TRUE, &hours.end))
    {
      *message = g_strdup (get_hint (field));
      return FALSE;
    }
  if (hours.end <= hours.start)
    {
      *message = g_strdup (_("The closing time must be after the opening time"));
      return FALSE;
    }

  hours.days = get_chosen_days (self);
  if (hours.days == 0)
    {
      *message = g_strdup (_("Choose at least one working day"));
      return FALSE;
    }

  if (current != NULL)
    {
      hours.holidays = current->holidays;
      hours.n_holidays = current->n_holidays;
    }

  return accord_agreement_set_business_hours (self->agreement, &hours);
}

/* Writes the field's text into the agreement when it is valid; else says
 * why in @message and changes nothing. */
static gboolean
write_field (AccordAgreementEditor  *self,
             Field                  *field,
             char                  **message)
{
  AccordAgreement *agreement = self->agreement;
  AccordCapacity capacity = *accord_agreement_get_capacity (agreement);
  double values[2] = { NAN, NAN };

  if (field->kind == FIELD_NAME || field->kind == FIELD_SECTION)
    {
      g_autofree char *text = dup_input_text (field->inputs[0]);

      if (field->kind == FIELD_NAME)
        accord_agreement_set_name (agreement, text);
      else
        accord_agreement_set_section (agreement, field->index, text);
      return TRUE;
    }

  if (field->kind == FIELD_BUSINESS_HOURS)
    return write_business_hours (self, field, message);

  if (field->kind == FIELD_NEXT_REVIEW)
    {
      g_autofree char *date = NULL;

      if (!read_date (field, &date, message))
        return FALSE;
      accord_agreement_set_next_review (agreement, date);
      return TRUE;
    }

  for (guint i = 0; i < field->n_inputs; i++)
    if (!read_number (field, i, &values[i], message))
      return FALSE;

  switch (field->kind)
    {
    case FIELD_EMPLOYEES:
      if (!check_band (values[0], values[1], message))
        return FALSE;
      accord_agreement_set_employees (agreement,
                                      isnan (values[0]) ? -1 : (int) values[0],
                                      isnan (values[1]) ? -1 : (int) values[1]);
      break;

    case FIELD_REVENUE:
      if (!check_band (values[0], values[1], message))
        return FALSE;
      accord_agreement_set_revenue (agreement, values[0], values[1]);
      break;

    case FIELD_SCORES:
      if (values[1] >= values[0])
        {
          *message = g_strdup (_("The Moderate threshold must be below the High one"));
          return FALSE;
        }
      accord_agreement_set_score_thresholds (agreement, values[0], values[1]);
      break;

    case FIELD_DEFAULT_GOAL:
      accord_agreement_set_default_goal (agreement, field->index, values[0]);
      break;

    case FIELD_MONTH_GOAL:
      accord_agreement_set_goal (agreement, self->quarter + (int) field->column, field->index, values[0]);
      break;

    case FIELD_PROTOCOL:
      {
        AccordProtocol protocol = *accord_agreement_get_protocol (agreement, field->index);
        guint *parts[N_PROTOCOL_COLUMNS] = {
          &protocol.response_hours, &protocol.touches, &protocol.breakups, &protocol.timeframe_days,
        };

        *parts[field->column] = (guint) values[0];
        accord_agreement_set_protocol (agreement, field->index, &protocol);
      }
      break;

    case FIELD_UNIVERSE:
    case FIELD_ACTIVE_MQLS:
      if (!check_band (values[0], values[1], message))
        return FALSE;
      if (field->kind == FIELD_UNIVERSE)
        {
          capacity.universe_min = (guint) values[0];
          capacity.universe_max = (guint) values[1];
        }
      else
        {
          capacity.active_min = (guint) values[0];
          capacity.active_max = (guint) values[1];
        }
      accord_agreement_set_capacity (agreement, &capacity);
      break;

    case FIELD_SQLS_PER_MONTH:
      capacity.sqls_per_month = (guint) values[0];
      accord_agreement_set_capacity (agreement, &capacity);
      break;

    case FIELD_MQL_CONVERSION:
      capacity.mql_conversion = values[0] / 100;
      accord_agreement_set_capacity (agreement, &capacity);
      break;

    case FIELD_REVIEW_MONTHS:
      accord_agreement_set_review_months (agreement, (guint) values[0]);
      break;

    case FIELD_NAME:
    case FIELD_SECTION:
    case FIELD_NEXT_REVIEW:
    case FIELD_BUSINESS_HOURS:
    default:
      g_assert_not_reached ();
    }

  return TRUE;
}

/* The row's usual subtitle; the next review's says the date in words. */
static char *
dup_subtitle (AccordAgreementEditor *self,
              Field                 *field)
{
  g_autofree char *date = NULL;

  if (field->kind != FIELD_NEXT_REVIEW)
    return g_strdup (field->subtitle);

  date = accord_agreement_format_next_review (self->agreement);
  if (date == NULL)
    return g_strdup (_("None set"));
  return g_steal_pointer (&date);
}

/* The name of a grid's cell, for a screen reader and for its message:
 * "SQLs created, October 2024", "SQLs created, default", "High, Calls
 * and emails". */
static char *
dup_cell_name (AccordAgreementEditor *self,
               Field                 *field)
{
  g_autofree char *month = NULL;

  switch (field->kind)
    {
    case FIELD_MONTH_GOAL:
      month = accord_month_key_format_name (self->quarter + (int) field->column);
      /* Translators: a goal's cell, "SQLs created, October 2024" */
      return g_strdup_printf (_("%s, %s"), accord_figure_get_title (field->index), month);
    case FIELD_DEFAULT_GOAL:
      /* Translators: a default goal's cell, "SQLs created, default" */
      return g_strdup_printf (_("%s, default"), accord_figure_get_title (field->index));
    case FIELD_PROTOCOL:
      /* Translators: a protocol's cell, "High, Calls and emails" */
      return g_strdup_printf (_("%s, %s"), _(tier_titles[field->index]), _(protocol_titles[field->column]));
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/* A grid has one message label: it tells the first problem in it. */
static void
update_grid_message (AccordAgreementEditor *self,
                     GtkLabel              *label)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (field->message == label && field->error != NULL)
        {
          g_autofree char *cell = dup_cell_name (self, field);
          /* Translators: a cell of a grid, then what is wrong with it:
           * "Leads sourced, November 2024: Enter a goal, zero or more" */
          g_autofree char *text = g_strdup_printf (_("%s: %s"), cell, field->error);

          gtk_label_set_label (label, text);
          gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
          return;
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
}

static void
show_field_error (Field      *field,
                  const char *error)
{
  AccordAgreementEditor *self = field->self;

  g_free (field->error);
  field->error = g_strdup (error);

  for (guint i = 0; i < field->n_inputs; i++)
    {
      if (error != NULL)
        gtk_widget_add_css_class (field->inputs[i], "error");
      else
        gtk_widget_remove_css_class (field->inputs[i], "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field->inputs[i]),
                                   GTK_ACCESSIBLE_STATE_INVALID,
                                   error != NULL ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                                   -1);
    }

  if (field->row != NULL)
    {
      g_autofree char *subtitle = error != NULL ? g_strdup (error) : dup_subtitle (self, field);

      adw_action_row_set_subtitle (field->row, subtitle);
    }
  if (field->message != NULL)
    update_grid_message (self, field->message);
}

/* Undo ------------------------------------------------------------------- */

/* Typing not yet applied can be undone too. */
static void
update_undo_action (AccordAgreementEditor *self)
{
  gboolean pending = FALSE;

  for (guint i = 0; i < self->fields->len && !pending; i++)
    pending = ((Field *) g_ptr_array_index (self->fields, i))->timeout_id != 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.undo", self->undo_stack->len > 0 || pending);
}

static void
toast_dismissed_cb (AdwToast              *toast,
                    AccordAgreementEditor *self)
{
  if (self->toast == toast)
    self->toast = NULL;
}

/* One toast at a time says what the last change was. */
static void
show_undo_toast (AccordAgreementEditor *self,
                 const char            *title)
{
  AdwToast *toast;

  if (self->toast != NULL)
    {
      adw_toast_set_title (self->toast, title);
      return;
    }

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "editor.undo");
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self, 0);
  self->toast = toast;
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static void
clear_undo (AccordAgreementEditor *self)
{
  /* A toast on screen stays, its button off with nothing to undo:
   * dismissing toasts while they animate crashed libadwaita 1.2 here. */
  g_ptr_array_set_size (self->undo_stack, 0);
  update_undo_action (self);
}

/* Keeps the agreement as it is, to undo what comes next. */
static AccordAgreement *
begin_change (AccordAgreementEditor *self)
{
  AccordAgreement *before = accord_agreement_new ();

  accord_agreement_copy_from (before, self->agreement);
  self->applying = TRUE;
  self->changed = FALSE;

  return before;
}

/* Makes @before an undo step when the agreement did change. */
static void
end_change (AccordAgreementEditor *self,
            AccordAgreement       *before,
            const char            *title)
{
  self->applying = FALSE;

  if (!self->changed)
    {
      g_object_unref (before);
      return;
    }

  if (self->undo_stack->len == MAX_UNDO)
    g_ptr_array_remove_index (self->undo_stack, 0);
  g_ptr_array_add (self->undo_stack, before);
  update_undo_action (self);
  show_undo_toast (self, title);
}

static const char *
get_change_title (FieldKind kind)
{
  switch (kind)
    {
    case FIELD_NAME:
      return _("Name changed");
    case FIELD_EMPLOYEES:
    case FIELD_REVENUE:
      return _("Quick Test changed");
    case FIELD_SCORES:
      return _("Score thresholds changed");
    case FIELD_DEFAULT_GOAL:
    case FIELD_MONTH_GOAL:
      return _("Goal changed");
    case FIELD_PROTOCOL:
      return _("Protocol changed");
    case FIELD_UNIVERSE:
    case FIELD_ACTIVE_MQLS:
    case FIELD_SQLS_PER_MONTH:
    case FIELD_MQL_CONVERSION:
      return _("Capacity changed");
    case FIELD_REVIEW_MONTHS:
    case FIELD_NEXT_REVIEW:
      return _("Review changed");
    case FIELD_BUSINESS_HOURS:
      return _("Working hours changed");
    case FIELD_SECTION:
    default:
      return _("Text changed");
    }
}

/* Applies the field now if its text is valid, else says why. */
static void
flush_field (Field *field)
{
  AccordAgreementEditor *self = field->self;
  g_autofree char *message = NULL;
  AccordAgreement *before;
  gboolean written;

  g_clear_handle_id (&field->timeout_id, g_source_remove);

  before = begin_change (self);
  written = write_field (self, field, &message);
  end_change (self, before, get_change_title (field->kind));

  show_field_error (field, written ? NULL : message);
  update_undo_action (self);

  if (written && field->kind == FIELD_BUSINESS_HOURS)
    {
      self->loading = TRUE;
      load_business_hours (self);
      self->loading = FALSE;
    }

  /* The months without a goal of their own take the new default. */
  if (written && field->kind == FIELD_DEFAULT_GOAL)
    for (guint i = 0; i < self->fields->len; i++)
      {
        Field *month = g_ptr_array_index (self->fields, i);

        if (month->kind == FIELD_MONTH_GOAL && month->index == field->index)
          update_placeholder (self, month);
      }
}

/* Whatever is still waiting for a pause in typing applies first. */
static void
flush_fields (AccordAgreementEditor *self)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (field->timeout_id != 0)
        flush_field (field);
    }
}

static gboolean
field_pause_cb (gpointer user_data)
{
  Field *field = user_data;

  field->timeout_id = 0;
  flush_field (field);

  return G_SOURCE_REMOVE;
}

static void
field_changed_cb (Field *field)
{
  if (field->self->loading)
    return;

  g_clear_handle_id (&field->timeout_id, g_source_remove);
  field->timeout_id = g_timeout_add (field->kind == FIELD_SECTION ? SECTION_PAUSE_MS : ENTRY_PAUSE_MS,
                                     field_pause_cb, field);
  update_undo_action (field->self);
}

static void
field_activate_cb (Field *field)
{
  flush_field (field);
}

static void
field_focus_leave_cb (GtkEventControllerFocus *controller,
                      Field                   *field)
{
  if (field->timeout_id != 0)
    flush_field (field);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccordAgreementEditor *self = ACCORD_AGREEMENT_EDITOR (widget);
  g_autoptr(AccordAgreement) before = NULL;

  /* Typing not yet applied is the last change: it is what Undo takes back. */
  flush_fields (self);
  if (self->undo_stack->len == 0)
    return;

  before = g_ptr_array_steal_index (self->undo_stack, self->undo_stack->len - 1);
  self->applying = TRUE;
  accord_agreement_copy_from (self->agreement, before);
  self->applying = FALSE;

  load_fields (self);
  update_undo_action (self);
  if (self->toast != NULL)
    adw_toast_set_title (self->toast, _("Change undone"));
}

/* Building the fields ------------------------------------------------------ */

static Field *
add_field (AccordAgreementEditor *self,
           FieldKind              kind,
           guint                  index,
           guint                  column)
{
  Field *field = g_new0 (Field, 1);

  field->self = self;
  field->kind = kind;
  field->index = index;
  field->column = column;
  g_ptr_array_add (self->fields, field);

  return field;
}

/* Watches an input: it applies after a pause, on Enter and when the
 * focus leaves it. The editor's Ctrl+Z undoes applied changes, so the
 * input's own undo is off. */
static void
watch_input (Field     *field,
             GtkWidget *input)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  field->inputs[field->n_inputs++] = input;

  if (GTK_IS_EDITABLE (input))
    {
      gtk_editable_set_enable_undo (GTK_EDITABLE (input), FALSE);
      g_signal_connect_swapped (input, "changed", G_CALLBACK (field_changed_cb), field);
      if (GTK_IS_ENTRY (input))
        g_signal_connect_swapped (input, "activate", G_CALLBACK (field_activate_cb), field);
      else if (ADW_IS_ENTRY_ROW (input))
        g_signal_connect_swapped (input, "entry-activated", G_CALLBACK (field_activate_cb), field);
    }
  else
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (input));

      gtk_text_buffer_set_enable_undo (buffer, FALSE);
      g_signal_connect_swapped (buffer, "changed", G_CALLBACK (field_changed_cb), field);
    }

  g_signal_connect (focus, "leave", G_CALLBACK (field_focus_leave_cb), field);
  gtk_widget_add_controller (input, focus);
}

static GtkWidget *
make_entry (const char *name,
            const char *accessible_label,
            int         width_chars)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_name (entry, name);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), width_chars);
  gtk_entry_set_alignment (GTK_ENTRY (entry), 1);
  gtk_widget_add_css_class (entry, "numeric");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);

  return entry;
}

/* A row with one number, or a band of two ("min – max"), and a unit. */
static Field *
add_number_row (AccordAgreementEditor *self,
                AdwPreferencesGroup   *group,
                FieldKind              kind,
                const char            *name,
                const char            *title,
                const char            *subtitle,
                gboolean               band,
                const char            *unit)
{
  Field *field = add_field (self, kind, 0, 0);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *row_name = g_strconcat (name, "-row", NULL);

  gtk_widget_set_name (row, row_name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  field->row = ADW_ACTION_ROW (row);
  field->subtitle = g_strdup (subtitle);

  if (band)
    {
      g_autofree char *min_name = g_strconcat (name, "-min", NULL);
      g_autofree char *max_name = g_strconcat (name, "-max", NULL);
      /* Translators: the accessible names of a band's bounds, "Employees, minimum" */
      g_autofree char *min_label = g_strdup_printf (_("%s, minimum"), title);
      g_autofree char *max_label = g_strdup_printf (_("%s, maximum"), title);
      GtkWidget *min = make_entry (min_name, min_label, 8);
      GtkWidget *max = make_entry (max_name, max_label, 8);

      gtk_entry_set_placeholder_text (GTK_ENTRY (min), _("Min"));
      gtk_entry_set_placeholder_text (GTK_ENTRY (max), _("Max"));
      gtk_box_append (GTK_BOX (box), min);
      gtk_box_append (GTK_BOX (box), gtk_label_new ("–"));
      gtk_box_append (GTK_BOX (box), max);
      watch_input (field, min);
      watch_input (field, max);
    }
  else
    {
      GtkWidget *entry = make_entry (name, title, 8);

      gtk_box_append (GTK_BOX (box), entry);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);
      watch_input (field, entry);
    }

  if (unit != NULL)
    {
      GtkWidget *label = gtk_label_new (unit);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  adw_preferences_group_add (group, row);

  return field;
}

static GtkWidget *
make_heading (const char *text,
              float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), xalign > 0.5 ? GTK_JUSTIFY_RIGHT : GTK_JUSTIFY_LEFT);
  gtk_widget_set_valign (label, GTK_ALIGN_END);
  gtk_widget_add_css_class (label, "heading");

  return label;
}

static GtkWidget *
make_row_title (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);

  return label;
}

/* A cell of a grid: its problems are told below the grid. */
static Field *
add_grid_cell (AccordAgreementEditor *self,
               GtkGrid               *grid,
               GtkLabel              *message,
               FieldKind              kind,
               guint                  index,
               guint                  column,
               const char            *name,
               int                    x,
               int                    y)
{
  Field *field = add_field (self, kind, index, column);
  GtkWidget *entry = make_entry (name, "", 7);

  field->message = message;
  gtk_grid_attach (grid, entry, x, y, 1, 1);
  watch_input (field, entry);

  return field;
}

/* Goals: a row per figure; the default, then the quarter's months. */
static void
build_goal_grid (AccordAgreementEditor *self)
{
  gtk_grid_attach (self->goal_grid, make_heading (_("Default"), 1), 1, 0, 1, 1);
  gtk_grid_attach (self->goal_grid, gtk_separator_new (GTK_ORIENTATION_VERTICAL), 2, 0, 1, ACCORD_N_FIGURES + 1);
  for (guint m = 0; m < ACCORD_QUARTER_N_MONTHS; m++)
    {
      GtkWidget *heading = make_heading ("", 1);
      g_autofree char *name = g_strdup_printf ("goal-month-%u", m + 1);

      gtk_widget_set_name (heading, name);
      gtk_grid_attach (self->goal_grid, heading, 3 + m, 0, 1, 1);
    }

  for (guint f = 0; f < ACCORD_N_FIGURES; f++)
    {
      const char *figure = accord_figure_get_name (f);
      g_autofree char *default_name = g_strdup_printf ("goal-default-%s", figure);
      Field *field;

      gtk_grid_attach (self->goal_grid, make_row_title (accord_figure_get_title (f)), 0, 1 + f, 1, 1);
      field = add_grid_cell (self, self->goal_grid, self->goal_message, FIELD_DEFAULT_GOAL, f, 0,
                             default_name, 1, 1 + f);
      gtk_entry_set_placeholder_text (GTK_ENTRY (field->inputs[0]), _("None"));

      for (guint m = 0; m < ACCORD_QUARTER_N_MONTHS; m++)
        {
          g_autofree char *name = g_strdup_printf ("goal-%s-%u", figure, m + 1);

          add_grid_cell (self, self->goal_grid, self->goal_message, FIELD_MONTH_GOAL, f, m,
                         name, 3 + (int) m, 1 + f);
        }
    }
}

/* Protocols: a row per tier, a column per part. */
static void
build_protocol_grid (AccordAgreementEditor *self)
{
  for (guint c = 0; c < N_PROTOCOL_COLUMNS; c++)
    gtk_grid_attach (self->protocol_grid, make_heading (_(protocol_titles[c]), 1), 1 + c, 0, 1, 1);

  for (guint t = 0; t < G_N_ELEMENTS (editor_tiers); t++)
    {
      AccordTier tier = editor_tiers[t];

      gtk_grid_attach (self->protocol_grid, make_row_title (_(tier_titles[tier])), 0, 1 + t, 1, 1);
      for (guint c = 0; c < N_PROTOCOL_COLUMNS; c++)
        {
          g_autofree char *name = g_strdup_printf ("protocol-%s-%s", accord_tier_get_name (tier),
                                                   protocol_names[c]);
          Field *field = add_grid_cell (self, self->protocol_grid, self->protocol_message,
                                        FIELD_PROTOCOL, tier, c, name, 1 + (int) c, 1 + (int) t);
          g_autofree char *label = dup_cell_name (self, field);

          gtk_accessible_update_property (GTK_ACCESSIBLE (field->inputs[0]),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                          -1);
        }
    }
}

/* The KPIs keep the order they were chosen in; they apply only while
 * 5 to 7 are chosen. */
static void
kpi_toggled_cb (AccordAgreementEditor *self)
{
  AccordAgreement *before;
  guint n = 0;

  if (self->loading)
    return;

  /* Those still chosen, in their order, then those newly chosen. */
  for (guint i = 0; i < self->n_kpis; i++)
    if (gtk_check_button_get_active (self->kpi_checks[self->kpis[i]]))
      self->kpis[n++] = self->kpis[i];
  for (guint k = 0; k < ACCORD_N_KPIS; k++)
    {
      gboolean listed = FALSE;

      for (guint i = 0; i < n; i++)
        listed |= self->kpis[i] == k;
      if (!listed && gtk_check_button_get_active (self->kpi_checks[k]))
        self->kpis[n++] = k;
    }
  self->n_kpis = n;

  if (n < ACCORD_AGREEMENT_MIN_KPIS || n > ACCORD_AGREEMENT_MAX_KPIS)
    {
      g_autofree char *message =
        /* Translators: shown while too few or too many KPIs are checked */
        g_strdup_printf (ngettext ("Choose between %d and %d KPIs (%u is chosen)",
                                   "Choose between %d and %d KPIs (%u are chosen)", n),
                         ACCORD_AGREEMENT_MIN_KPIS, ACCORD_AGREEMENT_MAX_KPIS, n);

      gtk_label_set_label (self->kpi_message, message);
      gtk_widget_set_visible (GTK_WIDGET (self->kpi_message), TRUE);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->kpi_message), FALSE);
  before = begin_change (self);
  accord_agreement_set_kpis (self->agreement, self->kpis, self->n_kpis);
  end_change (self, before, _("KPIs changed"));
}

static void
build_kpis (AccordAgreementEditor *self)
{
  for (guint k = 0; k < ACCORD_N_KPIS; k++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *name = g_strdup_printf ("kpi-%s", accord_kpi_get_name (k));

      gtk_widget_set_name (check, name);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), accord_kpi_get_title (k));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->kpi_group, row);
      self->kpi_checks[k] = GTK_CHECK_BUTTON (check);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (kpi_toggled_cb), self);
    }
}

static void
build_sections (AccordAgreementEditor *self)
{
  for (guint s = 0; s < ACCORD_N_SECTIONS; s++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *view = gtk_text_view_new ();
      GtkWidget *frame = gtk_frame_new (NULL);
      g_autofree char *name = g_strdup_printf ("section-%s", section_names[s]);
      Field *field = add_field (self, FIELD_SECTION, s, 0);

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(section_titles[s]));
      gtk_widget_set_name (view, name);
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
      gtk_widget_set_size_request (view, -1, 96);
      gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(section_titles[s]),
                                      GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE,
                                      -1);
      gtk_frame_set_child (GTK_FRAME (frame), view);
      gtk_widget_add_css_class (frame, "view");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);
      adw_preferences_page_add (self->document_page, ADW_PREFERENCES_GROUP (group));
      watch_input (field, view);
    }
}

/* Both thresholds are one field, as the Moderate one must stay below the
 * High one; a problem is told on the Moderate row. */
static void
build_score_rows (AccordAgreementEditor *self)
{
  const char *subtitles[] = {
    _("A lead with at least this score is High"),
    _("A lead with at least this score is Moderate; below, Low"),
  };
  const char *titles[] = { _("High from score"), _("Moderate from score") };
  const char *names[] = { "score-high", "score-moderate" };
  Field *field = add_field (self, FIELD_SCORES, 0, 0);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *entry = make_entry (names[i], titles[i], 8);
      g_autofree char *row_name = g_strconcat (names[i], "-row", NULL);

      gtk_widget_set_name (row, row_name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), titles[i]);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitles[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);
      adw_preferences_group_add (self->tier_group, row);
      watch_input (field, entry);
      field->row = ADW_ACTION_ROW (row);
    }
  field->subtitle = g_strdup (subtitles[1]);
}

static void
hours_changed_cb (AccordAgreementEditor *self)
{
  if (!self->loading)
    flush_field (self->hours_field);
}

/* Working hours: the days as toggles, the opening and closing times as
 * one field, told wrong on their row. */
static void
build_hours_rows (AccordAgreementEditor *self)
{
  GtkWidget *days_row = adw_action_row_new ();
  GtkWidget *days_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *times_row = adw_action_row_new ();
  GtkWidget *times_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *start = make_entry ("hours-start", _("Opening time"), 6);
  GtkWidget *end = make_entry ("hours-end", _("Closing time"), 6);
  Field *field = add_field (self, FIELD_BUSINESS_HOURS, 0, 0);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (days_row), _("Working days"));
  gtk_widget_set_valign (days_box, GTK_ALIGN_CENTER);
  for (guint d = 0; d < G_N_ELEMENTS (self->day_toggles); d++)
    {
      /* 3 January 2022 was a Monday. */
      g_autoptr(GDateTime) day = g_date_time_new_utc (2022, 1, 3 + (int) d, 12, 0, 0);
      g_autofree char *short_name = g_date_time_format (day, "%a");
      g_autofree char *long_name = g_date_time_format (day, "%A");
      g_autofree char *name = g_strdup_printf ("hours-day-%u", d + 1);
      GtkWidget *toggle = gtk_toggle_button_new_with_label (short_name);

      gtk_widget_set_name (toggle, name);
      gtk_widget_set_tooltip_text (toggle, long_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, long_name, -1);
      gtk_box_append (GTK_BOX (days_box), toggle);
      self->day_toggles[d] = GTK_TOGGLE_BUTTON (toggle);
      g_signal_connect_swapped (toggle, "toggled", G_CALLBACK (hours_changed_cb), self);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (days_row), days_box);
  adw_expander_row_add_row (self->hours_row, days_row);

  gtk_widget_set_name (times_row, "hours-row");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (times_row), _("Working time"));
  field->subtitle = g_strdup (_("From the opening to the closing time, HH:MM"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (times_row), field->subtitle);
  field->row = ADW_ACTION_ROW (times_row);
  gtk_box_append (GTK_BOX (times_box), start);
  gtk_box_append (GTK_BOX (times_box), gtk_label_new ("–"));
  gtk_box_append (GTK_BOX (times_box), end);
  adw_action_row_add_suffix (ADW_ACTION_ROW (times_row), times_box);
  adw_expander_row_add_row (self->hours_row, times_row);
  watch_input (field, start);
  watch_input (field, end);
  self->hours_field = field;

  g_signal_connect_swapped (self->hours_row, "notify::enable-expansion", G_CALLBACK (hours_changed_cb), self);
}

static void
build_fields (AccordAgreementEditor *self)
{
  GtkWidget *name_row = adw_entry_row_new ();
  Field *field;

  /* The name: a plain text row. */
  field = add_field (self, FIELD_NAME, 0, 0);
  gtk_widget_set_name (name_row, "name");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name_row), _("Name"));
  adw_preferences_group_add (self->agreement_group, name_row);
  watch_input (field, name_row);

  add_number_row (self, self->quick_test_group, FIELD_EMPLOYEES, "employees",
                  _("Employees"), _("Empty: no bound"), TRUE, NULL);
  add_number_row (self, self->quick_test_group, FIELD_REVENUE, "revenue",
                  _("Annual revenue"), _("Empty: no bound"), TRUE, NULL);

  build_goal_grid (self);
  build_protocol_grid (self);

  build_score_rows (self);
  build_hours_rows (self);

  add_number_row (self, self->capacity_group, FIELD_UNIVERSE, "universe",
                  _("Universe of qualified leads"), _("Open qualified leads an SDR owns"), TRUE, NULL);
  add_number_row (self, self->capacity_group, FIELD_ACTIVE_MQLS, "active-mqls",
                  _("Active MQLs"), _("MQLs an SDR works at the same time"), TRUE, NULL);
  add_number_row (self, self->capacity_group, FIELD_SQLS_PER_MONTH, "sqls-per-month",
                  _("SQLs per month"), _("What an SDR turns into SQLs each month"), FALSE, NULL);
  add_number_row (self, self->capacity_group, FIELD_MQL_CONVERSION, "mql-conversion",
                  _("MQL conversion rate"), _("SQLs created for every MQL managed in a month"), FALSE, "%");

  build_kpis (self);

  add_number_row (self, self->review_group, FIELD_REVIEW_MONTHS, "review-months",
                  _("Review every"), NULL, FALSE, _("months"));
  field = add_number_row (self, self->review_group, FIELD_NEXT_REVIEW, "next-review",
                          _("Next review"), NULL, FALSE, NULL);
  gtk_editable_set_width_chars (GTK_EDITABLE (field->inputs[0]), 11);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (field->inputs[0]), 11);
  gtk_entry_set_placeholder_text (GTK_ENTRY (field->inputs[0]), _("YYYY-MM-DD"));

  build_sections (self);
}

/* Filling the fields from the agreement ----------------------------------- */

/* The button that removes the @index-th item of a list through
 * @action_name, named after @item for a screen reader. */
static GtkWidget *
make_remove_button (const char *item,
                    const char *action_name,
                    guint       index)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* Translators: the accessible name of a button, "Remove Retail" */
  g_autofree char *label = g_strdup_printf (_("Remove %s"), item);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Remove"));
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", index);

  return button;
}

static char *
dup_field_text (AccordAgreementEditor *self,
                Field                 *field,
                guint                  i)
{
  AccordAgreement *agreement = self->agreement;
  const AccordCapacity *capacity = accord_agreement_get_capacity (agreement);
  int employees[2];
  double pair[2];

  switch (field->kind)
    {
    case FIELD_NAME:
      return g_strdup (accord_agreement_get_name (agreement));
    case FIELD_EMPLOYEES:
      accord_agreement_get_employees (agreement, &employees[0], &employees[1]);
      return format_count (employees[i]);
    case FIELD_REVENUE:
      accord_agreement_get_revenue (agreement, &pair[0], &pair[1]);
      return format_value (pair[i]);
    case FIELD_SCORES:
      accord_agreement_get_score_thresholds (agreement, &pair[0], &pair[1]);
      return format_value (pair[i]);
    case FIELD_DEFAULT_GOAL:
      return format_value (accord_agreement_get_default_goal (agreement, field->index));
    case FIELD_MONTH_GOAL:
      return format_value (accord_agreement_get_month_goal (agreement, self->quarter + (int) field->column,
                                                            field->index));
    case FIELD_PROTOCOL:
      {
        const AccordProtocol *protocol = accord_agreement_get_protocol (agreement, field->index);
        const guint parts[N_PROTOCOL_COLUMNS] = {
          protocol->response_hours, protocol->touches, protocol->breakups, protocol->timeframe_days,
        };

        return g_strdup_printf ("%u", parts[field->column]);
      }
    case FIELD_UNIVERSE:
      return g_strdup_printf ("%u", i == 0 ? capacity->universe_min : capacity->universe_max);
    case FIELD_ACTIVE_MQLS:
      return g_strdup_printf ("%u", i == 0 ? capacity->active_min : capacity->active_max);
    case FIELD_SQLS_PER_MONTH:
      return g_strdup_printf ("%u", capacity->sqls_per_month);
    case FIELD_MQL_CONVERSION:
      return format_value (capacity->mql_conversion * 100);
    case FIELD_REVIEW_MONTHS:
      return g_strdup_printf ("%u", accord_agreement_get_review_months (agreement));
    case FIELD_NEXT_REVIEW:
      return g_strdup (accord_agreement_get_next_review (agreement) != NULL
                       ? accord_agreement_get_next_review (agreement) : "");
    case FIELD_SECTION:
      return g_strdup (accord_agreement_get_section (agreement, field->index));
    case FIELD_BUSINESS_HOURS:
      {
        const AccordBusinessHours *hours = accord_agreement_get_business_hours (agreement);

        /* Without working hours, those the switch would turn on. */
        if (hours == NULL)
          return g_strdup (i == 0 ? "09:00" : "17:00");
        return accord_time_of_day_format (i == 0 ? hours->start : hours->end);
      }
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/* An empty month shows the default goal it takes. */
static void
update_placeholder (AccordAgreementEditor *self,
                    Field                 *field)
{
  double goal = accord_agreement_get_default_goal (self->agreement, field->index);
  g_autofree char *text = isnan (goal) ? g_strdup (_("None")) : format_value (goal);

  gtk_entry_set_placeholder_text (GTK_ENTRY (field->inputs[0]), text);
}

static void
load_field (AccordAgreementEditor *self,
            Field                 *field)
{
  g_clear_handle_id (&field->timeout_id, g_source_remove);

  for (guint i = 0; i < field->n_inputs; i++)
    {
      g_autofree char *text = dup_field_text (self, field, i);

      set_input_text (field->inputs[i], text);
    }

  /* A goal's cell names its month, which changes with the quarter. */
  if (field->kind == FIELD_MONTH_GOAL || field->kind == FIELD_DEFAULT_GOAL)
    {
      g_autofree char *label = dup_cell_name (self, field);

      gtk_accessible_update_property (GTK_ACCESSIBLE (field->inputs[0]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }
  if (field->kind == FIELD_MONTH_GOAL)
    update_placeholder (self, field);

  show_field_error (field, NULL);
}

static void
load_quarter (AccordAgreementEditor *self)
{
  g_autofree char *title = accord_quarter_format (self->quarter);

  gtk_label_set_label (self->quarter_label, title);
  for (guint m = 0; m < ACCORD_QUARTER_N_MONTHS; m++)
    {
      g_autofree char *name = g_strdup_printf ("goal-month-%u", m + 1);
      g_autofree char *month = accord_month_key_format_name (self->quarter + (int) m);
      GtkWidget *heading = gtk_grid_get_child_at (self->goal_grid, 3 + (int) m, 0);

      gtk_label_set_label (GTK_LABEL (heading), month);
    }

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (field->kind == FIELD_MONTH_GOAL || field->kind == FIELD_DEFAULT_GOAL)
        load_field (self, field);
    }
}

static void
load_industries (AccordAgreementEditor *self)
{
  const char * const *industries = accord_agreement_get_industries (self->agreement);
  g_autofree char *joined = g_strjoinv (", ", (char **) industries);

  for (guint i = 0; i < self->industry_rows->len; i++)
    adw_expander_row_remove (self->industries_row, g_ptr_array_index (self->industry_rows, i));
  g_ptr_array_set_size (self->industry_rows, 0);

  adw_expander_row_set_subtitle (self->industries_row,
                                 industries[0] == NULL ? _("Any industry") : joined);

  for (guint i = 0; industries[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), industries[i]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 make_remove_button (industries[i], "editor.remove-industry", i));
      adw_expander_row_add_row (self->industries_row, row);
      g_ptr_array_add (self->industry_rows, row);
    }
}

/* An SDR's row applies its own name and specialisation. */
static void
show_sdr_message (AccordAgreementEditor *self,
                  GtkWidget             *row,
                  const char            *message)
{
  gtk_label_set_label (self->sdr_message, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->sdr_message), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* Owners are matched by name: a name must be given, and only once. */
static gboolean
check_sdr_name (AccordAgreementEditor  *self,
                const char             *name,
                int                     index,
                char                  **message)
{
  if (name[0] == '\0')
    {
      *message = g_strdup (_("Enter the SDR’s name as the CRM writes it"));
      return FALSE;
    }

  for (guint i = 0; i < accord_agreement_get_n_sdrs (self->agreement); i++)
    {
      if ((int) i != index && g_strcmp0 (accord_agreement_get_sdr_name (self->agreement, i), name) == 0)
        {
          *message = g_strdup_printf (_("“%s” is already listed"), name);
          return FALSE;
        }
    }

  return TRUE;
}

static void
set_sdr (AccordAgreementEditor *self,
         GtkWidget             *row)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (row), "sdr-dropdown");
  guint index;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autofree char *message = NULL;
  AccordAgreement *before;

  if (!g_ptr_array_find (self->sdr_rows, row, &index))
    return;

  if (!check_sdr_name (self, name, (int) index, &message))
    {
      show_sdr_message (self, row, message);
      return;
    }

  before = begin_change (self);
  accord_agreement_set_sdr (self->agreement, index, name, gtk_drop_down_get_selected (dropdown));
  end_change (self, before, _("SDR changed"));
  show_sdr_message (self, row, NULL);
}

static void
sdr_apply_cb (AdwEntryRow           *row,
              AccordAgreementEditor *self)
{
  set_sdr (self, GTK_WIDGET (row));
}

static void
sdr_specialisation_cb (GtkDropDown           *dropdown,
                       GParamSpec            *pspec,
                       AccordAgreementEditor *self)
{
  if (!self->loading)
    set_sdr (self, g_object_get_data (G_OBJECT (dropdown), "sdr-row"));
}

static void
load_sdrs (AccordAgreementEditor *self)
{
  const char *specialisations[ACCORD_N_SPECIALISATIONS + 1] = {
    [ACCORD_SPECIALISATION_HYBRID] = _("Hybrid"),
    [ACCORD_SPECIALISATION_INBOUND] = _("Inbound"),
    [ACCORD_SPECIALISATION_OUTBOUND] = _("Outbound"),
    [ACCORD_N_SPECIALISATIONS] = NULL,
  };
  guint n = accord_agreement_get_n_sdrs (self->agreement);

  for (guint i = 0; i < self->sdr_rows->len; i++)
    adw_preferences_group_remove (self->sdr_group, g_ptr_array_index (self->sdr_rows, i));
  g_ptr_array_set_size (self->sdr_rows, 0);

  for (guint i = 0; i < n; i++)
    {
      const char *name = accord_agreement_get_sdr_name (self->agreement, i);
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *dropdown = gtk_drop_down_new_from_strings (specialisations);
      g_autofree char *row_name = g_strdup_printf ("sdr-%u", i);
      /* Translators: the accessible name of a drop-down, "Specialisation of Ana Silva" */
      g_autofree char *dropdown_label = g_strdup_printf (_("Specialisation of %s"), name);

      gtk_widget_set_name (row, row_name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Name"));
      gtk_editable_set_text (GTK_EDITABLE (row), name);
      gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_signal_connect_object (row, "apply", G_CALLBACK (sdr_apply_cb), self, 0);

      /* One width for all, so that the rows line up. */
      gtk_widget_set_size_request (dropdown, 130, -1);
      gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown),
                                  accord_agreement_get_sdr_specialisation (self->agreement, i));
      gtk_widget_set_tooltip_text (dropdown, _("Leads the SDR Works"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, dropdown_label, -1);
      g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (sdr_specialisation_cb), self, 0);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), dropdown);

      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), make_remove_button (name, "editor.remove-sdr", i));

      g_object_set_data (G_OBJECT (row), "sdr-dropdown", dropdown);
      g_object_set_data (G_OBJECT (dropdown), "sdr-row", row);
      adw_preferences_group_add (self->sdr_group, row);
      g_ptr_array_add (self->sdr_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->sdr_message), FALSE);
}

/* A new asset starts with this many hours a month, to be corrected in its
 * row: an asset without hours is not in the agreement. */
#define NEW_ASSET_HOURS 10.0

static void
show_effort_message (AccordAgreementEditor *self,
                     const char            *message)
{
  gtk_label_set_label (self->effort_message, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->effort_message), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->add_effort_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->add_effort_row), "error");
}

static void
effort_hours_cb (GtkSpinButton         *spin,
                 AccordAgreementEditor *self)
{
  const char *asset = g_object_get_data (G_OBJECT (spin), "effort-asset");
  AccordAgreement *before;

  if (self->loading)
    return;

  before = begin_change (self);
  accord_agreement_set_asset_hours (self->agreement, asset, gtk_spin_button_get_value (spin));
  end_change (self, before, _("Hours of effort changed"));
}

/* An asset's row: its name as the source column writes it, its hours a
 * month in a spin button (always a valid number above 0), and Remove. */
static void
load_efforts (AccordAgreementEditor *self)
{
  guint n = accord_agreement_get_n_assets (self->agreement);

  for (guint i = 0; i < self->effort_rows->len; i++)
    adw_preferences_group_remove (self->effort_group, g_ptr_array_index (self->effort_rows, i));
  g_ptr_array_set_size (self->effort_rows, 0);

  for (guint i = 0; i < n; i++)
    {
      const char *asset = accord_agreement_get_asset_name (self->agreement, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (0.5, 10000, 1);
      GtkWidget *unit = gtk_label_new (_("hours a month"));
      g_autofree char *row_name = g_strdup_printf ("effort-%u", i);
      /* Translators: the accessible name of an asset's hours, "Hours a month for Webinars" */
      g_autofree char *label = g_strdup_printf (_("Hours a month for %s"), asset);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), asset);
      gtk_widget_set_name (row, row_name);

      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 1);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), accord_agreement_get_asset_hours (self->agreement, i));
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data_full (G_OBJECT (spin), "effort-asset", g_strdup (asset), g_free);
      g_signal_connect_object (spin, "value-changed", G_CALLBACK (effort_hours_cb), self, 0);
      gtk_widget_add_css_class (unit, "dim-label");

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), unit);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_remove_button (asset, "editor.remove-effort", i));
      adw_preferences_group_add (self->effort_group, row);
      g_ptr_array_add (self->effort_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->effort_message), FALSE);
}

static void
load_kpis (AccordAgreementEditor *self)
{
  const AccordKpi *kpis = accord_agreement_get_kpis (self->agreement, &self->n_kpis);

  memcpy (self->kpis, kpis, self->n_kpis * sizeof *kpis);
  for (guint k = 0; k < ACCORD_N_KPIS; k++)
    {
      gboolean chosen = FALSE;

      for (guint i = 0; i < self->n_kpis; i++)
        chosen |= self->kpis[i] == k;
      gtk_check_button_set_active (self->kpi_checks[k], chosen);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->kpi_message), FALSE);
}

static void
load_handoff (AccordAgreementEditor *self)
{
  const char *rule = accord_agreement_get_handoff_rule (self->agreement);

  for (guint i = 0; i < G_N_ELEMENTS (handoff_rules); i++)
    if (g_strcmp0 (rule, handoff_rules[i]) == 0)
      adw_combo_row_set_selected (self->handoff_row, i);
}

static void
load_holidays (AccordAgreementEditor *self)
{
  const AccordBusinessHours *hours = accord_agreement_get_business_hours (self->agreement);
  guint n = hours != NULL ? hours->n_holidays : 0;
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < self->holiday_rows->len; i++)
    adw_expander_row_remove (self->holidays_row, g_ptr_array_index (self->holiday_rows, i));
  g_ptr_array_set_size (self->holiday_rows, 0);

  /* Holidays count only with working hours. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->holidays_row), hours != NULL);
  if (hours == NULL)
    subtitle = g_strdup (_("Only with working hours"));
  else if (n == 0)
    subtitle = g_strdup (_("None"));
  else
    /* Translators: the number of holidays the response clock skips */
    subtitle = g_strdup_printf (ngettext ("%u day", "%u days", n), n);
  adw_expander_row_set_subtitle (self->holidays_row, subtitle);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hours->holidays[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 make_remove_button (hours->holidays[i], "editor.remove-holiday", i));
      adw_expander_row_add_row (self->holidays_row, row);
      g_ptr_array_add (self->holiday_rows, row);
    }
}

/* DESIGN §3: the response clock counts on the calendar, or working time
 * only when the agreement sets working hours. */
static void
load_business_hours (AccordAgreementEditor *self)
{
  const AccordBusinessHours *hours = accord_agreement_get_business_hours (self->agreement);
  AccordWeekdays days = hours != NULL ? hours->days : ACCORD_WEEKDAYS_MONDAY_TO_FRIDAY;

  adw_expander_row_set_enable_expansion (self->hours_row, hours != NULL);
  adw_expander_row_set_subtitle (self->hours_row,
                                 hours != NULL ? _("The first call’s hours count on working days, in working hours")
                                               : _("Off: the hours count on the calendar, day and night"));
  for (guint d = 0; d < G_N_ELEMENTS (self->day_toggles); d++)
    gtk_toggle_button_set_active (self->day_toggles[d], (days & (1 << d)) != 0);

  load_holidays (self);
}

static void
load_fields (AccordAgreementEditor *self)
{
  self->loading = TRUE;

  for (guint i = 0; i < self->fields->len; i++)
    load_field (self, g_ptr_array_index (self->fields, i));
  load_quarter (self);
  load_industries (self);
  load_sdrs (self);
  load_efforts (self);
  load_kpis (self);
  load_handoff (self);
  load_business_hours (self);

  self->loading = FALSE;
}

/* Lists and choices --------------------------------------------------------- */

static void
add_industry_cb (AccordAgreementEditor *self)
{
  const char * const *industries = accord_agreement_get_industries (self->agreement);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_industry_row))));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;
  AccordAgreement *before;

  if (text[0] == '\0')
    return;

  g_strv_builder_addv (builder, (const char **) industries);
  g_strv_builder_add (builder, text);
  list = g_strv_builder_end (builder);

  before = begin_change (self);
  accord_agreement_set_industries (self->agreement, (const char * const *) list);
  end_change (self, before, _("Industry added"));

  gtk_editable_set_text (GTK_EDITABLE (self->add_industry_row), "");
  load_industries (self);
}

static void
remove_industry_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AccordAgreementEditor *self = ACCORD_AGREEMENT_EDITOR (widget);
  const char * const *industries = accord_agreement_get_industries (self->agreement);
  guint index = g_variant_get_uint32 (parameter);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;
  AccordAgreement *before;

  if (index >= g_strv_length ((char **) industries))
    return;

  for (guint i = 0; industries[i] != NULL; i++)
    if (i != index)
      g_strv_builder_add (builder, industries[i]);
  list = g_strv_builder_end (builder);

  before = begin_change (self);
  accord_agreement_set_industries (self->agreement, (const char * const *) list);
  end_change (self, before, _("Industry removed"));

  load_industries (self);
}

/* Sets the holidays of the working hours in one change. */
static void
set_holidays (AccordAgreementEditor *self,
              const char * const    *holidays,
              const char            *title)
{
  AccordBusinessHours hours = *accord_agreement_get_business_hours (self->agreement);
  AccordAgreement *before;

  hours.holidays = holidays;
  hours.n_holidays = g_strv_length ((char **) holidays);

  before = begin_change (self);
  accord_agreement_set_business_hours (self->agreement, &hours);
  end_change (self, before, title);

  load_holidays (self);
}

static void
add_holiday_cb (AccordAgreementEditor *self)
{
  const AccordBusinessHours *hours = accord_agreement_get_business_hours (self->agreement);
  g_autofree char *date = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) list = NULL;

  if (hours == NULL)
    return;

  /* The row's title says what is wrong, in the error style. */
  if (read_ymd (gtk_editable_get_text (GTK_EDITABLE (self->add_holiday_row)), &date, NULL) != ACCORD_VALUE_OK)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_holiday_row),
                                     _("Enter a date such as 2025-12-25"));
      gtk_widget_add_css_class (GTK_WIDGET (self->add_holiday_row), "error");
      return;
    }

  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) hours->holidays);
  g_strv_builder_add (builder, date);
  list = g_strv_builder_end (builder);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_holiday_row), _("Add holiday (YYYY-MM-DD)"));
  gtk_widget_remove_css_class (GTK_WIDGET (self->add_holiday_row), "error");
  gtk_editable_set_text (GTK_EDITABLE (self->add_holiday_row), "");
  set_holidays (self, (const char * const *) list, _("Holiday added"));
}

static void
remove_holiday_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AccordAgreementEditor *self = ACCORD_AGREEMENT_EDITOR (widget);
  const AccordBusinessHours *hours = accord_agreement_get_business_hours (self->agreement);
  guint index = g_variant_get_uint32 (parameter);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) list = NULL;

  if (hours == NULL || index >= hours->n_holidays)
    return;

  builder = g_strv_builder_new ();
  for (guint i = 0; i < hours->n_holidays; i++)
    if (i != index)
      g_strv_builder_add (builder, hours->holidays[i]);
  list = g_strv_builder_end (builder);

  set_holidays (self, (const char * const *) list, _("Holiday removed"));
}

static void
add_sdr_cb (AccordAgreementEditor *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_sdr_row))));
  g_autofree char *message = NULL;
  AccordAgreement *before;

  if (!check_sdr_name (self, name, -1, &message))
    {
      show_sdr_message (self, GTK_WIDGET (self->add_sdr_row), message);
      return;
    }

  before = begin_change (self);
  accord_agreement_add_sdr (self->agreement, name, ACCORD_SPECIALISATION_HYBRID);
  end_change (self, before, _("SDR added"));

  gtk_editable_set_text (GTK_EDITABLE (self->add_sdr_row), "");
  show_sdr_message (self, GTK_WIDGET (self->add_sdr_row), NULL);
  load_sdrs (self);
}

static void
remove_sdr_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AccordAgreementEditor *self = ACCORD_AGREEMENT_EDITOR (widget);
  guint index = g_variant_get_uint32 (parameter);
  AccordAgreement *before;

  if (index >= accord_agreement_get_n_sdrs (self->agreement))
    return;

  before = begin_change (self);
  accord_agreement_remove_sdr (self->agreement, index);
  end_change (self, before, _("SDR removed"));

  load_sdrs (self);
}

static void
add_effort_cb (AccordAgreementEditor *self)
{
  g_autofree char *asset = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_effort_row))));
  AccordAgreement *before;

  if (asset[0] == '\0')
    {
      show_effort_message (self, _("Enter the asset as the leads’ source column writes it"));
      return;
    }

  /* Assets are matched to the leads' sources by name. */
  for (guint i = 0; i < accord_agreement_get_n_assets (self->agreement); i++)
    {
      if (g_strcmp0 (accord_agreement_get_asset_name (self->agreement, i), asset) == 0)
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is listed already"), asset);

          show_effort_message (self, message);
          return;
        }
    }

  before = begin_change (self);
  accord_agreement_set_asset_hours (self->agreement, asset, NEW_ASSET_HOURS);
  end_change (self, before, _("Asset added"));

  gtk_editable_set_text (GTK_EDITABLE (self->add_effort_row), "");
  show_effort_message (self, NULL);
  load_efforts (self);
}

static void
remove_effort_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AccordAgreementEditor *self = ACCORD_AGREEMENT_EDITOR (widget);
  guint index = g_variant_get_uint32 (parameter);
  AccordAgreement *before;

  if (index >= accord_agreement_get_n_assets (self->agreement))
    return;

  before = begin_change (self);
  accord_agreement_remove_asset (self->agreement, index);
  end_change (self, before, _("Asset removed"));

  load_efforts (self);
}

static void
handoff_selected_cb (AccordAgreementEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->handoff_row);
  AccordAgreement *before;

  if (self->loading || selected >= G_N_ELEMENTS (handoff_rules))
    return;

  before = begin_change (self);
  accord_agreement_set_handoff_rule (self->agreement, handoff_rules[selected]);
  end_change (self, before, _("Handoff rule changed"));
}

/* Quarters ------------------------------------------------------------------ */

static void
change_quarter_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AccordAgreementEditor *self = ACCORD_AGREEMENT_EDITOR (widget);
  int step = g_str_equal (action_name, "editor.previous-quarter") ? -1 : 1;

  /* A goal typed for this quarter belongs to this quarter. */
  flush_fields (self);
  self->quarter += step * ACCORD_QUARTER_N_MONTHS;

  self->loading = TRUE;
  load_quarter (self);
  self->loading = FALSE;
}

/* Each month takes the goals of the same month a quarter earlier, its
 * own or the default's, in one step. */
static void
copy_previous_quarter_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  AccordAgreementEditor *self = ACCORD_AGREEMENT_EDITOR (widget);
  g_autoptr(AccordAgreement) copy = accord_agreement_new ();
  g_autofree char *previous = accord_quarter_format (self->quarter - ACCORD_QUARTER_N_MONTHS);
  g_autofree char *title = NULL;
  g_autofree char *old_data = NULL;
  g_autofree char *new_data = NULL;
  AccordAgreement *before;

  flush_fields (self);

  accord_agreement_copy_from (copy, self->agreement);
  for (guint m = 0; m < ACCORD_QUARTER_N_MONTHS; m++)
    for (guint f = 0; f < ACCORD_N_FIGURES; f++)
      accord_agreement_set_goal (copy, self->quarter + (int) m, f,
                                 accord_agreement_get_month_goal (self->agreement,
                                                                  self->quarter - ACCORD_QUARTER_N_MONTHS + (int) m,
                                                                  f));

  /* Translators: "Goals copied from Q3 2024" */
  title = g_strdup_printf (_("Goals copied from %s"), previous);
  old_data = accord_agreement_to_data (self->agreement, NULL);
  new_data = accord_agreement_to_data (copy, NULL);
  if (g_strcmp0 (old_data, new_data) != 0)
    {
      before = begin_change (self);
      accord_agreement_copy_from (self->agreement, copy);
      end_change (self, before, title);
    }

  self->loading = TRUE;
  load_quarter (self);
  self->loading = FALSE;
}

/* The session -------------------------------------------------------------- */

static void
agreement_changed_cb (AccordAgreementEditor *self)
{
  if (self->applying)
    {
      self->changed = TRUE;
      return;
    }

  /* Changed elsewhere: show it, and undo only what comes after. */
  clear_undo (self);
  load_fields (self);
}

/* The quarter of the session's month, or of today's without data. */
static int
get_start_quarter (AccordSession *session)
{
  int month = accord_session_get_month (session);

  if (month < 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now (accord_session_get_time_zone (session));

      month = ACCORD_MONTH_KEY (g_date_time_get_year (now), g_date_time_get_month (now));
    }

  return accord_quarter_start_of (month);
}

static void
follow_agreement (AccordAgreementEditor *self)
{
  AccordAgreement *agreement = accord_session_get_agreement (self->session);

  if (agreement == self->agreement)
    return;

  if (self->agreement != NULL)
    g_signal_handlers_disconnect_by_data (self->agreement, self);
  g_set_object (&self->agreement, agreement);
  g_signal_connect_swapped (agreement, "changed", G_CALLBACK (agreement_changed_cb), self);

  clear_undo (self);
  load_fields (self);
}

static gboolean
accord_agreement_editor_close_request (GtkWindow *window)
{
  AccordAgreementEditor *self = ACCORD_AGREEMENT_EDITOR (window);

  /* What was typed last counts, as if the focus had left it. */
  flush_fields (self);

  return GTK_WINDOW_CLASS (accord_agreement_editor_parent_class)->close_request (window);
}

static void
accord_agreement_editor_dispose (GObject *object)
{
  AccordAgreementEditor *self = ACCORD_AGREEMENT_EDITOR (object);

  /* The fields outlive their widgets, but stop listening to them. */
  self->loading = TRUE;
  for (guint i = 0; i < self->fields->len; i++)
    g_clear_handle_id (&((Field *) g_ptr_array_index (self->fields, i))->timeout_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_AGREEMENT_EDITOR);
  if (self->agreement != NULL)
    g_signal_handlers_disconnect_by_data (self->agreement, self);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->agreement);
  g_clear_object (&self->session);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->industry_rows, g_ptr_array_unref);
  g_clear_pointer (&self->sdr_rows, g_ptr_array_unref);
  g_clear_pointer (&self->effort_rows, g_ptr_array_unref);
  g_clear_pointer (&self->holiday_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (accord_agreement_editor_parent_class)->dispose (object);
}

static void
accord_agreement_editor_finalize (GObject *object)
{
  AccordAgreementEditor *self = ACCORD_AGREEMENT_EDITOR (object);

  g_clear_pointer (&self->fields, g_ptr_array_unref);

  G_OBJECT_CLASS (accord_agreement_editor_parent_class)->finalize (object);
}

static void
accord_agreement_editor_class_init (AccordAgreementEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = accord_agreement_editor_dispose;
  object_class->finalize = accord_agreement_editor_finalize;
  window_class->close_request = accord_agreement_editor_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/smarketing/Accord/accord-agreement-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, agreement_group);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, quick_test_group);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, industries_row);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, add_industry_row);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, quarter_label);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, goal_grid);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, goal_message);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, protocol_grid);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, protocol_message);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, tier_group);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, hours_row);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, holidays_row);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, add_holiday_row);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, capacity_group);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, sdr_group);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, add_sdr_row);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, sdr_message);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, effort_group);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, add_effort_row);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, effort_message);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, handoff_row);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, kpi_group);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, kpi_message);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, review_group);
  gtk_widget_class_bind_template_child (widget_class, AccordAgreementEditor, document_page);
  gtk_widget_class_bind_template_callback (widget_class, add_industry_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_sdr_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_effort_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_holiday_cb);

  gtk_widget_class_install_action (widget_class, "editor.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "editor.previous-quarter", NULL, change_quarter_action);
  gtk_widget_class_install_action (widget_class, "editor.next-quarter", NULL, change_quarter_action);
  gtk_widget_class_install_action (widget_class, "editor.copy-previous-quarter", NULL, copy_previous_quarter_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-industry", "u", remove_industry_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-sdr", "u", remove_sdr_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-effort", "u", remove_effort_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-holiday", "u", remove_holiday_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
accord_agreement_editor_init (AccordAgreementEditor *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->undo_stack = g_ptr_array_new_with_free_func (g_object_unref);
  self->fields = g_ptr_array_new_with_free_func (field_free);
  self->industry_rows = g_ptr_array_new ();
  self->sdr_rows = g_ptr_array_new ();
  self->effort_rows = g_ptr_array_new ();
  self->holiday_rows = g_ptr_array_new ();

  build_fields (self);
  update_undo_action (self);

  /* Ctrl+Z is the editor's before an entry's own undo can take it. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("editor.undo")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect_object (self->handoff_row, "notify::selected", G_CALLBACK (handoff_selected_cb),
                           self, G_CONNECT_SWAPPED);
}

/**
 * accord_agreement_editor_new:
 * @parent: (nullable): the window the editor belongs to
 * @session: the session whose agreement it edits
 *
 * Creates the agreement editor for @session's agreement, following the
 * session to another workspace's. Its goal grid starts at the quarter of
 * the session's month.
 *
 * Returns: (transfer none): the editor, not yet shown, owned by GTK's list
 *   of toplevels like any window
 */
AccordAgreementEditor *
accord_agreement_editor_new (GtkWindow     *parent,
                             AccordSession *session)
{
  AccordAgreementEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ACCORD_IS_SESSION (session), NULL);

  self = g_object_new (ACCORD_TYPE_AGREEMENT_EDITOR, NULL);
  self->session = g_object_ref (session);
  self->quarter = get_start_quarter (session);

  accord_dialog_set_parent (GTK_WINDOW (self), parent);

  g_signal_connect_swapped (session, "notify::agreement", G_CALLBACK (follow_agreement), self);
  follow_agreement (self);

  return self;
}
