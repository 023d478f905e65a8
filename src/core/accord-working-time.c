/* accord-working-time.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-working-time"

#include "config.h"

#include "accord-working-time.h"

#include <string.h>

#define SECONDS_PER_DAY 86400

/* The last year a civil date can have (accord_civil_is_valid()). */
#define LAST_YEAR 9999

/* A local calendar day, walked one at a time: no per-minute loops, and
 * each day's opening and closing are found from its wall-clock times, so
 * that a clock change between two days moves nothing. */
typedef struct
{
  const AccordBusinessHours *hours;
  AccordZone                *zone;
  int                        year;
  int                        month;
  int                        day;
  int                        weekday;       /* 1 = Monday … 7 = Sunday */
  guint                      n_holidays;
  guint                      next_holiday;  /* the first holiday not before the day */
  int                        holiday_key;   /* its date as YYYYMMDD; G_MAXINT for none */
} Walk;

static gboolean
has_working_time (const AccordBusinessHours *hours)
{
  return (hours->days & ACCORD_WEEKDAYS_ALL) != 0 &&
         hours->start < hours->end && hours->end <= ACCORD_MINUTES_PER_DAY;
}

/* A date as a number that sorts as the date does: YYYYMMDD. */
static int
get_key (int year,
         int month,
         int day)
{
  return year * 10000 + month * 100 + day;
}

/* The key of a holiday, "YYYY-MM-DD": its eight digits. Compared as
 * numbers, the holidays need no text made for each day walked. */
static int
parse_key (const char *date)
{
  int key = 0;

  for (guint i = 0, n_digits = 0; date[i] != '\0' && n_digits < 8; i++)
    {
      if (g_ascii_isdigit (date[i]))
        {
          key = key * 10 + (date[i] - '0');
          n_digits++;
        }
    }

  return key;
}

static void
set_next_holiday (Walk  *walk,
                  guint  index)
{
  walk->next_holiday = index;
  walk->holiday_key = index < walk->n_holidays ? parse_key (walk->hours->holidays[index]) : G_MAXINT;
}

/* Starts the walk on the local day of @moment, which is within the years
 * 1 to 9999. */
static void
start_walk (Walk                      *walk,
            const AccordBusinessHours *hours,
            AccordZone                *zone,
            gint64                     moment)
{
  AccordCivil civil;
  int key;
  guint low = 0, high;

  accord_zone_to_civil (zone, moment, &civil);
  walk->hours = hours;
  walk->zone = zone;
  walk->n_holidays = hours->holidays != NULL ? hours->n_holidays : 0;
  walk->year = civil.year;
  walk->month = civil.month;
  walk->day = civil.day;
  walk->weekday = civil.weekday;

  /* The holidays before the first day never matter again. */
  key = get_key (civil.year, civil.month, civil.day);
  high = walk->n_holidays;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (parse_key (hours->holidays[middle]) < key)
        low = middle + 1;
      else
        high = middle;
    }
  set_next_holiday (walk, low);
}

static void
step_walk (Walk *walk)
{
  walk->weekday = walk->weekday % 7 + 1;
  if (++walk->day > accord_days_in_month (walk->year, walk->month))
    {
      walk->day = 1;
      if (++walk->month > 12)
        {
          walk->month = 1;
          walk->year++;
        }
    }
}

static gboolean
is_holiday (Walk *walk)
{
  int key = get_key (walk->year, walk->month, walk->day);

  while (walk->holiday_key < key)
    set_next_holiday (walk, walk->next_holiday + 1);

  return walk->holiday_key == key;
}

/* The working time of the walk's day, from its opening to its closing.
 * Returns %FALSE on a day off and a holiday, and on the days whose wall
 * times cannot be read (after the year 9999). */
static gboolean
get_working_time (Walk   *walk,
                  gint64 *opening,
                  gint64 *closing)
{
  const AccordBusinessHours *hours = walk->hours;

  if ((hours->days & (1 << (walk->weekday - 1))) == 0 || is_holiday (walk))
    return FALSE;

  *opening = accord_zone_from_civil (walk->zone, walk->year, walk->month, walk->day,
                                     hours->start / 60, hours->start % 60, 0);
  if (hours->end < ACCORD_MINUTES_PER_DAY)
    {
      *closing = accord_zone_from_civil (walk->zone, walk->year, walk->month, walk->day,
                                         hours->end / 60, hours->end % 60, 0);
    }
  else
    {
      /* 24:00 is the next day's midnight. */
      Walk next = *walk;

      step_walk (&next);
      *closing = accord_zone_from_civil (walk->zone, next.year, next.month, next.day, 0, 0, 0);
    }

  /* A clock change inside the working hours can shorten a day, but never
   * to less than nothing. */
  return *opening != ACCORD_TIME_NONE && *closing != ACCORD_TIME_NONE && *closing > *opening;
}

/* The moments whose local day can be walked: from the second day of the
 * year 1 (a day's margin for the zone's offset) to the last of 9999. */
static gint64
get_first_moment (void)
{
  return accord_days_from_civil (1, 1, 2) * SECONDS_PER_DAY;
}

static gint64
get_last_moment (void)
{
  return accord_days_from_civil (LAST_YEAR, 12, 31) * SECONDS_PER_DAY;
}

/**
 * accord_working_time_add_within:
 * @hours: the working hours
 * @zone: the zone they are read in: the workspace's
 * @start: a moment (Unix seconds)
 * @seconds: the working time to add, in seconds
 * @limit: the latest moment the caller needs to know
 *
 * Works out what accord_working_time_add() does, walking no further than
 * @limit: the response clock of a lead needs its due moment only when it
 * is before the first touch, and an agreement that allows a year to
 * answer must not make every lead walk a year of days.
 *
 * Returns: the moment when @seconds of working time have passed after
 *   @start, when it is not after @limit; else that moment or
 *   %G_MAXINT64, which is also the answer when it never comes
 */
gint64
accord_working_time_add_within (const AccordBusinessHours *hours,
                                AccordZone                *zone,
                                gint64                     start,
                                gint64                     seconds,
                                gint64                     limit)
{
  gint64 remaining = seconds;
  gint64 cursor;
  Walk walk;

  g_return_val_if_fail (hours != NULL, G_MAXINT64);
  g_return_val_if_fail (zone != NULL, G_MAXINT64);

  if (seconds <= 0)
    return start;
  if (!has_working_time (hours) || start > get_last_moment ())
    return G_MAXINT64;

  cursor = MAX (start, get_first_moment ());
  start_walk (&walk, hours, zone, cursor);
  for (; walk.year <= LAST_YEAR; step_walk (&walk))
    {
      gint64 opening, closing, begin;

      if (!get_working_time (&walk, &opening, &closing) || closing <= cursor)
        continue;

      /* A start outside the working hours waits for the next opening. */
      begin = MAX (opening, cursor);
      if (remaining <= closing - begin)
        return begin + remaining;
      remaining -= closing - begin;

      /* What is left ends after this closing, so after @limit. */
      if (closing >= limit)
        return G_MAXINT64;
    }

  return G_MAXINT64;
}

/**
 * accord_working_time_add:
 * @hours: the working hours
 * @zone: the zone they are read in: the workspace's
 * @start: a moment (Unix seconds)
 * @seconds: the working time to add, in seconds
 *
 * DESIGN §3: the moment when @seconds of working time have passed after
 * @start, as Salesforce's business hours count. A start outside the
 * working hours (at night, on a day off or a holiday) begins at the next
 * opening; time that runs out exactly at a closing ends there, not at
 * the next opening. Each day opens and closes at its local wall times, so
 * across a clock change a day's hours stay where the clock says. Takes
 * time in proportion to the days walked.
 *
 * Returns: that moment; @start when @seconds is not above 0;
 *   %G_MAXINT64 when the working hours have no working time at all
 */
gint64
accord_working_time_add (const AccordBusinessHours *hours,
                         AccordZone                *zone,
                         gint64                     start,
                         gint64                     seconds)
{
  return accord_working_time_add_within (hours, zone, start, seconds, G_MAXINT64);
}

/**
 * accord_working_time_between:
 * @hours: the working hours
 * @zone: the zone they are read in: the workspace's
 * @from: a moment (Unix seconds)
 * @to: a later moment
 *
 * Takes time in proportion to the days from @from to @to.
 *
 * Returns: the seconds of working time from @from to @to; 0 when @to is
 *   not after @from
 */
gint64
accord_working_time_between (const AccordBusinessHours *hours,
                             AccordZone                *zone,
                             gint64                     from,
                             gint64                     to)
{
  gint64 total = 0;
  Walk walk;

  g_return_val_if_fail (hours != NULL, 0);
  g_return_val_if_fail (zone != NULL, 0);

  from = MAX (from, get_first_moment ());
  to = MIN (to, get_last_moment ());
  if (to <= from || !has_working_time (hours))
    return 0;

  start_walk (&walk, hours, zone, from);
  for (; walk.year <= LAST_YEAR; step_walk (&walk))
    {
      gint64 opening, closing;

      if (!get_working_time (&walk, &opening, &closing))
        {
          /* A day off after the day of @to ends the walk all the same. */
          if (accord_zone_from_civil (zone, walk.year, walk.month, walk.day, 0, 0, 0) >= to)
            break;
          continue;
        }

      if (opening >= to)
        break;
      if (closing > from)
        total += MIN (closing, to) - MAX (opening, from);
    }

  return total;
}

/**
 * accord_time_of_day_parse:
 * @text: a time written "HH:MM", as the agreement's file writes it
 * @end_of_day: whether 24:00, the end of the day, is allowed (a closing time)
 * @minutes: (out): the time in minutes after midnight
 *
 * Returns: %FALSE when @text is not a time from 00:00 to 23:59, or 24:00
 *   where @end_of_day
 */
gboolean
accord_time_of_day_parse (const char *text,
                          gboolean    end_of_day,
                          guint      *minutes)
{
  guint hour, minute;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (minutes != NULL, FALSE);

  if (strlen (text) != 5 || text[2] != ':' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;

  hour = (guint) (text[0] - '0') * 10 + (guint) (text[1] - '0');
  minute = (guint) (text[3] - '0') * 10 + (guint) (text[4] - '0');
  if (minute > 59 || hour > 24 || (hour == 24 && (!end_of_day || minute != 0)))
    return FALSE;

  *minutes = hour * 60 + minute;
  return TRUE;
}

/**
 * accord_time_of_day_format:
 * @minutes: a time in minutes after midnight, at most 1440
 *
 * Returns: (transfer full): the time as the agreement's file writes it:
 *   "09:00"; 1440 minutes is "24:00"
 */
char *
accord_time_of_day_format (guint minutes)
{
  return g_strdup_printf ("%02u:%02u", minutes / 60, minutes % 60);
}
