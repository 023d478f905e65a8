/* accord-zone.h: civil time in the workspace's time zone
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "accord-types.h"

G_BEGIN_DECLS

/* A month is named by a key: year * 12 + (month - 1). */
#define ACCORD_MONTH_KEY(year, month) ((year) * 12 + ((month) - 1))
#define ACCORD_MONTH_KEY_YEAR(key)    ((key) / 12)
#define ACCORD_MONTH_KEY_MONTH(key)   ((key) % 12 + 1)

typedef struct
{
  int year;
  int month;   /* 1–12 */
  int day;     /* 1–31 */
  int hour;
  int minute;
  int second;
  int weekday; /* 1 = Monday … 7 = Sunday */
} AccordCivil;

/* A time zone with a cache of its offsets, so that millions of
 * conversions do not each search the zone's transitions. Not thread-safe:
 * each thread makes its own. */
typedef struct _AccordZone AccordZone;

AccordZone *accord_zone_new            (GTimeZone         *time_zone);
void        accord_zone_free           (AccordZone        *self);
GTimeZone  *accord_zone_get_time_zone  (AccordZone        *self);

gint64      accord_zone_from_civil     (AccordZone        *self,
                                        int                year,
                                        int                month,
                                        int                day,
                                        int                hour,
                                        int                minute,
                                        int                second);
void        accord_zone_to_civil       (AccordZone        *self,
                                        gint64             time,
                                        AccordCivil       *civil);

int         accord_zone_month_of       (AccordZone        *self,
                                        gint64             time);
gint64      accord_zone_month_start    (AccordZone        *self,
                                        int                month_key);
gint64      accord_zone_month_end      (AccordZone        *self,
                                        int                month_key);
gint64      accord_zone_day_end        (AccordZone        *self,
                                        int                year,
                                        int                month,
                                        int                day);

char       *accord_zone_format         (AccordZone        *self,
                                        gint64             time);
char       *accord_zone_format_date    (AccordZone        *self,
                                        gint64             time);
char       *accord_zone_format_day     (AccordZone        *self,
                                        gint64             time);

gboolean    accord_civil_is_valid      (int                year,
                                        int                month,
                                        int                day,
                                        int                hour,
                                        int                minute,
                                        int                second);
int         accord_days_in_month       (int                year,
                                        int                month);
gint64      accord_days_from_civil     (int                year,
                                        int                month,
                                        int                day);

char       *accord_month_key_format    (int                month_key);
char       *accord_month_key_format_name (int              month_key);
char       *accord_month_key_format_name_in_data (int      month_key,
                                                  int      first_month,
                                                  int      last_month);
gboolean    accord_month_key_parse     (const char        *text,
                                        int               *month_key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordZone, accord_zone_free)

G_END_DECLS
