/* accord-goals-page.h
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "accord-page.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_GOALS_PAGE (accord_goals_page_get_type ())

G_DECLARE_FINAL_TYPE (AccordGoalsPage, accord_goals_page, ACCORD, GOALS_PAGE, AccordPage)

G_END_DECLS
