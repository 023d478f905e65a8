/* accord-funnel-page.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-funnel-page"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-funnel-page.h"

struct _AccordFunnelPage
{
  AdwBin         parent_instance;

  AccordSession *session;
};

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (AccordFunnelPage, accord_funnel_page, ADW_TYPE_BIN)

static void
accord_funnel_page_dispose (GObject *object)
{
  AccordFunnelPage *self = ACCORD_FUNNEL_PAGE (object);

  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_FUNNEL_PAGE);

  G_OBJECT_CLASS (accord_funnel_page_parent_class)->dispose (object);
}

static void
accord_funnel_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AccordFunnelPage *self = ACCORD_FUNNEL_PAGE (object);

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
accord_funnel_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AccordFunnelPage *self = ACCORD_FUNNEL_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      accord_funnel_page_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_funnel_page_class_init (AccordFunnelPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_funnel_page_dispose;
  object_class->get_property = accord_funnel_page_get_property;
  object_class->set_property = accord_funnel_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, ACCORD_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/smarketing/Accord/accord-funnel-page.ui");
}

static void
accord_funnel_page_init (AccordFunnelPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * accord_funnel_page_get_session:
 *
 * Returns: (transfer none) (nullable): the session the page shows
 */
AccordSession *
accord_funnel_page_get_session (AccordFunnelPage *self)
{
  g_return_val_if_fail (ACCORD_IS_FUNNEL_PAGE (self), NULL);
  return self->session;
}

void
accord_funnel_page_set_session (AccordFunnelPage *self,
                             AccordSession *session)
{
  g_return_if_fail (ACCORD_IS_FUNNEL_PAGE (self));
  g_return_if_fail (session == NULL || ACCORD_IS_SESSION (session));

  if (g_set_object (&self->session, session))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
