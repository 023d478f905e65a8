/* test-working-time.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "accord-working-time.h"
#include "accord-zone.h"

#include "accord-test-time.h"

#define MINUTE 60
#define HOUR   3600
#define DAY    86400

typedef struct
{
  AccordZone *zone;
} Fixture;

/* Monday to Friday, 09:00 to 17:00: eight hours a day, forty a week. */
static const AccordBusinessHours office = {
  ACCORD_WEEKDAYS_MONDAY_TO_FRIDAY, 9 * 60, 17 * 60, NULL, 0,
};

/* The same, with Christmas Day and Boxing Day 2024 off (a Wednesday and a
 * Thursday), and a holiday long past, which never matters. */
static const char * const christmas_dates[] = { "2019-05-01", "2024-12-25", "2024-12-26" };
static const AccordBusinessHours christmas = {
  ACCORD_WEEKDAYS_MONDAY_TO_FRIDAY, 9 * 60, 17 * 60,
  christmas_dates, G_N_ELEMENTS (christmas_dates),
};

/* Every hour of every day. */
static const AccordBusinessHours always = {
  ACCORD_WEEKDAYS_ALL, 0, 24 * 60, NULL, 0,
};

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");

  g_assert_nonnull (berlin);
  fixture->zone = accord_zone_new (berlin);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  accord_zone_free (fixture->zone);
}

/* A UTC time, worked out by GLib rather than by the zone under test. */
static gint64
at_utc (int year,
        int month,
        int day,
        int hour,
        int minute)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (time);
}

static gint64
add (Fixture                   *fixture,
     const AccordBusinessHours *hours,
     gint64                     start,
     gint64                     seconds)
{
  gint64 due = accord_working_time_add (hours, fixture->zone, start, seconds);

  /* Whatever was added is what lies between. */
  if (due != G_MAXINT64)
    g_assert_cmpint (accord_working_time_between (hours, fixture->zone, start, due), ==, seconds);

  return due;
}

/* An MQL on Friday 2024-06-07 16:00 with four working hours to answer:
 * one hour on Friday (16:00–17:00), none on the weekend, and three on
 * Monday from 09:00: due Monday 2024-06-10 12:00. */
static void
test_weekend (Fixture       *fixture,
              gconstpointer  data)
{
  gint64 mql = accord_test_time (fixture->zone, "2024-06-07 16:00");
  gint64 due = add (fixture, &office, mql, 4 * HOUR);

  g_assert_cmpint (due, ==, accord_test_time (fixture->zone, "2024-06-10 12:00"));

  /* Friday 16:00 to Monday 12:00 is 68 hours on the calendar. */
  g_assert_cmpint (due - mql, ==, 68 * HOUR);

  /* Working time from Friday 16:00 to Saturday 10:00 is the one hour of
   * Friday; to Monday 09:00 still one; to Monday 09:30 an hour and a half. */
  g_assert_cmpint (accord_working_time_between (&office, fixture->zone, mql,
                                                accord_test_time (fixture->zone, "2024-06-08 10:00")), ==, HOUR);
  g_assert_cmpint (accord_working_time_between (&office, fixture->zone, mql,
                                                accord_test_time (fixture->zone, "2024-06-10 09:00")), ==, HOUR);
  g_assert_cmpint (accord_working_time_between (&office, fixture->zone, mql,
                                                accord_test_time (fixture->zone, "2024-06-10 09:30")), ==, 90 * MINUTE);
}

/* Tuesday 2024-12-24 16:00, four hours: one on Tuesday, none on the
 * holidays (Wednesday, Thursday), three on Friday from 09:00: due Friday
 * 2024-12-27 12:00. Without the holidays, Wednesday 12:00. */
static void
test_holiday (Fixture       *fixture,
              gconstpointer  data)
{
  gint64 mql = accord_test_time (fixture->zone, "2024-12-24 16:00");

  g_assert_cmpint (add (fixture, &christmas, mql, 4 * HOUR), ==, accord_test_time (fixture->zone, "2024-12-27 12:00"));
  g_assert_cmpint (add (fixture, &office, mql, 4 * HOUR), ==, accord_test_time (fixture->zone, "2024-12-25 12:00"));

  /* A start on a holiday waits for the next working day: Thursday 26th
   * 10:00 → Friday 27th 09:00 + 2 h = 11:00. */
  g_assert_cmpint (add (fixture, &christmas, accord_test_time (fixture->zone, "2024-12-26 10:00"), 2 * HOUR),
                   ==, accord_test_time (fixture->zone, "2024-12-27 11:00"));

  /* Twenty-four working hours (three days of eight) from Monday
   * 2024-12-23 13:00: Monday 4 h, Tuesday 8 h (12), Friday 8 h (20),
   * then the weekend, and Monday 2024-12-30 09:00 + 4 h = 13:00. */
  g_assert_cmpint (add (fixture, &christmas, accord_test_time (fixture->zone, "2024-12-23 13:00"), 24 * HOUR),
                   ==, accord_test_time (fixture->zone, "2024-12-30 13:00"));

  /* Between Monday 2024-12-23 00:00 and Monday 2024-12-30 00:00: three
   * working days, 24 hours; without the holidays five, 40 hours. */
  g_assert_cmpint (accord_working_time_between (&christmas, fixture->zone,
                                                accord_test_time (fixture->zone, "2024-12-23 00:00"),
                                                accord_test_time (fixture->zone, "2024-12-30 00:00")), ==, 24 * HOUR);
  g_assert_cmpint (accord_working_time_between (&office, fixture->zone,
                                                accord_test_time (fixture->zone, "2024-12-23 00:00"),
                                                accord_test_time (fixture->zone, "2024-12-30 00:00")), ==, 40 * HOUR);
}

/* Berlin moves its clocks on the last Sundays of March (02:00 → 03:00)
 * and October (03:00 → 02:00) 2024. A Friday-evening MQL is due on Monday
 * at the same local time as any other week; only the UTC instant moves. */
static void
test_dst (Fixture       *fixture,
          gconstpointer  data)
{
  gint64 mql, due;

  /* Friday 2024-03-29 16:00 CET (15:00 UTC), four hours: Monday
   * 2024-04-01 12:00 CEST, which is 10:00 UTC: 67 hours later, not 68. */
  mql = accord_test_time (fixture->zone, "2024-03-29 16:00");
  g_assert_cmpint (mql, ==, at_utc (2024, 3, 29, 15, 0));
  due = add (fixture, &office, mql, 4 * HOUR);
  g_assert_cmpint (due, ==, accord_test_time (fixture->zone, "2024-04-01 12:00"));
  g_assert_cmpint (due, ==, at_utc (2024, 4, 1, 10, 0));
  g_assert_cmpint (due - mql, ==, 67 * HOUR);

  /* Friday 2024-10-25 16:00 CEST (14:00 UTC): Monday 2024-10-28 12:00
   * CET, 11:00 UTC: 69 hours later. */
  mql = accord_test_time (fixture->zone, "2024-10-25 16:00");
  g_assert_cmpint (mql, ==, at_utc (2024, 10, 25, 14, 0));
  due = add (fixture, &office, mql, 4 * HOUR);
  g_assert_cmpint (due, ==, accord_test_time (fixture->zone, "2024-10-28 12:00"));
  g_assert_cmpint (due, ==, at_utc (2024, 10, 28, 11, 0));
  g_assert_cmpint (due - mql, ==, 69 * HOUR);

  /* Working hours round the clock count the hour the clock skips or
   * repeats: Saturday 2024-03-30 00:00 to Monday 00:00 is 24 + 23 hours,
   * and Saturday 2024-10-26 00:00 to Monday 00:00 is 24 + 25. */
  g_assert_cmpint (accord_working_time_between (&always, fixture->zone,
                                                accord_test_time (fixture->zone, "2024-03-30 00:00"),
                                                accord_test_time (fixture->zone, "2024-04-01 00:00")), ==, 47 * HOUR);
  g_assert_cmpint (accord_working_time_between (&always, fixture->zone,
                                                accord_test_time (fixture->zone, "2024-10-26 00:00"),
                                                accord_test_time (fixture->zone, "2024-10-28 00:00")), ==, 49 * HOUR);
  /* 47 hours from Saturday 00:00 end at Sunday's close, Monday 00:00. */
  g_assert_cmpint (add (fixture, &always, accord_test_time (fixture->zone, "2024-03-30 00:00"), 47 * HOUR),
                   ==, accord_test_time (fixture->zone, "2024-04-01 00:00"));
}

/* Starts outside the working hours begin at the next opening. */
static void
test_outside_hours (Fixture       *fixture,
                    gconstpointer  data)
{
  /* Monday 2024-06-10 07:30, before the 09:00 opening: 09:00 + 2 h. */
  g_assert_cmpint (add (fixture, &office, accord_test_time (fixture->zone, "2024-06-10 07:30"), 2 * HOUR),
                   ==, accord_test_time (fixture->zone, "2024-06-10 11:00"));
  /* Monday 18:00, after the 17:00 closing: Tuesday 09:00 + 2 h. */
  g_assert_cmpint (add (fixture, &office, accord_test_time (fixture->zone, "2024-06-10 18:00"), 2 * HOUR),
                   ==, accord_test_time (fixture->zone, "2024-06-11 11:00"));
  /* Monday 17:00 exactly: the day is over; Tuesday 09:00 + 30 min. */
  g_assert_cmpint (add (fixture, &office, accord_test_time (fixture->zone, "2024-06-10 17:00"), 30 * MINUTE),
                   ==, accord_test_time (fixture->zone, "2024-06-11 09:30"));
  /* Saturday 2024-06-08 10:00: Monday 09:00 + 1 h. */
  g_assert_cmpint (add (fixture, &office, accord_test_time (fixture->zone, "2024-06-08 10:00"), HOUR),
                   ==, accord_test_time (fixture->zone, "2024-06-10 10:00"));
  /* Sunday 23:59: the same. */
  g_assert_cmpint (add (fixture, &office, accord_test_time (fixture->zone, "2024-06-09 23:59"), HOUR),
                   ==, accord_test_time (fixture->zone, "2024-06-10 10:00"));

  /* No working time passes outside the working hours. */
  g_assert_cmpint (accord_working_time_between (&office, fixture->zone,
                                                accord_test_time (fixture->zone, "2024-06-10 17:00"),
                                                accord_test_time (fixture->zone, "2024-06-11 09:00")), ==, 0);
  g_assert_cmpint (accord_working_time_between (&office, fixture->zone,
                                                accord_test_time (fixture->zone, "2024-06-10 07:00"),
                                                accord_test_time (fixture->zone, "2024-06-10 08:00")), ==, 0);
}

/* The last working second of a day is its closing time. */
static void
test_boundary (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 mql = accord_test_time (fixture->zone, "2024-06-07 16:00");
  gint64 due = accord_test_time (fixture->zone, "2024-06-10 12:00");

  /* Friday 13:00 + 4 h is Friday 17:00, not Monday 09:00. */
  g_assert_cmpint (add (fixture, &office, accord_test_time (fixture->zone, "2024-06-07 13:00"), 4 * HOUR),
                   ==, accord_test_time (fixture->zone, "2024-06-07 17:00"));
  /* Friday 13:00 + 4 h 1 min is Monday 09:01. */
  g_assert_cmpint (add (fixture, &office, accord_test_time (fixture->zone, "2024-06-07 13:00"), 4 * HOUR + MINUTE),
                   ==, accord_test_time (fixture->zone, "2024-06-10 09:01"));

  /* A touch exactly at the due moment took four working hours, not more:
   * on time. A minute later it took 4 h 1 min: late. A touch on Friday
   * evening after the closing took one hour. */
  g_assert_cmpint (add (fixture, &office, mql, 4 * HOUR), ==, due);
  g_assert_cmpint (accord_working_time_between (&office, fixture->zone, mql, due), ==, 4 * HOUR);
  g_assert_cmpint (accord_working_time_between (&office, fixture->zone, mql, due + MINUTE),
                   ==, 4 * HOUR + MINUTE);
  g_assert_cmpint (accord_working_time_between (&office, fixture->zone, mql, due - MINUTE),
                   ==, 4 * HOUR - MINUTE);
  g_assert_cmpint (accord_working_time_between (&office, fixture->zone, mql,
                                                accord_test_time (fixture->zone, "2024-06-07 17:30")), ==, HOUR);

  /* Nothing to add: the start itself, even outside the working hours. */
  g_assert_cmpint (add (fixture, &office, accord_test_time (fixture->zone, "2024-06-08 10:00"), 0),
                   ==, accord_test_time (fixture->zone, "2024-06-08 10:00"));
  /* An end before the start holds no working time. */
  g_assert_cmpint (accord_working_time_between (&office, fixture->zone, due, mql), ==, 0);
  g_assert_cmpint (accord_working_time_between (&office, fixture->zone, due, due), ==, 0);
}

/* Long spans take one step a day, and count every day. */
static void
test_long_span (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const new_year[] = { "2024-01-01" };
  AccordBusinessHours holiday = office;
  gint64 start = accord_test_time (fixture->zone, "2024-01-01 00:00");

  /* A 90-day timeframe from Monday 2024-01-01 00:00 to Sunday 2024-03-31
   * 00:00 (31 + 29 + 30 days), before that night's clock change: twelve
   * whole weeks (60 working days) and Monday 25 to Saturday 30 March (5):
   * 65 days of 8 hours, 520 hours. */
  g_assert_cmpint (accord_working_time_between (&office, fixture->zone, start,
                                                accord_test_time (fixture->zone, "2024-03-31 00:00")), ==, 520 * HOUR);
  /* The 520th hour ends at the closing of the 65th day, Friday 29 March. */
  g_assert_cmpint (add (fixture, &office, start, 520 * HOUR), ==, accord_test_time (fixture->zone, "2024-03-29 17:00"));

  /* With New Year's Day off, one day fewer: 512 hours. */
  holiday.holidays = new_year;
  holiday.n_holidays = G_N_ELEMENTS (new_year);
  g_assert_cmpint (accord_working_time_between (&holiday, fixture->zone, start,
                                                accord_test_time (fixture->zone, "2024-03-31 00:00")), ==, 512 * HOUR);

  /* The whole of 2024 (366 days from a Monday): 52 weeks and Monday and
   * Tuesday, 262 working days, 2096 hours, across both clock changes. */
  g_assert_cmpint (accord_working_time_between (&office, fixture->zone, start,
                                                accord_test_time (fixture->zone, "2025-01-01 00:00")), ==, 2096 * HOUR);
  g_assert_cmpint (add (fixture, &office, start, 2096 * HOUR), ==, accord_test_time (fixture->zone, "2024-12-31 17:00"));
}

/* add_within() stops walking at its limit. */
static void
test_within (Fixture       *fixture,
             gconstpointer  data)
{
  gint64 mql = accord_test_time (fixture->zone, "2024-06-07 16:00");
  gint64 due = accord_test_time (fixture->zone, "2024-06-10 12:00");

  /* A limit at or after the due moment finds it. */
  g_assert_cmpint (accord_working_time_add_within (&office, fixture->zone, mql, 4 * HOUR, due),
                   ==, due);
  g_assert_cmpint (accord_working_time_add_within (&office, fixture->zone, mql, 4 * HOUR,
                                                   due + DAY), ==, due);
  /* A limit before it gives a moment after the limit. */
  g_assert_cmpint (accord_working_time_add_within (&office, fixture->zone, mql, 4 * HOUR,
                                                   due - MINUTE), >, due - MINUTE);
  g_assert_cmpint (accord_working_time_add_within (&office, fixture->zone, mql, 4 * HOUR,
                                                   mql + HOUR), >, mql + HOUR);

  /* A year of hours answered within a week, with a limit a week away,
   * ends at once. */
  g_assert_cmpint (accord_working_time_add_within (&office, fixture->zone, mql, 8760 * HOUR,
                                                   mql + 7 * DAY), ==, G_MAXINT64);
}

/* Working hours with no working time, and moments at the ends of time,
 * give answers, not hangs or crashes. */
static void
test_degenerate (Fixture       *fixture,
                 gconstpointer  data)
{
  AccordBusinessHours none = office;
  AccordBusinessHours closed = office;
  gint64 start = accord_test_time (fixture->zone, "2024-06-10 10:00");

  none.days = 0;
  closed.end = closed.start;
  g_assert_cmpint (accord_working_time_add (&none, fixture->zone, start, HOUR), ==, G_MAXINT64);
  g_assert_cmpint (accord_working_time_add (&closed, fixture->zone, start, HOUR), ==, G_MAXINT64);
  g_assert_cmpint (accord_working_time_between (&none, fixture->zone, start, start + DAY), ==, 0);
  g_assert_cmpint (accord_working_time_between (&closed, fixture->zone, start, start + DAY), ==, 0);

  /* After the year 9999 no day can be walked. */
  g_assert_cmpint (accord_working_time_add (&office, fixture->zone, G_MAXINT64 - 1, HOUR), ==, G_MAXINT64);
  g_assert_cmpint (accord_working_time_between (&office, fixture->zone, G_MAXINT64 - DAY, G_MAXINT64), ==, 0);
  /* Before the year 1, the walk starts with the year 1: Monday
   * 0001-01-01 is a working day, so an hour ends on one of its first
   * days, long before 2024. */
  g_assert_cmpint (accord_working_time_add (&office, fixture->zone, G_MININT64, HOUR), <, start);
  g_assert_cmpint (accord_working_time_between (&office, fixture->zone, G_MININT64,
                                                accord_days_from_civil (1, 1, 31) * DAY), >, 0);
}

/* Properties that hold for any moments, checked on random ones through
 * 2024 (both clock changes, the holidays, every time of the week): the
 * working time added lies between, its last second is working time, and
 * working time between adds up. */
static void
test_random (Fixture       *fixture,
             gconstpointer  data)
{
  gint64 year_start = accord_test_time (fixture->zone, "2024-01-01 00:00");
  GRand *rand = g_rand_new_with_seed (2024);

  for (guint i = 0; i < 2000; i++)
    {
      const AccordBusinessHours *hours = i % 2 == 0 ? &christmas : &always;
      gint64 start = year_start + g_rand_int_range (rand, 0, 366 * DAY);
      gint64 seconds = g_rand_int_range (rand, 0, 100 * HOUR);
      gint64 due = accord_working_time_add (hours, fixture->zone, start, seconds);
      gint64 a = year_start + g_rand_int_range (rand, 0, 366 * DAY);
      gint64 b = a + g_rand_int_range (rand, 0, 20 * DAY);
      gint64 c = b + g_rand_int_range (rand, 0, 20 * DAY);

      g_assert_cmpint (due, >=, start);
      g_assert_cmpint (accord_working_time_between (hours, fixture->zone, start, due), ==, seconds);
      if (seconds > 0)
        g_assert_cmpint (accord_working_time_between (hours, fixture->zone, start, due - 1), ==, seconds - 1);

      g_assert_cmpint (accord_working_time_between (hours, fixture->zone, a, c), ==,
                       accord_working_time_between (hours, fixture->zone, a, b) +
                       accord_working_time_between (hours, fixture->zone, b, c));
      /* Working time never passes faster than the calendar. */
      g_assert_cmpint (accord_working_time_between (hours, fixture->zone, a, b), <=, b - a);
    }

  g_rand_free (rand);
}

/* Times of day as the agreement writes them: "HH:MM", 24:00 only as a
 * closing time. */
static void
test_time_of_day (void)
{
  const char * const refused[] = { "9:00", "09:60", "25:00", "24:01", "0900", "09:00 ", "", "ab:cd" };
  guint minutes = 0;
  g_autofree char *nine = accord_time_of_day_format (540);
  g_autofree char *midnight = accord_time_of_day_format (1440);

  g_assert_true (accord_time_of_day_parse ("09:00", FALSE, &minutes));
  g_assert_cmpuint (minutes, ==, 540);
  g_assert_true (accord_time_of_day_parse ("17:30", TRUE, &minutes));
  g_assert_cmpuint (minutes, ==, 1050);
  g_assert_true (accord_time_of_day_parse ("23:59", FALSE, &minutes));
  g_assert_cmpuint (minutes, ==, 1439);
  g_assert_true (accord_time_of_day_parse ("24:00", TRUE, &minutes));
  g_assert_cmpuint (minutes, ==, 1440);
  g_assert_false (accord_time_of_day_parse ("24:00", FALSE, &minutes));

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    g_assert_false (accord_time_of_day_parse (refused[i], TRUE, &minutes));

  g_assert_cmpstr (nine, ==, "09:00");
  g_assert_cmpstr (midnight, ==, "24:00");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/core/working-time/weekend", test_weekend);
  ADD ("/core/working-time/holiday", test_holiday);
  ADD ("/core/working-time/dst", test_dst);
  ADD ("/core/working-time/outside-hours", test_outside_hours);
  ADD ("/core/working-time/boundary", test_boundary);
  ADD ("/core/working-time/long-span", test_long_span);
  ADD ("/core/working-time/within", test_within);
  ADD ("/core/working-time/degenerate", test_degenerate);
  ADD ("/core/working-time/random", test_random);

#undef ADD

  g_test_add_func ("/core/working-time/time-of-day", test_time_of_day);

  return g_test_run ();
}
