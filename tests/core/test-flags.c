/* test-flags.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "accord-flags.h"
#include "accord-zone.h"

#include "accord-test-time.h"

#define MINUTE 60
#define HOUR   3600
#define DAY    86400

typedef struct
{
  AccordLeadStore *store;
  AccordAgreement *agreement;
  AccordZone      *zone;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");

  g_assert_nonnull (berlin);
  fixture->store = accord_lead_store_new ();
  fixture->agreement = accord_agreement_new ();
  fixture->zone = accord_zone_new (berlin);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->agreement);
  accord_zone_free (fixture->zone);
}

/* A lead that passes the default Quick Test (10–5000 employees), with a
 * tier from the export and an MQL date. */
static AccordLead *
add_lead (Fixture    *fixture,
          AccordTier  tier,
          gint64      mql)
{
  AccordLead *lead = accord_lead_store_append (fixture->store);

  lead->employees = 100;
  lead->tier = tier;
  lead->moments[ACCORD_MOMENT_MQL] = mql;
  return lead;
}

static GArray *
compute (Fixture *fixture,
         gint64   as_of)
{
  GArray *flags = accord_flags_compute (fixture->store, fixture->agreement, as_of);

  /* Every flag is raised by the moment the flags are worked out for. */
  for (guint i = 0; i < flags->len; i++)
    g_assert_cmpint (g_array_index (flags, AccordFlag, i).raised, <=, as_of);

  return flags;
}

static void
assert_flag (GArray         *flags,
             guint           index,
             guint           lead,
             AccordFlagKind  kind,
             gint64          raised)
{
  const AccordFlag *flag;

  g_assert_cmpuint (index, <, flags->len);
  flag = &g_array_index (flags, AccordFlag, index);
  g_assert_cmpuint (flag->lead, ==, lead);
  g_assert_cmpstr (accord_flag_kind_get_name (flag->kind), ==, accord_flag_kind_get_name (kind));
  g_assert_cmpint (flag->raised, ==, raised);
}

static gboolean
has_flag (GArray         *flags,
          guint           lead,
          AccordFlagKind  kind)
{
  for (guint i = 0; i < flags->len; i++)
    {
      const AccordFlag *flag = &g_array_index (flags, AccordFlag, i);

      if (flag->lead == lead && flag->kind == kind)
        return TRUE;
    }

  return FALSE;
}

/* Monday to Friday, 09:00 to 17:00, with Christmas Day and Boxing Day
 * 2024 off (a Wednesday and a Thursday). */
static void
set_office_hours (Fixture *fixture)
{
  static const char * const holidays[] = { "2024-12-25", "2024-12-26" };
  AccordBusinessHours hours = {
    ACCORD_WEEKDAYS_MONDAY_TO_FRIDAY, 9 * 60, 17 * 60, holidays, G_N_ELEMENTS (holidays),
  };

  g_assert_true (accord_agreement_set_business_hours (fixture->agreement, &hours));
}

static GArray *
compute_in_zone (Fixture *fixture,
                 gint64   as_of)
{
  GArray *flags = accord_flags_compute_in_zone (fixture->store, fixture->agreement,
                                                accord_zone_get_time_zone (fixture->zone), as_of);

  for (guint i = 0; i < flags->len; i++)
    g_assert_cmpint (g_array_index (flags, AccordFlag, i).raised, <=, as_of);

  return flags;
}

typedef struct
{
  AccordTier tier;
  guint      response_hours;
  int        due_day;        /* the MQL moment + the response hours, in May 2024 */
  int        due_hour;
} LateCase;

/* DESIGN §3 late first touch, for each tier. MQL on Monday 2024-05-06 at
 * 09:00 (CEST, no clock change in the following days). */
static void
test_late_first_touch (Fixture       *fixture,
                       gconstpointer  data)
{
  static const LateCase cases[] = {
    { ACCORD_TIER_HIGH, 4, 6, 13 },      /* due 2024-05-06 13:00 */
    { ACCORD_TIER_MODERATE, 24, 7, 9 },  /* due 2024-05-07 09:00 */
    { ACCORD_TIER_LOW, 48, 8, 9 },       /* due 2024-05-08 09:00 */
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GArray) flags = NULL;
      gint64 mql = accord_test_time (fixture->zone, "2024-05-06 09:00");
      gint64 due = accord_test_civil (fixture->zone, 2024, 5, cases[c].due_day, cases[c].due_hour, 0, 0);
      AccordLead *lead;

      g_test_message ("tier %s", accord_tier_get_name (cases[c].tier));
      g_clear_object (&fixture->store);
      fixture->store = accord_lead_store_new ();
      g_assert_cmpint (due - mql, ==, cases[c].response_hours * HOUR);

      /* 0: touched exactly N hours after the MQL date: on time. */
      lead = add_lead (fixture, cases[c].tier, mql);
      lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = due;
      /* 1: touched a minute later: late. */
      lead = add_lead (fixture, cases[c].tier, mql);
      lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = due + MINUTE;
      /* 2: never touched. */
      add_lead (fixture, cases[c].tier, mql);
      /* 3: touched an hour after the due moment. */
      lead = add_lead (fixture, cases[c].tier, mql);
      lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = due + HOUR;

      /* As of the due moment nobody is late: lead 1's touch and lead 3's
       * have not happened yet, and D − M is exactly N hours. */
      flags = compute (fixture, due);
      g_assert_cmpuint (flags->len, ==, 0);
      g_clear_pointer (&flags, g_array_unref);

      /* A minute later, 1 is late (touched after N hours), 2 is late (no
       * touch and D − M > N hours), 3 is late (its touch is after D, so it
       * has not happened yet). All raised at M + N hours. */
      flags = compute (fixture, due + MINUTE);
      g_assert_cmpuint (flags->len, ==, 3);
      assert_flag (flags, 0, 1, ACCORD_FLAG_LATE_FIRST_TOUCH, due);
      assert_flag (flags, 1, 2, ACCORD_FLAG_LATE_FIRST_TOUCH, due);
      assert_flag (flags, 2, 3, ACCORD_FLAG_LATE_FIRST_TOUCH, due);
      g_clear_pointer (&flags, g_array_unref);

      /* Once 3 is touched, it is still late: its touch came an hour late. */
      flags = compute (fixture, due + 2 * HOUR);
      g_assert_cmpuint (flags->len, ==, 3);
      g_assert_false (has_flag (flags, 0, ACCORD_FLAG_LATE_FIRST_TOUCH));
      g_assert_true (has_flag (flags, 3, ACCORD_FLAG_LATE_FIRST_TOUCH));
    }
}

typedef struct
{
  AccordTier tier;
  guint      touches;
  int        end_month;   /* the timeframe's end: M + timeframe days, in 2024 */
  int        end_day;
  int        end_hour;
} TimeframeCase;

/* DESIGN §3 under-worked and no disposition, for each tier. The MQL date
 * is Monday 2024-01-15 10:00 CET. */
static void
test_timeframe (Fixture       *fixture,
                gconstpointer  data)
{
  static const TimeframeCase cases[] = {
    /* 30 days: 16 left in January, 14 in February: 2024-02-14 10:00. */
    { ACCORD_TIER_LOW, 3, 2, 14, 10 },
    /* 60 days: 16 in January, 29 in February (leap year), 15 in March:
     * 2024-03-15 10:00, still CET. */
    { ACCORD_TIER_MODERATE, 8, 3, 15, 10 },
    /* 90 days: 2024-04-14. The clocks went forward on 31 March, and
     * 90 × 86400 seconds after 10:00 CET is 11:00 CEST. */
    { ACCORD_TIER_HIGH, 15, 4, 14, 11 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GArray) flags = NULL;
      gint64 mql = accord_test_time (fixture->zone, "2024-01-15 10:00");
      gint64 end = accord_test_civil (fixture->zone, 2024, cases[c].end_month, cases[c].end_day, cases[c].end_hour, 0, 0);
      guint required = cases[c].touches;
      AccordLead *lead;

      g_test_message ("tier %s", accord_tier_get_name (cases[c].tier));
      g_clear_object (&fixture->store);
      fixture->store = accord_lead_store_new ();

      /* 0: the required touches, no SQL, not closed. */
      lead = add_lead (fixture, cases[c].tier, mql);
      lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql + HOUR;
      lead->touches = required;
      /* 1: one touch short. */
      lead = add_lead (fixture, cases[c].tier, mql);
      lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql + HOUR;
      lead->touches = required - 1;
      /* 2: SQL exactly at the end of the timeframe, no count of touches. */
      lead = add_lead (fixture, cases[c].tier, mql);
      lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql + HOUR;
      lead->moments[ACCORD_MOMENT_SQL] = end;
      /* 3: SQL a minute after the end, no count of touches (taken as 0). */
      lead = add_lead (fixture, cases[c].tier, mql);
      lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql + HOUR;
      lead->moments[ACCORD_MOMENT_SQL] = end + MINUTE;
      /* 4: closed a minute before the end, touches 0. */
      lead = add_lead (fixture, cases[c].tier, mql);
      lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql + HOUR;
      lead->moments[ACCORD_MOMENT_CLOSED] = end - MINUTE;
      lead->touches = 0;
      /* 5: closed a minute after the end, the required touches. */
      lead = add_lead (fixture, cases[c].tier, mql);
      lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql + HOUR;
      lead->moments[ACCORD_MOMENT_CLOSED] = end + MINUTE;
      lead->touches = required;

      g_assert_cmpint (end - mql, ==,
                       accord_agreement_get_protocol (fixture->agreement, cases[c].tier)->timeframe_days * (gint64) DAY);

      /* A second before the end: nothing is due yet. */
      flags = compute (fixture, end - 1);
      g_assert_cmpuint (flags->len, ==, 0);
      g_clear_pointer (&flags, g_array_unref);

      /* At the end, all raised at the end, by lead, then by kind:
       * 0 no disposition; 1 under-worked and no disposition; 2 nothing
       * (SQL by the end); 3 both (its SQL comes after the end); 4
       * under-worked only (closed in time); 5 no disposition only (it
       * closes after the end). */
      flags = compute (fixture, end);
      g_assert_cmpuint (flags->len, ==, 7);
      assert_flag (flags, 0, 0, ACCORD_FLAG_NO_DISPOSITION, end);
      assert_flag (flags, 1, 1, ACCORD_FLAG_UNDER_WORKED, end);
      assert_flag (flags, 2, 1, ACCORD_FLAG_NO_DISPOSITION, end);
      assert_flag (flags, 3, 3, ACCORD_FLAG_UNDER_WORKED, end);
      assert_flag (flags, 4, 3, ACCORD_FLAG_NO_DISPOSITION, end);
      assert_flag (flags, 5, 4, ACCORD_FLAG_UNDER_WORKED, end);
      assert_flag (flags, 6, 5, ACCORD_FLAG_NO_DISPOSITION, end);
      g_clear_pointer (&flags, g_array_unref);

      /* A day later the late SQL and the late close do not undo them. */
      flags = compute (fixture, end + DAY);
      g_assert_cmpuint (flags->len, ==, 7);
      assert_flag (flags, 3, 3, ACCORD_FLAG_UNDER_WORKED, end);
      assert_flag (flags, 6, 5, ACCORD_FLAG_NO_DISPOSITION, end);
    }
}

/* A lead without a count of touches counts as touched no times: that is
 * enough where the protocol asks for none, and short of one. */
static void
test_missing_touches (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GArray) flags = NULL;
  AccordProtocol protocol = { 48, 0, 1, 30 };
  gint64 mql = accord_test_time (fixture->zone, "2024-05-06 09:00");
  AccordLead *lead;

  /* 0: a Low lead with no count, touched at once; Low asks for none. */
  lead = add_lead (fixture, ACCORD_TIER_LOW, mql);
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql;
  /* 1: the same as Moderate, which asks for 8. */
  lead = add_lead (fixture, ACCORD_TIER_MODERATE, mql);
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql;
  accord_agreement_set_protocol (fixture->agreement, ACCORD_TIER_LOW, &protocol);

  /* 61 days on, both timeframes (30 and 60 days) are over. */
  flags = compute (fixture, mql + 61 * DAY);
  g_assert_cmpuint (flags->len, ==, 3);
  assert_flag (flags, 0, 0, ACCORD_FLAG_NO_DISPOSITION, mql + 30 * DAY);
  assert_flag (flags, 1, 1, ACCORD_FLAG_UNDER_WORKED, mql + 60 * DAY);
  assert_flag (flags, 2, 1, ACCORD_FLAG_NO_DISPOSITION, mql + 60 * DAY);
}

/* DESIGN §3: hours count on the calendar. MQL on Saturday 2024-03-30 at
 * 23:00 CET (22:00 UTC); the clocks go forward at 02:00 on Sunday, so 24
 * hours later is 2024-04-01 00:00 CEST, not Sunday 23:00. */
static void
test_dst (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GArray) flags = NULL;
  gint64 mql = accord_test_time (fixture->zone, "2024-03-30 23:00");
  gint64 due = accord_test_time (fixture->zone, "2024-04-01 00:00");
  AccordLead *lead;

  g_assert_cmpint (due - mql, ==, 24 * HOUR);

  /* 0: Sunday 23:30 local is 23.5 hours after the MQL date: on time. */
  lead = add_lead (fixture, ACCORD_TIER_MODERATE, mql);
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = accord_test_time (fixture->zone, "2024-03-31 23:30");
  /* 1: Monday 00:01 local is 24 hours and a minute after: late. */
  lead = add_lead (fixture, ACCORD_TIER_MODERATE, mql);
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = accord_test_time (fixture->zone, "2024-04-01 00:01");

  flags = compute (fixture, accord_test_time (fixture->zone, "2024-04-01 12:00"));
  g_assert_cmpuint (flags->len, ==, 1);
  assert_flag (flags, 0, 1, ACCORD_FLAG_LATE_FIRST_TOUCH, due);
}

/* The tier comes from the score where the export has no tier column. */
static void
test_tier_from_score (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GArray) flags = NULL;
  gint64 mql = accord_test_time (fixture->zone, "2024-05-06 09:00");
  AccordLead *lead;

  /* 0: score 75, High: 4 hours, touched after 5: late. */
  lead = add_lead (fixture, ACCORD_TIER_UNKNOWN, mql);
  lead->score = 75;
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql + 5 * HOUR;
  /* 1: score 50, Moderate: 24 hours: on time. */
  lead = add_lead (fixture, ACCORD_TIER_UNKNOWN, mql);
  lead->score = 50;
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql + 5 * HOUR;
  /* 2: neither tier nor score, Low: 48 hours; 47 is on time. */
  lead = add_lead (fixture, ACCORD_TIER_UNKNOWN, mql);
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql + 47 * HOUR;
  /* 3: the same at 49 hours: late, raised at M + 48 h. */
  lead = add_lead (fixture, ACCORD_TIER_UNKNOWN, mql);
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql + 49 * HOUR;

  flags = compute (fixture, mql + 3 * DAY);
  g_assert_cmpuint (flags->len, ==, 2);
  assert_flag (flags, 0, 0, ACCORD_FLAG_LATE_FIRST_TOUCH, mql + 4 * HOUR);
  assert_flag (flags, 1, 3, ACCORD_FLAG_LATE_FIRST_TOUCH, mql + 48 * HOUR);
}

static void
test_outside_profile (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GArray) flags = NULL;
  gint64 mql = accord_test_time (fixture->zone, "2024-05-06 09:00");
  AccordLead *lead;

  /* 0: 9 employees, below the Quick Test's 10. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, mql);
  lead->employees = 9;
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql;
  /* 1: no employee count: fails the set bound. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, mql);
  lead->employees = -1;
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql;
  /* 2: passes. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, mql);
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql;
  /* 3: fails, but becomes an MQL only after D. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, mql + HOUR + 1);
  lead->employees = 9;
  /* 4: fails, but never became an MQL. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, ACCORD_TIME_NONE);
  lead->employees = 9;

  flags = compute (fixture, mql + HOUR);
  g_assert_cmpuint (flags->len, ==, 2);
  assert_flag (flags, 0, 0, ACCORD_FLAG_OUTSIDE_PROFILE, mql);
  assert_flag (flags, 1, 1, ACCORD_FLAG_OUTSIDE_PROFILE, mql);
  g_clear_pointer (&flags, g_array_unref);

  /* Raised at the MQL date itself: D = M is enough. */
  flags = compute (fixture, mql);
  g_assert_cmpuint (flags->len, ==, 2);
}

static void
test_missing_anuf (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GArray) flags = NULL;
  gint64 sql = accord_test_time (fixture->zone, "2024-06-03 14:30");
  gint64 as_of = accord_test_time (fixture->zone, "2024-06-03 18:00");
  AccordLead *lead;

  /* No MQL date: the flag does not need one. */
  /* 0: all four met. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, ACCORD_TIME_NONE);
  lead->moments[ACCORD_MOMENT_SQL] = sql;
  lead->anuf_known = ACCORD_ANUF_ALL;
  lead->anuf = ACCORD_ANUF_ALL;
  /* 1: three of four: flag. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, ACCORD_TIME_NONE);
  lead->moments[ACCORD_MOMENT_SQL] = sql;
  lead->anuf_known = ACCORD_ANUF_ALL;
  lead->anuf = ACCORD_ANUF_AUTHORITY | ACCORD_ANUF_NEED | ACCORD_ANUF_UNDERSTANDING;
  /* 2: the export has no ANUF criteria: no flag. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, ACCORD_TIME_NONE);
  lead->moments[ACCORD_MOMENT_SQL] = sql;
  /* 3: only Authority and Need exported, both met: the others count as
   * not met. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, ACCORD_TIME_NONE);
  lead->moments[ACCORD_MOMENT_SQL] = sql;
  lead->anuf_known = ACCORD_ANUF_AUTHORITY | ACCORD_ANUF_NEED;
  lead->anuf = ACCORD_ANUF_AUTHORITY | ACCORD_ANUF_NEED;
  /* 4: none met, but the SQL date is after D. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, ACCORD_TIME_NONE);
  lead->moments[ACCORD_MOMENT_SQL] = as_of + 1;
  lead->anuf_known = ACCORD_ANUF_ALL;
  /* 5: none met, no SQL date. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, ACCORD_TIME_NONE);
  lead->anuf_known = ACCORD_ANUF_ALL;

  flags = compute (fixture, as_of);
  g_assert_cmpuint (flags->len, ==, 2);
  assert_flag (flags, 0, 1, ACCORD_FLAG_MISSING_ANUF, sql);
  assert_flag (flags, 1, 3, ACCORD_FLAG_MISSING_ANUF, sql);
}

/* One lead with four flags, another with one, in the order of the
 * moments they were raised. */
static void
test_several (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GArray) flags = NULL;
  gint64 mql = accord_test_time (fixture->zone, "2024-09-02 09:00");
  gint64 as_of = accord_test_time (fixture->zone, "2024-10-15 12:00");
  AccordLead *lead;

  /* 0: Low, outside the profile, never touched, no SQL, not closed. MQL
   * 2024-09-02 09:00: outside profile raised then; late at 09-04 09:00
   * (48 h); under-worked and no disposition at 10-02 09:00 (30 days). */
  lead = add_lead (fixture, ACCORD_TIER_LOW, mql);
  lead->employees = 5000000;
  /* 1: High, MQL a day later, SQL without all of ANUF on 09-03 12:00,
   * touched at once. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, mql + DAY);
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql + DAY;
  lead->moments[ACCORD_MOMENT_SQL] = mql + DAY + 3 * HOUR;
  lead->anuf_known = ACCORD_ANUF_ALL;
  lead->anuf = ACCORD_ANUF_FIT;

  flags = compute (fixture, as_of);
  g_assert_cmpuint (flags->len, ==, 5);
  assert_flag (flags, 0, 0, ACCORD_FLAG_OUTSIDE_PROFILE, accord_test_time (fixture->zone, "2024-09-02 09:00"));
  assert_flag (flags, 1, 1, ACCORD_FLAG_MISSING_ANUF, accord_test_time (fixture->zone, "2024-09-03 12:00"));
  assert_flag (flags, 2, 0, ACCORD_FLAG_LATE_FIRST_TOUCH, accord_test_time (fixture->zone, "2024-09-04 09:00"));
  assert_flag (flags, 3, 0, ACCORD_FLAG_UNDER_WORKED, accord_test_time (fixture->zone, "2024-10-02 09:00"));
  assert_flag (flags, 4, 0, ACCORD_FLAG_NO_DISPOSITION, accord_test_time (fixture->zone, "2024-10-02 09:00"));
}

/* The review window (D − window, D]: open on the left, closed on the
 * right. */
static void
test_window (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GArray) flags = NULL;
  g_autoptr(GArray) in_window = NULL;
  g_autoptr(GArray) none = NULL;
  g_autoptr(GArray) made = g_array_new (FALSE, FALSE, sizeof (AccordFlag));
  gint64 as_of = accord_test_time (fixture->zone, "2024-11-08 23:59");
  gint64 week = 7 * DAY;
  AccordFlag later = { 9, ACCORD_FLAG_OUTSIDE_PROFILE, as_of + 1 };
  AccordLead *lead;

  /* Outside-profile flags raised at their MQL dates. */
  /* 0: exactly D − 7 days: out. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, as_of - week);
  lead->employees = 1;
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = as_of - week;
  lead->touches = 100;
  /* 1: a second later: in. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, as_of - week + 1);
  lead->employees = 1;
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = as_of - week + 1;
  /* 2: D itself: in. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, as_of);
  lead->employees = 1;

  flags = compute (fixture, as_of);
  g_assert_cmpuint (flags->len, ==, 3);

  in_window = accord_flags_in_window (flags, as_of, week);
  g_assert_cmpuint (in_window->len, ==, 2);
  assert_flag (in_window, 0, 1, ACCORD_FLAG_OUTSIDE_PROFILE, as_of - week + 1);
  assert_flag (in_window, 1, 2, ACCORD_FLAG_OUTSIDE_PROFILE, as_of);

  /* A flag raised after D is not in the window. */
  g_array_append_vals (made, flags->data, flags->len);
  g_array_append_val (made, later);
  g_clear_pointer (&in_window, g_array_unref);
  in_window = accord_flags_in_window (made, as_of, week);
  g_assert_cmpuint (in_window->len, ==, 2);

  /* An empty window holds nothing. */
  none = accord_flags_in_window (flags, as_of, 0);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GArray) flags = compute (fixture, 0);

  g_assert_cmpuint (flags->len, ==, 0);
}

/* Many leads over three years either side of 1970 (negative moments
 * too), so that the sort needs several passes: the flags come out by
 * moment, lead and kind, and are the flags of each lead worked out on
 * its own. */
static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GArray) flags = NULL;
  gint64 start = accord_test_time (fixture->zone, "1968-06-01 00:00");
  gint64 as_of = accord_test_time (fixture->zone, "1971-06-01 00:00");
  guint n_leads = 2000;
  GRand *rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < n_leads; i++)
    {
      AccordLead *lead = add_lead (fixture, g_rand_int_range (rand, 0, ACCORD_N_TIERS),
                                   start + g_rand_int_range (rand, 0, 3 * 365 * DAY));

      lead->employees = g_rand_int_range (rand, 0, 20);
      lead->touches = g_rand_int_range (rand, -1, 20);
      if (g_rand_boolean (rand))
        lead->moments[ACCORD_MOMENT_FIRST_TOUCH] =
          lead->moments[ACCORD_MOMENT_MQL] + g_rand_int_range (rand, 0, 3 * DAY);
      if (g_rand_boolean (rand))
        lead->moments[ACCORD_MOMENT_SQL] =
          lead->moments[ACCORD_MOMENT_MQL] + g_rand_int_range (rand, 0, 100 * DAY);
      lead->anuf_known = g_rand_int_range (rand, 0, 16);
      lead->anuf = g_rand_int_range (rand, 0, 16);
    }
  g_rand_free (rand);

  flags = compute (fixture, as_of);
  g_assert_cmpuint (flags->len, >, n_leads);

  for (guint i = 1; i < flags->len; i++)
    {
      const AccordFlag *a = &g_array_index (flags, AccordFlag, i - 1);
      const AccordFlag *b = &g_array_index (flags, AccordFlag, i);

      g_assert_true (a->raised < b->raised ||
                     (a->raised == b->raised &&
                      (a->lead < b->lead || (a->lead == b->lead && a->kind < b->kind))));
    }

  /* Each lead alone gives the same flags, in the order of their kinds. */
  for (guint i = 0; i < n_leads; i++)
    {
      g_autoptr(AccordLeadStore) one = accord_lead_store_new ();
      g_autoptr(GArray) alone = NULL;
      guint k = 0;

      *accord_lead_store_append (one) = *accord_lead_store_get_lead (fixture->store, i);
      alone = accord_flags_compute (one, fixture->agreement, as_of);

      for (guint j = 0; j < flags->len; j++)
        {
          const AccordFlag *flag = &g_array_index (flags, AccordFlag, j);

          if (flag->lead != i)
            continue;
          g_assert_cmpuint (k, <, alone->len);
          g_assert_cmpint (flag->raised, ==, g_array_index (alone, AccordFlag, k).raised);
          g_assert_cmpint (flag->kind, ==, g_array_index (alone, AccordFlag, k).kind);
          k++;
        }
      g_assert_cmpuint (k, ==, alone->len);
    }
}

/* Run with -m perf: a million leads, of which 30 % became MQLs in a
 * year, take well under 50 ms, with working hours (@data set) too. */
static void
test_performance (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GArray) flags = NULL;
  const char *industries[] = { "Software", "Retail", "Healthcare", NULL };
  const char *lead_industries[] = { "software", "Retail ", "Mining" };
  gint64 start = accord_test_time (fixture->zone, "2024-01-01 00:00");
  gint64 as_of = accord_test_time (fixture->zone, "2025-01-01 00:00");
  g_autoptr(GTimer) timer = NULL;
  double elapsed;
  GRand *rand;

  if (!g_test_perf ())
    {
      g_test_skip ("a performance test: run with -m perf");
      return;
    }

  rand = g_rand_new_with_seed (42);
  accord_agreement_set_industries (fixture->agreement, industries);
  for (guint i = 0; i < 1000000; i++)
    {
      gint64 created = start + g_rand_int_range (rand, 0, 365 * DAY);
      AccordLead *lead = add_lead (fixture, ACCORD_TIER_UNKNOWN, ACCORD_TIME_NONE);

      lead->moments[ACCORD_MOMENT_CREATED] = created;
      lead->industry = lead_industries[i % 3];
      lead->employees = g_rand_int_range (rand, 5, 6000);
      lead->score = g_rand_double_range (rand, 0, 100);
      lead->touches = g_rand_int_range (rand, -1, 20);
      lead->anuf_known = i % 2 == 0 ? ACCORD_ANUF_ALL : 0;
      lead->anuf = g_rand_int_range (rand, 12, 16);

      if (g_rand_int_range (rand, 0, 10) < 3)
        {
          gint64 mql = created + g_rand_int_range (rand, 0, 10 * DAY);
          int touch = g_rand_int_range (rand, 0, 10);

          lead->moments[ACCORD_MOMENT_MQL] = mql;
          if (touch < 8)
            lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql + g_rand_int_range (rand, 0, 4 * HOUR);
          else if (touch < 9)
            lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql + g_rand_int_range (rand, 0, 5 * DAY);
          if (g_rand_int_range (rand, 0, 10) < 4)
            lead->moments[ACCORD_MOMENT_SQL] = mql + g_rand_int_range (rand, 0, 30 * DAY);
          else if (g_rand_int_range (rand, 0, 10) < 5)
            lead->moments[ACCORD_MOMENT_CLOSED] = mql + g_rand_int_range (rand, 0, 40 * DAY);
        }
    }
  g_rand_free (rand);

  /* With working hours, the clock of each MQL walks its days. */
  if (data != NULL)
    set_office_hours (fixture);

  timer = g_timer_new ();
  flags = accord_flags_compute_in_zone (fixture->store, fixture->agreement,
                                        data != NULL ? accord_zone_get_time_zone (fixture->zone) : NULL,
                                        as_of);
  elapsed = g_timer_elapsed (timer, NULL);
  g_test_minimized_result (elapsed, "%u flags of 1 000 000 leads in %.1f ms",
                           flags->len, elapsed * 1000);
  g_assert_cmpfloat (elapsed, <, 0.05);

  /* Sorted by the moment raised, then lead, then kind. */
  for (guint i = 1; i < flags->len; i++)
    {
      const AccordFlag *a = &g_array_index (flags, AccordFlag, i - 1);
      const AccordFlag *b = &g_array_index (flags, AccordFlag, i);

      g_assert_true (a->raised < b->raised ||
                     (a->raised == b->raised &&
                      (a->lead < b->lead || (a->lead == b->lead && a->kind < b->kind))));
    }
}

/* DESIGN §3 with working hours: a High lead (4 hours) handed off on
 * Friday 2024-06-07 at 16:00 has one working hour on Friday and three on
 * Monday from 09:00: it is due on Monday 2024-06-10 at 12:00. */
static void
test_business_hours_weekend (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GArray) flags = NULL;
  gint64 mql = accord_test_time (fixture->zone, "2024-06-07 16:00");
  gint64 due = accord_test_time (fixture->zone, "2024-06-10 12:00");
  AccordLead *lead;

  set_office_hours (fixture);

  /* 0: touched exactly four working hours after the MQL date: on time. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, mql);
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = due;
  /* 1: touched a minute later, after 4 h 1 min of working time: late. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, mql);
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = due + MINUTE;
  /* 2: never touched. */
  add_lead (fixture, ACCORD_TIER_HIGH, mql);
  /* 3: touched on Saturday at 10:00, 18 calendar hours but one working
   * hour after the MQL date: on time in working hours. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, mql);
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = accord_test_time (fixture->zone, "2024-06-08 10:00");
  /* 4: handed off on Friday at 13:00, so due at the 17:00 closing, and
   * touched at 17:30: late, though no working time passed after 17:00. */
  lead = add_lead (fixture, ACCORD_TIER_HIGH, accord_test_time (fixture->zone, "2024-06-07 13:00"));
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = accord_test_time (fixture->zone, "2024-06-07 17:30");

  /* As of the due moment, only 4 is late: lead 2 has waited exactly four
   * working hours, lead 1's touch has not happened yet. */
  flags = compute_in_zone (fixture, due);
  g_assert_cmpuint (flags->len, ==, 1);
  assert_flag (flags, 0, 4, ACCORD_FLAG_LATE_FIRST_TOUCH, accord_test_time (fixture->zone, "2024-06-07 17:00"));
  g_clear_pointer (&flags, g_array_unref);

  /* A minute later, 1 and 2 are late too, raised at the due moment. */
  flags = compute_in_zone (fixture, due + MINUTE);
  g_assert_cmpuint (flags->len, ==, 3);
  assert_flag (flags, 0, 4, ACCORD_FLAG_LATE_FIRST_TOUCH, accord_test_time (fixture->zone, "2024-06-07 17:00"));
  assert_flag (flags, 1, 1, ACCORD_FLAG_LATE_FIRST_TOUCH, due);
  assert_flag (flags, 2, 2, ACCORD_FLAG_LATE_FIRST_TOUCH, due);
  g_clear_pointer (&flags, g_array_unref);

  /* On the calendar (no zone given), the four hours of 0 to 3 end on
   * Friday at 20:00, and all of them are late by Monday at 12:01; 4 was
   * due at 17:00 either way. */
  flags = compute (fixture, due + MINUTE);
  g_assert_cmpuint (flags->len, ==, 5);
  assert_flag (flags, 0, 4, ACCORD_FLAG_LATE_FIRST_TOUCH, accord_test_time (fixture->zone, "2024-06-07 17:00"));
  for (guint i = 0; i < 4; i++)
    assert_flag (flags, 1 + i, i, ACCORD_FLAG_LATE_FIRST_TOUCH, accord_test_time (fixture->zone, "2024-06-07 20:00"));
  g_clear_pointer (&flags, g_array_unref);

  /* Without working hours, the zone changes nothing: the same five. */
  g_assert_true (accord_agreement_set_business_hours (fixture->agreement, NULL));
  flags = compute_in_zone (fixture, due + MINUTE);
  g_assert_cmpuint (flags->len, ==, 5);
  assert_flag (flags, 4, 3, ACCORD_FLAG_LATE_FIRST_TOUCH, accord_test_time (fixture->zone, "2024-06-07 20:00"));
}

/* A Moderate lead (24 working hours, three days of eight) handed off on
 * Monday 2024-12-23 at 13:00: Monday 4 h, Tuesday 8 h (12), Christmas
 * and Boxing Day off, Friday 8 h (20), the weekend off, and Monday
 * 2024-12-30 from 09:00 4 h: due at 13:00. */
static void
test_business_hours_holiday (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GArray) flags = NULL;
  gint64 mql = accord_test_time (fixture->zone, "2024-12-23 13:00");
  gint64 due = accord_test_time (fixture->zone, "2024-12-30 13:00");
  AccordLead *lead;

  set_office_hours (fixture);

  /* 0: touched at the due moment; 1: a minute after; 2: on Boxing Day
   * at 11:00, 12 working hours in, on time. */
  lead = add_lead (fixture, ACCORD_TIER_MODERATE, mql);
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = due;
  lead = add_lead (fixture, ACCORD_TIER_MODERATE, mql);
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = due + MINUTE;
  lead = add_lead (fixture, ACCORD_TIER_MODERATE, mql);
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = accord_test_time (fixture->zone, "2024-12-26 11:00");

  flags = compute_in_zone (fixture, accord_test_time (fixture->zone, "2025-01-06 09:00"));
  g_assert_cmpuint (flags->len, ==, 1);
  assert_flag (flags, 0, 1, ACCORD_FLAG_LATE_FIRST_TOUCH, due);
  g_clear_pointer (&flags, g_array_unref);

  /* Timeframes stay calendar days: the 60-day timeframe of a Moderate
   * lead ends 60 days after the MQL date, 2025-02-21 13:00, holidays or
   * not. None of the three has touches counted (8 required), an SQL or
   * a closing: each is under-worked and has no disposition. */
  flags = compute_in_zone (fixture, accord_test_time (fixture->zone, "2025-02-21 13:00"));
  g_assert_cmpuint (flags->len, ==, 7);
  assert_flag (flags, 0, 1, ACCORD_FLAG_LATE_FIRST_TOUCH, due);
  for (guint i = 0; i < 3; i++)
    {
      assert_flag (flags, 1 + 2 * i, i, ACCORD_FLAG_UNDER_WORKED, accord_test_time (fixture->zone, "2025-02-21 13:00"));
      assert_flag (flags, 2 + 2 * i, i, ACCORD_FLAG_NO_DISPOSITION, accord_test_time (fixture->zone, "2025-02-21 13:00"));
    }
}

/* Random leads through 2024, with working hours: a lead is late exactly
 * when its first touch (or D) comes after the moment its response hours
 * of working time had passed, and the flag is raised at that moment. A
 * touch at night after the due day's closing is late, as Salesforce
 * counts a milestone done after its target: no more working time has
 * passed, but the due moment has. */
static void
test_business_hours_random (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GArray) flags = NULL;
  g_autofree gint64 *raised = NULL;
  const AccordBusinessHours *hours;
  gint64 start = accord_test_time (fixture->zone, "2024-01-01 00:00");
  gint64 as_of = accord_test_time (fixture->zone, "2025-01-01 00:00");
  guint n_leads = 3000, n_late = 0, n_after_closing = 0;
  GRand *rand = g_rand_new_with_seed (7);

  set_office_hours (fixture);
  hours = accord_agreement_get_business_hours (fixture->agreement);

  for (guint i = 0; i < n_leads; i++)
    {
      AccordLead *lead = add_lead (fixture, g_rand_int_range (rand, ACCORD_TIER_LOW, ACCORD_TIER_HIGH + 1),
                                   start + g_rand_int_range (rand, 0, 366 * DAY));

      if (g_rand_boolean (rand))
        lead->moments[ACCORD_MOMENT_FIRST_TOUCH] =
          lead->moments[ACCORD_MOMENT_MQL] + g_rand_int_range (rand, 0, 8 * DAY);
    }
  g_rand_free (rand);

  flags = compute_in_zone (fixture, as_of);
  raised = g_new (gint64, n_leads);
  for (guint i = 0; i < n_leads; i++)
    raised[i] = ACCORD_TIME_NONE;
  for (guint i = 0; i < flags->len; i++)
    {
      const AccordFlag *flag = &g_array_index (flags, AccordFlag, i);

      if (flag->kind == ACCORD_FLAG_LATE_FIRST_TOUCH)
        raised[flag->lead] = flag->raised;
    }

  for (guint i = 0; i < n_leads; i++)
    {
      const AccordLead *lead = accord_lead_store_get_lead (fixture->store, i);
      gint64 mql = lead->moments[ACCORD_MOMENT_MQL];
      gint64 touch = lead->moments[ACCORD_MOMENT_FIRST_TOUCH];
      gint64 reply = touch != ACCORD_TIME_NONE && touch <= as_of ? touch : as_of;
      const AccordProtocol *protocol = accord_agreement_get_protocol (fixture->agreement, lead->tier);
      gint64 seconds = (gint64) protocol->response_hours * HOUR;
      gint64 due = accord_working_time_add (hours, fixture->zone, mql, seconds);
      gint64 waited = accord_working_time_between (hours, fixture->zone, mql, reply);

      if (reply > due)
        {
          g_assert_cmpint (raised[i], ==, due);
          n_late++;
          n_after_closing += waited == seconds;
        }
      else
        {
          g_assert_cmpint (raised[i], ==, ACCORD_TIME_NONE);
          g_assert_cmpint (waited, <=, seconds);
        }
    }

  /* Both answers occur, and touches after a due day's closing too. */
  g_assert_cmpuint (n_late, >, 0);
  g_assert_cmpuint (n_late, <, n_leads);
  g_assert_cmpuint (n_after_closing, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/core/flags/late-first-touch", test_late_first_touch);
  ADD ("/core/flags/timeframe", test_timeframe);
  ADD ("/core/flags/missing-touches", test_missing_touches);
  ADD ("/core/flags/dst", test_dst);
  ADD ("/core/flags/tier-from-score", test_tier_from_score);
  ADD ("/core/flags/outside-profile", test_outside_profile);
  ADD ("/core/flags/missing-anuf", test_missing_anuf);
  ADD ("/core/flags/several", test_several);
  ADD ("/core/flags/window", test_window);
  ADD ("/core/flags/empty", test_empty);
  ADD ("/core/flags/sort", test_sort);
  ADD ("/core/flags/performance", test_performance);
  ADD ("/core/flags/business-hours/weekend", test_business_hours_weekend);
  ADD ("/core/flags/business-hours/holiday", test_business_hours_holiday);
  ADD ("/core/flags/business-hours/random", test_business_hours_random);
  g_test_add ("/core/flags/performance/business-hours", Fixture, "business-hours",
              fixture_set_up, test_performance, fixture_tear_down);

#undef ADD

  return g_test_run ();
}
