/* test-zone.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "accord-zone.h"

static AccordZone *
berlin (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");

  g_assert_nonnull (tz);
  return accord_zone_new (tz);
}

static void
test_days_from_civil (void)
{
  g_assert_cmpint (accord_days_from_civil (1970, 1, 1), ==, 0);
  /* 2000-01-01 is day 10957; + 31 (January) + 29 (February of a leap year). */
  g_assert_cmpint (accord_days_from_civil (2000, 3, 1), ==, 11017);
  /* 2020-01-01 = 18262; + 366 (2020) + 3 × 365 = 19723. */
  g_assert_cmpint (accord_days_from_civil (2024, 1, 1), ==, 19723);
  g_assert_cmpint (accord_days_from_civil (1969, 12, 31), ==, -1);
}

static void
test_valid (void)
{
  g_assert_true (accord_civil_is_valid (2024, 2, 29, 23, 59, 59));
  g_assert_false (accord_civil_is_valid (2023, 2, 29, 0, 0, 0));
  g_assert_false (accord_civil_is_valid (2024, 2, 30, 0, 0, 0));
  g_assert_false (accord_civil_is_valid (2024, 13, 1, 0, 0, 0));
  g_assert_false (accord_civil_is_valid (2024, 1, 1, 24, 0, 0));
  g_assert_false (accord_civil_is_valid (2024, 1, 1, 23, 61, 0));
  g_assert_cmpint (accord_days_in_month (1900, 2), ==, 28);
  g_assert_cmpint (accord_days_in_month (2000, 2), ==, 29);
}

static void
test_from_civil (void)
{
  g_autoptr(AccordZone) zone = berlin ();

  /* 2024-01-15 is day 19737; midnight CET is 23:00 UTC the day before:
   * 19737 × 86400 − 3600 = 1705273200. */
  g_assert_cmpint (accord_zone_from_civil (zone, 2024, 1, 15, 0, 0, 0), ==, 1705273200);
  /* Asked twice, the cached offset gives the same answer. */
  g_assert_cmpint (accord_zone_from_civil (zone, 2024, 1, 15, 0, 0, 0), ==, 1705273200);
  /* 2024-03-31 02:30 does not exist in Berlin (clocks go 02:00 → 03:00);
   * it moves forward to 03:30 CEST = 01:30 UTC: 19813 × 86400 + 5400. */
  g_assert_cmpint (accord_zone_from_civil (zone, 2024, 3, 31, 2, 30, 0), ==, 1711848600);
  /* 2024-10-27 02:30 happens twice; the standard-time reading is CET,
   * 01:30 UTC: 20023 × 86400 + 5400. */
  g_assert_cmpint (accord_zone_from_civil (zone, 2024, 10, 27, 2, 30, 0), ==, 1729992600);
  g_assert_cmpint (accord_zone_from_civil (zone, 2024, 2, 30, 0, 0, 0), ==, ACCORD_TIME_NONE);
}

static void
test_to_civil (void)
{
  g_autoptr(AccordZone) zone = berlin ();
  AccordCivil civil;

  /* 2024-03-31 22:00 UTC is 2024-04-01 00:00 CEST, a Monday. */
  accord_zone_to_civil (zone, 1711922400, &civil);
  g_assert_cmpint (civil.year, ==, 2024);
  g_assert_cmpint (civil.month, ==, 4);
  g_assert_cmpint (civil.day, ==, 1);
  g_assert_cmpint (civil.hour, ==, 0);
  g_assert_cmpint (civil.minute, ==, 0);
  g_assert_cmpint (civil.weekday, ==, 1);

  /* One second earlier is still March. */
  accord_zone_to_civil (zone, 1711922399, &civil);
  g_assert_cmpint (civil.month, ==, 3);
  g_assert_cmpint (civil.day, ==, 31);
  g_assert_cmpint (civil.hour, ==, 23);
  g_assert_cmpint (civil.minute, ==, 59);
  g_assert_cmpint (civil.second, ==, 59);
}

static void
test_months (void)
{
  g_autoptr(AccordZone) zone = berlin ();
  int march = ACCORD_MONTH_KEY (2024, 3);
  gint64 start = accord_zone_month_start (zone, march);
  gint64 end = accord_zone_month_end (zone, march);

  /* March 2024 begins 2024-02-29 23:00 UTC: 19783 × 86400 − 3600. */
  g_assert_cmpint (start, ==, 1709247600);
  /* It ends the second before 2024-03-31 22:00 UTC. */
  g_assert_cmpint (end, ==, 1711922399);
  /* 31 days less the hour the clocks went forward. */
  g_assert_cmpint (end + 1 - start, ==, 31 * 86400 - 3600);
  g_assert_cmpint (accord_zone_month_of (zone, start), ==, march);
  g_assert_cmpint (accord_zone_month_of (zone, end), ==, march);
  g_assert_cmpint (accord_zone_month_of (zone, end + 1), ==, march + 1);
  g_assert_cmpint (accord_zone_month_of (zone, start - 1), ==, march - 1);

  /* December rolls into January of the next year. */
  g_assert_cmpint (accord_zone_month_start (zone, ACCORD_MONTH_KEY (2024, 12) + 1), ==,
                   accord_zone_from_civil (zone, 2025, 1, 1, 0, 0, 0));
}

static void
test_day_end (void)
{
  g_autoptr(AccordZone) zone = berlin ();

  /* 2024-03-30 ends the second before 2024-03-31 00:00 CET = 23:00 UTC
   * on the 30th: 19812 × 86400 + 82800 − 1. */
  g_assert_cmpint (accord_zone_day_end (zone, 2024, 3, 30), ==, 1711839599);
  /* The last day of a year. */
  g_assert_cmpint (accord_zone_day_end (zone, 2024, 12, 31) + 1, ==,
                   accord_zone_from_civil (zone, 2025, 1, 1, 0, 0, 0));
  g_assert_cmpint (accord_zone_day_end (zone, 2024, 2, 30), ==, ACCORD_TIME_NONE);
}

static void
test_format (void)
{
  g_autoptr(AccordZone) zone = berlin ();
  g_autofree char *minute = accord_zone_format (zone, 1711922400 + 90);
  g_autofree char *date = accord_zone_format_date (zone, 1711922400);
  g_autofree char *month = accord_month_key_format (ACCORD_MONTH_KEY (2024, 10));
  int key = 0;

  g_assert_cmpstr (minute, ==, "2024-04-01 00:01");
  g_assert_cmpstr (date, ==, "2024-04-01");
  g_assert_cmpstr (month, ==, "2024-10");

  g_assert_true (accord_month_key_parse ("2024-10", &key));
  g_assert_cmpint (key, ==, 2024 * 12 + 9);
  g_assert_false (accord_month_key_parse ("2024-13", &key));
  g_assert_false (accord_month_key_parse ("2024-1", &key));
  g_assert_false (accord_month_key_parse ("2024-10x", &key));
  g_assert_false (accord_month_key_parse (NULL, &key));
}

/* Every hour of two years, against GLib's own conversions. */
static void
test_against_gdatetime (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(AccordZone) zone = accord_zone_new (tz);
  gint64 start = accord_days_from_civil (2023, 1, 1) * 86400;

  for (gint64 t = start; t < start + 2 * 366 * 86400; t += 3600 + 7)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (t);
      g_autoptr(GDateTime) in_zone = g_date_time_to_timezone (dt, tz);
      AccordCivil civil;

      accord_zone_to_civil (zone, t, &civil);
      g_assert_cmpint (civil.year, ==, g_date_time_get_year (in_zone));
      g_assert_cmpint (civil.month, ==, g_date_time_get_month (in_zone));
      g_assert_cmpint (civil.day, ==, g_date_time_get_day_of_month (in_zone));
      g_assert_cmpint (civil.hour, ==, g_date_time_get_hour (in_zone));
      g_assert_cmpint (civil.minute, ==, g_date_time_get_minute (in_zone));
      g_assert_cmpint (civil.weekday, ==, g_date_time_get_day_of_week (in_zone));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/zone/days-from-civil", test_days_from_civil);
  g_test_add_func ("/core/zone/valid", test_valid);
  g_test_add_func ("/core/zone/from-civil", test_from_civil);
  g_test_add_func ("/core/zone/to-civil", test_to_civil);
  g_test_add_func ("/core/zone/months", test_months);
  g_test_add_func ("/core/zone/day-end", test_day_end);
  g_test_add_func ("/core/zone/format", test_format);
  g_test_add_func ("/core/zone/against-gdatetime", test_against_gdatetime);

  return g_test_run ();
}
