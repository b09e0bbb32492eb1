#ifndef READER_CCMARKGFM_SHIM_H
#define READER_CCMARKGFM_SHIM_H

// cmark-gfm (CommonMark) and its GitHub extensions: tables, strikethrough, autolinks, task lists.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#endif
