/* accord-working-time.h: the response clock in working hours (DESIGN §3)
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "accord-zone.h"

G_BEGIN_DECLS

/* Days of the week as bits of a set: the weekday w of an AccordCivil
 * (1 = Monday … 7 = Sunday) is the bit 1 << (w − 1). */
typedef enum
{
  ACCORD_WEEKDAY_MONDAY    = 1 << 0,
  ACCORD_WEEKDAY_TUESDAY   = 1 << 1,
  ACCORD_WEEKDAY_WEDNESDAY = 1 << 2,
  ACCORD_WEEKDAY_THURSDAY  = 1 << 3,
  ACCORD_WEEKDAY_FRIDAY    = 1 << 4,
  ACCORD_WEEKDAY_SATURDAY  = 1 << 5,
  ACCORD_WEEKDAY_SUNDAY    = 1 << 6,
} AccordWeekdays;

#define ACCORD_WEEKDAYS_MONDAY_TO_FRIDAY \
  (ACCORD_WEEKDAY_MONDAY | ACCORD_WEEKDAY_TUESDAY | ACCORD_WEEKDAY_WEDNESDAY | \
   ACCORD_WEEKDAY_THURSDAY | ACCORD_WEEKDAY_FRIDAY)
#define ACCORD_WEEKDAYS_ALL 0x7f

/* 24:00, the latest closing time. */
#define ACCORD_MINUTES_PER_DAY 1440

/* Working hours (DESIGN §3): the days of the week worked, each from an
 * opening to a closing time of day, except on holidays. Times and dates
 * are wall-clock times in the workspace's time zone. */
typedef struct
{
  AccordWeekdays      days;        /* the days worked; at least one */
  guint               start;       /* opening, in minutes after midnight: 09:00 is 540 */
  guint               end;         /* closing, after @start, at most 24:00 (1440) */
  const char * const *holidays;    /* (array length=n_holidays) "YYYY-MM-DD", ascending */
  guint               n_holidays;
} AccordBusinessHours;

gint64 accord_working_time_add        (const AccordBusinessHours *hours,
                                       AccordZone                *zone,
                                       gint64                     start,
                                       gint64                     seconds);
gint64 accord_working_time_add_within (const AccordBusinessHours *hours,
                                       AccordZone                *zone,
                                       gint64                     start,
                                       gint64                     seconds,
                                       gint64                     limit);
gint64 accord_working_time_between    (const AccordBusinessHours *hours,
                                       AccordZone                *zone,
                                       gint64                     from,
                                       gint64                     to);

gboolean accord_time_of_day_parse      (const char                *text,
                                       gboolean                   end_of_day,
                                       guint                     *minutes);
char    *accord_time_of_day_format     (guint                      minutes);

G_END_DECLS
