/* accord-value-parser.h: the text of one cell read as a number, band,
 * boolean, tier or date
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "accord-types.h"

G_BEGIN_DECLS

G_END_DECLS
