/* accord-flags.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-flags"

#include "config.h"

#include "accord-flags.h"
#include "accord-working-time.h"
#include "accord-zone.h"

#include <string.h>

#define SECONDS_PER_HOUR 3600
#define SECONDS_PER_DAY  86400

/* @start + @seconds, held at the largest moment instead of overflowing. */
static gint64
add_seconds (gint64 start,
             gint64 seconds)
{
  return start > G_MAXINT64 - seconds ? G_MAXINT64 : start + seconds;
}

/* How the response clock counts hours. */
typedef struct
{
  const AccordBusinessHours *hours;  /* NULL: on the calendar */
  AccordZone                *zone;   /* where the working hours are read */
} ResponseClock;

/* DESIGN §3: the moment a first touch is due. Hours count on the
 * calendar, or only in the agreement's working hours. The caller needs
 * the moment only when it is before @reply, the first touch or D; else
 * any moment not before @reply will do, and the clock walks no further. */
static gint64
get_response_due (const ResponseClock  *clock,
                  gint64                mql,
                  const AccordProtocol *protocol,
                  gint64                reply)
{
  gint64 seconds = (gint64) protocol->response_hours * SECONDS_PER_HOUR;
  gint64 calendar_due = add_seconds (mql, seconds);

  /* Working time never passes faster than the calendar's: a reply in
   * time by the calendar is in time in working hours too. Most are, and
   * need no walk through the days. */
  if (clock->hours == NULL || reply <= calendar_due)
    return calendar_due;

  return accord_working_time_add_within (clock->hours, clock->zone, mql, seconds, reply);
}

/* A moment that had happened as of @as_of. */
static gboolean
has_happened (gint64 moment,
             gint64 as_of)
{
  return moment != ACCORD_TIME_NONE && moment <= as_of;
}

static guint
put_flag (AccordFlag     *out,
          guint           lead,
          AccordFlagKind  kind,
          gint64          raised)
{
  out->lead = lead;
  out->kind = kind;
  out->raised = raised;
  return 1;
}

/* DESIGN §3, the flags of one lead handed off at @mql (≤ @as_of), written
 * to @out in the order of their kinds. Each is raised by @as_of by
 * construction: a first touch is late only once its due moment has
 * passed, the timeframe flags wait for the end of the timeframe, and the
 * profile flag is raised at @mql. */
static guint
put_mql_flags (AccordFlag           *out,
               guint                 position,
               const AccordLead     *lead,
               const AccordProtocol *protocol,
               const ResponseClock  *clock,
               gboolean              passes_quick_test,
               gint64                as_of)
{
  gint64 mql = lead->moments[ACCORD_MOMENT_MQL];
  gint64 sql = lead->moments[ACCORD_MOMENT_SQL];
  gint64 closed = lead->moments[ACCORD_MOMENT_CLOSED];
  gint64 first_touch = lead->moments[ACCORD_MOMENT_FIRST_TOUCH];
  /* A touch after @as_of has not happened yet: the lead counts as not
   * touched, and is late once @as_of is past the due moment. */
  gint64 reply = has_happened (first_touch, as_of) ? first_touch : as_of;
  gint64 due = get_response_due (clock, mql, protocol, reply);
  /* Timeframes are calendar days, with or without working hours: a
   * "90-day timeframe" ends 90 days after the MQL date. */
  gint64 timeframe_end = add_seconds (mql, (gint64) protocol->timeframe_days * SECONDS_PER_DAY);
  guint n = 0;

  if (reply > due)
    n += put_flag (out + n, position, ACCORD_FLAG_LATE_FIRST_TOUCH, due);

  if (as_of >= timeframe_end && !has_happened (sql, timeframe_end))
    {
      /* A missing count of touches is taken as none made. */
      gint64 touches = MAX (lead->touches, 0);

      if (touches < protocol->touches)
        n += put_flag (out + n, position, ACCORD_FLAG_UNDER_WORKED, timeframe_end);

      if (!has_happened (closed, timeframe_end))
        n += put_flag (out + n, position, ACCORD_FLAG_NO_DISPOSITION, timeframe_end);
    }

  if (!passes_quick_test)
    n += put_flag (out + n, position, ACCORD_FLAG_OUTSIDE_PROFILE, mql);

  return n;
}

#define RADIX_BITS 11
#define RADIX_SIZE (1u << RADIX_BITS)
#define RADIX_MASK (RADIX_SIZE - 1)

/* Sorts @flags by the moment they were raised, keeping the flags raised
 * at the same moment in the order they were made: by lead, then by kind.
 * A least-significant-digit radix sort on the moment, since a million
 * leads can carry millions of flags, and a comparison sort takes many
 * times longer to order them than finding them took. */
static void
sort_by_raised (GArray *flags)
{
  AccordFlag *from = (AccordFlag *) flags->data;
  g_autofree AccordFlag *buffer = NULL;
  g_autofree guint *counts = NULL;
  AccordFlag *to;
  gint64 min = G_MAXINT64, max = G_MININT64;
  guint n_digits = 0;
  guint n = flags->len;

  for (guint i = 0; i < n; i++)
    {
      min = MIN (min, from[i].raised);
      max = MAX (max, from[i].raised);
    }
  for (guint64 span = (guint64) max - (guint64) min; n > 1 && span != 0; span >>= RADIX_BITS)
    n_digits++;
  if (n_digits == 0)
    return;

  /* Keys are distances from the earliest moment, so that they are
   * unsigned and need only as many digits as the moments span. */
  counts = g_new0 (guint, n_digits * RADIX_SIZE);
  for (guint i = 0; i < n; i++)
    {
      guint64 key = (guint64) from[i].raised - (guint64) min;

      for (guint d = 0; d < n_digits; d++)
        counts[d * RADIX_SIZE + ((key >> (d * RADIX_BITS)) & RADIX_MASK)]++;
    }

  buffer = g_new (AccordFlag, n);
  to = buffer;
  for (guint d = 0; d < n_digits; d++)
    {
      guint *starts = counts + d * RADIX_SIZE;
      guint start = 0;

      /* A digit that every key shares orders nothing. */
      if (starts[(((guint64) from[0].raised - (guint64) min) >> (d * RADIX_BITS)) & RADIX_MASK] == n)
        continue;

      for (guint b = 0; b < RADIX_SIZE; b++)
        {
          guint count = starts[b];

          starts[b] = start;
          start += count;
        }

      for (guint i = 0; i < n; i++)
        {
          guint64 key = (guint64) from[i].raised - (guint64) min;

          to[starts[(key >> (d * RADIX_BITS)) & RADIX_MASK]++] = from[i];
        }

      /* The next pass reads what this one wrote. */
      to = from;
      from = (to == buffer) ? (AccordFlag *) flags->data : buffer;
    }

  if (from != (AccordFlag *) flags->data)
    memcpy (flags->data, from, (gsize) n * sizeof *from);
}

/**
 * accord_flags_compute_in_zone:
 * @store: the leads
 * @agreement: the agreement whose protocols, working hours and Quick
 *   Test apply
 * @time_zone: (nullable): the workspace's zone, in which the agreement's
 *   working hours are read; %NULL counts hours on the calendar
 * @as_of: the moment D the flags are worked out for (Unix seconds)
 *
 * Works out the review flags of DESIGN §3 as of @as_of: late first touch,
 * under-worked, no disposition and outside profile for the leads that
 * became MQLs by @as_of, and missing ANUF for those that became SQLs by
 * then, where the export has ANUF criteria. A lead without a count of
 * touches counts as touched no times.
 *
 * When the agreement sets working hours and @time_zone is given, the
 * response clock counts working time only: a first touch is due when the
 * tier's response hours of working time have passed after the MQL date
 * (accord_working_time_add()), a touch (or D) after that moment is late,
 * even at night when no more working time has passed, and the flag is
 * raised then. Timeframes count calendar days all the same.
 *
 * Returns: (transfer full) (element-type AccordFlag): the flags raised by
 *   @as_of, by the moment they were raised, then by lead, then by kind
 */
GArray *
accord_flags_compute_in_zone (AccordLeadStore *store,
                              AccordAgreement *agreement,
                              GTimeZone       *time_zone,
                              gint64           as_of)
{
  const AccordProtocol *protocols[ACCORD_N_TIERS];
  g_autoptr(AccordZone) zone = NULL;
  ResponseClock clock = { NULL, NULL };
  GArray *flags;
  const AccordLead *leads;
  guint n_leads;
  guint n_flags = 0;

  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (store), NULL);
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (agreement), NULL);

  if (time_zone != NULL && accord_agreement_get_business_hours (agreement) != NULL)
    {
      zone = accord_zone_new (time_zone);
      clock.hours = accord_agreement_get_business_hours (agreement);
      clock.zone = zone;
    }

  for (guint t = 0; t < ACCORD_N_TIERS; t++)
    protocols[t] = accord_agreement_get_protocol (agreement, t);

  /* The flags are written in place, with room for every kind of the next
   * lead kept ahead: no call per flag. The room is set aside, not
   * touched, so a large first guess costs nothing. */
  leads = accord_lead_store_get_leads (store, &n_leads);
  flags = g_array_sized_new (FALSE, FALSE, sizeof (AccordFlag), n_leads + ACCORD_N_FLAG_KINDS);
  g_array_set_size (flags, n_leads + ACCORD_N_FLAG_KINDS);

  for (guint i = 0; i < n_leads; i++)
    {
      const AccordLead *lead = &leads[i];
      gint64 mql = lead->moments[ACCORD_MOMENT_MQL];
      gint64 sql = lead->moments[ACCORD_MOMENT_SQL];
      AccordFlag *out;

      if (n_flags + ACCORD_N_FLAG_KINDS > flags->len)
        g_array_set_size (flags, flags->len * 2);
      out = &g_array_index (flags, AccordFlag, n_flags);

      if (has_happened (mql, as_of))
        n_flags += put_mql_flags (out, i, lead,
                                  protocols[accord_agreement_tier_for_lead (agreement, lead)],
                                  &clock,
                                  accord_agreement_passes_quick_test (agreement, lead),
                                  as_of);

      /* Unknown criteria count as not met when the export has some. */
      if (has_happened (sql, as_of) && lead->anuf_known != 0 &&
          (lead->anuf & ACCORD_ANUF_ALL) != ACCORD_ANUF_ALL)
        n_flags += put_flag (&g_array_index (flags, AccordFlag, n_flags),
                             i, ACCORD_FLAG_MISSING_ANUF, sql);
    }

  g_array_set_size (flags, n_flags);
  sort_by_raised (flags);

  return flags;
}

/**
 * accord_flags_compute:
 * @store: the leads
 * @agreement: the agreement whose protocols and Quick Test apply
 * @as_of: the moment D the flags are worked out for (Unix seconds)
 *
 * Works out the flags as accord_flags_compute_in_zone() does, with hours
 * counted on the calendar even where the agreement sets working hours:
 * those are read in the workspace's zone, which this call does not know.
 *
 * Returns: (transfer full) (element-type AccordFlag): the flags raised by
 *   @as_of, by the moment they were raised, then by lead, then by kind
 */
GArray *
accord_flags_compute (AccordLeadStore *store,
                      AccordAgreement *agreement,
                      gint64           as_of)
{
  return accord_flags_compute_in_zone (store, agreement, NULL, as_of);
}

/**
 * accord_flags_in_window:
 * @flags: (element-type AccordFlag): flags from accord_flags_compute()
 * @as_of: the end of the review window, D
 * @window_seconds: the length of the window
 *
 * Returns: (transfer full) (element-type AccordFlag): the flags raised in
 *   (@as_of − @window_seconds, @as_of], in the order of @flags
 */
GArray *
accord_flags_in_window (GArray *flags,
                        gint64  as_of,
                        gint64  window_seconds)
{
  GArray *in_window;

  g_return_val_if_fail (flags != NULL, NULL);
  g_return_val_if_fail (g_array_get_element_size (flags) == sizeof (AccordFlag), NULL);

  in_window = g_array_new (FALSE, FALSE, sizeof (AccordFlag));
  if (window_seconds <= 0)
    return in_window;

  for (guint i = 0; i < flags->len; i++)
    {
      const AccordFlag *flag = &g_array_index (flags, AccordFlag, i);

      /* Unsigned, so that the distance cannot overflow. */
      if (flag->raised <= as_of &&
          (guint64) as_of - (guint64) flag->raised < (guint64) window_seconds)
        g_array_append_val (in_window, *flag);
    }

  return in_window;
}
