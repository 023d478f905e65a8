/* fuzz-workspace.c: the workspace loader on arbitrary bytes, and the
 * workspace it accepts written back and read again
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "accord-workspace.h"
#include "fuzz-file.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GFile) file = fuzz_file_write ("fuzz.accord", data, size);
  g_autoptr(AccordWorkspace) workspace = NULL;
  g_autoptr(AccordWorkspace) again = NULL;
  g_autoptr(GError) error = NULL;

  workspace = accord_workspace_new_from_file (file, NULL);
  if (workspace == NULL)
    return 0;

  /* What was accepted must save, and the saved form must load. */
  accord_workspace_save_to_file (workspace, file, &error);
  g_assert_no_error (error);
  again = accord_workspace_new_from_file (file, &error);
  g_assert_no_error (error);

  return 0;
}
