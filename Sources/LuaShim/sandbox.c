// The sandbox: which libraries are open, the replaced base functions, `require` over the pack's modules.
#include "LuaShim.h"
#include <string.h>

static const char modules_key = 'm';   // registry[&modules_key] = { [module] = { source, chunkname } }
static const char loaded_key = 'l';    // registry[&loaded_key] = { [module] = value | loading sentinel }
static const char loading = 'x';       // light userdata marking a module whose chunk is running
static const char roots_key = 'r';     // registry[&roots_key] = { [root] = value }

int shim_frozen_rawset(lua_State *L);        // freeze.c
void shim_freeze_setup(lua_State *L);        // freeze.c

// MARK: - print

/// `print(...)`: joins the arguments with tabs and hands the line to the host's log. Unlike the standard `print` it
/// never calls `tostring` or `__tostring`/`__name`: strings and numbers print as themselves, others as "table: 0x…".
static int sb_print(lua_State *L) {
    ShimState *S = shim_state(L);
    int n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; i++) {
        if (i > 1) luaL_addchar(&b, '\t');
        switch (lua_type(L, i)) {
        case LUA_TSTRING:
        case LUA_TNUMBER:
            lua_pushvalue(L, i);
            lua_tostring(L, -1);   // converts the copy; no metamethods for numbers
            luaL_addvalue(&b);
            break;
        case LUA_TBOOLEAN:
            luaL_addstring(&b, lua_toboolean(L, i) ? "true" : "false");
            break;
        case LUA_TNIL:
            luaL_addstring(&b, "nil");
            break;
        default:
            lua_pushfstring(L, "%s: %p", luaL_typename(L, i), lua_topointer(L, i));
            luaL_addvalue(&b);
            break;
        }
    }
    luaL_pushresult(&b);
    size_t length = 0;
    const char *text = lua_tolstring(L, -1, &length);
    if (S->output_limit > 0 && (S->output_suppressed_lines > 0 || S->output_used + length + 1 > S->output_limit)) {
        // Past the cap: counted, not written. The host says how much was suppressed after the operation.
        S->output_suppressed_lines++;
        S->output_suppressed_bytes += length + 1;
        return 0;
    }
    S->output_used += length + 1;
    if (S->log != NULL) S->log(S->host_context, text, length);
    return 0;
}

// MARK: - load, collectgarbage, setmetatable

/// The longest chunk `load` accepts, text or read piece by piece. Rules load no code of their own this way; the cap
/// keeps parsing short and stops a reader that returns text forever (a reader's pieces cost little Lua).
#define SB_LOAD_MAX ((size_t)1 << 20)

/// `load(chunk [, chunkname [, mode [, env]]])` with mode forced to "t": "mode controls whether the chunk can be text
/// or binary ... "t" (only text chunks)" (manual §6.1). A reader function is called here, its pieces joined up to
/// SB_LOAD_MAX bytes, and the text handed to the original. Upvalue 1: the original `load`.
static int sb_load(lua_State *L) {
    int n = lua_gettop(L);
    lua_settop(L, 4);   // chunk, chunkname, mode (ignored), env; absent ones are nil
    if (lua_type(L, 1) == LUA_TFUNCTION) {
        luaL_Buffer b;
        luaL_buffinit(L, &b);
        size_t total = 0;
        for (;;) {
            lua_pushvalue(L, 1);
            lua_call(L, 0, 1);
            if (lua_isnil(L, -1)) {
                lua_pop(L, 1);
                break;
            }
            if (lua_type(L, -1) != LUA_TSTRING) return luaL_error(L, "reader function must return a string");
            size_t piece = lua_rawlen(L, -1);
            if (piece == 0) {
                lua_pop(L, 1);
                break;
            }
            total += piece;
            if (total > SB_LOAD_MAX)
                return luaL_error(L, "load: the chunk is longer than %d bytes, the most rules may load", (int)SB_LOAD_MAX);
            luaL_addvalue(&b);
        }
        luaL_pushresult(&b);
        lua_replace(L, 1);
        if (lua_isnil(L, 2)) {   // the standard default name of a chunk read by a function
            lua_pushliteral(L, "=(load)");
            lua_replace(L, 2);
        }
    } else if (lua_type(L, 1) == LUA_TSTRING && lua_rawlen(L, 1) > SB_LOAD_MAX) {
        return luaL_error(L, "load: the chunk is longer than %d bytes, the most rules may load", (int)SB_LOAD_MAX);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 2);
    lua_pushliteral(L, "t");
    if (n >= 4) lua_pushvalue(L, 4);
    lua_call(L, n >= 4 ? 4 : 3, LUA_MULTRET);
    return lua_gettop(L) - 4;
}

// MARK: - pcall, table.move, table.sort

/// Continuation and tail of `sb_pcall`: on an error, forgets the error site the message handler may have recorded (a
/// module's, while it was being required), so a later error of the same call is located afresh.
static int pcall_finish(lua_State *L, int status, lua_KContext extra) {
    if (status != LUA_OK && status != LUA_YIELD) {
        shim_forget_error(L);
        lua_pushboolean(L, 0);
        lua_pushvalue(L, -2);
        return 2;
    }
    return lua_gettop(L) - (int)extra;
}

/// `pcall(f, ...)`, calling `f` itself (no extra frame, so `error(msg, level)` counts levels as with the standard
/// pcall) and yieldable through the continuation, as the manual's §4.5 describes.
static int sb_pcall(lua_State *L) {
    luaL_checkany(L, 1);
    lua_pushboolean(L, 1);   // the first result if there is no error
    lua_insert(L, 1);
    int status = lua_pcallk(L, lua_gettop(L) - 2, LUA_MULTRET, 0, 0, pcall_finish);
    return pcall_finish(L, status, 0);
}

/// `table.move(a1, f, e, t [, a2])` charged one instruction per element moved: the original loops in C, so
/// `table.move({}, 1, math.maxinteger - 1, 2)` would never end. Upvalue 1: the original.
static int sb_table_move(lua_State *L) {
    lua_Integer f = luaL_checkinteger(L, 2);
    lua_Integer e = luaL_checkinteger(L, 3);
    if (e >= f) {
        lua_Unsigned count = (lua_Unsigned)e - (lua_Unsigned)f + 1u;
        shim_charge(L, count > (lua_Unsigned)(1LL << 62) ? (1LL << 62) : (long long)count);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/// `table.sort(t [, comp])` charged n·log2(n) instructions up front (the comparisons of the original's quicksort,
/// which run in C when there is no comparison function). Upvalue 1: the original.
static int sb_table_sort(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer n = luaL_len(L, 1);
    if (n > 1) {
        long long bits = 0;
        for (lua_Integer v = n; v > 0; v >>= 1) bits++;
        shim_charge(L, (long long)n * bits);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/// `collectgarbage([opt])` limited to "collect", "count" and "step": stopping the collector or retuning it would let a
/// script defeat the memory limit. Upvalue 1: the original `collectgarbage`.
static int sb_collectgarbage(lua_State *L) {
    const char *option = luaL_optstring(L, 1, "collect");
    if (strcmp(option, "collect") != 0 && strcmp(option, "count") != 0 && strcmp(option, "step") != 0)
        return luaL_error(L, "collectgarbage(\"%s\") is not allowed in rules; only \"count\", \"collect\" and \"step\"",
                          option);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/// `setmetatable(t, mt)` refusing `__gc`: finalizers run whenever the collector decides, outside any call's budget.
/// Upvalue 1: the original `setmetatable`.
static int sb_setmetatable(lua_State *L) {
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        int type = lua_rawget(L, 2);
        lua_pop(L, 1);   // __gc value
        if (type != LUA_TNIL) return luaL_error(L, "metatables with __gc are not allowed in rules");
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/// Message handler wrapper for `xpcall`. Lua calls a message handler for an error raised inside a hook while hooks
/// are still disabled ("cannot call hooks inside a hook", ldo.c), so a Lua handler called for the budget error would
/// run unmetered: once the budget is exhausted the user's handler is skipped. Upvalue 1: the user's handler.
static int xpcall_handler(lua_State *L) {
    if (shim_state(L)->exhausted) return 1;   // the error object, unchanged
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/// `xpcall(f, handler, ...)` with the handler wrapped by `xpcall_handler`. Upvalue 1: the original `xpcall`.
/// Unlike the original, a coroutine cannot yield across it.
static int sb_xpcall(lua_State *L) {
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, xpcall_handler, 1);
    lua_replace(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    if (!lua_toboolean(L, 1)) shim_forget_error(L);
    return lua_gettop(L);
}

// MARK: - require

/// `require(name)`: only the pack's modules, loaded as text, cached in a private table (not `package.loaded`).
static int sb_require(lua_State *L) {
    const char *name = luaL_checkstring(L, 1);
    lua_settop(L, 1);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &loaded_key);   // 2: loaded
    lua_pushvalue(L, 1);
    if (lua_rawget(L, 2) != LUA_TNIL) {                // 3: cached value
        if (lua_touserdata(L, 3) == (void *)&loading)
            return luaL_error(L, "module '%s' requires itself (cyclic require)", name);
        return 1;
    }
    lua_pop(L, 1);   // nil
    lua_rawgetp(L, LUA_REGISTRYINDEX, &modules_key);  // 3: modules
    lua_pushvalue(L, 1);
    if (lua_rawget(L, 3) != LUA_TTABLE)                // 4: { source, chunkname }
        return luaL_error(L, "module '%s' not found in the rule pack", name);
    lua_rawgeti(L, 4, 1);                              // 5: source
    lua_rawgeti(L, 4, 2);                              // 6: "@" .. chunkname
    size_t length = 0;
    const char *source = lua_tolstring(L, 5, &length);
    if (luaL_loadbufferx(L, source, length, lua_tostring(L, 6), "t") != LUA_OK) return lua_error(L);
    // 7: chunk
    lua_pushvalue(L, 1);
    lua_pushlightuserdata(L, (void *)&loading);
    lua_rawset(L, 2);
    lua_pushcfunction(L, shim_message_handler);        // 8: handler, recording the module's own error site
    lua_insert(L, 7);                                  // 7: handler, 8: chunk
    lua_pushvalue(L, 1);                               // 9: argument, as the standard require passes
    int status = lua_pcall(L, 1, 1, 7);                // 8: result or error
    lua_remove(L, 7);                                  // 7: result or error
    if (status != LUA_OK) {
        lua_pushvalue(L, 1);
        lua_pushnil(L);
        lua_rawset(L, 2);
        return lua_error(L);
    }
    if (lua_isnil(L, 7)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 7);
    lua_rawset(L, 2);
    return 1;
}

void shim_add_module(lua_State *L, const char *module, const char *chunkname, const char *source, size_t length) {
    lua_rawgetp(L, LUA_REGISTRYINDEX, &modules_key);
    lua_createtable(L, 2, 0);
    lua_pushlstring(L, source, length);
    lua_rawseti(L, -2, 1);
    lua_pushfstring(L, "@%s", chunkname);
    lua_rawseti(L, -2, 2);
    lua_setfield(L, -2, module);   // modules is a plain private table: no metamethods
    lua_pop(L, 1);                 // modules
}

// MARK: - Opening

static void replace_with_closure(lua_State *L, const char *name, lua_CFunction f) {
    lua_getglobal(L, name);          // the original as upvalue 1
    lua_pushcclosure(L, f, 1);
    lua_setglobal(L, name);
}

void shim_open_sandbox(lua_State *L) {
    static const luaL_Reg libraries[] = {
        {LUA_GNAME, luaopen_base},        {LUA_TABLIBNAME, luaopen_table}, {LUA_STRLIBNAME, luaopen_string},
        {LUA_MATHLIBNAME, luaopen_math},  {LUA_UTF8LIBNAME, luaopen_utf8}, {LUA_COLIBNAME, luaopen_coroutine},
        {NULL, NULL},
    };
    for (const luaL_Reg *library = libraries; library->func != NULL; library++) {
        luaL_requiref(L, library->name, library->func, 1);
        lua_pop(L, 1);   // library table
    }
    // luaL_requiref records libraries in LUA_LOADED_TABLE ("_LOADED"); scripts cannot reach it without debug.
    lua_pushnil(L);
    lua_setglobal(L, "dofile");
    lua_pushnil(L);
    lua_setglobal(L, "loadfile");
    lua_getglobal(L, LUA_STRLIBNAME);
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);   // string
    replace_with_closure(L, "load", sb_load);
    replace_with_closure(L, "collectgarbage", sb_collectgarbage);
    replace_with_closure(L, "setmetatable", sb_setmetatable);
    replace_with_closure(L, "rawset", shim_frozen_rawset);
    replace_with_closure(L, "xpcall", sb_xpcall);
    lua_pushcfunction(L, sb_pcall);
    lua_setglobal(L, "pcall");
    lua_getglobal(L, LUA_TABLIBNAME);
    lua_getfield(L, -1, "move");
    lua_pushcclosure(L, sb_table_move, 1);
    lua_setfield(L, -2, "move");
    lua_getfield(L, -1, "sort");
    lua_pushcclosure(L, sb_table_sort, 1);
    lua_setfield(L, -2, "sort");
    lua_pop(L, 1);   // table
    shim_install_patterns(L);
    lua_pushcfunction(L, sb_print);
    lua_setglobal(L, "print");
    lua_pushcfunction(L, sb_require);
    lua_setglobal(L, "require");
    lua_newtable(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &modules_key);
    lua_newtable(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &loaded_key);
    lua_newtable(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &roots_key);
    shim_freeze_setup(L);
    // Before any chunk runs: a module must not change what every other module sees in `string` or `("").method`.
    shim_freeze_libraries(L);
}

void shim_push_roots(lua_State *L) { lua_rawgetp(L, LUA_REGISTRYINDEX, &roots_key); }
