/* fuzz-file.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "fuzz-file.h"

static char *fuzz_dir;
static char *fuzz_path;

/* Also removes what a loader wrote beside the input, such as a backup. */
static void
remove_fuzz_dir (void)
{
  GDir *dir = g_dir_open (fuzz_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fuzz_dir, name, NULL);

      g_remove (path);
    }
  g_clear_pointer (&dir, g_dir_close);
  g_rmdir (fuzz_dir);
}

/* The importer and the workspace read files (the importer also tells CSV
 * from JSON by the file's name), so each input is written to one file in
 * a private folder, replaced on every run and removed at exit. */
GFile *
fuzz_file_write (const char    *basename,
                 const uint8_t *data,
                 size_t         size)
{
  g_autoptr(GError) error = NULL;

  if (fuzz_dir == NULL)
    {
      fuzz_dir = g_dir_make_tmp ("accord-fuzz-XXXXXX", &error);
      g_assert_no_error (error);
      fuzz_path = g_build_filename (fuzz_dir, basename, NULL);
      atexit (remove_fuzz_dir);
    }

  g_file_set_contents (fuzz_path, (const char *) data, (gssize) size, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (fuzz_path);
}
