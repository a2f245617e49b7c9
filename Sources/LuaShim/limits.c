// Limits and error reporting: the counting allocator, the count/return hook and the message handler.
#include "LuaShim.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char traceback_key = 't';   // registry[&traceback_key] = traceback of the last error

static const int hook_mask = LUA_MASKCOUNT | LUA_MASKRET;

ShimState *shim_state(lua_State *L) {
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return (ShimState *)ud;
}

static void copy_source(char *destination, const char *source) {
    if (source[0] == '@' || source[0] == '=') source++;
    strncpy(destination, source, SHIM_SOURCE_MAX - 1);
    destination[SHIM_SOURCE_MAX - 1] = '\0';
}

/// Records the innermost Lua frame of `L` at or above `level`: C frames are skipped.
/// Only reads the call stack (lua_getstack/lua_getinfo "Sl" neither allocate nor raise).
static void record_location(ShimState *S, lua_State *L, int level) {
    lua_Debug ar;
    for (; lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar)) break;
        if (ar.currentline > 0 && ar.what[0] != 'C') {
            S->err_line = ar.currentline;
            copy_source(S->err_source, ar.source);
            memcpy(S->err_short, ar.short_src, LUA_IDSIZE);
            return;
        }
    }
}

// MARK: - Clock

/// Monotonic time in nanoseconds. The coarse clock is read from the vDSO without a system call; its resolution
/// (a few milliseconds) is ample for limits of seconds.
static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC_COARSE, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

/// Starts the current call's clock: its deadline, and the watchdog armed for it.
static void start_clock(ShimState *S) {
    if (S->time_limit_ns <= 0) {
        S->deadline_ns = 0;
        shim_watch_disarm();
        return;
    }
    S->deadline_ns = now_ns() + S->time_limit_ns;
    if (S->main != NULL) shim_watch_arm(S->main, S->deadline_ns);
}

/// Whether the current call has run past its deadline.
static int past_deadline(ShimState *S) {
    return S->deadline_ns > 0 && now_ns() > S->deadline_ns;
}

// MARK: - Allocator

/// Allocations of at least this many bytes are charged to the instruction budget (one instruction per 64 bytes) and
/// check the deadline: a loop of large concatenations or `string.rep` does little VM work per byte it copies.
#define SHIM_CHARGED_ALLOCATION 4096

/// Charges a large allocation of `bytes`; false (refuse it) once the call's budget or time is spent. Lua then raises
/// a memory error, which the host reports as the budget or time error because `exhausted` is set.
static int charge_allocation(ShimState *S, size_t bytes) {
    if (S->exhausted) return 0;
    S->remaining -= (long long)(bytes >> 6);
    if (S->remaining <= 0) {
        S->exhausted = 1;
        return 0;
    }
    if (past_deadline(S)) {
        S->timed_out = 1;
        S->exhausted = 1;
        return 0;
    }
    return 1;
}

// "The allocator function must provide a functionality similar to realloc ... When nsize is zero, the allocator must
// behave like free and then return NULL. When nsize is not zero, the allocator must behave like realloc ... returns
// NULL if and only if it cannot fulfill the request." (Lua 5.4 manual, lua_Alloc)
static void *shim_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    ShimState *S = (ShimState *)ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        if (ptr != NULL) shim_pool_free(S->pool, ptr, old);
        S->used -= old;
        return NULL;
    }
    if (nsize > old && S->lenient == 0 && S->used - old + nsize > S->limit) {
        // The first refusal of a call records where the script was; Lua does not call the message handler for
        // memory errors. The main thread's stack is consistent here: Lua links new frames only after allocating.
        if (!S->limit_hit && S->main != NULL) record_location(S, S->main, 0);
        S->limit_hit = 1;
        return NULL;
    }
    // The memory cap first, then the budget and the clock; a refusal records where the script was, as above.
    if (nsize > old && S->lenient == 0 && nsize - old >= SHIM_CHARGED_ALLOCATION && !charge_allocation(S, nsize - old)) {
        if (S->err_line < 0 && S->main != NULL) record_location(S, S->main, 0);
        return NULL;
    }
    void *block = shim_pool_resize(&S->pool, ptr, old, nsize);
    if (block == NULL) return NULL;
    S->used = S->used - old + nsize;
    return block;
}

void shim_close(lua_State *L) {
    ShimState *S = shim_state(L);
    lua_close(L);
    shim_pool_destroy(S->pool);
    S->pool = NULL;
}

static int shim_panic(lua_State *L) {
    // Only reachable if the C allocator itself fails outside a protected call: there is nothing left to do.
    (void)L;
    abort();
}

lua_State *shim_newstate(ShimState *S) {
    S->lenient = 1;   // opening the libraries must not fail on our limit
    lua_State *L = lua_newstate(shim_alloc, S);
    if (L == NULL) {
        shim_pool_destroy(S->pool);
        S->pool = NULL;
        return NULL;
    }
    lua_atpanic(L, shim_panic);
    // Rules make many small tables that die at once (requests, results, steps): the generational collector
    // ("in generational mode, the collector does frequent minor collections, which traverses only objects
    // recently created", manual §2.5.2) frees them far more cheaply than the incremental one.
    lua_gc(L, LUA_GCGEN, 0, 0);
    S->main = L;
    S->ret_line = -1;
    S->err_line = -1;
    return L;
}

// MARK: - Hook

static void trip(lua_State *L);
static void shim_hook(lua_State *L, lua_Debug *ar);

void shim_hook_next_instruction(lua_State *L) { lua_sethook(L, shim_hook, hook_mask, 1); }

static void shim_hook(lua_State *L, lua_Debug *ar) {
    ShimState *S = shim_state(L);
    if (ar->event == LUA_HOOKRET) {
        // The entry function is the only function on the main thread with no caller (level 1 is the base C frame).
        lua_Debug caller;
        if (L != S->main || lua_getstack(L, 1, &caller)) return;
        if (!lua_getinfo(L, "Sl", ar) || ar->what[0] == 'C' || ar->currentline <= 0) return;
        S->ret_line = ar->currentline;
        copy_source(S->ret_source, ar->source);
        return;
    }
    if (ar->event != LUA_HOOKCOUNT) return;
    int count = lua_gethookcount(L);
    if (!S->exhausted) {
        S->remaining -= count;
        if (S->remaining > 0 && !past_deadline(S)) {
            // A coroutine may still carry the period 1 of an earlier exhausted call.
            if (count != S->tick) lua_sethook(L, shim_hook, hook_mask, S->tick);
            return;
        }
        if (S->remaining > 0) S->timed_out = 1;
        S->exhausted = 1;
    }
    trip(L);
}

/// Raises the budget or time error of an exhausted call and makes it sticky: from now on the hook raises on every
/// instruction of this thread, so `pcall` cannot swallow the limit.
static void trip(lua_State *L) {
    ShimState *S = shim_state(L);
    if (lua_gethookcount(L) != 1 || lua_gethook(L) != shim_hook) lua_sethook(L, shim_hook, hook_mask, 1);
    if (S->timed_out)
        lua_pushfstring(L, "time limit of %I ms exceeded", (lua_Integer)(S->time_limit_ns / 1000000));
    else
        lua_pushfstring(L, "instruction budget of %I exceeded", (lua_Integer)S->budget);
    lua_error(L);
}

void shim_charge(lua_State *L, long long cost) {
    ShimState *S = shim_state(L);
    if (!S->exhausted) {
        S->remaining -= cost;
        if (S->remaining > 0 && !past_deadline(S)) return;
        if (S->remaining > 0) S->timed_out = 1;
        S->exhausted = 1;
    }
    trip(L);
}

void shim_end_call(lua_State *L) {
    (void)L;
    shim_watch_disarm();
}

void shim_reset_output(lua_State *L) {
    ShimState *S = shim_state(L);
    S->output_used = 0;
    S->output_suppressed_bytes = 0;
    S->output_suppressed_lines = 0;
}

static void begin_call(lua_State *L, int mask, int fresh_clock) {
    ShimState *S = shim_state(L);
    S->remaining = S->budget;
    S->exhausted = 0;
    S->timed_out = 0;
    if (fresh_clock) start_clock(S);
    S->limit_hit = 0;
    S->tick = S->budget < 1000 ? (S->budget < 1 ? 1 : (int)S->budget) : 1000;
    S->ret_line = -1;
    S->ret_source[0] = '\0';
    S->err_line = -1;
    S->err_source[0] = '\0';
    S->err_short[0] = '\0';
    // "Lua threads created with lua_newthread ... share the hook with the creating thread": coroutines count too.
    lua_sethook(L, shim_hook, mask, S->tick);
}

void shim_begin_call(lua_State *L) { begin_call(L, hook_mask, 1); }

void shim_begin_fast_call(lua_State *L) { begin_call(L, LUA_MASKCOUNT, 1); }

void shim_begin_batch(lua_State *L) { start_clock(shim_state(L)); }

void shim_begin_batch_record(lua_State *L) { begin_call(L, LUA_MASKCOUNT, 0); }

// MARK: - Message handler

int shim_message_handler(lua_State *L) {
    ShimState *S = shim_state(L);
    switch (lua_type(L, 1)) {
    case LUA_TSTRING:
        break;
    case LUA_TNUMBER:
        lua_tostring(L, 1);   // converts in place; numbers have no __tostring to call
        break;
    default:
        // Never call __tostring: it could loop, raise or allocate without limit.
        lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
        lua_replace(L, 1);
        break;
    }
    lua_settop(L, 1);
    // The first handler to run for an error records it: `require` runs a module under this handler too, so an error
    // in a module's loop or metamethod keeps the module's own running line rather than the `require` line that
    // re-raises it. The sandbox's pcall and xpcall forget a recorded site when they catch its error.
    if (S->err_line >= 0) return 1;
    // Level 0 is this handler; level 1 is whatever raised (a C function like `error`, or the hooked Lua function).
    record_location(S, L, 1);
    luaL_traceback(L, L, NULL, 1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &traceback_key);
    return 1;
}

void shim_forget_error(lua_State *L) {
    ShimState *S = shim_state(L);
    S->err_line = -1;
    S->err_source[0] = '\0';
    S->err_short[0] = '\0';
    lua_pushnil(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &traceback_key);
}

void shim_take_traceback(lua_State *L) {
    lua_rawgetp(L, LUA_REGISTRYINDEX, &traceback_key);
    lua_pushnil(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &traceback_key);
}
