/* accord-bench.c: import and figure timings on large HubSpot exports
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For each size, writes (or reuses) a --wide export made by
 * accord-generate, times libcsv alone on it, then imports it in a forked
 * child, so that the child's peak RSS is the import's own, and times the
 * figures on the imported store there. Run with `ninja -C build bench`.
 */

#define G_LOG_DOMAIN "accord-bench"

#include "config.h"

#include "accord-agreement.h"
#include "accord-flags.h"
#include "accord-importer.h"
#include "accord-metrics.h"
#include "accord-zone.h"

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define READ_SIZE         (64 * 1024)
#define N_FIGURE_RUNS     5
#define BYTES_PER_MB      1e6
#define BYTES_PER_MIB     1048576.0
#define TARGET_RATIO      1.3
#define TARGET_RSS_MIB    300.0   /* for a million leads */
#define TARGET_FIGURE_MS  50.0
#define WINDOW_SECONDS    (7 * 86400)
#define TIME_ZONE         "Europe/Berlin"

typedef enum
{
  FIGURE_GRID,
  FIGURE_SDRS,
  FIGURE_FUNNELS,
  FIGURE_FLAGS,
  N_FIGURES
} Figure;

static const char * const figure_names[N_FIGURES] = { "grid", "sdrs", "funnels", "flags" };

/* Both clocks. The ratio to libcsv is taken on the wall clock, the time a
 * user waits, in which the import's second thread counts; CPU time, less
 * disturbed when the machine is shared, is printed beside it. */
typedef struct
{
  double wall;  /* seconds */
  double cpu;   /* seconds of CPU, user and system, of this process */
} Duration;

/* What the child sends back through a pipe; both ends are this program. */
typedef struct
{
  gboolean ok;
  char     message[1024];  /* the error when not ok */
  Duration import;
  guint    n_rows;
  guint    n_leads;
  guint    n_skipped;
  double   store_mib;
  double   hwm_mib;        /* VmHWM of /proc/self/status */
  double   figure_ms[N_FIGURES];
  guint    n_months;
  guint    n_flags;
} ImportResult;

typedef struct
{
  AccordLeadStore *store;
  AccordAgreement *agreement;
  GTimeZone       *time_zone;
  gint64           now;
  int              month;
} Scene;

typedef struct
{
  char         *path;
  guint         n_rows;
  double        megabytes;
  gboolean      csv_ok;
  Duration      csv;          /* the best run of each clock */
  guint         csv_records;
  ImportResult  import;       /* best times, highest peak */
  double        maxrss_mib;   /* ru_maxrss of the child, from wait4 () */
  char         *failure;      /* why the import was not measured */
} Measurement;

static void
measurement_clear (Measurement *m)
{
  g_clear_pointer (&m->path, g_free);
  g_clear_pointer (&m->failure, g_free);
}

static double
get_seconds (void)
{
  return (double) g_get_monotonic_time () / G_USEC_PER_SEC;
}

static void
read_clocks (Duration *now)
{
  struct timespec cpu;

  now->wall = get_seconds ();
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu);
  now->cpu = (double) cpu.tv_sec + (double) cpu.tv_nsec / 1e9;
}

/* Turns @duration, read with read_clocks() at the start, into the time
 * elapsed since. */
static void
stop_clocks (Duration *duration)
{
  Duration now;

  read_clocks (&now);
  duration->wall = now.wall - duration->wall;
  duration->cpu = now.cpu - duration->cpu;
}

static void
keep_best (Duration       *best,
           const Duration *duration)
{
  best->wall = MIN (best->wall, duration->wall);
  best->cpu = MIN (best->cpu, duration->cpu);
}

static char *
get_size_label (guint n_rows)
{
  if (n_rows >= 1000000 && n_rows % 1000000 == 0)
    return g_strdup_printf ("%uM", n_rows / 1000000);
  if (n_rows >= 1000 && n_rows % 1000 == 0)
    return g_strdup_printf ("%uk", n_rows / 1000);
  return g_strdup_printf ("%u", n_rows);
}

/* Reuses a file made earlier with the same arguments by a generator that
 * has not been rebuilt since. */
static gboolean
ensure_export (const char  *generator,
               const char  *path,
               guint        n_rows,
               gint64       seed,
               GError     **error)
{
  g_autofree char *rows = g_strdup_printf ("%u", n_rows);
  g_autofree char *seed_text = g_strdup_printf ("%" G_GINT64_FORMAT, seed);
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  g_autofree char *stamp_path = g_strconcat (path, ".args", NULL);
  g_autofree char *stamp = NULL;
  g_autofree char *old_stamp = NULL;
  const char *argv[] = {
    generator, "--wide", "--rows", rows, "--seed", seed_text, "-o", partial, NULL
  };
  GStatBuf file_stat;
  GStatBuf generator_stat;
  int wait_status;
  double start;

  stamp = g_strjoinv (" ", (char **) argv + 1);
  if (g_stat (path, &file_stat) == 0 &&
      g_stat (generator, &generator_stat) == 0 &&
      generator_stat.st_mtime <= file_stat.st_mtime &&
      g_file_get_contents (stamp_path, &old_stamp, NULL, NULL) &&
      g_str_equal (old_stamp, stamp))
    return TRUE;

  g_printerr ("accord-bench: writing %s (%u rows) ... ", path, n_rows);
  start = get_seconds ();
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                     &wait_status, error) ||
      !g_spawn_check_wait_status (wait_status, error))
    {
      g_printerr ("\n");
      g_prefix_error (error, "%s: ", generator);
      return FALSE;
    }
  g_printerr ("%.1f s\n", get_seconds () - start);

  if (g_rename (partial, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }

  return g_file_set_contents (stamp_path, stamp, -1, error);
}

/* Reads the file once so that libcsv and the import both find it in the
 * page cache. */
static gboolean
warm_cache (const char  *path,
            GError     **error)
{
  g_autofree char *buffer = g_malloc (READ_SIZE);
  int fd = g_open (path, O_RDONLY, 0);
  gssize n;

  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }

  while ((n = read (fd, buffer, READ_SIZE)) > 0)
    ;
  close (fd);
  return TRUE;
}

static void
ignore_field_cb (void   *field,
                 size_t  length,
                 void   *user_data)
{
}

static void
count_record_cb (int   terminator,
                 void *user_data)
{
  guint *n_records = user_data;

  (*n_records)++;
}

/* libcsv alone, as the importer would call it at best: default options,
 * 64 KiB reads, callbacks that do nothing. */
static gboolean
time_libcsv (const char  *path,
             Duration    *duration,
             guint       *n_records,
             GError     **error)
{
  g_autofree char *buffer = g_malloc (READ_SIZE);
  struct csv_parser parser;
  gboolean ok = TRUE;
  gssize n;
  int fd;

  read_clocks (duration);
  *n_records = 0;
  fd = g_open (path, O_RDONLY, 0);
  if (fd < 0 || csv_init (&parser, 0) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }

  while (ok && (n = read (fd, buffer, READ_SIZE)) > 0)
    {
      gsize parsed = csv_parse (&parser, buffer, (size_t) n,
                                ignore_field_cb, count_record_cb, n_records);

      if (parsed != (gsize) n)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: libcsv: %s",
                       path, csv_strerror (csv_error (&parser)));
          ok = FALSE;
        }
    }
  if (ok && csv_fini (&parser, ignore_field_cb, count_record_cb, n_records) != 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: libcsv: %s",
                   path, csv_strerror (csv_error (&parser)));
      ok = FALSE;
    }
  csv_free (&parser);
  close (fd);

  stop_clocks (duration);
  return ok;
}

static void
compute_figure (Scene  *scene,
                Figure  figure,
                guint  *n_items)
{
  switch (figure)
    {
    case FIGURE_GRID:
      {
        int first_month;
        int last_month;

        *n_items = 0;
        if (accord_metrics_get_month_range (scene->store, scene->time_zone,
                                            &first_month, &last_month))
          {
            g_autoptr(GArray) grid = accord_metrics_month_grid (scene->store, scene->agreement,
                                                                scene->time_zone, first_month,
                                                                last_month, scene->now);

            *n_items = grid->len;
          }
      }
      break;

    case FIGURE_SDRS:
      {
        g_autoptr(GArray) sdrs = accord_metrics_sdrs (scene->store, scene->agreement,
                                                      scene->time_zone, scene->month, scene->now);

        *n_items = sdrs->len;
      }
      break;

    case FIGURE_FUNNELS:
      {
        AccordFunnel period;
        AccordFunnel cohort;

        /* The last quarter: the month of "now" and the two before it. */
        accord_metrics_funnel (scene->store, scene->agreement, scene->time_zone,
                               scene->month - 2, scene->month, ACCORD_FUNNEL_PERIOD, &period);
        accord_metrics_funnel (scene->store, scene->agreement, scene->time_zone,
                               scene->month - 2, scene->month, ACCORD_FUNNEL_COHORT, &cohort);
        *n_items = period.stages[ACCORD_STAGE_LEADS].count +
                   cohort.stages[ACCORD_STAGE_LEADS].count;
      }
      break;

    case FIGURE_FLAGS:
      {
        g_autoptr(GArray) flags = accord_flags_compute (scene->store, scene->agreement, scene->now);
        g_autoptr(GArray) queue = accord_flags_in_window (flags, scene->now, WINDOW_SECONDS);

        *n_items = queue->len;
      }
      break;

    case N_FIGURES:
    default:
      g_assert_not_reached ();
    }
}

/* The best of a few runs: the figures are recomputed on every change in
 * the UI, so the warm case is the one that matters. */
static double
time_figure (Scene  *scene,
             Figure  figure,
             guint  *n_items)
{
  double best = G_MAXDOUBLE;

  for (guint run = 0; run < N_FIGURE_RUNS; run++)
    {
      double start = get_seconds ();

      compute_figure (scene, figure, n_items);
      best = MIN (best, get_seconds () - start);
    }

  return best * 1000;
}

static double
read_peak_rss_mib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  if (line == NULL)
    return -1;

  return g_ascii_strtod (line + strlen ("VmHWM:"), NULL) * 1024 / BYTES_PER_MIB;
}

/* Runs in the child: everything the import allocates counts there. */
static void
run_import (const char   *path,
            ImportResult *result)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GTimeZone) time_zone = g_time_zone_new_identifier (TIME_ZONE);
  g_autoptr(AccordImporter) importer = NULL;
  g_autoptr(AccordAgreement) agreement = NULL;
  g_autoptr(AccordZone) zone = NULL;
  g_autoptr(GError) error = NULL;
  AccordLeadStore *store;
  GArray *skipped;
  Scene scene;
  guint n_items;

  read_clocks (&result->import);
  importer = accord_importer_new (file);
  accord_importer_set_time_zone (importer, time_zone);
  if (!accord_importer_run (importer, NULL, &error))
    {
      g_strlcpy (result->message, error->message, sizeof result->message);
      return;
    }
  stop_clocks (&result->import);
  result->hwm_mib = read_peak_rss_mib ();

  store = accord_importer_get_store (importer);
  skipped = accord_importer_get_skipped (importer);
  result->n_rows = accord_importer_get_n_rows (importer);
  result->n_leads = accord_lead_store_get_n_leads (store);
  result->n_skipped = skipped != NULL ? skipped->len : 0;
  result->store_mib = (double) accord_lead_store_get_memory (store) / BYTES_PER_MIB;

  zone = accord_zone_new (time_zone);
  agreement = accord_agreement_new ();
  scene.store = store;
  scene.agreement = agreement;
  scene.time_zone = time_zone;
  scene.now = accord_lead_store_get_latest (store);
  if (scene.now == ACCORD_TIME_NONE)
    {
      g_snprintf (result->message, sizeof result->message, "%s: no lead has a date", path);
      return;
    }
  scene.month = accord_zone_month_of (zone, scene.now);

  for (guint f = 0; f < N_FIGURES; f++)
    {
      result->figure_ms[f] = time_figure (&scene, (Figure) f, &n_items);
      if (f == FIGURE_GRID)
        result->n_months = n_items;
      else if (f == FIGURE_FLAGS)
        result->n_flags = n_items;
    }

  /* The figures may allocate too: the peak is the whole child's. */
  result->hwm_mib = MAX (result->hwm_mib, read_peak_rss_mib ());
  result->ok = TRUE;
}

static gboolean
write_all (int           fd,
           const void   *data,
           gsize         length)
{
  const char *bytes = data;

  while (length > 0)
    {
      gssize n = write (fd, bytes, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      bytes += n;
      length -= (gsize) n;
    }

  return TRUE;
}

static gboolean
read_all (int    fd,
          void  *data,
          gsize  length)
{
  char *bytes = data;

  while (length > 0)
    {
      gssize n = read (fd, bytes, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      bytes += n;
      length -= (gsize) n;
    }

  return TRUE;
}

/* One import in a child process; returns how the child ended when it did
 * not report, else NULL. */
static char *
fork_import (const char   *path,
             ImportResult *result,
             double       *maxrss_mib)
{
  struct rusage usage;
  int fds[2];
  int wait_status;
  gboolean received;
  pid_t pid;

  memset (result, 0, sizeof *result);
  if (pipe (fds) != 0)
    return g_strdup_printf ("pipe: %s", g_strerror (errno));

  fflush (stdout);
  fflush (stderr);
  pid = fork ();
  if (pid < 0)
    {
      int saved_errno = errno;

      close (fds[0]);
      close (fds[1]);
      return g_strdup_printf ("fork: %s", g_strerror (saved_errno));
    }

  if (pid == 0)
    {
      close (fds[0]);
      run_import (path, result);
      _exit (write_all (fds[1], result, sizeof *result) ? 0 : 1);
    }

  close (fds[1]);
  received = read_all (fds[0], result, sizeof *result);
  close (fds[0]);

  while (wait4 (pid, &wait_status, 0, &usage) < 0)
    {
      if (errno != EINTR)
        return g_strdup_printf ("wait4: %s", g_strerror (errno));
    }

  /* ru_maxrss is in KiB on Linux. */
  *maxrss_mib = (double) usage.ru_maxrss * 1024 / BYTES_PER_MIB;
  if (WIFSIGNALED (wait_status))
    return g_strdup_printf ("the import crashed: %s", g_strsignal (WTERMSIG (wait_status)));
  if (!received)
    return g_strdup ("the import sent no result");
  return NULL;
}

/* libcsv and the import take turns, so that a busy moment of the machine
 * does not fall on one of them only; the best times count, and the
 * highest peak RSS. */
static void
measure_file (Measurement *m,
              guint        n_runs)
{
  g_autofree char *name = g_path_get_basename (m->path);
  g_autoptr(GError) error = NULL;

  for (guint run = 0; run < n_runs; run++)
    {
      ImportResult result;
      Duration csv;
      double maxrss_mib = 0;

      g_printerr ("accord-bench: %s, run %u of %u: libcsv ... ", name, run + 1, n_runs);
      m->csv_ok = time_libcsv (m->path, &csv, &m->csv_records, &error);
      if (!m->csv_ok)
        {
          g_printerr ("%s\n", error->message);
          return;
        }
      if (run == 0)
        m->csv = csv;
      keep_best (&m->csv, &csv);

      g_printerr ("%.2f s (CPU %.2f s), import ... ", csv.wall, csv.cpu);
      m->failure = fork_import (m->path, &result, &maxrss_mib);
      if (m->failure == NULL && !result.ok)
        m->failure = g_strdup_printf ("the import failed: %s", result.message);
      if (m->failure != NULL)
        {
          g_printerr ("%s\n", m->failure);
          return;
        }
      g_printerr ("%.2f s (CPU %.2f s)\n", result.import.wall, result.import.cpu);

      if (run == 0)
        {
          m->import = result;
          m->maxrss_mib = maxrss_mib;
          continue;
        }
      keep_best (&m->import.import, &result.import);
      m->import.hwm_mib = MAX (m->import.hwm_mib, result.hwm_mib);
      m->maxrss_mib = MAX (m->maxrss_mib, maxrss_mib);
      for (guint f = 0; f < N_FIGURES; f++)
        m->import.figure_ms[f] = MIN (m->import.figure_ms[f], result.figure_ms[f]);
    }
}

static const char *
judge (gboolean ok)
{
  return ok ? "ok" : "MISSED";
}

static void
print_table_header (void)
{
  g_print ("%-20s %8s %8s %9s %9s %6s %12s %12s %13s %8s %8s\n",
           "file", "rows", "MB", "libcsv s", "import s", "ratio", "libcsv MB/s", "import MB/s",
           "peak RSS MiB", "leads", "skipped");
}

static void
print_table_row (const Measurement *m)
{
  g_autofree char *name = g_path_get_basename (m->path);
  const ImportResult *r = &m->import;

  if (!m->csv_ok)
    {
      g_print ("%-20s %8u %8.1f   (libcsv failed)\n", name, m->n_rows, m->megabytes);
      return;
    }
  if (m->failure != NULL)
    {
      g_print ("%-20s %8u %8.1f %9.2f %9s %6s %12.1f %12s %13s %8s %8s\n",
               name, m->n_rows, m->megabytes, m->csv.wall, "failed", "-",
               m->megabytes / m->csv.wall, "-", "-", "-", "-");
      return;
    }

  g_print ("%-20s %8u %8.1f %9.2f %9.2f %6.2f %12.1f %12.1f %13.1f %8u %8u\n",
           name, m->n_rows, m->megabytes, m->csv.wall, r->import.wall,
           r->import.wall / m->csv.wall,
           m->megabytes / m->csv.wall, m->megabytes / r->import.wall,
           r->hwm_mib, r->n_leads, r->n_skipped);
}

/* Returns whether the file was measured; a missed target is printed, not
 * an error. */
static gboolean
print_details (const Measurement *m)
{
  g_autofree char *name = g_path_get_basename (m->path);
  const ImportResult *r = &m->import;
  double ratio;
  double rss_target;
  double total = 0;
  gboolean ratio_ok;
  gboolean rss_ok;
  gboolean figures_ok = TRUE;

  if (!m->csv_ok)
    return FALSE;
  if (m->failure != NULL)
    {
      g_print ("%s: %s\n", name, m->failure);
      return FALSE;
    }

  ratio = r->import.wall / m->csv.wall;
  ratio_ok = ratio <= TARGET_RATIO;
  rss_target = TARGET_RSS_MIB * MAX (1.0, r->n_leads / 1e6);
  rss_ok = r->hwm_mib <= rss_target;
  g_print ("%s: import/libcsv %.2f on the wall clock (target <= %.2f: %s); "
           "CPU time: libcsv %.2f s, import %.2f s on two threads, ratio %.2f\n",
           name, ratio, TARGET_RATIO, judge (ratio_ok),
           m->csv.cpu, r->import.cpu, r->import.cpu / m->csv.cpu);
  g_print ("%s: peak RSS %.1f MiB (VmHWM), ru_maxrss %.1f MiB, lead store %.1f MiB "
           "(target <= %.0f MiB: %s); %u rows read, libcsv saw %u records\n",
           name, r->hwm_mib, m->maxrss_mib, r->store_mib, rss_target, judge (rss_ok),
           r->n_rows, m->csv_records);

  g_print ("compute on %u leads:", r->n_leads);
  for (guint f = 0; f < N_FIGURES; f++)
    {
      g_print ("%s %s %.1f ms", f > 0 ? "," : "", figure_names[f], r->figure_ms[f]);
      total += r->figure_ms[f];
    }
  /* The target is for all the figures together. */
  figures_ok = total <= TARGET_FIGURE_MS;
  g_print (", total %.1f ms (target <= %.0f ms in all: %s; "
           "%u months, %u flags in the last %d days)\n",
           total, TARGET_FIGURE_MS, judge (figures_ok), r->n_months, r->n_flags,
           WINDOW_SECONDS / 86400);

  return TRUE;
}

static gboolean
parse_sizes (const char  *text,
             GArray      *sizes,
             GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint64 n;

      if (!g_ascii_string_to_unsigned (g_strstrip (parts[i]), 10, 1, G_MAXUINT32, &n, error))
        {
          g_prefix_error (error, "--sizes: ");
          return FALSE;
        }
      g_array_append_val (sizes, n);
    }

  return TRUE;
}

static char *
get_default_dir (void)
{
  const char *cache = g_getenv ("XDG_CACHE_HOME");

  if (cache != NULL && *cache != '\0')
    return g_build_filename (cache, "accord-bench", NULL);
  return g_build_filename (g_get_tmp_dir (), "accord-bench", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) measurements = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *sizes_text = NULL;
  g_autofree char *generator = NULL;
  gint64 seed = 1;
  int n_runs = 3;
  gboolean all_measured = TRUE;
  const GOptionEntry entries[] = {
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir,
      "Where the exports are kept (default: $XDG_CACHE_HOME/accord-bench or /tmp/accord-bench)",
      "DIR" },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_text,
      "Rows of each export (default: 100000,1000000)", "N,N,..." },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the generator (default: 1)", "S" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs,
      "Runs of libcsv and of the import; the best counts (default: 3)", "N" },
    { "generator", 0, 0, G_OPTION_ARG_FILENAME, &generator, "The accord-generate program", "PATH" },
    { NULL }
  };

  context = g_option_context_new ("- time Accord's import and figures on large exports");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      !parse_sizes (sizes_text != NULL ? sizes_text : "100000,1000000", sizes, &error))
    {
      g_printerr ("accord-bench: %s\n", error->message);
      return 2;
    }
  if (n_runs < 1)
    {
      g_printerr ("accord-bench: --runs %d: expected at least 1\n", n_runs);
      return 2;
    }
  if (dir == NULL)
    dir = get_default_dir ();
  if (generator == NULL)
    generator = g_strdup (ACCORD_GENERATE);

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      g_printerr ("accord-bench: %s: %s\n", dir, g_strerror (errno));
      return 1;
    }

  measurements = g_array_sized_new (FALSE, TRUE, sizeof (Measurement), sizes->len);
  g_array_set_clear_func (measurements, (GDestroyNotify) measurement_clear);

  for (guint i = 0; i < sizes->len; i++)
    {
      guint n_rows = (guint) g_array_index (sizes, guint64, i);
      g_autofree char *label = get_size_label (n_rows);
      g_autofree char *name = g_strdup_printf ("hubspot-%s.csv", label);
      Measurement m = { 0 };
      GStatBuf file_stat;

      m.path = g_build_filename (dir, name, NULL);
      m.n_rows = n_rows;
      if (!ensure_export (generator, m.path, n_rows, seed, &error) ||
          !warm_cache (m.path, &error) ||
          g_stat (m.path, &file_stat) != 0)
        {
          g_printerr ("accord-bench: %s\n", error != NULL ? error->message : g_strerror (errno));
          measurement_clear (&m);
          return 1;
        }
      m.megabytes = (double) file_stat.st_size / BYTES_PER_MB;
      measure_file (&m, (guint) n_runs);
      g_array_append_val (measurements, m);
    }

  print_table_header ();
  for (guint i = 0; i < measurements->len; i++)
    print_table_row (&g_array_index (measurements, Measurement, i));
  g_print ("(times: wall clock, best of %d runs; "
           "figures: wall clock, best of %d)\n\n", n_runs, N_FIGURE_RUNS);
  for (guint i = 0; i < measurements->len; i++)
    all_measured = print_details (&g_array_index (measurements, Measurement, i)) && all_measured;

  return all_measured ? 0 : 1;
}
