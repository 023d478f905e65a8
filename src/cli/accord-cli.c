/* accord-cli.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-cli"

#include "config.h"

#include "accord-cli.h"

int
accord_cli_run (int    argc,
                char **argv)
{
  return 2;
}
