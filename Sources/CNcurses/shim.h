#ifndef READER_CNCURSES_SHIM_H
#define READER_CNCURSES_SHIM_H

// SwiftPM drops -D flags from pkg-config: wide-character curses needs this before the include.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <wchar.h>
#include <curses.h>

// Macros and globals Swift cannot import directly.
static inline attr_t reader_attr_bold(void) { return A_BOLD; }
static inline attr_t reader_attr_dim(void) { return A_DIM; }
static inline attr_t reader_attr_italic(void) { return A_ITALIC; }
static inline attr_t reader_attr_reverse(void) { return A_REVERSE; }
static inline attr_t reader_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t reader_attr_normal(void) { return A_NORMAL; }
static inline int reader_key_resize(void) { return KEY_RESIZE; }
static inline int reader_key_code_yes(void) { return KEY_CODE_YES; }
static inline int reader_colors(void) { return COLORS; }
static inline int reader_color_pairs(void) { return COLOR_PAIRS; }
static inline int reader_max_y(WINDOW *w) { return getmaxy(w); }
static inline int reader_max_x(WINDOW *w) { return getmaxx(w); }
static inline WINDOW *reader_stdscr(void) { return stdscr; }
static inline FILE *reader_stdout(void) { return stdout; }
static inline FILE *reader_stdin(void) { return stdin; }

// Colour pairs past 32767 and colours past 32767 (direct colour packs RGB into the number) need
// ncurses' extended pairs: the pair goes through the `opts` pointer as an int.
static inline int reader_set_cell(WINDOW *w, int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, 0, &pair) == ERR) return ERR;
    return mvwadd_wch(w, y, x, &cell);
}

/// Reads back one cell: its characters (up to `capacity`), attributes and colour pair.
static inline int reader_get_cell(WINDOW *w, int y, int x, wchar_t *text, attr_t *attrs, int *pair) {
    cchar_t cell;
    short shortPair = 0;
    if (mvwin_wch(w, y, x, &cell) == ERR) return ERR;
    return getcchar(&cell, text, attrs, &shortPair, pair);
}

static inline int reader_init_pair(int pair, int foreground, int background) {
    return init_extended_pair(pair, foreground, background);
}

static inline int reader_pair_content(int pair, int *foreground, int *background) {
    return extended_pair_content(pair, foreground, background);
}

static inline int reader_key_mouse(void) { return KEY_MOUSE; }

static inline void reader_disable_mouse(void) { mousemask(0, NULL); }

/// Clicks, releases and the wheel; drags arrive as a press and a release at different cells.
static inline void reader_enable_mouse(void) {
    mmask_t mask = BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON4_PRESSED;
#if NCURSES_MOUSE_VERSION > 1
    mask |= BUTTON5_PRESSED;
#endif
    mousemask(mask, NULL);
    mouseinterval(0);
}

/// The pending mouse event: 1 press, 2 release, 3 wheel up, 4 wheel down, 0 other, -1 none.
static inline int reader_get_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return -1;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON1_PRESSED) return 1;
    if (event.bstate & BUTTON1_RELEASED) return 2;
    if (event.bstate & BUTTON4_PRESSED) return 3;
#if NCURSES_MOUSE_VERSION > 1
    if (event.bstate & BUTTON5_PRESSED) return 4;
#endif
    return 0;
}

static inline int reader_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL) return 0;
    return (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't')
        && (codeset[2] == 'F' || codeset[2] == 'f');
}

#endif
