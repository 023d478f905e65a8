/* accord-review-page.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-flags.h"
#include "accord-review-page.h"

/* The review window of DESIGN §3: a week. */
#define WINDOW_SECONDS (7 * 86400)

struct _AccordReviewPage
{
  AccordPage     parent_instance;

  AdwStatusPage *status_page;
  GtkListBox    *kinds_list;
};

G_DEFINE_FINAL_TYPE (AccordReviewPage, accord_review_page, ACCORD_TYPE_PAGE)

static const char *
describe_kind (AccordFlagKind kind)
{
  switch (kind)
    {
    case ACCORD_FLAG_LATE_FIRST_TOUCH:
      return _("Late first touch");
    case ACCORD_FLAG_UNDER_WORKED:
      return _("Under-worked");
    case ACCORD_FLAG_NO_DISPOSITION:
      return _("No disposition");
    case ACCORD_FLAG_OUTSIDE_PROFILE:
      return _("Outside the profile");
    case ACCORD_FLAG_MISSING_ANUF:
      return _("SQL without ANUF");
    case ACCORD_N_FLAG_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* The flags raised in the last week, by kind (DESIGN §3). No template
 * disposal: the template's only child is the bin's, which AdwBin
 * unparents itself. */
static void
accord_review_page_refresh (AccordPage *page,
                            gboolean    data_changed)
{
  AccordReviewPage *self = ACCORD_REVIEW_PAGE (page);
  AccordSession *session = accord_page_get_session (page);
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) recent = NULL;
  g_autofree char *title = NULL;
  guint counts[ACCORD_N_FLAG_KINDS] = { 0 };
  gint64 now;
  GtkWidget *child;

  /* The week's flags do not depend on the month looked at. */
  if (!data_changed)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->kinds_list))) != NULL)
    gtk_list_box_remove (self->kinds_list, child);

  if (session == NULL || (now = accord_session_get_now (session)) == ACCORD_TIME_NONE)
    return;

  all = accord_flags_compute (accord_session_get_store (session),
                              accord_session_get_agreement (session), now);
  recent = accord_flags_in_window (all, now, WINDOW_SECONDS);
  for (guint i = 0; i < recent->len; i++)
    counts[g_array_index (recent, AccordFlag, i).kind]++;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u Flag This Week", "%'u Flags This Week",
                                        recent->len), recent->len);
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page,
                                   _("Leads not followed up as the agreement says, raised in the last seven days"));

  for (guint k = 0; k < ACCORD_N_FLAG_KINDS; k++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *count = g_strdup_printf ("%'u", counts[k]);
      GtkWidget *label = gtk_label_new (count);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), describe_kind (k));
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      gtk_list_box_append (self->kinds_list, row);
    }
}

static void
accord_review_page_init (AccordReviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
accord_review_page_class_init (AccordReviewPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AccordPageClass *page_class = ACCORD_PAGE_CLASS (klass);

  page_class->refresh = accord_review_page_refresh;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/smarketing/Accord/accord-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, kinds_list);
}
