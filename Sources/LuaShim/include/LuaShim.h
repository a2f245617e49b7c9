// LuaShim: the C half of the sandboxed Lua host.
//
// Two jobs:
//  1. Re-implement as `static inline` functions the Lua API macros Swift cannot import (lua_pop, lua_tostring, ...).
//  2. Hold all C that may raise Lua errors (longjmp): the count/return hook, the allocator, the message handler,
//     the sandboxed replacements of base functions, the frozen-table metamethods and the trampoline that turns a
//     Swift host function's sentinel into `lua_error`. Swift never calls anything here that raises, except
//     through `lua_pcallk`.
#ifndef LUASHIM_H
#define LUASHIM_H
#include <stddef.h>
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

// MARK: - Per-state bookkeeping

/// Maximum bytes kept of a chunk name in locations (longer names are truncated).
#define SHIM_SOURCE_MAX 256

/// Result of a Swift host function: results pushed (>= 0) or this sentinel with the message on top.
#define SHIM_HOST_ERROR (-1)

/// Called by the trampoline: run host function `id` with its arguments on the stack of `L`.
/// Returns the number of results pushed, or SHIM_HOST_ERROR after pushing an error message string.
typedef int (*shim_dispatch_fn)(void *context, lua_State *L, int id);
/// Receives one line printed by Lua's `print` (not NUL-terminated; UTF-8 as the script wrote it).
typedef void (*shim_log_fn)(void *context, const char *text, size_t length);

/// The small-block pool of one state (pool.c).
typedef struct ShimPool ShimPool;

/// Everything the allocator, hook and message handler share for one Lua state (and all its coroutines).
typedef struct ShimState {
    // Memory (lua_Alloc).
    size_t used;          ///< Bytes currently allocated by the state.
    ShimPool *pool;       ///< Where the state's blocks come from; made at the first allocation, freed by shim_close.
    size_t limit;         ///< Allocation refused when `used` would exceed this (unless `lenient`).
    int limit_hit;        ///< Set when an allocation was refused because of `limit`.
    int lenient;          ///< > 0 while the host pushes values: allocations are never refused then.
    // Instructions (count hook).
    long long budget;     ///< Instructions allowed per call.
    long long remaining;  ///< Instructions left in the current call.
    int exhausted;        ///< Sticky: set once `remaining` reaches zero; every later tick raises again.
    int tick;             ///< Hook period in instructions.
    // Wall clock (checked by the hook, the bounded C functions and large allocations).
    long long time_limit_ns;   ///< Nanoseconds one call may run; 0 for no limit.
    long long deadline_ns;     ///< CLOCK_MONOTONIC time the current call (or batch) must end by; 0 for none.
    int timed_out;        ///< Set (with `exhausted`) when the current call ran past its deadline.
    // Output of `print`, per operation (reset by shim_reset_output).
    size_t output_limit;  ///< Bytes `print` may hand to the log per operation; 0 for no limit.
    size_t output_used;   ///< Bytes handed to the log so far.
    size_t output_suppressed_bytes;    ///< Bytes of lines dropped since the limit was reached.
    long long output_suppressed_lines; ///< Lines dropped since the limit was reached.
    // Return site of the entry function (return hook).
    lua_State *main;      ///< The main thread; the only thread whose base function is the entry function.
    int ret_line;         ///< Line of the `return` that ended the entry function, or -1.
    char ret_source[SHIM_SOURCE_MAX];
    // Error location (message handler, or the allocator on refusal).
    int err_line;         ///< Current line of the innermost Lua frame when the error was raised, or -1.
    char err_source[SHIM_SOURCE_MAX];   ///< Its chunk name without '@'.
    char err_short[LUA_IDSIZE];         ///< Its `short_src`, as used in message prefixes.
    // Host callbacks.
    void *host_context;
    shim_dispatch_fn dispatch;
    shim_log_fn log;
} ShimState;

/// Creates a state whose allocator charges `S`. Returns NULL if the C allocator fails.
lua_State *shim_newstate(ShimState *S);
/// Closes a state made by shim_newstate and returns its pool's memory; `S` itself stays the caller's.
void shim_close(lua_State *L);

/// `realloc` through the pool in `*slot` (made on first use): blocks of at most 256 bytes come from size classes,
/// larger ones from the C allocator. `old` is the block's size (0 when `block` is NULL), `size` > 0. Returns NULL, the
/// block untouched, only when growing and the C allocator is out of memory; a shrink never fails.
void *shim_pool_resize(ShimPool **slot, void *block, size_t old, size_t size);
/// Releases a block of `size` bytes that shim_pool_resize gave.
void shim_pool_free(ShimPool *pool, void *block, size_t size);
/// Frees every chunk of the pool and the pool (after its state is closed); NULL does nothing.
void shim_pool_destroy(ShimPool *pool);
/// The bookkeeping of `L` (any thread of the state).
ShimState *shim_state(lua_State *L);

/// Prepares a protected call: resets the budget, the limit flags, the error and return locations, installs the hook,
/// starts the clock (and arms the watchdog).
void shim_begin_call(lua_State *L);
/// As `shim_begin_call`, without the return hook: the budget and limits apply, the return site is not recorded
/// (prepared calls report a bad result at the function's definition instead).
void shim_begin_fast_call(lua_State *L);
/// Starts the clock of a batch of calls: the records of one batch share one deadline, so that a record costs no
/// clock read (batch.c). Each record then begins with `shim_begin_batch_record` (a fresh budget, the same deadline).
void shim_begin_batch(lua_State *L);
void shim_begin_batch_record(lua_State *L);

/// Charges `cost` instructions to the current call and checks its deadline; raises the budget or time error (and
/// makes it sticky, like the hook) when either is spent. For C functions that do work without running Lua
/// instructions (pattern matching, table.move, table.sort). May raise: call only from a Lua-called C function.
void shim_charge(lua_State *L, long long cost);
/// Ends a call's watch (the watchdog no longer stops it). Stack: [] → [].
void shim_end_call(lua_State *L);
/// The watchdog (watchdog.c): arms it for the calling thread's call, to hook `L` (a main thread) once past
/// `deadline_ns` (CLOCK_MONOTONIC), or disarms it.
void shim_watch_arm(lua_State *L, long long deadline_ns);
void shim_watch_disarm(void);
/// Clears every watch of `L` (on any thread), before the state is closed, so the watchdog never hooks a closed state.
void shim_watch_forget(lua_State *L);
/// Clears the output counters of `print` (call before each operation). Stack: [] → [].
void shim_reset_output(lua_State *L);

/// Message handler for `lua_pcallk`. Stack: [error object] → [message string]. Records the innermost Lua frame
/// and leaves a traceback in the registry (take it with `shim_take_traceback`). Never calls metamethods.
int shim_message_handler(lua_State *L);
/// Forgets the error site and traceback recorded by the message handler (an error a script caught). Stack: [] → [].
void shim_forget_error(lua_State *L);
/// Stack: [] → [traceback string or nil]; clears the stored traceback.
void shim_take_traceback(lua_State *L);

// MARK: - Sandbox (sandbox.c); all of these run in lenient mode, unprotected, and never raise on their own.

/// Opens base, table, string, math, utf8, coroutine and replaces the unsafe base functions. Stack: [] → [].
void shim_open_sandbox(lua_State *L);
/// Adds a module `require` can find. Stack: [] → [].
void shim_add_module(lua_State *L, const char *module, const char *chunkname, const char *source, size_t length);
/// Sets global table `table` (created if absent) field `name` to the trampoline for host function `id`.
/// Returns 0, or -1 if the global exists and is not a table. Stack: [] → [].
int shim_register(lua_State *L, const char *table, const char *name, int id);
/// The trampoline: calls the host function whose id is upvalue 1 through the dispatcher, raising its error.
int shim_host_trampoline(lua_State *L);
/// Like shim_register, with `body` in place of the trampoline; `body` finds the host function's id in upvalue 1 and
/// calls `shim_host_trampoline` for whatever it does not answer itself.
int shim_register_function(lua_State *L, const char *table, const char *name, int id, lua_CFunction body);

/// Replaces string.find, match, gmatch and gsub with the bounded matcher of match.c. Stack: [] → [].
void shim_install_patterns(lua_State *L);
/// Freezes the standard library tables and the string metatable, which every chunk shares. Stack: [] → [].
void shim_freeze_libraries(lua_State *L);
/// Freezes _G, every table-valued global, and the string metatable. Stack: [] → [].
void shim_freeze(lua_State *L);
/// Stack: [] → [roots table] (the private registry table of kept results).
void shim_push_roots(lua_State *L);

// MARK: - Batches of calls (batch.c)

/// The type of a ShimScalar.
enum { SHIM_NIL = 0, SHIM_BOOLEAN = 1, SHIM_INTEGER = 2, SHIM_STRING = 3, SHIM_FLOAT = 4, SHIM_OTHER = 5 };

/// One argument or result of a batched call: nil, a boolean or integer (`integer`), or a string (`string`,
/// `length`; arguments only: the bytes must outlive the call). A result that is a float, string, table, … is
/// reported as SHIM_FLOAT or SHIM_OTHER, never converted.
typedef struct ShimScalar {
    int type;
    long long integer;
    const char *string;
    size_t length;
} ShimScalar;

/// Calls the function kept in registry slot `reference` once per record, in order: record i's arguments are
/// `arguments[i * argument_count …]`, its `result_count` results (missing ones nil, extra ones dropped) go to
/// `results[i * result_count …]`. Each call gets the full instruction budget (the records share one deadline,
/// `shim_begin_batch`) and runs under `lua_pcall` with the message handler at stack index `handler`; arguments are pushed in lenient mode.
/// Returns LUA_OK when every record is done. On failure sets `*failed` to the record's index and returns the
/// pcall status with the error object on top, or -1 when pushing the arguments went over the memory limit.
/// Stack: [… handler] → [… handler] on success.
int shim_call_batch(lua_State *L, int reference, int handler, const ShimScalar *arguments, int argument_count,
                    ShimScalar *results, int result_count, int records, int *failed);

// MARK: - Macros as functions

static inline void shim_pop(lua_State *L, int n) { lua_pop(L, n); }
static inline void shim_newtable(lua_State *L) { lua_newtable(L); }
static inline int shim_registryindex(void) { return LUA_REGISTRYINDEX; }
static inline void shim_pushcfunction(lua_State *L, lua_CFunction f) { lua_pushcfunction(L, f); }
static inline int shim_pcall(lua_State *L, int nargs, int nresults, int handler) {
    return lua_pcall(L, nargs, nresults, handler);
}
static inline void shim_remove(lua_State *L, int index) { lua_remove(L, index); }
static inline int shim_isinteger(lua_State *L, int index) { return lua_isinteger(L, index); }

#endif
