// Bounded pattern matching: `string.find`, `string.match`, `string.gmatch` and `string.gsub` written for the sandbox
// from the Lua 5.4 manual (§6.4.1 "Patterns" and the functions of §6.4), so that every matching step is charged to
// the call's instruction budget and the wall-clock limit is checked while matching.
//
// Lua's own matcher runs in C without hooks: `string.find(string.rep("a", 20000), string.rep(".-", 60) .. "b")`
// backtracks for hours and no budget can stop it. Here each step (one pattern item tried at one position, one
// character of a repetition or of a `%b` scan) costs one instruction; a plain search uses glibc's `memmem`, which
// is linear, and is charged for the bytes it scanned.
#define _GNU_SOURCE
#include "LuaShim.h"
#include <ctype.h>
#include <string.h>

#define MATCH_MAX_CAPTURES 32   // as LUA_MAXCAPTURES
#define MATCH_MAX_DEPTH 200     // nested pattern items before "pattern too complex" (the C stack stays small)
#define MATCH_CHARGE_EVERY 4096 // steps between charges to the budget (and clock checks)
#define CAPTURE_OPEN (-1)
#define CAPTURE_POSITION (-2)

typedef struct Matcher {
    lua_State *L;
    const char *subject;       // first byte of the subject
    const char *subject_end;   // one past its last byte
    const char *pattern_end;   // one past the pattern's last byte
    long long steps;           // steps not yet charged
    int depth;
    int captures;
    struct {
        const char *start;
        ptrdiff_t length;      // CAPTURE_OPEN while open, CAPTURE_POSITION for `()`
    } capture[MATCH_MAX_CAPTURES];
} Matcher;

static inline unsigned char byte_at(const char *p) { return (unsigned char)*p; }

static void charge(Matcher *m) {
    long long steps = m->steps;
    m->steps = 0;
    shim_charge(m->L, steps);
}

static inline void step(Matcher *m) {
    if (++m->steps >= MATCH_CHARGE_EVERY) charge(m);
}

// MARK: - Character classes

/// Whether byte `c` is in class `%letter` (`%a`, `%D`, ...); any other letter or symbol stands for itself.
static int in_class(int c, int letter) {
    int in;
    switch (tolower(letter)) {
    case 'a': in = isalpha(c); break;
    case 'c': in = iscntrl(c); break;
    case 'd': in = isdigit(c); break;
    case 'g': in = isgraph(c); break;
    case 'l': in = islower(c); break;
    case 'p': in = ispunct(c); break;
    case 's': in = isspace(c); break;
    case 'u': in = isupper(c); break;
    case 'w': in = isalnum(c); break;
    case 'x': in = isxdigit(c); break;
    default: return letter == c;
    }
    if (isupper(letter)) in = !in;
    return in != 0;
}

/// Whether byte `c` is in the set whose text runs from `first` (just after '[') to `last` (its closing ']').
static int in_set(int c, const char *first, const char *last) {
    int complement = 0;
    if (*first == '^') {
        complement = 1;
        first++;
    }
    for (const char *p = first; p < last; p++) {
        if (*p == '%' && p + 1 < last) {
            p++;
            if (in_class(c, byte_at(p))) return !complement;
        } else if (p + 2 < last && p[1] == '-') {
            if (byte_at(p) <= c && c <= byte_at(p + 2)) return !complement;
            p += 2;
        } else if (byte_at(p) == c) {
            return !complement;
        }
    }
    return complement;
}

/// The end of the single-character class starting at `p`: one past `x`, `%x` or `[set]`.
static const char *class_end(Matcher *m, const char *p) {
    if (*p == '%') {
        if (p + 1 >= m->pattern_end) luaL_error(m->L, "malformed pattern (ends with '%%')");
        return p + 2;
    }
    if (*p != '[') return p + 1;
    const char *q = p + 1;
    if (q < m->pattern_end && *q == '^') q++;
    // The first character of a set is never its end, so "[]]" and "[^]]" hold a ']'.
    for (int first = 1;; first = 0) {
        if (q >= m->pattern_end) luaL_error(m->L, "malformed pattern (missing ']')");
        if (*q == ']' && !first) return q + 1;
        if (*q == '%') q++;
        q++;
    }
}

/// Whether the subject byte at `s` matches the class from `p` to `end` (exclusive).
static int matches_class(Matcher *m, const char *s, const char *p, const char *end) {
    if (s >= m->subject_end) return 0;
    int c = byte_at(s);
    switch (*p) {
    case '.': return 1;
    case '%': return in_class(c, byte_at(p + 1));
    case '[': return in_set(c, p + 1, end - 1);
    default: return byte_at(p) == c;
    }
}

// MARK: - Matching

static const char *match_here(Matcher *m, const char *s, const char *p);

/// `class*` (and `class+` after its first character): the longest run first, then shorter ones.
static const char *match_greedy(Matcher *m, const char *s, const char *p, const char *end) {
    ptrdiff_t count = 0;
    while (matches_class(m, s + count, p, end)) {
        step(m);
        count++;
    }
    for (; count >= 0; count--) {
        const char *result = match_here(m, s + count, end + 1);
        if (result != NULL) return result;
    }
    return NULL;
}

/// `class-`: the shortest run first, then longer ones.
static const char *match_lazy(Matcher *m, const char *s, const char *p, const char *end) {
    for (;;) {
        const char *result = match_here(m, s, end + 1);
        if (result != NULL) return result;
        if (!matches_class(m, s, p, end)) return NULL;
        step(m);
        s++;
    }
}

/// `%bxy` at `s`; `p` points at x.
static const char *match_balanced(Matcher *m, const char *s, const char *p) {
    if (p + 1 >= m->pattern_end) luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
    if (s >= m->subject_end || *s != *p) return NULL;
    char open = p[0], close = p[1];
    int level = 1;
    while (++s < m->subject_end) {
        step(m);
        if (*s == close) {
            if (--level == 0) return s + 1;
        } else if (*s == open) {
            level++;
        }
    }
    return NULL;
}

/// `%1`…`%9`: the text of an earlier, closed capture again.
static const char *match_backreference(Matcher *m, const char *s, int digit) {
    int index = digit - '1';
    if (index < 0 || index >= m->captures || m->capture[index].length == CAPTURE_OPEN)
        luaL_error(m->L, "invalid capture index %%%d", index + 1);
    ptrdiff_t length = m->capture[index].length;
    if (length < 0) return NULL;   // a position capture has no text
    if (m->subject_end - s < length) return NULL;
    m->steps += length / 64;
    return memcmp(m->capture[index].start, s, (size_t)length) == 0 ? s + length : NULL;
}

static const char *open_capture(Matcher *m, const char *s, const char *p, ptrdiff_t kind) {
    if (m->captures >= MATCH_MAX_CAPTURES) luaL_error(m->L, "too many captures");
    m->capture[m->captures].start = s;
    m->capture[m->captures].length = kind;
    m->captures++;
    const char *result = match_here(m, s, p);
    if (result == NULL) m->captures--;
    return result;
}

static const char *close_capture(Matcher *m, const char *s, const char *p) {
    int index = m->captures - 1;
    while (index >= 0 && m->capture[index].length != CAPTURE_OPEN) index--;
    if (index < 0) luaL_error(m->L, "invalid pattern capture");
    m->capture[index].length = s - m->capture[index].start;
    const char *result = match_here(m, s, p);
    if (result == NULL) m->capture[index].length = CAPTURE_OPEN;
    return result;
}

/// Matches the pattern from `p` to its end against the subject from `s`; returns the end of the match or NULL.
static const char *match_here(Matcher *m, const char *s, const char *p) {
    if (++m->depth > MATCH_MAX_DEPTH) luaL_error(m->L, "pattern too complex");
    const char *result = NULL;
    for (;;) {
        step(m);
        if (p >= m->pattern_end) {
            result = s;
            break;
        }
        if (*p == '(') {
            result = p + 1 < m->pattern_end && p[1] == ')' ? open_capture(m, s, p + 2, CAPTURE_POSITION)
                                                            : open_capture(m, s, p + 1, CAPTURE_OPEN);
            break;
        }
        if (*p == ')') {
            result = close_capture(m, s, p + 1);
            break;
        }
        if (*p == '$' && p + 1 == m->pattern_end) {
            result = s == m->subject_end ? s : NULL;
            break;
        }
        if (*p == '%' && p + 1 < m->pattern_end) {
            char kind = p[1];
            if (kind == 'b') {
                s = match_balanced(m, s, p + 2);
                if (s == NULL) break;
                p += 4;
                continue;
            }
            if (kind == 'f') {
                p += 2;
                if (p >= m->pattern_end || *p != '[') luaL_error(m->L, "missing '[' after '%%f' in pattern");
                const char *end = class_end(m, p);
                int before = s == m->subject ? 0 : byte_at(s - 1);
                int here = s < m->subject_end ? byte_at(s) : 0;
                if (in_set(before, p + 1, end - 1) || !in_set(here, p + 1, end - 1)) break;
                p = end;
                continue;
            }
            if (isdigit(byte_at(p + 1))) {
                s = match_backreference(m, s, byte_at(p + 1));
                if (s == NULL) break;
                p += 2;
                continue;
            }
        }
        const char *end = class_end(m, p);
        int matched = matches_class(m, s, p, end);
        char quantifier = end < m->pattern_end ? *end : '\0';
        if (quantifier == '?') {
            if (matched && (result = match_here(m, s + 1, end + 1)) != NULL) break;
            p = end + 1;
            continue;
        }
        if (quantifier == '+') {
            result = matched ? match_greedy(m, s + 1, p, end) : NULL;
            break;
        }
        if (quantifier == '*') {
            result = match_greedy(m, s, p, end);
            break;
        }
        if (quantifier == '-') {
            result = match_lazy(m, s, p, end);
            break;
        }
        if (!matched) break;
        s++;
        p = end;
    }
    m->depth--;
    return result;
}

// MARK: - Captures

static void start_matcher(Matcher *m, lua_State *L, const char *s, size_t ls, const char *p, size_t lp) {
    m->L = L;
    m->subject = s;
    m->subject_end = s + ls;
    m->pattern_end = p + lp;
    m->steps = 0;
    m->depth = 0;
    m->captures = 0;
}

static inline void restart(Matcher *m) {
    m->captures = 0;
    m->depth = 0;
}

/// Pushes capture `index`; with no captures, index 0 is the whole match from `s` to `e`.
static void push_capture(Matcher *m, int index, const char *s, const char *e) {
    if (index >= m->captures) {
        if (index != 0) luaL_error(m->L, "invalid capture index %%%d", index + 1);
        lua_pushlstring(m->L, s, (size_t)(e - s));
        return;
    }
    ptrdiff_t length = m->capture[index].length;
    if (length == CAPTURE_OPEN) luaL_error(m->L, "unfinished capture");
    if (length == CAPTURE_POSITION)
        lua_pushinteger(m->L, (lua_Integer)(m->capture[index].start - m->subject) + 1);
    else
        lua_pushlstring(m->L, m->capture[index].start, (size_t)length);
}

/// Pushes every capture, or the whole match when the pattern has none (and `s` is given). Returns how many.
static int push_captures(Matcher *m, const char *s, const char *e) {
    int count = m->captures == 0 && s != NULL ? 1 : m->captures;
    luaL_checkstack(m->L, count, "too many captures");
    for (int i = 0; i < count; i++) push_capture(m, i, s, e);
    return count;
}

// MARK: - find and match

/// A 1-based start position as `string.find` reads it, turned into a 0-based offset (may exceed `length`).
static size_t start_offset(lua_Integer position, size_t length) {
    if (position > 0) return (size_t)position - 1;
    if (position == 0 || position < -(lua_Integer)length) return 0;
    return length - (size_t)(-position);
}

static int has_specials(const char *p, size_t lp) {
    for (size_t i = 0; i < lp; i++)
        if (p[i] != '\0' && strchr("^$*+?.([%-", p[i]) != NULL) return 1;
    return 0;
}

static int find_or_match(lua_State *L, int find) {
    size_t ls = 0, lp = 0;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    size_t offset = start_offset(luaL_optinteger(L, 3, 1), ls);
    if (offset > ls) {
        luaL_pushfail(L);
        return 1;
    }
    if (find && (lua_toboolean(L, 4) || !has_specials(p, lp))) {
        const char *found = lp == 0 ? s + offset : memmem(s + offset, ls - offset, p, lp);
        shim_charge(L, (long long)((found ? (size_t)(found - s) : ls) - offset) / 64 + 1);
        if (found == NULL) {
            luaL_pushfail(L);
            return 1;
        }
        lua_pushinteger(L, (lua_Integer)(found - s) + 1);
        lua_pushinteger(L, (lua_Integer)(found - s) + (lua_Integer)lp);
        return 2;
    }
    Matcher m;
    int anchored = lp > 0 && *p == '^';
    if (anchored) {
        p++;
        lp--;
    }
    start_matcher(&m, L, s, ls, p, lp);
    const char *start = s + offset;
    do {
        restart(&m);
        const char *end = match_here(&m, start, p);
        if (end != NULL) {
            charge(&m);
            if (!find) return push_captures(&m, start, end);
            lua_pushinteger(L, (lua_Integer)(start - s) + 1);
            lua_pushinteger(L, (lua_Integer)(end - s));
            return push_captures(&m, NULL, NULL) + 2;
        }
    } while (start++ < m.subject_end && !anchored);
    charge(&m);
    luaL_pushfail(L);
    return 1;
}

static int sb_find(lua_State *L) { return find_or_match(L, 1); }

static int sb_match(lua_State *L) { return find_or_match(L, 0); }

// MARK: - gmatch

typedef struct GmatchState {
    const char *next;         // where the next search starts
    const char *last_match;   // end of the previous match, which an empty match may not repeat
    Matcher matcher;
} GmatchState;

/// The iterator. Upvalues: the subject, the pattern (kept alive for the pointers) and the GmatchState.
static int gmatch_next(lua_State *L) {
    GmatchState *g = (GmatchState *)lua_touserdata(L, lua_upvalueindex(3));
    Matcher *m = &g->matcher;
    m->L = L;   // the iterator may be called from another coroutine
    size_t lp = 0;
    const char *p = lua_tolstring(L, lua_upvalueindex(2), &lp);
    for (const char *start = g->next; start <= m->subject_end; start++) {
        restart(m);
        const char *end = match_here(m, start, p);
        if (end != NULL && end != g->last_match) {
            g->next = g->last_match = end;
            charge(m);
            return push_captures(m, start, end);
        }
    }
    charge(m);
    g->next = m->subject_end + 1;   // exhausted: later calls return nothing at once
    return 0;
}

static int sb_gmatch(lua_State *L) {
    size_t ls = 0, lp = 0;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    size_t offset = start_offset(luaL_optinteger(L, 3, 1), ls);
    if (offset > ls) offset = ls + 1;   // no match at all
    lua_settop(L, 2);
    GmatchState *g = (GmatchState *)lua_newuserdatauv(L, sizeof(GmatchState), 0);
    start_matcher(&g->matcher, L, s, ls, p, lp);
    g->next = s + offset;
    g->last_match = NULL;
    lua_pushcclosure(L, gmatch_next, 3);
    return 1;
}

// MARK: - gsub

/// Appends the replacement for the match from `s` to `e`: `replacement` is argument 3 of gsub.
static void add_replacement(Matcher *m, luaL_Buffer *b, const char *s, const char *e, int type) {
    lua_State *L = m->L;
    if (type == LUA_TSTRING || type == LUA_TNUMBER) {
        size_t length = 0;
        const char *r = lua_tolstring(L, 3, &length);
        const char *end = r + length;
        for (const char *q = r; q < end; q++) {
            if (*q != '%') {
                luaL_addchar(b, *q);
                continue;
            }
            q++;
            if (q >= end) luaL_error(L, "invalid use of '%%' in replacement string");
            if (*q == '%') {
                luaL_addchar(b, '%');
            } else if (*q == '0') {
                luaL_addlstring(b, s, (size_t)(e - s));
            } else if (isdigit(byte_at(q))) {
                push_capture(m, *q - '1', s, e);
                luaL_tolstring(L, -1, NULL);   // a position capture is a number
                lua_remove(L, -2);
                luaL_addvalue(b);
            } else {
                luaL_error(L, "invalid use of '%%' in replacement string");
            }
        }
        m->steps += (long long)(e - s) / 64 + (long long)length / 64;
        return;
    }
    if (type == LUA_TFUNCTION) {
        lua_pushvalue(L, 3);
        int count = push_captures(m, s, e);
        lua_call(L, count, 1);
    } else {
        push_capture(m, 0, s, e);
        lua_gettable(L, 3);
    }
    if (!lua_toboolean(L, -1)) {   // nil or false: keep the original text
        lua_pop(L, 1);
        luaL_addlstring(b, s, (size_t)(e - s));
    } else if (!lua_isstring(L, -1)) {
        luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    } else {
        luaL_addvalue(b);
    }
}

static int sb_gsub(lua_State *L) {
    size_t ls = 0, lp = 0;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    int type = lua_type(L, 3);
    lua_Integer limit = luaL_optinteger(L, 4, (lua_Integer)ls + 1);
    luaL_argexpected(L, type == LUA_TNUMBER || type == LUA_TSTRING || type == LUA_TFUNCTION || type == LUA_TTABLE, 3,
                     "string/function/table");
    lua_settop(L, 3);
    int anchored = lp > 0 && *p == '^';
    if (anchored) {
        p++;
        lp--;
    }
    Matcher m;
    start_matcher(&m, L, s, ls, p, lp);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    const char *start = s, *last_match = NULL;
    lua_Integer count = 0;
    while (count < limit) {
        restart(&m);
        const char *end = match_here(&m, start, p);
        if (end != NULL && end != last_match) {
            count++;
            add_replacement(&m, &b, start, end, type);
            start = last_match = end;
        } else if (start < m.subject_end) {
            luaL_addchar(&b, *start++);
        } else {
            break;
        }
        if (anchored) break;
    }
    luaL_addlstring(&b, start, (size_t)(m.subject_end - start));
    charge(&m);
    luaL_pushresult(&b);
    lua_pushinteger(L, count);
    return 2;
}

// MARK: - Installation

void shim_install_patterns(lua_State *L) {
    static const luaL_Reg functions[] = {
        {"find", sb_find}, {"match", sb_match}, {"gmatch", sb_gmatch}, {"gsub", sb_gsub}, {NULL, NULL},
    };
    lua_getglobal(L, LUA_STRLIBNAME);
    luaL_setfuncs(L, functions, 0);
    lua_pop(L, 1);   // string
}
