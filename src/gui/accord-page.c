/* accord-page.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-page"

#include "config.h"

#include "accord-page.h"

/* From this size on a page is most likely on a projector or a large
 * screen: it takes larger type (.large in ui/style.css). */
#define LARGE_WIDTH  1600
#define LARGE_HEIGHT 900

typedef struct
{
  AccordSession *session;
  int            width;
  int            height;
  guint          size_id;  /* idle that tells the page its new size */
  gboolean       stale;       /* the session changed while the page was hidden */
  gboolean       stale_data;  /* ... and its data, not only its month */
} AccordPagePrivate;

enum {
  PROP_0,
  PROP_SESSION,
  PROP_LARGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_TYPE_WITH_PRIVATE (AccordPage, accord_page, ADW_TYPE_BIN)

static void
refresh (AccordPage *self,
         gboolean    data_changed)
{
  ACCORD_PAGE_GET_CLASS (self)->refresh (self, data_changed);
}

/* Each page passes over every lead; at a million leads that is too slow
 * to repeat for pages nobody is looking at, so a hidden page only notes
 * the change and catches up when it is shown. */
static void
refresh_when_shown (AccordPage *self,
                    gboolean    data_changed)
{
  AccordPagePrivate *priv = accord_page_get_instance_private (self);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      refresh (self, data_changed);
      return;
    }

  priv->stale = TRUE;
  priv->stale_data |= data_changed;
}

static void
session_changed_cb (AccordPage *self)
{
  refresh_when_shown (self, TRUE);
}

static void
session_month_cb (AccordPage *self)
{
  refresh_when_shown (self, FALSE);
}

static void
accord_page_map (GtkWidget *widget)
{
  AccordPage *self = ACCORD_PAGE (widget);
  AccordPagePrivate *priv = accord_page_get_instance_private (self);

  /* Before the page's children are mapped, so they show the new figures
   * from their first frame. */
  if (priv->stale)
    {
      gboolean data_changed = priv->stale_data;

      priv->stale = FALSE;
      priv->stale_data = FALSE;
      refresh (self, data_changed);
    }

  GTK_WIDGET_CLASS (accord_page_parent_class)->map (widget);
}

static void
apply_size_cb (gpointer data)
{
  AccordPage *self = data;
  AccordPagePrivate *priv = accord_page_get_instance_private (self);
  gboolean large = priv->width >= LARGE_WIDTH && priv->height >= LARGE_HEIGHT;

  priv->size_id = 0;
  if (large != gtk_widget_has_css_class (GTK_WIDGET (self), "large"))
    {
      if (large)
        gtk_widget_add_css_class (GTK_WIDGET (self), "large");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self), "large");
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LARGE]);
    }

  if (ACCORD_PAGE_GET_CLASS (self)->size_changed != NULL)
    ACCORD_PAGE_GET_CLASS (self)->size_changed (self, priv->width, priv->height);
}

/* A page lays its child out itself rather than through AdwBin's layout
 * manager, to learn its size. */
static void
accord_page_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
accord_page_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  AccordPage *self = ACCORD_PAGE (widget);
  AccordPagePrivate *priv = accord_page_get_instance_private (self);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);

  /* A style changed during a layout asks for another: change it after. */
  if ((width != priv->width || height != priv->height) && priv->size_id == 0)
    priv->size_id = g_idle_add_once (apply_size_cb, self);
  priv->width = width;
  priv->height = height;
}

static void
accord_page_dispose (GObject *object)
{
  AccordPage *self = ACCORD_PAGE (object);
  AccordPagePrivate *priv = accord_page_get_instance_private (self);

  if (priv->session != NULL)
    g_signal_handlers_disconnect_by_data (priv->session, self);
  g_clear_object (&priv->session);
  g_clear_handle_id (&priv->size_id, g_source_remove);

  G_OBJECT_CLASS (accord_page_parent_class)->dispose (object);
}

static void
accord_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AccordPage *self = ACCORD_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, accord_page_get_session (self));
      break;

    case PROP_LARGE:
      g_value_set_boolean (value, accord_page_is_large (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      accord_page_set_session (ACCORD_PAGE (object), g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_page_class_init (AccordPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_page_dispose;
  object_class->get_property = accord_page_get_property;
  object_class->set_property = accord_page_set_property;
  widget_class->map = accord_page_map;
  widget_class->measure = accord_page_measure;
  widget_class->size_allocate = accord_page_size_allocate;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, ACCORD_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * AccordPage:large:
   *
   * The page is at least 1600×900: most likely on a projector.
   */
  properties[PROP_LARGE] =
    g_param_spec_boolean ("large", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_page_init (AccordPage *self)
{
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
}

/**
 * accord_page_get_session:
 *
 * Returns: (transfer none) (nullable): the session the page shows
 */
AccordSession *
accord_page_get_session (AccordPage *self)
{
  AccordPagePrivate *priv = accord_page_get_instance_private (self);

  g_return_val_if_fail (ACCORD_IS_PAGE (self), NULL);
  return priv->session;
}

/**
 * accord_page_set_session:
 * @session: (nullable): the session to show
 *
 * Shows @session and follows its changes and its month.
 */
void
accord_page_set_session (AccordPage    *self,
                         AccordSession *session)
{
  AccordPagePrivate *priv = accord_page_get_instance_private (self);

  g_return_if_fail (ACCORD_IS_PAGE (self));
  g_return_if_fail (session == NULL || ACCORD_IS_SESSION (session));

  if (priv->session == session)
    return;

  if (priv->session != NULL)
    g_signal_handlers_disconnect_by_data (priv->session, self);
  g_set_object (&priv->session, session);
  if (session != NULL)
    {
      g_signal_connect_swapped (session, "changed", G_CALLBACK (session_changed_cb), self);
      g_signal_connect_swapped (session, "notify::month", G_CALLBACK (session_month_cb), self);
    }

  refresh (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * accord_page_is_large:
 *
 * Returns: whether the page is at least 1600×900
 */
gboolean
accord_page_is_large (AccordPage *self)
{
  g_return_val_if_fail (ACCORD_IS_PAGE (self), FALSE);
  return gtk_widget_has_css_class (GTK_WIDGET (self), "large");
}
