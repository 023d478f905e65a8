/* accord-test-widgets.h: finding widgets in the widget tests, waiting for
 * them, and the session most of them show
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-goal-cell.h"
#include "accord-quarter.h"
#include "accord-session.h"

G_BEGIN_DECLS

gboolean       accord_test_init_display     (void);
void           accord_test_allow_stale_tooltip (void);
GtkWindow     *accord_test_find_toplevel    (GType       type);

GtkWidget     *accord_test_find_named       (GtkWidget  *widget,
                                             const char *name);
GtkWidget     *accord_test_find_label       (GtkWidget  *widget,
                                             const char *text);
void           accord_test_iterate          (void);
void           accord_test_wait_for_map     (GtkWidget  *widget);
AccordSession *accord_test_contacts_session (void);

void            accord_test_wait_for_frames     (GtkWidget           *widget);
GtkWidget      *accord_test_find_type           (GtkWidget           *widget,
                                                 GType                type);
AccordQuarter  *accord_test_get_goals_quarter   (GtkWidget           *page);
AccordGoalCell *accord_test_find_goal_cell      (GtkWidget           *page,
                                                 AccordFigure         figure,
                                                 AccordQuarterColumn  column);
GtkLabel       *accord_test_goal_cell_get_label (AccordGoalCell      *cell,
                                                 guint                index);

G_END_DECLS
