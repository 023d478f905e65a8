/* accord-safe-file.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-safe-file"

#include "config.h"

#include "accord-safe-file.h"

/**
 * accord_safe_file_get_backup:
 *
 * Returns: (transfer full): where accord_safe_file_replace() keeps the
 *   previous version of @file: "<name>~" beside it
 */
GFile *
accord_safe_file_get_backup (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *backup_name = g_strconcat (name, "~", NULL);

  return g_file_get_child (parent, backup_name);
}

/* Copies the file's current version to its backup, the one kept, the
 * same way as the file itself: complete and on disk, or not at all. */
static gboolean
keep_backup (GFile       *file,
             const char  *path,
             GError     **error)
{
  g_autoptr(GFile) backup = accord_safe_file_get_backup (file);
  g_autofree char *backup_path = g_file_get_path (backup);
  g_autofree char *contents = NULL;
  g_autoptr(GError) read_error = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &read_error))
    {
      /* The first save has nothing to back up. */
      if (g_error_matches (read_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;

      g_propagate_error (error, g_steal_pointer (&read_error));
      return FALSE;
    }

  return g_file_set_contents_full (backup_path, contents, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0666, error);
}

/**
 * accord_safe_file_replace:
 *
 * Saves @data atomically: it goes to a temporary file in the same folder,
 * which is flushed to disk and renamed over @file, and the folder is
 * flushed after the rename (g_file_set_contents_full() does both with
 * %G_FILE_SET_CONTENTS_DURABLE), so that a crash or a power cut leaves
 * either the old file or the new one. The previous version is kept,
 * saved the same way, as the backup, accord_safe_file_get_backup().
 *
 * Returns: %TRUE when @data was saved
 */
gboolean
accord_safe_file_replace (GFile       *file,
                          const char  *data,
                          gsize        length,
                          GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);

  /* A file without a local path (a GVfs location): GIO keeps the backup
   * and replaces the file through a temporary one itself. */
  if (path == NULL)
    return g_file_replace_contents (file, data, length, NULL, TRUE, G_FILE_CREATE_NONE,
                                    NULL, NULL, error);

  return keep_backup (file, path, error) &&
         g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0666, error);
}
