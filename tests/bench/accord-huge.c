/* accord-huge.c: imports one huge or hostile export as the window does
 * (in a thread, with progress and Cancel) and prints what happened: time,
 * rows, leads, skipped rows or the error, progress seen, peak memory.
 * Run by tools/huge-inputs, which writes the files.
 *
 *   accord-huge [--cancel-at FRACTION] FILE
 *
 * With --cancel-at, the import is cancelled once its progress reaches
 * FRACTION, and the time from Cancel to the end of the import is printed;
 * the exit status is 1 unless the import ended with a cancelled error.
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-huge"

#include "config.h"

#include <sys/resource.h>

#include "accord-importer.h"

typedef struct
{
  GCancellable *cancellable;
  double        cancel_at;      /* 0: never */
  gint64        start;
  gint64        cancelled;      /* when Cancel was pressed, or 0 */
  guint         n_notifies;
  double        last_fraction;
  gboolean      done;
  gboolean      ok;
  GError       *error;
} Run;

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static void
fraction_notify_cb (AccordImporter *importer,
                    GParamSpec     *pspec,
                    Run            *run)
{
  double fraction = accord_importer_get_fraction (importer);

  /* Progress must only move forward. */
  if (fraction < run->last_fraction)
    g_printerr ("progress went back from %.3f to %.3f\n", run->last_fraction, fraction);
  run->last_fraction = fraction;
  run->n_notifies++;

  if (run->cancel_at > 0 && run->cancelled == 0 && fraction >= run->cancel_at)
    {
      g_print ("cancel at     %.1f%% after %.2f s\n", fraction * 100, seconds_since (run->start));
      run->cancelled = g_get_monotonic_time ();
      g_cancellable_cancel (run->cancellable);
    }
}

static void
run_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Run *run = user_data;

  run->ok = accord_importer_run_finish (ACCORD_IMPORTER (object), result, &run->error);
  run->done = TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(AccordImporter) importer = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  double cancel_at = 0;
  Run run = { 0 };
  GArray *skipped;
  struct rusage usage;
  const GOptionEntry entries[] = {
    { "cancel-at", 0, 0, G_OPTION_ARG_DOUBLE, &cancel_at,
      "Cancel once progress reaches FRACTION (0 to 1)", "FRACTION" },
    { NULL }
  };

  context = g_option_context_new ("FILE - import a huge export and print the figures");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "one FILE is needed");
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  importer = accord_importer_new (file);
  accord_importer_set_time_zone (importer, utc);

  run.cancellable = cancellable;
  run.cancel_at = cancel_at;
  run.start = g_get_monotonic_time ();
  g_signal_connect (importer, "notify::fraction", G_CALLBACK (fraction_notify_cb), &run);
  accord_importer_run_async (importer, cancellable, run_done_cb, &run);
  while (!run.done)
    g_main_context_iteration (NULL, TRUE);

  g_print ("time          %.2f s\n", seconds_since (run.start));
  if (run.cancelled != 0)
    g_print ("stopped       %.3f s after Cancel\n", seconds_since (run.cancelled));
  g_print ("progress      %u notifications, last %.1f%%\n", run.n_notifies, run.last_fraction * 100);
  g_print ("rows          %u\n", accord_importer_get_n_rows (importer));
  g_print ("leads         %u\n", accord_lead_store_get_n_leads (accord_importer_get_store (importer)));
  skipped = accord_importer_get_skipped (importer);
  g_print ("skipped       %u\n", skipped->len);
  for (guint i = 0; i < MIN (skipped->len, 3); i++)
    {
      const AccordSkippedRow *row = &g_array_index (skipped, AccordSkippedRow, i);

      g_print ("  line %u: %s\n", row->line, row->reason);
    }
  if (!run.ok)
    g_print ("error         %s\n", run.error->message);
  getrusage (RUSAGE_SELF, &usage);
  g_print ("peak RSS      %.0f MiB\n", usage.ru_maxrss / 1024.0);

  /* Cancel must end the import with a cancelled error, nothing else. */
  if (run.cancelled != 0 && !g_error_matches (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_printerr ("Cancel did not stop the import\n");
      g_clear_error (&run.error);
      return 1;
    }

  g_clear_error (&run.error);
  return 0;
}
