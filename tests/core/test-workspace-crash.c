/* test-workspace-crash.c: a workspace and an agreement survive their
 * writer being killed
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "accord-safe-file.h"
#include "accord-workspace.h"

#include <glib/gstdio.h>

#define N_KILLS       200
#define MAX_SLEEP_USEC 20000

/* Each version has a different number of decisions, so that a file cut
 * short, or one version's start with another's end, cannot pass for a
 * complete version. */
static guint
count_decisions (guint version)
{
  return 100 + version % 157;
}

static void
fill_workspace (AccordWorkspace *workspace,
                guint            version)
{
  AccordDecisionLog *log = accord_workspace_get_decisions (workspace);
  g_autofree char *name = g_strdup_printf ("version %u", version);

  accord_agreement_set_name (accord_workspace_get_agreement (workspace), name);
  for (guint i = 0; i < count_decisions (version); i++)
    {
      g_autofree char *record_id = g_strdup_printf ("lead-%u", i);
      g_autofree char *note = g_strdup_printf ("version %u, decision %u", version, i);
      AccordDecision decision = {
        record_id, ACCORD_FLAG_LATE_FIRST_TOUCH, 1729666800 + i, ACCORD_OUTCOME_REASSIGN,
        "Ben SDR", note, "Ada Chair", 1729666800 + version,
      };

      accord_decision_log_add (log, &decision);
    }
}

/* What is saved over and over: a workspace, or an agreement on its own. */
typedef struct
{
  const char *basename;
  gboolean (*save)  (GFile   *file,
                     guint    version,
                     GError **error);
  guint    (*check) (GFile   *file);
} Saved;

static gboolean
save_workspace (GFile   *file,
                guint    version,
                GError **error)
{
  g_autoptr(AccordWorkspace) workspace = accord_workspace_new ();

  fill_workspace (workspace, version);
  return accord_workspace_save_to_file (workspace, file, error);
}

/* The agreement's summary has as many sentences as the workspace of the
 * same version has decisions. */
static char *
make_summary (guint version)
{
  GString *summary = g_string_new (NULL);

  for (guint i = 0; i < count_decisions (version); i++)
    g_string_append_printf (summary, "Version %u, sentence %u. ", version, i);

  return g_string_free (summary, FALSE);
}

static gboolean
save_agreement (GFile   *file,
                guint    version,
                GError **error)
{
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autofree char *name = g_strdup_printf ("version %u", version);
  g_autofree char *summary = make_summary (version);

  accord_agreement_set_name (agreement, name);
  accord_agreement_set_section (agreement, ACCORD_SECTION_SUMMARY, summary);
  return accord_agreement_save_to_file (agreement, file, error);
}

/* The child: saves version after version until it is killed. */
G_GNUC_NORETURN static void
write_versions (const Saved *saved,
                GFile       *file,
                guint        first)
{
  for (guint version = first; ; version++)
    {
      g_autoptr(GError) error = NULL;

      if (!saved->save (file, version, &error))
        {
          g_printerr ("version %u not saved: %s\n", version, error->message);
          _exit (1);
        }
    }
}

static guint
parse_version (const char *name)
{
  guint64 version;

  g_assert_true (g_str_has_prefix (name, "version "));
  g_assert_true (g_ascii_string_to_unsigned (name + strlen ("version "), 10, 0, G_MAXUINT,
                                             &version, NULL));
  return version;
}

/* Loads @file and checks that it holds one complete version. */
static guint
check_workspace (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordWorkspace) workspace = accord_workspace_new_from_file (file, &error);
  AccordDecisionLog *log;
  guint version;

  g_assert_no_error (error);
  version = parse_version (accord_agreement_get_name (accord_workspace_get_agreement (workspace)));

  log = accord_workspace_get_decisions (workspace);
  g_assert_cmpuint (accord_decision_log_get_n_decisions (log), ==, count_decisions (version));
  for (guint i = 0; i < accord_decision_log_get_n_decisions (log); i++)
    {
      const AccordDecision *decision = accord_decision_log_get_decision (log, i);
      g_autofree char *record_id = g_strdup_printf ("lead-%u", i);
      g_autofree char *note = g_strdup_printf ("version %u, decision %u", version, i);

      g_assert_cmpstr (decision->record_id, ==, record_id);
      g_assert_cmpstr (decision->note, ==, note);
      g_assert_cmpint (decision->decided_at, ==, 1729666800 + (gint64) version);
    }

  return version;
}

/* Loads the agreement @file and checks that it holds one complete version. */
static guint
check_agreement (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordAgreement) agreement = accord_agreement_new_from_file (file, &error);
  g_autofree char *summary = NULL;
  guint version;

  g_assert_no_error (error);
  version = parse_version (accord_agreement_get_name (agreement));
  summary = make_summary (version);
  g_assert_cmpstr (accord_agreement_get_section (agreement, ACCORD_SECTION_SUMMARY), ==, summary);

  return version;
}

static const Saved workspace_saved = { "team.accord", save_workspace, check_workspace };
static const Saved agreement_saved = { "agreement.json", save_agreement, check_agreement };

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  /* The killed writers leave their temporary files behind. */
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* A child saves the file over and over, each version different, and is
 * killed at a random moment, N_KILLS times: each time the file loads and
 * holds the version that was there before the child began or a newer one,
 * complete; the backup, when there is one, loads too and is no newer than
 * the file. */
static void
test_kill_while_saving (gconstpointer data)
{
  const Saved *saved = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("accord-crash-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) backup = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  guint version = 0;
  guint n_backups = 0;

  g_assert_no_error (error);
  path = g_build_filename (folder, saved->basename, NULL);
  file = g_file_new_for_path (path);
  backup = accord_safe_file_get_backup (file);

  g_assert_true (saved->save (file, version, &error));
  g_assert_no_error (error);

  for (guint k = 0; k < N_KILLS; k++)
    {
      guint loaded;
      pid_t pid;
      int status = 0;

      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        write_versions (saved, file, version + 1);

      g_usleep (g_rand_int_range (rand, 0, MAX_SLEEP_USEC + 1));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      /* Killed, not ended by an error of its own. */
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

      loaded = saved->check (file);
      g_assert_cmpuint (loaded, >=, version);
      if (g_file_query_exists (backup, NULL))
        {
          g_assert_cmpuint (saved->check (backup), <=, loaded);
          n_backups++;
        }
      version = loaded;
    }

  g_test_message ("%u versions saved in %u runs; %u backups checked", version, N_KILLS, n_backups);
  remove_folder (folder);
}

int
main (int   argc,
      char *argv[])
{
  /* Only local files: no GIO module starts a thread before the fork. */
  g_setenv ("GIO_USE_VFS", "local", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_data_func ("/core/workspace-crash/kill-while-saving", &workspace_saved,
                        test_kill_while_saving);
  g_test_add_data_func ("/core/workspace-crash/kill-while-saving-agreement", &agreement_saved,
                        test_kill_while_saving);

  return g_test_run ();
}
