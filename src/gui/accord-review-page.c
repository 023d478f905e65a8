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
  AdwBin         parent_instance;

  AccordSession *session;

  AdwStatusPage *status_page;
  GtkListBox    *kinds_list;
};

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (AccordReviewPage, accord_review_page, ADW_TYPE_BIN)

static void
accord_review_page_dispose (GObject *object)
{
  AccordReviewPage *self = ACCORD_REVIEW_PAGE (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  /* No gtk_widget_dispose_template (): the template's only child is the
   * bin's, which AdwBin unparents itself; disposing it twice crashes. */

  G_OBJECT_CLASS (accord_review_page_parent_class)->dispose (object);
}

static void
accord_review_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AccordReviewPage *self = ACCORD_REVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_review_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AccordReviewPage *self = ACCORD_REVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      accord_review_page_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_review_page_class_init (AccordReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_review_page_dispose;
  object_class->get_property = accord_review_page_get_property;
  object_class->set_property = accord_review_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, ACCORD_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/smarketing/Accord/accord-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, AccordReviewPage, kinds_list);
}

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

/* The flags raised in the last week, by kind (DESIGN §3). */
static void
update (AccordReviewPage *self)
{
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) recent = NULL;
  g_autofree char *title = NULL;
  guint counts[ACCORD_N_FLAG_KINDS] = { 0 };
  gint64 now;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->kinds_list))) != NULL)
    gtk_list_box_remove (self->kinds_list, child);

  if (self->session == NULL || (now = accord_session_get_now (self->session)) == ACCORD_TIME_NONE)
    return;

  all = accord_flags_compute (accord_session_get_store (self->session),
                              accord_session_get_agreement (self->session), now);
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

/**
 * accord_review_page_get_session:
 *
 * Returns: (transfer none) (nullable): the session the page shows
 */
AccordSession *
accord_review_page_get_session (AccordReviewPage *self)
{
  g_return_val_if_fail (ACCORD_IS_REVIEW_PAGE (self), NULL);
  return self->session;
}

void
accord_review_page_set_session (AccordReviewPage *self,
                             AccordSession *session)
{
  g_return_if_fail (ACCORD_IS_REVIEW_PAGE (self));
  g_return_if_fail (session == NULL || ACCORD_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  if (session != NULL)
    g_signal_connect_swapped (session, "changed", G_CALLBACK (update), self);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
