// Read-only tables. Lua 5.4 has no read-only tables, so a frozen table is emptied in place: its contents move to a
// hidden backing table, and a protected metatable serves reads (__index = backing) and refuses writes (__newindex).
// Because the table keeps its identity, chunks loaded before the freeze (whose _ENV is _G) see the frozen view too.
// `rawset` and `setmetatable` are the remaining ways around __newindex: the sandbox's `rawset` checks a private set
// of frozen tables, and "__metatable" makes `setmetatable` fail with "cannot change a protected metatable".
#include "LuaShim.h"
#include <string.h>

static const char frozen_key = 'f';   // registry[&frozen_key] = { [frozen table] = name }, weak keys
static const char next_key = 'n';     // registry[&next_key] = the base library's `next`

/// __newindex of a frozen table. Upvalue 1: its name ("_G", "string", ...).
static int frozen_newindex(lua_State *L) {
    const char *table = lua_tostring(L, lua_upvalueindex(1));
    const char *key = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : luaL_typename(L, 2);
    if (strcmp(table, "_G") == 0)
        return luaL_error(L, "cannot assign to global '%s': globals are read-only once the rules are loaded "
                             "(use 'local %s')", key, key);
    return luaL_error(L, "cannot assign to '%s.%s': the table is read-only", table, key);
}

/// __index of the backing table of _G: reading an undefined global is an error rather than nil.
static int undefined_global(lua_State *L) {
    if (lua_type(L, 2) == LUA_TSTRING) return luaL_error(L, "undefined global '%s'", lua_tostring(L, 2));
    return luaL_error(L, "undefined global (a %s key)", luaL_typename(L, 2));
}

/// __pairs of a frozen table: iterate the backing table. Upvalue 1: the backing table.
static int frozen_pairs(lua_State *L) {
    lua_rawgetp(L, LUA_REGISTRYINDEX, &next_key);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushnil(L);
    return 3;
}

/// Sandboxed `rawset(t, k, v)`: refuses frozen tables. Upvalue 1: the original `rawset`.
int shim_frozen_rawset(lua_State *L) {
    if (lua_type(L, 1) == LUA_TTABLE) {
        lua_rawgetp(L, LUA_REGISTRYINDEX, &frozen_key);
        lua_pushvalue(L, 1);
        if (lua_rawget(L, -2) == LUA_TSTRING)
            return luaL_error(L, "cannot rawset on '%s': the table is read-only", lua_tostring(L, -1));
        lua_pop(L, 2);   // lookup result, frozen set
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

void shim_freeze_setup(lua_State *L) {
    lua_newtable(L);                 // frozen set
    lua_createtable(L, 0, 1);        // its metatable
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &frozen_key);
    lua_getglobal(L, "next");
    lua_rawsetp(L, LUA_REGISTRYINDEX, &next_key);
}

/// Freezes the table at `index` under `name`; does nothing if it is already frozen. Stack: [] → [].
static void freeze_table(lua_State *L, int index, const char *name) {
    int t = lua_absindex(L, index);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &frozen_key);
    int frozen = lua_gettop(L);
    lua_pushvalue(L, t);
    int already = lua_rawget(L, frozen) != LUA_TNIL;
    lua_pop(L, 1);   // lookup result
    if (already || lua_getmetatable(L, t)) {   // tables with a metatable of their own are left alone
        lua_settop(L, frozen - 1);
        return;
    }
    lua_pushvalue(L, t);
    lua_pushstring(L, name);
    lua_rawset(L, frozen);
    lua_newtable(L);                 // backing
    int backing = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, t)) {         // [k, v] → backing[k] = v, keep k
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, backing);
    }
    lua_pushnil(L);
    while (lua_next(L, backing)) {   // t[k] = nil for every moved key
        lua_pop(L, 1);   // value
        lua_pushvalue(L, -1);
        lua_pushnil(L);
        lua_rawset(L, t);
    }
    lua_createtable(L, 0, 4);        // metatable
    lua_pushvalue(L, backing);
    lua_setfield(L, -2, "__index");
    lua_pushstring(L, name);
    lua_pushcclosure(L, frozen_newindex, 1);
    lua_setfield(L, -2, "__newindex");
    lua_pushvalue(L, backing);
    lua_pushcclosure(L, frozen_pairs, 1);
    lua_setfield(L, -2, "__pairs");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, t);
    if (strcmp(name, "_G") == 0) {   // undefined globals raise instead of reading nil
        lua_createtable(L, 0, 1);
        lua_pushcfunction(L, undefined_global);
        lua_setfield(L, -2, "__index");
        lua_setmetatable(L, backing);
    }
    lua_settop(L, frozen - 1);
}

/// Gives the string metatable a frozen public face: scripts see a frozen copy through "__metatable", so
/// getmetatable("").__index is the (frozen) string table, while Lua keeps using the real metatable for method lookups.
static void freeze_string_metatable(lua_State *L) {
    int top = lua_gettop(L);
    lua_pushliteral(L, "");
    if (lua_getmetatable(L, -1)) {
        int meta = lua_gettop(L);
        lua_pushliteral(L, "__metatable");
        if (lua_rawget(L, meta) == LUA_TNIL) {
            lua_createtable(L, 0, 1);
            lua_pushliteral(L, "__index");
            lua_rawget(L, meta);
            lua_setfield(L, -2, "__index");
            freeze_table(L, -1, "string metatable");
            lua_pushliteral(L, "__metatable");
            lua_insert(L, -2);
            lua_rawset(L, meta);
        }
    }
    lua_settop(L, top);
}

void shim_freeze_libraries(lua_State *L) {
    static const char *const libraries[] = {
        LUA_STRLIBNAME, LUA_TABLIBNAME, LUA_MATHLIBNAME, LUA_UTF8LIBNAME, LUA_COLIBNAME, NULL,
    };
    for (const char *const *name = libraries; *name != NULL; name++) {
        if (lua_getglobal(L, *name) == LUA_TTABLE) freeze_table(L, -1, *name);
        lua_pop(L, 1);
    }
    freeze_string_metatable(L);
}

void shim_freeze(lua_State *L) {
    lua_pushglobaltable(L);
    int globals = lua_gettop(L);
    // Table-valued globals first (libraries, registered tables, tables the pack defined), then _G itself.
    lua_pushnil(L);
    while (lua_next(L, globals)) {
        if (lua_type(L, -1) == LUA_TTABLE && !lua_rawequal(L, -1, globals) && lua_type(L, -2) == LUA_TSTRING)
            freeze_table(L, -1, lua_tostring(L, -2));
        lua_pop(L, 1);   // value
    }
    freeze_string_metatable(L);
    freeze_table(L, globals, "_G");
    lua_settop(L, globals - 1);
}
