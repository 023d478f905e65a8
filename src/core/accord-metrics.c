/* accord-metrics.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-metrics"

#include "config.h"

#include <math.h>
#include <string.h>

#include "accord-metrics.h"
#include "accord-zone.h"

#define SECONDS_PER_DAY 86400

/* The months whose bounds the zone can compute: end(m) needs start(m + 1). */
#define MIN_MONTH ACCORD_MONTH_KEY (1, 1)
#define MAX_MONTH ACCORD_MONTH_KEY (9999, 11)

/* A pass over many leads is split in slices counted on as many threads as
 * there are processors (see run_slices()). */
#define MIN_SLICE_LEADS 65536
#define MAX_SLICES      8

#define KEY_CACHE_BITS 6

/* A million leads must be counted in milliseconds, so no lead is converted
 * to civil time: the months of a period are the sorted array of their first
 * moments. A moment finds its month through the day (86400 s counted from
 * the first month's start) it falls on: months begin at local midnight, so
 * a day holds at most one month boundary, and one comparison settles it. */
typedef struct
{
  guint    n_months;
  gint64  *starts;   /* n_months + 1 entries; the last is end(last) + 1 */
  guint64  span;     /* starts[n_months] − starts[0] */
  guint32 *days;     /* the month of each day's first second */
} MonthTable;

/* The protocols' timeframes in seconds: days count on the calendar, as
 * 86400 seconds each. */
typedef struct
{
  gint64 by_tier[ACCORD_N_TIERS];
  gint64 shortest;
  gint64 longest;
} Timeframes;

typedef struct
{
  const char *key;
  guint       index;   /* G_MAXUINT: empty */
} KeySlot;

/* Owners and sources are matched by pointer: the store interns them
 * (accord_lead_store_intern()), so one text is one pointer, and a lead's
 * key finds its entry without comparing strings. The %NULL key is a key
 * like any other. */
typedef struct
{
  GHashTable *indexes;
  guint       n_keys;
  /* A direct-mapped cache in front of the hash table: a team's owners
   * (or sources) nearly all fit, and a million lookups stay cheap. */
  KeySlot     cache[1 << KEY_CACHE_BITS];
} KeyIndex;

/* Counts a slice of the leads into @tally; @pass holds what every slice
 * shares, read only. */
typedef void (*CountFunc) (const AccordLead *leads,
                           guint             n_leads,
                           gpointer          tally,
                           gconstpointer     pass);

typedef struct
{
  CountFunc         count;
  const AccordLead *leads;
  guint             n_leads;
  gpointer          tally;
  gconstpointer     pass;
} Slice;

/* What each funnel stage is measured against (DESIGN §3). */
static const AccordFigure stage_figures[ACCORD_N_STAGES] = {
  ACCORD_FIGURE_LEADS_SOURCED,
  ACCORD_FIGURE_QUALIFIED_LEADS,
  ACCORD_FIGURE_MQLS_CREATED,
  ACCORD_FIGURE_SQLS_CREATED,
  ACCORD_FIGURE_OPPORTUNITIES,
  ACCORD_FIGURE_CUSTOMERS,
};

/* The moment that puts a lead in each funnel stage from the MQL on. */
static const AccordMoment stage_moments[ACCORD_N_STAGES - ACCORD_STAGE_MQL] = {
  ACCORD_MOMENT_MQL,
  ACCORD_MOMENT_SQL,
  ACCORD_MOMENT_OPPORTUNITY,
  ACCORD_MOMENT_CUSTOMER,
};

static gpointer
run_slice (gpointer data)
{
  Slice *slice = data;

  slice->count (slice->leads, slice->n_leads, slice->tally, slice->pass);

  return NULL;
}

static guint
get_n_slices (guint n_leads)
{
  guint n_processors = (guint) MIN (g_get_num_processors (), MAX_SLICES);

  return CLAMP (n_leads / MIN_SLICE_LEADS, 1, n_processors);
}

/* Counts the leads in @n_slices slices, each into its own tally of
 * @tally_size bytes in @tallies, the first on the calling thread and the
 * others on threads of their own; the caller adds the tallies up. The
 * leads and the agreement are only read meanwhile: the agreement's Quick
 * Test and tier are called from several threads at once. */
static void
run_slices (const AccordLead *leads,
            guint             n_leads,
            guint             n_slices,
            CountFunc         count,
            gconstpointer     pass,
            gpointer          tallies,
            gsize             tally_size)
{
  Slice slices[MAX_SLICES];
  GThread *threads[MAX_SLICES] = { NULL, };

  g_assert (n_slices >= 1 && n_slices <= MAX_SLICES);

  for (guint i = 0; i < n_slices; i++)
    {
      guint begin = (guint) ((guint64) n_leads * i / n_slices);
      guint end = (guint) ((guint64) n_leads * (i + 1) / n_slices);

      slices[i] = (Slice) { count, n_leads > 0 ? leads + begin : leads, end - begin,
                            (char *) tallies + i * tally_size, pass };
    }

  for (guint i = 1; i < n_slices; i++)
    threads[i] = g_thread_try_new ("accord-metrics", run_slice, &slices[i], NULL);
  run_slice (&slices[0]);

  for (guint i = 1; i < n_slices; i++)
    {
      /* Without a thread of its own, a slice is counted here. */
      if (threads[i] != NULL)
        g_thread_join (threads[i]);
      else
        run_slice (&slices[i]);
    }
}

static gboolean
check_months (int first_month,
              int last_month)
{
  return first_month >= MIN_MONTH && last_month <= MAX_MONTH && first_month <= last_month;
}

static void
init_month_table (MonthTable *table,
                  AccordZone *zone,
                  int         first_month,
                  int         last_month)
{
  guint month = 0, n_days;

  table->n_months = (guint) (last_month - first_month + 1);
  table->starts = g_new (gint64, table->n_months + 1);
  for (guint i = 0; i <= table->n_months; i++)
    table->starts[i] = accord_zone_month_start (zone, first_month + (int) i);

  table->span = (guint64) (table->starts[table->n_months] - table->starts[0]);
  n_days = (guint) ((table->span + SECONDS_PER_DAY - 1) / SECONDS_PER_DAY);
  table->days = g_new (guint32, n_days);
  for (guint day = 0; day < n_days; day++)
    {
      gint64 time = table->starts[0] + (gint64) day * SECONDS_PER_DAY;

      while (time >= table->starts[month + 1])
        month++;
      table->days[day] = month;
    }
}

static void
clear_month_table (MonthTable *table)
{
  g_clear_pointer (&table->starts, g_free);
  g_clear_pointer (&table->days, g_free);
}

/* Returns the index of the month holding @time, or n_months when none
 * does (%ACCORD_TIME_NONE included). Free of branches: the leads' dates
 * are too random for a branch predictor. */
static inline guint
find_month (const MonthTable *table,
            gint64            time)
{
  guint64 offset = (guint64) time - (guint64) table->starts[0];
  gboolean inside = offset < table->span;
  guint month = table->days[inside ? offset / SECONDS_PER_DAY : 0];

  month += time >= table->starts[month + 1];

  return inside ? month : table->n_months;
}

/* Returns the index of the month holding @time: -1 before the first month
 * (and for %ACCORD_TIME_NONE), n_months after the last. */
static inline int
locate_month (const MonthTable *table,
              gint64            time)
{
  return time < table->starts[0] ? -1 : (int) find_month (table, time);
}

/* TRUE when @time happened between @start and @end, both included.
 * %ACCORD_TIME_NONE is G_MININT64, before any @start; one unsigned
 * comparison tests both bounds. */
static inline gboolean
is_within (gint64 time,
           gint64 start,
           gint64 end)
{
  return (guint64) time - (guint64) start <= (guint64) end - (guint64) start;
}

/* TRUE when @time happened, on or before @until. */
static inline gboolean
happened_by (gint64 time,
             gint64 until)
{
  return time != ACCORD_TIME_NONE && time <= until;
}

static void
get_timeframes (AccordAgreement *agreement,
                Timeframes      *timeframes)
{
  timeframes->shortest = G_MAXINT64;
  timeframes->longest = 0;
  for (guint tier = 0; tier < ACCORD_N_TIERS; tier++)
    {
      const AccordProtocol *protocol = accord_agreement_get_protocol (agreement, tier);

      timeframes->by_tier[tier] = (gint64) protocol->timeframe_days * SECONDS_PER_DAY;
      timeframes->shortest = MIN (timeframes->shortest, timeframes->by_tier[tier]);
      timeframes->longest = MAX (timeframes->longest, timeframes->by_tier[tier]);
    }
}

static gint64
add_clamped (gint64 time,
             gint64 span)
{
  return time > G_MAXINT64 - span ? G_MAXINT64 : time + span;
}

/* DESIGN §3: exit = min (SQL date, closed date, MQL date + timeframe of the
 * lead's tier); a missing SQL or closed date takes no part. The lead must
 * have an MQL date. */
static gint64
get_exit (AccordAgreement  *agreement,
          const Timeframes *timeframes,
          const AccordLead *lead)
{
  gint64 mql = lead->moments[ACCORD_MOMENT_MQL];
  gint64 sql = lead->moments[ACCORD_MOMENT_SQL];
  gint64 closed = lead->moments[ACCORD_MOMENT_CLOSED];
  gint64 exit = G_MAXINT64;
  AccordTier tier;

  if (sql != ACCORD_TIME_NONE)
    exit = sql;
  if (closed != ACCORD_TIME_NONE && closed < exit)
    exit = closed;

  /* Within the shortest timeframe the tier makes no difference: most SQLs
   * and closings need no tier at all. */
  if (exit <= add_clamped (mql, timeframes->shortest))
    return exit;

  tier = accord_agreement_tier_for_lead (agreement, lead);
  return MIN (exit, add_clamped (mql, timeframes->by_tier[tier]));
}

/* The moment figures of a month are measured at: its last second, or "now"
 * while it runs (DESIGN §3, per SDR). */
static gint64
get_measure_time (AccordZone *zone,
                  int         month,
                  gint64      now)
{
  gint64 start = accord_zone_month_start (zone, month);
  gint64 end = accord_zone_month_end (zone, month);

  return is_within (now, start, end) ? now : end;
}

static double
divide (double numerator,
        double denominator)
{
  return isnan (denominator) || denominator == 0 ? NAN : numerator / denominator;
}

static void
init_key_index (KeyIndex *self)
{
  self->indexes = g_hash_table_new (NULL, NULL);
  self->n_keys = 0;
  for (guint i = 0; i < G_N_ELEMENTS (self->cache); i++)
    self->cache[i] = (KeySlot) { NULL, G_MAXUINT };
}

static void
clear_key_index (KeyIndex *self)
{
  g_clear_pointer (&self->indexes, g_hash_table_unref);
}

/* Returns the entry of @key, numbered in order of first sight; @is_new
 * tells the caller to add that entry. */
static inline guint
index_key (KeyIndex   *self,
           const char *key,
           gboolean   *is_new)
{
  /* Fibonacci hashing of the pointer. */
  KeySlot *slot = &self->cache[((guint64) (guintptr) key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >>
                               (64 - KEY_CACHE_BITS)];
  gpointer index;

  *is_new = FALSE;
  if (slot->key == key && slot->index != G_MAXUINT)
    return slot->index;

  if (!g_hash_table_lookup_extended (self->indexes, key, NULL, &index))
    {
      index = GUINT_TO_POINTER (self->n_keys++);
      g_hash_table_insert (self->indexes, (gpointer) key, index);
      *is_new = TRUE;
    }
  *slot = (KeySlot) { key, GPOINTER_TO_UINT (index) };

  return slot->index;
}

typedef struct
{
  gint64 earliest;
  gint64 latest;
} RangeTally;

static void
count_range (const AccordLead *leads,
             guint             n_leads,
             gpointer          tally,
             gconstpointer     pass)
{
  RangeTally *range = tally;
  gint64 earliest = G_MAXINT64, latest = ACCORD_TIME_NONE;

  /* Each lead's own minimum and maximum first, so that the comparisons of
   * one lead need not wait for those of the lead before it.
   * %ACCORD_TIME_NONE is the least value: it never wins a maximum, and
   * takes no part in a minimum. */
  for (guint i = 0; i < n_leads; i++)
    {
      gint64 lead_earliest = G_MAXINT64, lead_latest = ACCORD_TIME_NONE;

      for (guint m = 0; m < ACCORD_N_MOMENTS; m++)
        {
          gint64 time = leads[i].moments[m];

          lead_earliest = MIN (lead_earliest, time == ACCORD_TIME_NONE ? G_MAXINT64 : time);
          lead_latest = MAX (lead_latest, time);
        }
      earliest = MIN (earliest, lead_earliest);
      latest = MAX (latest, lead_latest);
    }

  *range = (RangeTally) { earliest, latest };
}

/**
 * accord_metrics_get_month_range:
 * @store: the leads
 * @time_zone: (nullable): the workspace's zone; %NULL for UTC
 * @first_month: (out): the month key of the earliest moment of any lead
 * @last_month: (out): the month key of the latest moment of any lead
 *
 * Returns: %FALSE when no lead has any moment
 */
gboolean
accord_metrics_get_month_range (AccordLeadStore *store,
                                GTimeZone       *time_zone,
                                int             *first_month,
                                int             *last_month)
{
  g_autoptr(AccordZone) zone = NULL;
  RangeTally tallies[MAX_SLICES];
  const AccordLead *leads;
  guint n_leads, n_slices;

  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (store), FALSE);
  g_return_val_if_fail (first_month != NULL, FALSE);
  g_return_val_if_fail (last_month != NULL, FALSE);

  leads = accord_lead_store_get_leads (store, &n_leads);
  n_slices = get_n_slices (n_leads);
  run_slices (leads, n_leads, n_slices, count_range, NULL, tallies, sizeof (RangeTally));
  for (guint i = 1; i < n_slices; i++)
    {
      tallies[0].earliest = MIN (tallies[0].earliest, tallies[i].earliest);
      tallies[0].latest = MAX (tallies[0].latest, tallies[i].latest);
    }

  if (tallies[0].latest == ACCORD_TIME_NONE)
    return FALSE;

  zone = accord_zone_new (time_zone);
  *first_month = accord_zone_month_of (zone, tallies[0].earliest);
  *last_month = accord_zone_month_of (zone, tallies[0].latest);

  return TRUE;
}

/* The month grid's counts, with a spare month after the last one that
 * takes every moment outside the grid: counting needs no branch. */
typedef struct
{
  guint  counts[ACCORD_N_FIGURES];
  int    managed;  /* difference array: +1 where a pool stay begins, −1 after it ends */
  double revenue;
} MonthTally;

typedef struct
{
  AccordAgreement  *agreement;
  const MonthTable *table;
  Timeframes        timeframes;
} GridPass;

static void
count_grid (const AccordLead *leads,
            guint             n_leads,
            gpointer          tally,
            gconstpointer     data)
{
  const GridPass *pass = data;
  const MonthTable *table = pass->table;
  MonthTally *months = tally;
  int n = (int) table->n_months;

  for (guint i = 0; i < n_leads; i++)
    {
      const AccordLead *lead = &leads[i];
      const gint64 *moments = lead->moments;
      guint created = find_month (table, moments[ACCORD_MOMENT_CREATED]);
      guint customer = find_month (table, moments[ACCORD_MOMENT_CUSTOMER]);

      months[created].counts[ACCORD_FIGURE_LEADS_SOURCED]++;
      if (created < table->n_months && accord_agreement_passes_quick_test (pass->agreement, lead))
        months[created].counts[ACCORD_FIGURE_QUALIFIED_LEADS]++;
      months[find_month (table, moments[ACCORD_MOMENT_MQL])].counts[ACCORD_FIGURE_MQLS_CREATED]++;
      months[find_month (table, moments[ACCORD_MOMENT_SQL])].counts[ACCORD_FIGURE_SQLS_CREATED]++;
      months[find_month (table, moments[ACCORD_MOMENT_OPPORTUNITY])].counts[ACCORD_FIGURE_OPPORTUNITIES]++;
      months[customer].counts[ACCORD_FIGURE_CUSTOMERS]++;
      /* Customers are few: a branch costs less than a chain of additions
       * into the spare month. */
      if (customer < table->n_months && !isnan (lead->amount))
        months[customer].revenue += lead->amount;

      /* DESIGN §3: managed in m when MQL ≤ end (m) and exit ≥ start (m),
       * that is in every month from the MQL's to the exit's: a difference
       * array makes that O(1) a lead. */
      if (moments[ACCORD_MOMENT_MQL] != ACCORD_TIME_NONE)
        {
          int from = locate_month (table, moments[ACCORD_MOMENT_MQL]);

          if (from < n)
            {
              int to = locate_month (table, get_exit (pass->agreement, &pass->timeframes, lead));

              from = MAX (from, 0);
              to = MIN (to, n - 1);
              if (from <= to)
                {
                  months[from].managed++;
                  months[to + 1].managed--;
                }
            }
        }
    }
}

/**
 * accord_metrics_month_grid:
 * @store: the leads
 * @agreement: the goals, the Quick Test and the protocols' timeframes
 * @time_zone: (nullable): the zone whose calendar months are counted; %NULL for UTC
 * @first_month: the month key of the first column
 * @last_month: the month key of the last column
 * @now: the present moment, or %ACCORD_TIME_NONE when no month is running
 *
 * Counts every figure of DESIGN §3 for each month from @first_month to
 * @last_month. The month holding @now is the running month: its pace is
 * the goal times the fraction of the month gone by; months after it have
 * not begun (elapsed and pace 0). Events are counted in their month
 * whether or not they fall after @now.
 *
 * Returns: (transfer full) (element-type AccordMonthFigures): one entry per
 *   month; empty when the range is not valid
 */
GArray *
accord_metrics_month_grid (AccordLeadStore *store,
                           AccordAgreement *agreement,
                           GTimeZone       *time_zone,
                           int              first_month,
                           int              last_month,
                           gint64           now)
{
  g_autoptr(AccordZone) zone = NULL;
  g_autoptr(GArray) grid = NULL;
  g_autofree MonthTally *tallies = NULL;
  MonthTable table;
  GridPass pass;
  const AccordLead *leads;
  guint n_leads, n_slices, n;
  int now_index;
  int running = 0;

  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (store), NULL);
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (agreement), NULL);

  grid = g_array_new (FALSE, TRUE, sizeof (AccordMonthFigures));
  if (!check_months (first_month, last_month))
    return g_steal_pointer (&grid);

  zone = accord_zone_new (time_zone);
  init_month_table (&table, zone, first_month, last_month);
  n = table.n_months;
  pass.agreement = agreement;
  pass.table = &table;
  get_timeframes (agreement, &pass.timeframes);

  leads = accord_lead_store_get_leads (store, &n_leads);
  n_slices = get_n_slices (n_leads);
  tallies = g_new0 (MonthTally, n_slices * (n + 1));
  run_slices (leads, n_leads, n_slices, count_grid, &pass, tallies, (n + 1) * sizeof (MonthTally));
  for (guint i = 1; i < n_slices; i++)
    {
      for (guint m = 0; m <= n; m++)
        {
          const MonthTally *other = &tallies[i * (n + 1) + m];

          for (guint f = 0; f < ACCORD_N_FIGURES; f++)
            tallies[m].counts[f] += other->counts[f];
          tallies[m].managed += other->managed;
          tallies[m].revenue += other->revenue;
        }
    }

  g_array_set_size (grid, n);
  /* Months before "now" have gone by, those after it have not begun. */
  now_index = now == ACCORD_TIME_NONE ? (int) n : locate_month (&table, now);
  for (guint m = 0; m < n; m++)
    {
      AccordMonthFigures *figures = &g_array_index (grid, AccordMonthFigures, m);

      running += tallies[m].managed;
      figures->month = first_month + (int) m;
      for (guint f = 0; f < ACCORD_N_FIGURES; f++)
        figures->actual[f] = tallies[m].counts[f];
      figures->actual[ACCORD_FIGURE_MQLS_MANAGED] = running;
      figures->actual[ACCORD_FIGURE_REVENUE] = tallies[m].revenue;

      if ((int) m < now_index)
        figures->elapsed = 1;
      else if ((int) m > now_index)
        figures->elapsed = 0;
      else
        {
          figures->running = TRUE;
          figures->elapsed = (double) (now - table.starts[m]) /
                             (double) (table.starts[m + 1] - table.starts[m]);
        }

      for (guint f = 0; f < ACCORD_N_FIGURES; f++)
        {
          figures->goal[f] = accord_agreement_get_goal (agreement, figures->month, f);
          figures->attainment[f] = divide (figures->actual[f], figures->goal[f]);
          figures->pace[f] = figures->goal[f] * figures->elapsed;
        }
    }

  clear_month_table (&table);

  return g_steal_pointer (&grid);
}

/* Entries by key (owner or source), each slice its own. */
typedef struct
{
  KeyIndex  keys;
  GArray   *entries;
} KeyedTally;

static void
init_keyed_tallies (KeyedTally *tallies,
                    guint       n_tallies,
                    gsize       entry_size)
{
  for (guint i = 0; i < n_tallies; i++)
    {
      init_key_index (&tallies[i].keys);
      tallies[i].entries = g_array_new (FALSE, TRUE, entry_size);
    }
}

/* Returns the entry of @key in @tally, a zeroed one when it is new. */
static inline gpointer
get_entry (KeyedTally *tally,
           const char *key)
{
  gboolean is_new;
  guint index = index_key (&tally->keys, key, &is_new);

  if (is_new)
    g_array_set_size (tally->entries, tally->entries->len + 1);

  return tally->entries->data + (gsize) index * g_array_get_element_size (tally->entries);
}

typedef void (*AddEntryFunc) (gpointer      entry,
                              gconstpointer other);

/* Adds the entries of the other slices into the first, matched by key,
 * and frees them. @key_offset is where an entry keeps its key. */
static void
merge_keyed_tallies (KeyedTally   *tallies,
                     guint         n_tallies,
                     gsize         key_offset,
                     AddEntryFunc  add)
{
  for (guint i = 1; i < n_tallies; i++)
    {
      gsize size = g_array_get_element_size (tallies[i].entries);

      for (guint e = 0; e < tallies[i].entries->len; e++)
        {
          gconstpointer other = tallies[i].entries->data + (gsize) e * size;

          add (get_entry (&tallies[0], G_STRUCT_MEMBER (const char *, other, key_offset)), other);
        }
      clear_key_index (&tallies[i].keys);
      g_array_unref (tallies[i].entries);
    }
  clear_key_index (&tallies[0].keys);
}

typedef struct
{
  AccordAgreement *agreement;
  Timeframes       timeframes;
  int              month;
  gint64           start;
  gint64           end;
  gint64           until;
  gint64           earliest_mql;  /* MQLs before it left the pool before the month */
} SdrPass;

static void
count_sdrs (const AccordLead *leads,
            guint             n_leads,
            gpointer          tally,
            gconstpointer     data)
{
  const SdrPass *pass = data;
  gint64 until = pass->until;

  for (guint i = 0; i < n_leads; i++)
    {
      const AccordLead *lead = &leads[i];
      gint64 mql = lead->moments[ACCORD_MOMENT_MQL];
      gint64 sql = lead->moments[ACCORD_MOMENT_SQL];
      AccordSdrFigures *sdr;

      if (lead->owner == NULL)
        continue;

      sdr = get_entry (tally, lead->owner);
      sdr->owner = lead->owner;

      /* DESIGN §3: the universe is the owned leads that pass the Quick
       * Test, created by T, neither SQL nor closed by T. */
      if ((happened_by (lead->moments[ACCORD_MOMENT_CREATED], until) &
           !happened_by (sql, until) &
           !happened_by (lead->moments[ACCORD_MOMENT_CLOSED], until)) &&
          accord_agreement_passes_quick_test (pass->agreement, lead))
        sdr->universe++;

      if (mql >= pass->earliest_mql && mql <= pass->end)
        {
          gint64 exit = get_exit (pass->agreement, &pass->timeframes, lead);

          /* DESIGN §3: in the MQL pool at T when MQL ≤ T < exit; managed
           * in the month as the grid counts it. */
          sdr->active_mqls += (mql <= until) & (until < exit);
          sdr->mqls_managed += exit >= pass->start;
        }

      sdr->sqls += is_within (sql, pass->start, until);
    }
}

static void
add_sdr (gpointer      entry,
         gconstpointer other)
{
  AccordSdrFigures *sdr = entry;
  const AccordSdrFigures *more = other;

  sdr->owner = more->owner;
  sdr->universe += more->universe;
  sdr->active_mqls += more->active_mqls;
  sdr->sqls += more->sqls;
  sdr->mqls_managed += more->mqls_managed;
}

static int
compare_sdrs (gconstpointer a,
              gconstpointer b)
{
  const AccordSdrFigures *sdr_a = a;
  const AccordSdrFigures *sdr_b = b;

  return g_utf8_collate (sdr_a->owner, sdr_b->owner);
}

static AccordBand
get_band (double value,
          double min,
          double max)
{
  if (value < min)
    return ACCORD_BAND_UNDER;
  if (value > max)
    return ACCORD_BAND_OVER;
  return ACCORD_BAND_IN;
}

/**
 * accord_metrics_sdrs:
 * @store: the leads
 * @agreement: the Quick Test, the timeframes and the SDR capacity
 * @time_zone: (nullable): the workspace's zone; %NULL for UTC
 * @month: the month key
 * @now: the present moment, or %ACCORD_TIME_NONE
 *
 * The figures of DESIGN §3 "Per SDR" for every owner of a lead, measured
 * at T = the last second of @month, or @now when it falls within @month:
 * the universe and the active MQLs at T, the SQLs created from the start
 * of the month to T, and the MQLs managed in the month as the month grid
 * counts them. Leads without an owner are left out. Owners are matched by
 * pointer: this relies on the store interning them
 * (accord_lead_store_intern()), so that one owner is one string.
 *
 * Bands: the universe and the active MQLs against their minimum and
 * maximum; the SQLs are under below the monthly target and in band from it
 * up (more SQLs is never too many); the conversion is under below the
 * agreed rate, else in band, also when there is no rate (nothing managed).
 *
 * Returns: (transfer full) (element-type AccordSdrFigures): one entry per
 *   owner, sorted by name
 */
GArray *
accord_metrics_sdrs (AccordLeadStore *store,
                     AccordAgreement *agreement,
                     GTimeZone       *time_zone,
                     int              month,
                     gint64           now)
{
  g_autoptr(AccordZone) zone = NULL;
  KeyedTally tallies[MAX_SLICES];
  const AccordCapacity *capacity;
  const AccordLead *leads;
  GArray *sdrs;
  SdrPass pass;
  guint n_leads, n_slices;

  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (store), NULL);
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (agreement), NULL);

  if (!check_months (month, month))
    return g_array_new (FALSE, TRUE, sizeof (AccordSdrFigures));

  zone = accord_zone_new (time_zone);
  pass.agreement = agreement;
  get_timeframes (agreement, &pass.timeframes);
  pass.month = month;
  pass.start = accord_zone_month_start (zone, month);
  pass.end = accord_zone_month_end (zone, month);
  pass.until = get_measure_time (zone, month, now);
  /* exit ≤ MQL + the longest timeframe: an MQL further back than that
   * left the pool before the month began, and needs no exit worked out. */
  pass.earliest_mql = pass.start - pass.timeframes.longest;

  leads = accord_lead_store_get_leads (store, &n_leads);
  n_slices = get_n_slices (n_leads);
  init_keyed_tallies (tallies, n_slices, sizeof (AccordSdrFigures));
  run_slices (leads, n_leads, n_slices, count_sdrs, &pass, tallies, sizeof (KeyedTally));
  merge_keyed_tallies (tallies, n_slices, G_STRUCT_OFFSET (AccordSdrFigures, owner), add_sdr);
  sdrs = tallies[0].entries;

  capacity = accord_agreement_get_capacity (agreement);
  for (guint i = 0; i < sdrs->len; i++)
    {
      AccordSdrFigures *sdr = &g_array_index (sdrs, AccordSdrFigures, i);

      sdr->month = month;
      sdr->mql_conversion = divide (sdr->sqls, sdr->mqls_managed);
      sdr->universe_band = get_band (sdr->universe, capacity->universe_min, capacity->universe_max);
      sdr->active_band = get_band (sdr->active_mqls, capacity->active_min, capacity->active_max);
      sdr->sqls_band = get_band (sdr->sqls, capacity->sqls_per_month, INFINITY);
      sdr->conversion_band = get_band (sdr->mql_conversion, capacity->mql_conversion, INFINITY);
    }

  g_array_sort (sdrs, compare_sdrs);

  return sdrs;
}

typedef struct
{
  AccordAgreement  *agreement;
  gint64            start;
  gint64            end;
  AccordFunnelMode  mode;
  AccordField       by;
} FunnelPass;

/* The stages a lead counts in, as bits of AccordStage (DESIGN §3). */
static inline guint
get_lead_stages (const FunnelPass *pass,
                 const AccordLead *lead)
{
  gboolean created = is_within (lead->moments[ACCORD_MOMENT_CREATED], pass->start, pass->end);
  guint stages = 0;

  if (pass->mode == ACCORD_FUNNEL_COHORT)
    {
      for (guint s = ACCORD_STAGE_MQL; s < ACCORD_N_STAGES; s++)
        stages |= (guint) (lead->moments[stage_moments[s - ACCORD_STAGE_MQL]] != ACCORD_TIME_NONE) << s;
      /* Only the period's leads: a mask, not a branch. */
      stages &= 0u - (guint) created;
    }
  else
    {
      for (guint s = ACCORD_STAGE_MQL; s < ACCORD_N_STAGES; s++)
        stages |= (guint) is_within (lead->moments[stage_moments[s - ACCORD_STAGE_MQL]],
                                     pass->start, pass->end) << s;
    }

  if (created)
    {
      stages |= 1 << ACCORD_STAGE_LEADS;
      if (accord_agreement_passes_quick_test (pass->agreement, lead))
        stages |= 1 << ACCORD_STAGE_QUALIFIED;
    }

  return stages;
}

static inline void
add_lead_stages (guint *counts,
                 guint  stages)
{
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    counts[s] += (stages >> s) & 1;
}

static void
count_funnel (const AccordLead *leads,
              guint             n_leads,
              gpointer          tally,
              gconstpointer     data)
{
  guint counts[ACCORD_N_STAGES] = { 0, };

  for (guint i = 0; i < n_leads; i++)
    add_lead_stages (counts, get_lead_stages (data, &leads[i]));

  memcpy (tally, counts, sizeof counts);
}

static void
fill_funnel (AccordFunnel *funnel,
             const char   *key,
             const guint  *counts,
             const double *goals)
{
  funnel->key = key;
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      AccordFunnelStage *stage = &funnel->stages[s];

      stage->count = counts[s];
      stage->from_first = divide (counts[s], counts[ACCORD_STAGE_LEADS]);
      stage->goal = goals != NULL ? goals[s] : NAN;
      if (s == 0)
        {
          /* The first stage has no stage before it. */
          stage->from_previous = NAN;
          stage->drop_off = 0;
        }
      else
        {
          stage->from_previous = divide (counts[s], counts[s - 1]);
          stage->drop_off = counts[s - 1] > counts[s] ? counts[s - 1] - counts[s] : 0;
        }
    }
}

/**
 * accord_metrics_funnel:
 * @store: the leads
 * @agreement: the Quick Test and the goals
 * @time_zone: (nullable): the workspace's zone; %NULL for UTC
 * @first_month: the month key the period begins with
 * @last_month: the month key the period ends with
 * @mode: period or cohort counting
 * @funnel: (out caller-allocates): the funnel, with a %NULL key
 *
 * The funnel of DESIGN §3 over the months @first_month to @last_month.
 * A stage's goal is the sum of its figure's goals over the period, NAN
 * when a month has none. The first stage's conversion from the previous
 * stage is NAN: there is none.
 */
void
accord_metrics_funnel (AccordLeadStore  *store,
                       AccordAgreement  *agreement,
                       GTimeZone        *time_zone,
                       int               first_month,
                       int               last_month,
                       AccordFunnelMode  mode,
                       AccordFunnel     *funnel)
{
  g_autoptr(AccordZone) zone = NULL;
  guint tallies[MAX_SLICES][ACCORD_N_STAGES];
  double goals[ACCORD_N_STAGES] = { 0 };
  const AccordLead *leads;
  FunnelPass pass;
  guint n_leads, n_slices;

  g_return_if_fail (ACCORD_IS_LEAD_STORE (store));
  g_return_if_fail (ACCORD_IS_AGREEMENT (agreement));
  g_return_if_fail (funnel != NULL);

  if (!check_months (first_month, last_month))
    {
      static const guint none[ACCORD_N_STAGES] = { 0, };

      fill_funnel (funnel, NULL, none, NULL);
      return;
    }

  zone = accord_zone_new (time_zone);
  pass = (FunnelPass) {
    .agreement = agreement,
    .start = accord_zone_month_start (zone, first_month),
    .end = accord_zone_month_end (zone, last_month),
    .mode = mode,
  };

  leads = accord_lead_store_get_leads (store, &n_leads);
  n_slices = get_n_slices (n_leads);
  run_slices (leads, n_leads, n_slices, count_funnel, &pass, tallies, sizeof tallies[0]);
  for (guint i = 1; i < n_slices; i++)
    for (guint s = 0; s < ACCORD_N_STAGES; s++)
      tallies[0][s] += tallies[i][s];

  /* A NAN goal in any month makes the sum NAN. */
  for (int month = first_month; month <= last_month; month++)
    for (guint s = 0; s < ACCORD_N_STAGES; s++)
      goals[s] += accord_agreement_get_goal (agreement, month, stage_figures[s]);

  fill_funnel (funnel, NULL, tallies[0], goals);
}

typedef struct
{
  const char *key;
  guint       counts[ACCORD_N_STAGES];
} KeyCounts;

static void
count_breakdown (const AccordLead *leads,
                 guint             n_leads,
                 gpointer          tally,
                 gconstpointer     data)
{
  const FunnelPass *pass = data;

  for (guint i = 0; i < n_leads; i++)
    {
      const AccordLead *lead = &leads[i];
      guint stages = get_lead_stages (pass, lead);
      const char *key;
      KeyCounts *entry;

      if (stages == 0)
        continue;

      key = pass->by == ACCORD_FIELD_OWNER ? lead->owner : lead->source;
      entry = get_entry (tally, key);
      entry->key = key;
      add_lead_stages (entry->counts, stages);
    }
}

static void
add_key_counts (gpointer      entry,
                gconstpointer other)
{
  KeyCounts *counts = entry;
  const KeyCounts *more = other;

  counts->key = more->key;
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    counts->counts[s] += more->counts[s];
}

/* By collation, with the leads without a key last. */
static int
compare_keys (const char *a,
              const char *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);

  return g_utf8_collate (a, b);
}

static int
compare_funnels (gconstpointer a,
                 gconstpointer b)
{
  return compare_keys (((const AccordFunnel *) a)->key, ((const AccordFunnel *) b)->key);
}

/**
 * accord_metrics_funnel_breakdown:
 * @store: the leads
 * @agreement: the Quick Test
 * @time_zone: (nullable): the workspace's zone; %NULL for UTC
 * @first_month: the month key the period begins with
 * @last_month: the month key the period ends with
 * @mode: period or cohort counting
 * @by: %ACCORD_FIELD_OWNER or %ACCORD_FIELD_SOURCE
 *
 * The funnel of accord_metrics_funnel() for each owner or source among the
 * leads it counts. The agreement's goals are the team's, so a breakdown's
 * stages have no goal (NAN).
 *
 * Returns: (transfer full) (element-type AccordFunnel): one funnel per key,
 *   sorted by key, the leads without one (a %NULL key) last
 */
GArray *
accord_metrics_funnel_breakdown (AccordLeadStore  *store,
                                 AccordAgreement  *agreement,
                                 GTimeZone        *time_zone,
                                 int               first_month,
                                 int               last_month,
                                 AccordFunnelMode  mode,
                                 AccordField       by)
{
  g_autoptr(AccordZone) zone = NULL;
  g_autoptr(GArray) funnels = NULL;
  KeyedTally tallies[MAX_SLICES];
  const AccordLead *leads;
  FunnelPass pass;
  GArray *keys;
  guint n_leads, n_slices;

  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (store), NULL);
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (by == ACCORD_FIELD_OWNER || by == ACCORD_FIELD_SOURCE, NULL);

  funnels = g_array_new (FALSE, TRUE, sizeof (AccordFunnel));
  if (!check_months (first_month, last_month))
    return g_steal_pointer (&funnels);

  zone = accord_zone_new (time_zone);
  pass = (FunnelPass) {
    .agreement = agreement,
    .start = accord_zone_month_start (zone, first_month),
    .end = accord_zone_month_end (zone, last_month),
    .mode = mode,
    .by = by,
  };

  leads = accord_lead_store_get_leads (store, &n_leads);
  n_slices = get_n_slices (n_leads);
  init_keyed_tallies (tallies, n_slices, sizeof (KeyCounts));
  run_slices (leads, n_leads, n_slices, count_breakdown, &pass, tallies, sizeof (KeyedTally));
  merge_keyed_tallies (tallies, n_slices, G_STRUCT_OFFSET (KeyCounts, key), add_key_counts);
  keys = tallies[0].entries;

  g_array_set_size (funnels, keys->len);
  for (guint i = 0; i < keys->len; i++)
    {
      const KeyCounts *key_counts = &g_array_index (keys, KeyCounts, i);

      fill_funnel (&g_array_index (funnels, AccordFunnel, i), key_counts->key, key_counts->counts, NULL);
    }
  g_array_unref (keys);
  g_array_sort (funnels, compare_funnels);

  return g_steal_pointer (&funnels);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
get_median (GArray *values)
{
  guint n = values->len;

  if (n == 0)
    return NAN;

  g_array_sort (values, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (values, double, n / 2);

  return (g_array_index (values, double, n / 2 - 1) + g_array_index (values, double, n / 2)) / 2;
}

/* What the export has at all, over every lead: a KPI whose fields no lead
 * has is not available. */
typedef struct
{
  gboolean created;
  gboolean mql;
  gboolean sql;
  gboolean opportunity;
  gboolean customer;
  gboolean touches;       /* a touch count or a first touch */
  gboolean touch_counts;
  gboolean amount;
  gboolean mql_and_sql;
} Fields;

static void
find_fields (AccordLeadStore *store,
             Fields          *fields)
{
  guint n_leads;
  const AccordLead *leads = accord_lead_store_get_leads (store, &n_leads);

  *fields = (Fields) { FALSE, };
  for (guint i = 0; i < n_leads; i++)
    {
      const AccordLead *lead = &leads[i];
      const gint64 *moments = lead->moments;

      fields->created |= moments[ACCORD_MOMENT_CREATED] != ACCORD_TIME_NONE;
      fields->mql |= moments[ACCORD_MOMENT_MQL] != ACCORD_TIME_NONE;
      fields->sql |= moments[ACCORD_MOMENT_SQL] != ACCORD_TIME_NONE;
      fields->opportunity |= moments[ACCORD_MOMENT_OPPORTUNITY] != ACCORD_TIME_NONE;
      fields->customer |= moments[ACCORD_MOMENT_CUSTOMER] != ACCORD_TIME_NONE;
      fields->touches |= lead->touches >= 0 || moments[ACCORD_MOMENT_FIRST_TOUCH] != ACCORD_TIME_NONE;
      fields->touch_counts |= lead->touches >= 0;
      fields->amount |= !isnan (lead->amount);
      fields->mql_and_sql |= moments[ACCORD_MOMENT_MQL] != ACCORD_TIME_NONE &&
                             moments[ACCORD_MOMENT_SQL] != ACCORD_TIME_NONE;
    }
}

static void
set_kpi (AccordKpiValue *value,
         gboolean        available,
         double          number)
{
  value->available = available;
  value->value = available ? number : NAN;
}

/* DESIGN §4 for one month, measured up to T (get_measure_time()). */
static void
compute_kpis (AccordLeadStore *store,
              AccordAgreement *agreement,
              AccordZone      *zone,
              const Fields    *fields,
              int              month,
              gint64           now,
              AccordKpiValue  *values)
{
  g_autoptr(GArray) touches = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 start = accord_zone_month_start (zone, month);
  gint64 until = get_measure_time (zone, month, now);
  gint64 before_start = accord_zone_month_start (zone, month - 1);
  gint64 before_until = get_measure_time (zone, month - 1, now);
  gint64 year_start = accord_zone_month_start (zone, month - 11);
  guint qualified = 0, qualified_before = 0;
  guint mqls = 0, contacted = 0, sqls = 0, opportunities = 0, customers = 0;
  guint open = 0, won = 0, lost = 0, n_amounts = 0, n_cycles = 0;
  double sql_value = 0, amounts = 0, cycles = 0;
  double deal_value, win_rate, cycle_days;
  guint n_leads;
  const AccordLead *leads = accord_lead_store_get_leads (store, &n_leads);

  for (guint i = 0; i < n_leads; i++)
    {
      const AccordLead *lead = &leads[i];
      const gint64 *moments = lead->moments;
      gint64 created = moments[ACCORD_MOMENT_CREATED];
      gint64 mql = moments[ACCORD_MOMENT_MQL];
      gint64 sql = moments[ACCORD_MOMENT_SQL];
      gint64 opportunity = moments[ACCORD_MOMENT_OPPORTUNITY];
      gint64 customer = moments[ACCORD_MOMENT_CUSTOMER];
      gint64 closed = moments[ACCORD_MOMENT_CLOSED];

      if ((is_within (created, start, until) || is_within (created, before_start, before_until)) &&
          accord_agreement_passes_quick_test (agreement, lead))
        {
          if (created >= start)
            qualified++;
          else
            qualified_before++;
        }

      if (is_within (mql, start, until))
        {
          mqls++;
          if (lead->touches > 0 || happened_by (moments[ACCORD_MOMENT_FIRST_TOUCH], until))
            contacted++;
        }

      if (is_within (sql, start, until))
        {
          sqls++;
          if (!isnan (lead->amount))
            sql_value += lead->amount;
          if (lead->touches >= 0)
            {
              double count = lead->touches;

              g_array_append_val (touches, count);
            }
          if (mql != ACCORD_TIME_NONE && mql <= sql)
            {
              double elapsed = (double) (sql - mql) / SECONDS_PER_DAY;

              g_array_append_val (days, elapsed);
            }
        }

      if (is_within (opportunity, start, until))
        opportunities++;
      if (is_within (customer, start, until))
        customers++;

      /* Sales velocity: open opportunities at T, and the wins and losses
       * of the twelve months ending with this one. */
      if (happened_by (opportunity, until) && !happened_by (customer, until) &&
          !happened_by (closed, until))
        open++;

      if (is_within (customer, year_start, until))
        {
          won++;
          if (!isnan (lead->amount))
            {
              amounts += lead->amount;
              n_amounts++;
            }
          if (created != ACCORD_TIME_NONE)
            {
              cycles += (double) (customer - created) / SECONDS_PER_DAY;
              n_cycles++;
            }
        }
      else if (customer == ACCORD_TIME_NONE && is_within (closed, year_start, until) &&
               happened_by (opportunity, closed))
        lost++;
    }

  /* DESIGN §4: lead velocity rate, the growth of qualified leads. */
  set_kpi (&values[ACCORD_KPI_LEAD_VELOCITY], fields->created,
           divide ((double) qualified - qualified_before, qualified_before));
  set_kpi (&values[ACCORD_KPI_CONTACT_RATE], fields->mql && fields->touches,
           divide (contacted, mqls));
  /* No export field carries conversations yet. */
  set_kpi (&values[ACCORD_KPI_CONVERSATION_RATE], FALSE, NAN);
  set_kpi (&values[ACCORD_KPI_TOUCHES_TO_SQL], fields->sql && fields->touch_counts,
           get_median (touches));
  set_kpi (&values[ACCORD_KPI_SQL_VALUE], fields->sql && fields->amount, sql_value);
  set_kpi (&values[ACCORD_KPI_TIME_MQL_TO_SQL], fields->mql_and_sql, get_median (days));
  set_kpi (&values[ACCORD_KPI_MQL_TO_SQL], fields->mql && fields->sql, divide (sqls, mqls));
  set_kpi (&values[ACCORD_KPI_MQL_TO_OPPORTUNITY], fields->mql && fields->opportunity,
           divide (opportunities, mqls));
  set_kpi (&values[ACCORD_KPI_MQL_TO_CUSTOMER], fields->mql && fields->customer,
           divide (customers, mqls));

  /* DESIGN §4: sales velocity = open opportunities × average deal value ×
   * win rate / average cycle days, money per day. */
  deal_value = divide (amounts, n_amounts);
  win_rate = divide (won, won + lost);
  cycle_days = divide (cycles, n_cycles);
  set_kpi (&values[ACCORD_KPI_SALES_VELOCITY], n_amounts > 0,
           cycle_days > 0 ? open * deal_value * win_rate / cycle_days : NAN);
}

/**
 * accord_metrics_kpis:
 * @store: the leads
 * @agreement: the Quick Test and the goals
 * @time_zone: (nullable): the workspace's zone; %NULL for UTC
 * @month: the month key
 * @now: the present moment, or %ACCORD_TIME_NONE
 * @values: (array fixed-size=10) (out caller-allocates): one value per
 *   #AccordKpi, in the enum's order
 *
 * The KPIs of DESIGN §4 for @month, counting events from its start up to
 * its end, or up to @now when it falls within the month. Each also has its
 * value for the month before.
 *
 * A KPI is available when the export has the fields it needs at all (some
 * lead has them); its value is still NAN in a month where it divides by
 * zero. The conversation rate is never available: no export field carries
 * conversations yet. Sales velocity is available only when customers with
 * an amount were won in the twelve months ending with @month; a lead
 * closed after its opportunity, without a customer date, counts as lost.
 *
 * Only MQL:SQL has a goal: the month's SQLs-created goal over its
 * MQLs-created goal.
 */
void
accord_metrics_kpis (AccordLeadStore *store,
                     AccordAgreement *agreement,
                     GTimeZone       *time_zone,
                     int              month,
                     gint64           now,
                     AccordKpiValue  *values)
{
  g_autoptr(AccordZone) zone = NULL;
  AccordKpiValue previous[ACCORD_N_KPIS];
  Fields fields;

  g_return_if_fail (ACCORD_IS_LEAD_STORE (store));
  g_return_if_fail (ACCORD_IS_AGREEMENT (agreement));
  g_return_if_fail (values != NULL);

  for (guint k = 0; k < ACCORD_N_KPIS; k++)
    values[k] = (AccordKpiValue) { .kpi = k, .available = FALSE,
                                   .value = NAN, .previous = NAN, .goal = NAN };

  /* The previous month's lead velocity looks two months back, its sales
   * velocity twelve. */
  if (!check_months (month - 12, month))
    return;

  zone = accord_zone_new (time_zone);
  find_fields (store, &fields);
  compute_kpis (store, agreement, zone, &fields, month, now, values);
  compute_kpis (store, agreement, zone, &fields, month - 1, now, previous);

  for (guint k = 0; k < ACCORD_N_KPIS; k++)
    values[k].previous = previous[k].value;

  values[ACCORD_KPI_MQL_TO_SQL].goal =
    divide (accord_agreement_get_goal (agreement, month, ACCORD_FIGURE_SQLS_CREATED),
            accord_agreement_get_goal (agreement, month, ACCORD_FIGURE_MQLS_CREATED));
}

/* Only the period of @data matters. */
static void
count_sources (const AccordLead *leads,
               guint             n_leads,
               gpointer          tally,
               gconstpointer     data)
{
  const FunnelPass *pass = data;

  for (guint i = 0; i < n_leads; i++)
    {
      AccordSourceCount *count;

      if (!is_within (leads[i].moments[ACCORD_MOMENT_CREATED], pass->start, pass->end))
        continue;

      count = get_entry (tally, leads[i].source);
      count->source = leads[i].source;
      count->leads++;
    }
}

static void
add_source_count (gpointer      entry,
                  gconstpointer other)
{
  AccordSourceCount *count = entry;
  const AccordSourceCount *more = other;

  count->source = more->source;
  count->leads += more->leads;
}

static int
compare_source_counts (gconstpointer a,
                       gconstpointer b)
{
  const AccordSourceCount *count_a = a;
  const AccordSourceCount *count_b = b;

  if ((count_a->source == NULL) != (count_b->source == NULL))
    return compare_keys (count_a->source, count_b->source);
  if (count_a->leads != count_b->leads)
    return count_a->leads > count_b->leads ? -1 : 1;

  return compare_keys (count_a->source, count_b->source);
}

/**
 * accord_metrics_leads_per_source:
 * @store: the leads
 * @time_zone: (nullable): the workspace's zone; %NULL for UTC
 * @first_month: the month key the period begins with
 * @last_month: the month key the period ends with
 *
 * The leads created in the period, per source (DESIGN §4).
 *
 * Returns: (transfer full) (element-type AccordSourceCount): the sources
 *   with leads, most leads first, ties by name; the leads without a source
 *   (a %NULL source) last
 */
GArray *
accord_metrics_leads_per_source (AccordLeadStore *store,
                                 GTimeZone       *time_zone,
                                 int              first_month,
                                 int              last_month)
{
  g_autoptr(AccordZone) zone = NULL;
  KeyedTally tallies[MAX_SLICES];
  const AccordLead *leads;
  FunnelPass pass;
  GArray *sources;
  guint n_leads, n_slices;

  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (store), NULL);

  if (!check_months (first_month, last_month))
    return g_array_new (FALSE, TRUE, sizeof (AccordSourceCount));

  zone = accord_zone_new (time_zone);
  pass = (FunnelPass) {
    .start = accord_zone_month_start (zone, first_month),
    .end = accord_zone_month_end (zone, last_month),
  };

  leads = accord_lead_store_get_leads (store, &n_leads);
  n_slices = get_n_slices (n_leads);
  init_keyed_tallies (tallies, n_slices, sizeof (AccordSourceCount));
  run_slices (leads, n_leads, n_slices, count_sources, &pass, tallies, sizeof (KeyedTally));
  merge_keyed_tallies (tallies, n_slices, G_STRUCT_OFFSET (AccordSourceCount, source), add_source_count);
  sources = tallies[0].entries;

  g_array_sort (sources, compare_source_counts);

  return sources;
}

/**
 * accord_metrics_leads_per_hour:
 * @store: the leads
 * @agreement: the agreement whose hours of effort count
 * @time_zone: (nullable): the workspace's zone; %NULL for UTC
 * @first_month: the month key the period begins with
 * @last_month: the month key the period ends with
 *
 * Leads per hour of effort per marketing asset (DESIGN §4): the leads
 * created in the period whose source is the asset, over the hours the
 * agreement enters for it a month, times the period's months.
 *
 * Returns: (transfer full) (element-type AccordAssetEffort): one entry per
 *   asset of the agreement, in its order; empty when it enters no hours
 */
GArray *
accord_metrics_leads_per_hour (AccordLeadStore *store,
                               AccordAgreement *agreement,
                               GTimeZone       *time_zone,
                               int              first_month,
                               int              last_month)
{
  g_autoptr(GArray) sources = NULL;
  GArray *efforts;
  guint n_assets;

  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (store), NULL);
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (agreement), NULL);

  n_assets = accord_agreement_get_n_assets (agreement);
  efforts = g_array_sized_new (FALSE, TRUE, sizeof (AccordAssetEffort), n_assets);
  if (n_assets == 0 || !check_months (first_month, last_month))
    return efforts;

  sources = accord_metrics_leads_per_source (store, time_zone, first_month, last_month);
  for (guint i = 0; i < n_assets; i++)
    {
      AccordAssetEffort effort = {
        .asset = accord_agreement_get_asset_name (agreement, i),
        .hours = accord_agreement_get_asset_hours (agreement, i) * (last_month - first_month + 1),
      };

      for (guint j = 0; j < sources->len; j++)
        {
          const AccordSourceCount *count = &g_array_index (sources, AccordSourceCount, j);

          if (g_strcmp0 (count->source, effort.asset) == 0)
            effort.leads = count->leads;
        }

      effort.leads_per_hour = effort.leads / effort.hours;
      g_array_append_val (efforts, effort);
    }

  return efforts;
}
