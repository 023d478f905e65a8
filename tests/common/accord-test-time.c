/* accord-test-time.c: moments written as text in the tests
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "accord-test-time.h"

/**
 * accord_test_civil:
 * @zone: the zone the wall-clock time is in
 *
 * Returns: the moment of a wall-clock time that exists in @zone (not in a
 *   skipped DST hour)
 */
gint64
accord_test_civil (AccordZone *zone,
                   int         year,
                   int         month,
                   int         day,
                   int         hour,
                   int         minute,
                   int         second)
{
  gint64 time = accord_zone_from_civil (zone, year, month, day, hour, minute, second);

  g_assert_cmpint (time, !=, ACCORD_TIME_NONE);
  return time;
}

/**
 * accord_test_time:
 * @zone: the zone the wall-clock text is in
 * @text: (nullable): "YYYY-MM-DD HH:MM" or "YYYY-MM-DD HH:MM:SS"
 *
 * Fixtures read best as wall-clock times, so tests write them that way.
 * The moment must exist in @zone (not in a skipped DST hour).
 *
 * Returns: the moment, or %ACCORD_TIME_NONE when @text is %NULL, which is
 *   how a fixture says a moment did not happen
 */
gint64
accord_test_time (AccordZone *zone,
                  const char *text)
{
  int year, month, day, hour, minute, second = 0;
  int n_fields;

  if (text == NULL)
    return ACCORD_TIME_NONE;

  n_fields = sscanf (text, "%d-%d-%d %d:%d:%d", &year, &month, &day, &hour, &minute, &second);
  g_assert_cmpint (n_fields, >=, 5);

  return accord_test_civil (zone, year, month, day, hour, minute, second);
}
