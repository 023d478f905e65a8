/* test-committee-summary.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The leads and decisions are made by hand in Europe/Berlin; the weeks,
 * counts and shares they give are worked out in the comments. Moments
 * are written in Berlin's wall-clock time, and the week boundaries
 * checked against UTC worked out by hand (CET = UTC+1, CEST = UTC+2).
 */

#include "config.h"

#include <math.h>

#include <glib.h>

#include "accord-committee-summary.h"
#include "accord-zone.h"

#include "accord-test-time.h"

#define HOUR 3600
#define DAY  86400
#define EPSILON 1e-9

typedef struct
{
  AccordLeadStore   *store;
  AccordAgreement   *agreement;
  AccordDecisionLog *log;
  GTimeZone         *berlin;
  AccordZone        *zone;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_assert_nonnull (fixture->berlin);
  fixture->store = accord_lead_store_new ();
  fixture->agreement = accord_agreement_new ();
  fixture->log = accord_decision_log_new ();
  fixture->zone = accord_zone_new (fixture->berlin);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->agreement);
  g_assert_finalize_object (fixture->log);
  accord_zone_free (fixture->zone);
  g_time_zone_unref (fixture->berlin);
}

/* A moment in UTC, worked out by hand from the Berlin time. */
static gint64
utc (int year,
     int month,
     int day,
     int hour,
     int minute,
     int second)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (year, month, day, hour, minute, second);

  g_assert_nonnull (time);
  return g_date_time_to_unix (time);
}

/* A High lead (90-day timeframe: no timeframe flag in these weeks) handed
 * off at @mql. @small fails the default Quick Test (10–5000 employees),
 * which raises "outside profile" at @mql; @touched touches it at @mql,
 * else "late first touch" is raised at @mql + 4 hours. */
static AccordLead *
add_lead (Fixture    *fixture,
          const char *record_id,
          const char *owner,
          const char *source,
          gint64      mql,
          gboolean    small,
          gboolean    touched)
{
  AccordLead *lead = accord_lead_store_append (fixture->store);

  lead->record_id = accord_lead_store_add_text (fixture->store, record_id);
  lead->owner = accord_lead_store_intern (fixture->store, owner);
  lead->source = accord_lead_store_intern (fixture->store, source);
  lead->employees = small ? 5 : 100;
  lead->tier = ACCORD_TIER_HIGH;
  lead->moments[ACCORD_MOMENT_MQL] = mql;
  if (touched)
    lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql;

  return lead;
}

static void
decide (Fixture        *fixture,
        const char     *record_id,
        AccordFlagKind  flag,
        gint64          raised,
        AccordOutcome   outcome,
        gint64          decided_at)
{
  AccordDecision decision = {
    .record_id = record_id,
    .flag = flag,
    .raised = raised,
    .outcome = outcome,
    .assignee = outcome == ACCORD_OUTCOME_REASSIGN ? "Ben" : NULL,
    .note = NULL,
    .decided_by = "Chair",
    .decided_at = decided_at,
  };

  accord_decision_log_add (fixture->log, &decision);
}

static void
assert_counts (const AccordCommitteeCounts *counts,
               guint                        raised,
               guint                        unqualified,
               guint                        reassign,
               guint                        keep,
               guint                        dismiss,
               double                       unqualified_share,
               double                       follow_up_share)
{
  g_assert_cmpuint (counts->raised, ==, raised);
  g_assert_cmpuint (counts->decided[ACCORD_OUTCOME_UNQUALIFIED], ==, unqualified);
  g_assert_cmpuint (counts->decided[ACCORD_OUTCOME_REASSIGN], ==, reassign);
  g_assert_cmpuint (counts->decided[ACCORD_OUTCOME_KEEP], ==, keep);
  g_assert_cmpuint (counts->decided[ACCORD_OUTCOME_DISMISS], ==, dismiss);
  g_assert_cmpuint (counts->n_decided, ==, unqualified + reassign + keep + dismiss);
  if (isnan (unqualified_share))
    {
      g_assert_true (isnan (counts->unqualified_share));
      g_assert_true (isnan (counts->follow_up_share));
    }
  else
    {
      g_assert_cmpfloat_with_epsilon (counts->unqualified_share, unqualified_share, EPSILON);
      g_assert_cmpfloat_with_epsilon (counts->follow_up_share, follow_up_share, EPSILON);
    }
}

static void
assert_week (const AccordCommitteeWeek *week,
             int                        iso_year,
             int                        iso_week,
             int                        year,
             int                        month,
             int                        day,
             gint64                     start,
             gint64                     end)
{
  g_assert_nonnull (week);
  g_assert_cmpint (week->iso_year, ==, iso_year);
  g_assert_cmpint (week->iso_week, ==, iso_week);
  g_assert_cmpint (g_date_get_year (&week->monday), ==, year);
  g_assert_cmpint (g_date_get_month (&week->monday), ==, month);
  g_assert_cmpint (g_date_get_day (&week->monday), ==, day);
  g_assert_cmpint (g_date_get_weekday (&week->monday), ==, G_DATE_MONDAY);
  g_assert_cmpint (week->start, ==, start);
  g_assert_cmpint (week->end, ==, end);
}

static const AccordCommitteeGroup *
get_group (AccordCommitteeSummary *summary,
           AccordField             by,
           guint                   index)
{
  GArray *groups = accord_committee_summary_get_breakdown (summary, by);

  g_assert_cmpuint (index, <, groups->len);
  return &g_array_index (groups, AccordCommitteeGroup, index);
}

/* The three weeks around the spring clock change of 2024, 31 March at
 * 02:00 CET → 03:00 CEST, as of Wednesday 3 April 12:00 CEST. */
static void
test_spring_weeks (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AccordCommitteeSummary) summary = NULL;
  gint64 as_of = accord_test_time (fixture->zone, "2024-04-03 12:00");
  gint64 sunday_last = accord_test_time (fixture->zone, "2024-03-31 23:59:59");
  gint64 monday_first = accord_test_time (fixture->zone, "2024-04-01 00:00");
  gint64 w12_start = accord_test_time (fixture->zone, "2024-03-18 00:00");
  gint64 before_w12 = w12_start - 1;   /* Sunday 17 March 23:59:59 CET */
  gint64 l0_outside, l1_outside, l2_late, l3_late, l4_late, l4_outside;
  const AccordCommitteeGroup *group;

  /* L0 (A1, Ana, Webinar): outside profile raised Sunday 31 March
   * 23:59:59 CEST, the last second of W13. */
  add_lead (fixture, "A1", "Ana", "Webinar", sunday_last, TRUE, TRUE);
  l0_outside = sunday_last;
  /* L1 (B1, Ben, Webinar): outside profile raised Monday 1 April 00:00
   * CEST, the first second of W14. */
  add_lead (fixture, "B1", "Ben", "Webinar", monday_first, TRUE, TRUE);
  l1_outside = monday_first;
  /* L2 (B2, Ben, no source): handed off Sunday 17 March 20:00 CET, never
   * touched: late first touch raised 4 hours later, Monday 18 March
   * 00:00 CET, the first second of W12. */
  add_lead (fixture, "B2", "Ben", NULL, accord_test_time (fixture->zone, "2024-03-17 20:00"), FALSE, FALSE);
  l2_late = w12_start;
  /* L3 (C1, no owner, Ads): handed off a second earlier, so its late
   * first touch is raised at Sunday 23:59:59, before W12: not counted. */
  add_lead (fixture, "C1", NULL, "Ads", accord_test_time (fixture->zone, "2024-03-17 19:59:59"), FALSE, FALSE);
  l3_late = before_w12;
  /* L4 (A2, Ana, Ads): small and never touched, handed off Wednesday 27
   * March 10:00 CET: outside profile then, late first touch at 14:00;
   * both in W13. */
  add_lead (fixture, "A2", "Ana", "Ads", accord_test_time (fixture->zone, "2024-03-27 10:00"), TRUE, FALSE);
  l4_outside = accord_test_time (fixture->zone, "2024-03-27 10:00");
  l4_late = accord_test_time (fixture->zone, "2024-03-27 14:00");
  /* L5 (A3, Ana): handed off Thursday 4 April, after "as of": no flag. */
  add_lead (fixture, "A3", "Ana", "Ads", accord_test_time (fixture->zone, "2024-04-04 10:00"), TRUE, FALSE);

  /* Before W12: a decision on C1's flag on Sunday 23:59:59 CET (not
   * counted); the same flag decided again in W12, Wednesday 20 March,
   * dismissed: that one counts (C1: no owner, Ads). */
  decide (fixture, "C1", ACCORD_FLAG_LATE_FIRST_TOUCH, l3_late, ACCORD_OUTCOME_KEEP, before_w12);
  /* W12: B2's late touch kept, Tuesday 19 March (Ben, no source). */
  decide (fixture, "B2", ACCORD_FLAG_LATE_FIRST_TOUCH, l2_late, ACCORD_OUTCOME_KEEP,
          accord_test_time (fixture->zone, "2024-03-19 10:00"));
  decide (fixture, "C1", ACCORD_FLAG_LATE_FIRST_TOUCH, l3_late, ACCORD_OUTCOME_DISMISS,
          accord_test_time (fixture->zone, "2024-03-20 10:00"));
  /* W13: A2's late touch reassigned at its last second; A2 outside
   * profile unqualified, Thursday 28 March; a lead no longer in the store
   * (Z9: no owner, no source) unqualified, Friday 29 March. */
  decide (fixture, "A2", ACCORD_FLAG_LATE_FIRST_TOUCH, l4_late, ACCORD_OUTCOME_REASSIGN, sunday_last);
  decide (fixture, "A2", ACCORD_FLAG_OUTSIDE_PROFILE, l4_outside, ACCORD_OUTCOME_UNQUALIFIED,
          accord_test_time (fixture->zone, "2024-03-28 09:00"));
  decide (fixture, "Z9", ACCORD_FLAG_LATE_FIRST_TOUCH, accord_test_time (fixture->zone, "2024-03-20 09:00"),
          ACCORD_OUTCOME_UNQUALIFIED, accord_test_time (fixture->zone, "2024-03-29 12:00"));
  /* W14: A1 unqualified at its first second (Ana, Webinar); B1 kept on
   * Tuesday, then judged unqualified on Wednesday 11:00, before "as of":
   * only the second counts (Ben, Webinar). */
  decide (fixture, "A1", ACCORD_FLAG_OUTSIDE_PROFILE, l0_outside, ACCORD_OUTCOME_UNQUALIFIED,
          monday_first);
  decide (fixture, "B1", ACCORD_FLAG_OUTSIDE_PROFILE, l1_outside, ACCORD_OUTCOME_KEEP,
          accord_test_time (fixture->zone, "2024-04-02 09:00"));
  decide (fixture, "B1", ACCORD_FLAG_OUTSIDE_PROFILE, l1_outside, ACCORD_OUTCOME_UNQUALIFIED,
          accord_test_time (fixture->zone, "2024-04-03 11:00"));
  /* After "as of": A1 dismissed at 13:00 (its unqualified still counts as
   * of 12:00), B2 decided on Thursday. Neither has happened yet. */
  decide (fixture, "A1", ACCORD_FLAG_OUTSIDE_PROFILE, l0_outside, ACCORD_OUTCOME_DISMISS,
          accord_test_time (fixture->zone, "2024-04-03 13:00"));
  decide (fixture, "B2", ACCORD_FLAG_OUTSIDE_PROFILE, l2_late, ACCORD_OUTCOME_DISMISS,
          accord_test_time (fixture->zone, "2024-04-04 09:00"));

  summary = accord_committee_summary_new (fixture->store, fixture->agreement, fixture->log,
                                          fixture->berlin, as_of, 3);
  g_assert_cmpint (accord_committee_summary_get_as_of (summary), ==, as_of);
  g_assert_cmpuint (accord_committee_summary_get_n_weeks (summary), ==, 3);
  g_assert_null (accord_committee_summary_get_week (summary, 3));

  /* W12: Monday 18 March 00:00 CET = 17 March 23:00 UTC, to Monday 25
   * March 00:00 CET = 24 March 23:00 UTC. W13: to Monday 1 April 00:00
   * CEST = 31 March 22:00 UTC, an hour short of a week. W14: to Monday 8
   * April 00:00 CEST = 7 April 22:00 UTC. */
  assert_week (accord_committee_summary_get_week (summary, 0), 2024, 12, 2024, 3, 18,
               utc (2024, 3, 17, 23, 0, 0), utc (2024, 3, 24, 23, 0, 0));
  assert_week (accord_committee_summary_get_week (summary, 1), 2024, 13, 2024, 3, 25,
               utc (2024, 3, 24, 23, 0, 0), utc (2024, 3, 31, 22, 0, 0));
  assert_week (accord_committee_summary_get_week (summary, 2), 2024, 14, 2024, 4, 1,
               utc (2024, 3, 31, 22, 0, 0), utc (2024, 4, 7, 22, 0, 0));
  g_assert_cmpint (accord_committee_summary_get_week (summary, 1)->end
                   - accord_committee_summary_get_week (summary, 1)->start, ==, 7 * DAY - HOUR);
  /* The boundary moments, by hand: the last second of W13 is 21:59:59 UTC. */
  g_assert_cmpint (sunday_last, ==, utc (2024, 3, 31, 21, 59, 59));
  g_assert_cmpint (monday_first, ==, utc (2024, 3, 31, 22, 0, 0));

  /* W12: raised L2 (1). Decided: B2 kept, C1 dismissed. Judged 1 (the
   * keep): unqualified 0/1, follow-up 1/1. */
  assert_counts (&accord_committee_summary_get_week (summary, 0)->counts,
                 1, 0, 0, 1, 1, 0.0, 1.0);
  /* W13: raised L0, L4 twice (3). Decided: A2 reassigned, A2 and Z9
   * unqualified. Judged 3: 2/3 and 1/3. */
  assert_counts (&accord_committee_summary_get_week (summary, 1)->counts,
                 3, 2, 1, 0, 0, 2.0 / 3, 1.0 / 3);
  /* W14: raised L1 (1). Decided: A1 and B1 unqualified (B1's keep was
   * replaced by then). 2/2 and 0/2. */
  assert_counts (&accord_committee_summary_get_week (summary, 2)->counts,
                 1, 2, 0, 0, 0, 1.0, 0.0);
  /* All: raised 1 + 3 + 1 = 5; unqualified 0 + 2 + 2 = 4, reassign 1,
   * keep 1, dismiss 1. Judged 6: 4/6 and 2/6. */
  assert_counts (accord_committee_summary_get_total (summary), 5, 4, 1, 1, 1, 4.0 / 6, 2.0 / 6);

  /* By owner: Ana, Ben, then no owner. */
  g_assert_cmpuint (accord_committee_summary_get_breakdown (summary, ACCORD_FIELD_OWNER)->len, ==, 3);
  /* Ana: raised L0 and L4 twice (3); decided A2 reassigned, A2 and A1
   * unqualified: 2/3, 1/3. */
  group = get_group (summary, ACCORD_FIELD_OWNER, 0);
  g_assert_cmpstr (group->key, ==, "Ana");
  assert_counts (&group->counts, 3, 2, 1, 0, 0, 2.0 / 3, 1.0 / 3);
  /* Ben: raised L2 and L1 (2); decided B2 kept, B1 unqualified: 1/2, 1/2. */
  group = get_group (summary, ACCORD_FIELD_OWNER, 1);
  g_assert_cmpstr (group->key, ==, "Ben");
  assert_counts (&group->counts, 2, 1, 0, 1, 0, 0.5, 0.5);
  /* None: no flag in the weeks (L3's was before); C1 dismissed, Z9 (not
   * in the store) unqualified: 1/1, 0/1. */
  group = get_group (summary, ACCORD_FIELD_OWNER, 2);
  g_assert_null (group->key);
  assert_counts (&group->counts, 0, 1, 0, 0, 1, 1.0, 0.0);

  /* By source: Ads, Webinar, then none. */
  g_assert_cmpuint (accord_committee_summary_get_breakdown (summary, ACCORD_FIELD_SOURCE)->len, ==, 3);
  /* Ads: raised L4 twice (2); decided A2 reassigned and unqualified, C1
   * dismissed: judged 2, 1/2 and 1/2. */
  group = get_group (summary, ACCORD_FIELD_SOURCE, 0);
  g_assert_cmpstr (group->key, ==, "Ads");
  assert_counts (&group->counts, 2, 1, 1, 0, 1, 0.5, 0.5);
  /* Webinar: raised L0 and L1 (2); A1 and B1 unqualified: 1, 0. */
  group = get_group (summary, ACCORD_FIELD_SOURCE, 1);
  g_assert_cmpstr (group->key, ==, "Webinar");
  assert_counts (&group->counts, 2, 2, 0, 0, 0, 1.0, 0.0);
  /* None: raised L2 (1); B2 kept, Z9 unqualified: 1/2, 1/2. */
  group = get_group (summary, ACCORD_FIELD_SOURCE, 2);
  g_assert_null (group->key);
  assert_counts (&group->counts, 1, 1, 0, 1, 0, 0.5, 0.5);
}

/* The autumn change, 27 October 2024 at 03:00 CEST → 02:00 CET: W43 is
 * an hour longer. "As of" at a Monday's first second is in that week. */
static void
test_autumn_weeks (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AccordCommitteeSummary) summary = NULL;
  g_autoptr(AccordCommitteeSummary) later = NULL;
  const AccordCommitteeWeek *week;

  /* Sunday 27 October 12:00 CET: W43, Monday 21 October 00:00 CEST =
   * 20 October 22:00 UTC, to Monday 28 October 00:00 CET = 27 October
   * 23:00 UTC: 7 days and an hour. */
  summary = accord_committee_summary_new (fixture->store, fixture->agreement, fixture->log,
                                          fixture->berlin, accord_test_time (fixture->zone, "2024-10-27 12:00"), 1);
  g_assert_cmpuint (accord_committee_summary_get_n_weeks (summary), ==, 1);
  week = accord_committee_summary_get_week (summary, 0);
  assert_week (week, 2024, 43, 2024, 10, 21, utc (2024, 10, 20, 22, 0, 0), utc (2024, 10, 27, 23, 0, 0));
  g_assert_cmpint (week->end - week->start, ==, 7 * DAY + HOUR);
  /* Nothing in the store or the log: zeros, and no shares. */
  assert_counts (&week->counts, 0, 0, 0, 0, 0, NAN, NAN);
  assert_counts (accord_committee_summary_get_total (summary), 0, 0, 0, 0, 0, NAN, NAN);
  g_assert_cmpuint (accord_committee_summary_get_breakdown (summary, ACCORD_FIELD_OWNER)->len, ==, 0);
  g_assert_cmpuint (accord_committee_summary_get_breakdown (summary, ACCORD_FIELD_SOURCE)->len, ==, 0);

  /* As of Monday 28 October 00:00 CET exactly: the week is W44, and the
   * one before it the same W43. */
  later = accord_committee_summary_new (fixture->store, fixture->agreement, fixture->log,
                                        fixture->berlin, utc (2024, 10, 27, 23, 0, 0), 2);
  assert_week (accord_committee_summary_get_week (later, 0), 2024, 43, 2024, 10, 21,
               utc (2024, 10, 20, 22, 0, 0), utc (2024, 10, 27, 23, 0, 0));
  assert_week (accord_committee_summary_get_week (later, 1), 2024, 44, 2024, 10, 28,
               utc (2024, 10, 27, 23, 0, 0), utc (2024, 11, 3, 23, 0, 0));
}

/* ISO weeks across a new year: the week takes the year of its Thursday. */
static void
test_iso_years (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(AccordCommitteeSummary) summary = NULL;
  g_autoptr(AccordCommitteeSummary) twenty = NULL;

  /* Wednesday 1 January 2025: its week began Monday 30 December 2024 and
   * its Thursday is 2 January 2025, so it is W01 of 2025; the week before
   * (23 December, Thursday the 26th) is W52 of 2024: 2024 began on a
   * Monday, so it has 52 weeks (53 take a year that begins on a Thursday,
   * or a leap year that begins on a Wednesday). */
  summary = accord_committee_summary_new (fixture->store, fixture->agreement, fixture->log,
                                          fixture->berlin, accord_test_time (fixture->zone, "2025-01-01 09:00"), 2);
  assert_week (accord_committee_summary_get_week (summary, 0), 2024, 52, 2024, 12, 23,
               utc (2024, 12, 22, 23, 0, 0), utc (2024, 12, 29, 23, 0, 0));
  assert_week (accord_committee_summary_get_week (summary, 1), 2025, 1, 2024, 12, 30,
               utc (2024, 12, 29, 23, 0, 0), utc (2025, 1, 5, 23, 0, 0));

  /* Friday 1 January 2021: the week of Monday 28 December 2020, whose
   * Thursday is 31 December 2020: W53 of 2020 (2020 began on a Wednesday
   * and was a leap year). */
  twenty = accord_committee_summary_new (fixture->store, fixture->agreement, fixture->log,
                                         fixture->berlin, accord_test_time (fixture->zone, "2021-01-01 09:00"), 1);
  assert_week (accord_committee_summary_get_week (twenty, 0), 2020, 53, 2020, 12, 28,
               utc (2020, 12, 27, 23, 0, 0), utc (2021, 1, 3, 23, 0, 0));
}

/* No weeks asked for, moments outside the calendar, and its first weeks. */
static void
test_edges (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(AccordCommitteeSummary) none = NULL;
  g_autoptr(AccordCommitteeSummary) far = NULL;
  g_autoptr(AccordCommitteeSummary) early = NULL;
  g_autoptr(AccordCommitteeSummary) first = NULL;
  gint64 as_of = accord_test_time (fixture->zone, "2024-04-03 12:00");

  /* A flag and a decision that would count in the week of "as of". */
  add_lead (fixture, "A1", "Ana", "Ads", accord_test_time (fixture->zone, "2024-04-02 10:00"), TRUE, TRUE);
  decide (fixture, "A1", ACCORD_FLAG_OUTSIDE_PROFILE, accord_test_time (fixture->zone, "2024-04-02 10:00"),
          ACCORD_OUTCOME_UNQUALIFIED, accord_test_time (fixture->zone, "2024-04-02 11:00"));

  none = accord_committee_summary_new (fixture->store, fixture->agreement, fixture->log,
                                       fixture->berlin, as_of, 0);
  g_assert_cmpuint (accord_committee_summary_get_n_weeks (none), ==, 0);
  g_assert_null (accord_committee_summary_get_week (none, 0));
  assert_counts (accord_committee_summary_get_total (none), 0, 0, 0, 0, 0, NAN, NAN);
  g_assert_cmpuint (accord_committee_summary_get_breakdown (none, ACCORD_FIELD_OWNER)->len, ==, 0);

  far = accord_committee_summary_new (fixture->store, fixture->agreement, fixture->log,
                                      fixture->berlin, G_MAXINT64, 12);
  g_assert_cmpuint (accord_committee_summary_get_n_weeks (far), ==, 0);
  g_clear_pointer (&far, accord_committee_summary_unref);
  far = accord_committee_summary_new (fixture->store, fixture->agreement, fixture->log,
                                      fixture->berlin, G_MININT64, 12);
  g_assert_cmpuint (accord_committee_summary_get_n_weeks (far), ==, 0);

  /* Wednesday 10 January of the year 1: 1 January 0001 was a Monday
   * (proleptic Gregorian), so only two weeks are there to show. */
  early = accord_committee_summary_new (fixture->store, fixture->agreement, fixture->log,
                                        fixture->berlin, accord_test_time (fixture->zone, "0001-01-10 12:00"), 12);
  g_assert_cmpuint (accord_committee_summary_get_n_weeks (early), ==, 2);
  g_assert_cmpint (g_date_get_day (&accord_committee_summary_get_week (early, 0)->monday), ==, 1);
  g_assert_cmpint (g_date_get_day (&accord_committee_summary_get_week (early, 1)->monday), ==, 8);
  g_assert_cmpint (accord_committee_summary_get_week (early, 0)->iso_week, ==, 1);

  /* The flag and the decision count once "as of" has reached them: the
   * decision is at 11:00, so as of 10:30 only the flag is there. */
  first = accord_committee_summary_new (fixture->store, fixture->agreement, fixture->log,
                                        fixture->berlin, accord_test_time (fixture->zone, "2024-04-02 10:30"), 1);
  assert_counts (accord_committee_summary_get_total (first), 1, 0, 0, 0, 0, NAN, NAN);
  g_clear_pointer (&first, accord_committee_summary_unref);
  first = accord_committee_summary_new (fixture->store, fixture->agreement, fixture->log,
                                        fixture->berlin, as_of, 1);
  assert_counts (accord_committee_summary_get_total (first), 1, 1, 0, 0, 0, 1.0, 0.0);

  /* Without a log: the flag, no decision. */
  g_clear_pointer (&first, accord_committee_summary_unref);
  first = accord_committee_summary_new (fixture->store, fixture->agreement, NULL,
                                        fixture->berlin, as_of, 1);
  assert_counts (accord_committee_summary_get_total (first), 1, 0, 0, 0, 0, NAN, NAN);
}

/* The summary keeps the store, whose strings its keys are. */
static void
test_keeps_store (void)
{
  AccordLeadStore *store = accord_lead_store_new ();
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(AccordDecisionLog) log = accord_decision_log_new ();
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  AccordCommitteeSummary *summary, *copy;
  AccordLead *lead;
  gint64 mql = utc (2024, 4, 2, 10, 0, 0);

  lead = accord_lead_store_append (store);
  lead->owner = accord_lead_store_intern (store, "Ana");
  lead->employees = 5;
  lead->tier = ACCORD_TIER_HIGH;
  lead->moments[ACCORD_MOMENT_MQL] = mql;
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql;

  summary = accord_committee_summary_new (store, agreement, log, berlin, mql + HOUR, 1);
  g_object_add_weak_pointer (G_OBJECT (store), (gpointer *) &store);
  g_object_unref (store);
  g_assert_nonnull (store);
  g_assert_cmpstr (g_array_index (accord_committee_summary_get_breakdown (summary, ACCORD_FIELD_OWNER),
                                  AccordCommitteeGroup, 0).key, ==, "Ana");

  copy = g_boxed_copy (ACCORD_TYPE_COMMITTEE_SUMMARY, summary);
  g_assert_true (copy == summary);
  g_boxed_free (ACCORD_TYPE_COMMITTEE_SUMMARY, copy);
  g_assert_nonnull (store);
  accord_committee_summary_unref (summary);
  g_assert_null (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/core/committee-summary/spring-weeks", test_spring_weeks);
  ADD ("/core/committee-summary/autumn-weeks", test_autumn_weeks);
  ADD ("/core/committee-summary/iso-years", test_iso_years);
  ADD ("/core/committee-summary/edges", test_edges);
  g_test_add_func ("/core/committee-summary/keeps-store", test_keeps_store);

  return g_test_run ();
}
