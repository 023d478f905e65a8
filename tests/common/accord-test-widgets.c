/* accord-test-widgets.c: finding widgets in the widget tests
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "accord-test-widgets.h"

/**
 * accord_test_find_named:
 * @widget: where to start
 * @name: a widget name (gtk_widget_set_name(), or "name" in a .ui file)
 *
 * Returns: (nullable) (transfer none): the first widget below @widget,
 *   itself included, depth first, called @name
 */
GtkWidget *
accord_test_find_named (GtkWidget  *widget,
                        const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = accord_test_find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * accord_test_find_label:
 * @widget: where to start
 * @text: a label's text as set, mnemonic underscores included
 *
 * Returns: (nullable) (transfer none): the first #GtkLabel below @widget,
 *   itself included, depth first, showing @text
 */
GtkWidget *
accord_test_find_label (GtkWidget  *widget,
                        const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = accord_test_find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}
