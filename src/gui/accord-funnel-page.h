/* accord-funnel-page.h
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "accord-page.h"

G_BEGIN_DECLS

/* The period a funnel is compared with: its "comparison" property. */
typedef enum
{
  ACCORD_FUNNEL_COMPARE_PREVIOUS_MONTH,
  ACCORD_FUNNEL_COMPARE_LAST_YEAR,      /* the same month a year before */
  ACCORD_FUNNEL_COMPARE_NONE,
} AccordFunnelComparison;

/* How the funnel is split: its "breakdown" property. */
typedef enum
{
  ACCORD_FUNNEL_BREAKDOWN_ALL,          /* one funnel of all leads */
  ACCORD_FUNNEL_BREAKDOWN_OWNER,        /* one funnel per owner */
  ACCORD_FUNNEL_BREAKDOWN_SOURCE,       /* one funnel per source */
} AccordFunnelBreakdown;

#define ACCORD_TYPE_FUNNEL_PAGE (accord_funnel_page_get_type ())

G_DECLARE_FINAL_TYPE (AccordFunnelPage, accord_funnel_page, ACCORD, FUNNEL_PAGE, AccordPage)

G_END_DECLS
