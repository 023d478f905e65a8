/* accord-money.h: amounts of money as the user's locale writes them
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *accord_money_format (double amount);

G_END_DECLS
