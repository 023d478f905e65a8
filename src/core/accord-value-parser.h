/* accord-value-parser.h: the text of one cell read as a number, band,
 * boolean, tier or date
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "accord-types.h"
#include "accord-zone.h"

G_BEGIN_DECLS

/* The first and last years a date may have; others are typing errors. */
#define ACCORD_DATE_YEAR_MIN 1900
#define ACCORD_DATE_YEAR_MAX 2199

/* The largest amount read, either way: 10¹⁸ (a quintillion). */
#define ACCORD_MAX_AMOUNT 1e18

typedef enum
{
  ACCORD_VALUE_EMPTY,    /* blank, or a null marker: "", spaces, "#N/A", "N/A", "#NV",
                          * "null", "-", "–", "—", Salesforce's "000000000000000AAA" */
  ACCORD_VALUE_OK,
  ACCORD_VALUE_INVALID,  /* *reason set: (transfer full) a translated, short reason */
} AccordValueStatus;

typedef enum
{
  ACCORD_DATE_ORDER_UNKNOWN,     /* no evidence either way */
  ACCORD_DATE_ORDER_MONTH_FIRST, /* 3/15/2024 */
  ACCORD_DATE_ORDER_DAY_FIRST,   /* 15/3/2024 */
} AccordDateOrder;

typedef struct
{
  int             year, month, day, hour, minute, second;
  gboolean        has_time;
  gboolean        has_offset;     /* Z, UTC, ±HH:MM, ±HHMM or ±HH given */
  int             offset_seconds; /* seconds east of UTC when has_offset */
  gboolean        epoch;          /* the text was a Unix timestamp: only
                                   * epoch_seconds (and has_time) are set */
  gint64          epoch_seconds;
  AccordDateOrder evidence;       /* numeric N/N/YYYY and N-N-YYYY forms:
                                   * DAY_FIRST if the first number is > 12,
                                   * MONTH_FIRST if the second is, else UNKNOWN */
  gboolean        ambiguous;      /* both readings are dates, and differ */
} AccordDateParts;

gboolean          accord_value_is_empty        (const char            *text);

AccordValueStatus accord_parse_date            (const char            *text,
                                                AccordDateOrder        order,
                                                AccordDateParts       *parts,
                                                char                 **reason);
void              accord_date_parts_swap_order (AccordDateParts       *parts);
gint64            accord_date_parts_to_time    (const AccordDateParts *parts,
                                                AccordZone            *zone);

AccordValueStatus accord_parse_amount          (const char            *text,
                                                double                *value,
                                                char                 **reason);
AccordValueStatus accord_parse_count           (const char            *text,
                                                gint32                *value,
                                                char                 **reason);
AccordValueStatus accord_parse_band            (const char            *text,
                                                gint32                *value,
                                                char                 **reason);
AccordValueStatus accord_parse_boolean         (const char            *text,
                                                gboolean              *value,
                                                char                 **reason);
AccordTier        accord_parse_tier            (const char            *text);

G_END_DECLS
