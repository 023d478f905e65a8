/* accord-zone.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-zone"

#include "config.h"

#include "accord-zone.h"

#include <glib/gi18n.h>

#include <stdio.h>
#include <string.h>

#define SECONDS_PER_DAY 86400
#define CACHE_SIZE 1024

typedef struct
{
  gint64 day;      /* days since the epoch; G_MININT64 when empty */
  gint32 offset;   /* seconds east of UTC, valid the whole day */
} CacheEntry;

struct _AccordZone
{
  GTimeZone *time_zone;
  /* Offsets by local day (civil → UTC) and by UTC day (UTC → civil), for
   * days without a transition; days with one ask GLib each time. */
  CacheEntry local_days[CACHE_SIZE];
  CacheEntry utc_days[CACHE_SIZE];
};

/* Howard Hinnant's days_from_civil: days since 1970-01-01, proleptic
 * Gregorian. */
gint64
accord_days_from_civil (int year,
                        int month,
                        int day)
{
  gint64 y = (gint64) year - (month <= 2);
  gint64 era = (y >= 0 ? y : y - 399) / 400;
  gint64 yoe = y - era * 400;
  gint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  gint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + doe - 719468;
}

static void
civil_from_days (gint64  days,
                 int    *year,
                 int    *month,
                 int    *day)
{
  gint64 z = days + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;
  int m = (int) (mp < 10 ? mp + 3 : mp - 9);

  *day = (int) (doy - (153 * mp + 2) / 5 + 1);
  *month = m;
  *year = (int) (yoe + era * 400 + (m <= 2));
}

static gint64
floor_div (gint64 a,
           gint64 b)
{
  return a / b - (a % b != 0 && ((a < 0) != (b < 0)));
}

int
accord_days_in_month (int year,
                      int month)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  gboolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

  if (month < 1 || month > 12)
    return 0;
  return days[month - 1] + (month == 2 && leap);
}

gboolean
accord_civil_is_valid (int year,
                       int month,
                       int day,
                       int hour,
                       int minute,
                       int second)
{
  return year >= 1 && year <= 9999 &&
         month >= 1 && month <= 12 &&
         day >= 1 && day <= accord_days_in_month (year, month) &&
         hour >= 0 && hour <= 23 &&
         minute >= 0 && minute <= 59 &&
         second >= 0 && second <= 59;
}

AccordZone *
accord_zone_new (GTimeZone *time_zone)
{
  AccordZone *self = g_new (AccordZone, 1);

  self->time_zone = time_zone != NULL ? g_time_zone_ref (time_zone) : g_time_zone_new_utc ();
  for (guint i = 0; i < CACHE_SIZE; i++)
    {
      self->local_days[i].day = G_MININT64;
      self->utc_days[i].day = G_MININT64;
    }

  return self;
}

void
accord_zone_free (AccordZone *self)
{
  if (self == NULL)
    return;

  g_time_zone_unref (self->time_zone);
  g_free (self);
}

GTimeZone *
accord_zone_get_time_zone (AccordZone *self)
{
  return self->time_zone;
}

static gint32
offset_for_local (AccordZone *self,
                  gint64     *local)
{
  int interval = g_time_zone_adjust_time (self->time_zone, G_TIME_TYPE_STANDARD, local);

  return g_time_zone_get_offset (self->time_zone, interval);
}

static gint32
offset_for_utc (AccordZone *self,
                gint64      utc)
{
  int interval = g_time_zone_find_interval (self->time_zone, G_TIME_TYPE_UNIVERSAL, utc);

  return g_time_zone_get_offset (self->time_zone, interval);
}

/* Converts a local wall time (seconds since the epoch, as if UTC) to UTC.
 * A wall time in a DST gap moves forward with the clock; an ambiguous one
 * takes the standard-time reading. */
static gint64
utc_from_local (AccordZone *self,
                gint64      local)
{
  gint64 day = floor_div (local, SECONDS_PER_DAY);
  CacheEntry *entry = &self->local_days[(guint64) day % CACHE_SIZE];
  gint64 adjusted = local;
  gint32 offset;

  if (entry->day == day)
    return local - entry->offset;

  offset = offset_for_local (self, &adjusted);
  if (adjusted != local)
    {
      /* In a gap GLib answers the first moment after it; the clock's
       * reading instead goes on at the offset before the gap. */
      return local - offset_for_utc (self, adjusted - offset - 1);
    }
  else
    {
      gint64 start = day * SECONDS_PER_DAY;
      gint64 end = start + SECONDS_PER_DAY - 1;

      if (offset_for_local (self, &start) == offset &&
          offset_for_local (self, &end) == offset &&
          start == day * SECONDS_PER_DAY &&
          end == day * SECONDS_PER_DAY + SECONDS_PER_DAY - 1)
        {
          entry->day = day;
          entry->offset = offset;
        }
    }

  return adjusted - offset;
}

static gint32
cached_offset_for_utc (AccordZone *self,
                       gint64      utc)
{
  gint64 day = floor_div (utc, SECONDS_PER_DAY);
  CacheEntry *entry = &self->utc_days[(guint64) day % CACHE_SIZE];
  gint32 offset;

  if (entry->day == day)
    return entry->offset;

  offset = offset_for_utc (self, utc);
  if (offset_for_utc (self, day * SECONDS_PER_DAY) == offset &&
      offset_for_utc (self, day * SECONDS_PER_DAY + SECONDS_PER_DAY - 1) == offset)
    {
      entry->day = day;
      entry->offset = offset;
    }

  return offset;
}

/**
 * accord_zone_from_civil:
 *
 * Returns: the Unix time of a wall-clock time in the zone, or
 *   %ACCORD_TIME_NONE when the fields do not make a valid time.
 */
gint64
accord_zone_from_civil (AccordZone *self,
                        int         year,
                        int         month,
                        int         day,
                        int         hour,
                        int         minute,
                        int         second)
{
  gint64 local;

  if (!accord_civil_is_valid (year, month, day, hour, minute, second))
    return ACCORD_TIME_NONE;

  local = accord_days_from_civil (year, month, day) * SECONDS_PER_DAY +
          hour * 3600 + minute * 60 + second;

  return utc_from_local (self, local);
}

void
accord_zone_to_civil (AccordZone  *self,
                      gint64       time,
                      AccordCivil *civil)
{
  gint64 local = time + cached_offset_for_utc (self, time);
  gint64 days = floor_div (local, SECONDS_PER_DAY);
  gint64 seconds = local - days * SECONDS_PER_DAY;

  civil_from_days (days, &civil->year, &civil->month, &civil->day);
  civil->hour = (int) (seconds / 3600);
  civil->minute = (int) (seconds / 60 % 60);
  civil->second = (int) (seconds % 60);
  /* 1970-01-01 was a Thursday (4). */
  civil->weekday = (int) (((days % 7) + 7 + 3) % 7) + 1;
}

int
accord_zone_month_of (AccordZone *self,
                      gint64      time)
{
  AccordCivil civil;

  accord_zone_to_civil (self, time, &civil);
  return ACCORD_MONTH_KEY (civil.year, civil.month);
}

/**
 * accord_zone_month_start:
 *
 * Returns: the first moment of the month in the zone.
 */
gint64
accord_zone_month_start (AccordZone *self,
                         int         month_key)
{
  return accord_zone_from_civil (self, ACCORD_MONTH_KEY_YEAR (month_key),
                                 ACCORD_MONTH_KEY_MONTH (month_key), 1, 0, 0, 0);
}

/**
 * accord_zone_month_end:
 *
 * Returns: the last second of the month in the zone: end(m) of DESIGN §3.
 */
gint64
accord_zone_month_end (AccordZone *self,
                       int         month_key)
{
  return accord_zone_month_start (self, month_key + 1) - 1;
}

/**
 * accord_zone_day_end:
 *
 * Returns: the last second of a calendar day in the zone.
 */
gint64
accord_zone_day_end (AccordZone *self,
                     int         year,
                     int         month,
                     int         day)
{
  gint64 next;
  int next_year = year, next_month = month, next_day = day + 1;

  if (!accord_civil_is_valid (year, month, day, 0, 0, 0))
    return ACCORD_TIME_NONE;

  if (next_day > accord_days_in_month (year, month))
    {
      next_day = 1;
      if (++next_month > 12)
        {
          next_month = 1;
          next_year++;
        }
    }

  next = accord_zone_from_civil (self, next_year, next_month, next_day, 0, 0, 0);
  return next == ACCORD_TIME_NONE ? ACCORD_TIME_NONE : next - 1;
}

/**
 * accord_zone_format:
 *
 * Returns: (transfer full): "YYYY-MM-DD HH:MM" in the zone.
 */
char *
accord_zone_format (AccordZone *self,
                    gint64      time)
{
  AccordCivil c;

  accord_zone_to_civil (self, time, &c);
  return g_strdup_printf ("%04d-%02d-%02d %02d:%02d", c.year, c.month, c.day, c.hour, c.minute);
}

/**
 * accord_zone_format_date:
 *
 * Returns: (transfer full): "YYYY-MM-DD" in the zone.
 */
char *
accord_zone_format_date (AccordZone *self,
                         gint64      time)
{
  AccordCivil c;

  accord_zone_to_civil (self, time, &c);
  return g_strdup_printf ("%04d-%02d-%02d", c.year, c.month, c.day);
}

char *
accord_month_key_format (int month_key)
{
  return g_strdup_printf ("%04d-%02d", ACCORD_MONTH_KEY_YEAR (month_key),
                          ACCORD_MONTH_KEY_MONTH (month_key));
}

/**
 * accord_month_key_format_name:
 *
 * Returns: (transfer full): the month as people read it, "October 2024",
 *   in the user's language
 */
char *
accord_month_key_format_name (int month_key)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (ACCORD_MONTH_KEY_YEAR (month_key),
                                                   ACCORD_MONTH_KEY_MONTH (month_key), 1, 0, 0, 0);

  if (date == NULL)
    return g_strdup ("");

  /* Translators: a month, "October 2024"; %OB is the month's name
   * standing alone (not "of October"). */
  return g_date_time_format (date, _("%OB %Y"));
}

/**
 * accord_month_key_format_name_in_data:
 * @month_key: the month to name
 * @first_month: the data's first month
 * @last_month: the data's last month; before @first_month when the data
 *   has no months, which adds nothing
 *
 * Returns: (transfer full): the month's name as
 *   accord_month_key_format_name() writes it, saying so when it lies
 *   outside the data: "October 2023 (no data)"
 */
char *
accord_month_key_format_name_in_data (int month_key,
                                      int first_month,
                                      int last_month)
{
  g_autofree char *name = accord_month_key_format_name (month_key);

  if (first_month <= last_month && (month_key < first_month || month_key > last_month))
    /* Translators: a month before the imported data begins, e.g. "October 2023 (no data)" */
    return g_strdup_printf (_("%s (no data)"), name);

  return g_steal_pointer (&name);
}

/**
 * accord_zone_format_day:
 *
 * Returns: (transfer full): the day of @time in the zone, in words, in the
 *   user's language: "25 October 2024"
 */
char *
accord_zone_format_day (AccordZone *self,
                        gint64      time)
{
  g_autoptr(GDateTime) date = NULL;
  AccordCivil c;

  accord_zone_to_civil (self, time, &c);
  date = g_date_time_new_utc (c.year, c.month, c.day, 12, 0, 0);
  if (date == NULL)
    return g_strdup ("");

  /* Translators: a day, "25 October 2024"; see g_date_time_format() */
  return g_date_time_format (date, _("%-d %B %Y"));
}

gboolean
accord_month_key_parse (const char *text,
                        int        *month_key)
{
  int year, month;
  char end;

  if (text == NULL || strlen (text) != 7 || text[4] != '-' ||
      sscanf (text, "%4d-%2d%c", &year, &month, &end) != 2 ||
      year < 1 || month < 1 || month > 12)
    return FALSE;

  *month_key = ACCORD_MONTH_KEY (year, month);
  return TRUE;
}
