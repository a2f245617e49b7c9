// Batched calls: the loop over records in C, so a host evaluating many records pays one Swift-to-C crossing per
// batch instead of one per record (docs/performance.md, figure 1).
#include "LuaShim.h"

static void push_scalar(lua_State *L, const ShimScalar *value) {
    switch (value->type) {
    case SHIM_BOOLEAN: lua_pushboolean(L, value->integer != 0); break;
    case SHIM_INTEGER: lua_pushinteger(L, (lua_Integer)value->integer); break;
    case SHIM_STRING: lua_pushlstring(L, value->string, value->length); break;
    default: lua_pushnil(L); break;
    }
}

static void read_scalar(lua_State *L, int index, ShimScalar *out) {
    out->string = NULL;
    out->length = 0;
    out->integer = 0;
    switch (lua_type(L, index)) {
    case LUA_TNIL: out->type = SHIM_NIL; break;
    case LUA_TBOOLEAN: out->type = SHIM_BOOLEAN; out->integer = lua_toboolean(L, index); break;
    case LUA_TNUMBER:
        if (lua_isinteger(L, index)) {
            out->type = SHIM_INTEGER;
            out->integer = (long long)lua_tointegerx(L, index, NULL);
        } else {
            out->type = SHIM_FLOAT;
        }
        break;
    case LUA_TSTRING: out->type = SHIM_STRING; break;
    default: out->type = SHIM_OTHER; break;
    }
}

int shim_call_batch(lua_State *L, int reference, int handler, const ShimScalar *arguments, int argument_count,
                    ShimScalar *results, int result_count, int records, int *failed) {
    ShimState *S = shim_state(L);
    int top = lua_gettop(L);
    shim_begin_batch(L);
    for (int i = 0; i < records; i++) {
        S->lenient++;
        lua_rawgeti(L, LUA_REGISTRYINDEX, reference);
        const ShimScalar *record = arguments + (size_t)i * (size_t)argument_count;
        for (int j = 0; j < argument_count; j++) push_scalar(L, &record[j]);
        S->lenient--;
        if (S->used > S->limit) {
            lua_settop(L, top);
            *failed = i;
            return -1;
        }
        shim_begin_batch_record(L);
        int status = lua_pcall(L, argument_count, result_count, handler);
        if (status != LUA_OK) {
            *failed = i;
            return status;
        }
        ShimScalar *out = results + (size_t)i * (size_t)result_count;
        for (int k = 0; k < result_count; k++) read_scalar(L, top + 1 + k, &out[k]);
        lua_settop(L, top);
    }
    return LUA_OK;
}
