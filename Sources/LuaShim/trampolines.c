// The trampoline between Lua and Swift host functions. Swift must never longjmp, so a Swift function reports an
// error by pushing a message and returning SHIM_HOST_ERROR; this C frame then raises it (LuaSwift's pattern).
#include "LuaShim.h"

/// Calls host function `upvalue 1` through the state's dispatcher. Stack: [args…] → [results…], or raises
/// "<file>:<line>: <message>" located at the Lua caller.
int shim_host_trampoline(lua_State *L) {
    ShimState *S = shim_state(L);
    int id = (int)lua_tointeger(L, lua_upvalueindex(1));
    if (S->dispatch == NULL) return luaL_error(L, "host function %d is not available", id);
    // While Swift pushes results no allocation may fail, or Lua would longjmp over Swift frames.
    S->lenient++;
    int results = S->dispatch(S->host_context, L, id);
    S->lenient--;
    if (S->lenient == 0 && S->used > S->limit) {
        S->limit_hit = 1;
        return luaL_error(L, "not enough memory");
    }
    if (results == SHIM_HOST_ERROR) {
        luaL_where(L, 1);      // "file:line: " of the Lua caller
        lua_insert(L, -2);
        lua_concat(L, 2);
        return lua_error(L);
    }
    return results;
}

int shim_register(lua_State *L, const char *table, const char *name, int id) {
    return shim_register_function(L, table, name, id, shim_host_trampoline);
}

int shim_register_function(lua_State *L, const char *table, const char *name, int id, lua_CFunction body) {
    lua_pushglobaltable(L);
    int type = lua_getfield(L, -1, table);   // _G is not frozen yet and has no metatable
    if (type == LUA_TNIL) {
        lua_pop(L, 1);   // nil
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_setfield(L, -3, table);
    } else if (type != LUA_TTABLE) {
        lua_pop(L, 2);   // value, _G
        return -1;
    }
    lua_pushinteger(L, id);
    lua_pushcclosure(L, body, 1);
    lua_setfield(L, -2, name);
    lua_pop(L, 2);   // table, _G
    return 0;
}
