/* accord-goal-cell.h: one cell of the goals grid — actual, goal and
 * attainment of a figure in a month or a quarter
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "accord-quarter-row.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_GOAL_CELL (accord_goal_cell_get_type ())

G_DECLARE_FINAL_TYPE (AccordGoalCell, accord_goal_cell, ACCORD, GOAL_CELL, AdwBin)

GtkWidget           *accord_goal_cell_new        (AccordQuarterColumn  column);
AccordQuarterRow    *accord_goal_cell_get_row    (AccordGoalCell      *self);
void                 accord_goal_cell_set_row    (AccordGoalCell      *self,
                                                  AccordQuarterRow    *row);
AccordQuarterColumn  accord_goal_cell_get_column (AccordGoalCell      *self);
void                 accord_goal_cell_set_column (AccordGoalCell      *self,
                                                  AccordQuarterColumn  column);

const char          *accord_goal_cell_get_tooltip (AccordGoalCell      *self);

G_END_DECLS
