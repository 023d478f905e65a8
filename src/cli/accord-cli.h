/* accord-cli.h: "accord report", "accord inspect", "accord decisions
 * export" and "accord agreement" (DESIGN §6)
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int accord_cli_run (int    argc,
                    char **argv);

G_END_DECLS
