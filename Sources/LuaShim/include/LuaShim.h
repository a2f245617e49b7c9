#ifndef LUASHIM_H
#define LUASHIM_H
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

static inline void shim_pop(lua_State *L, int n) { lua_pop(L, n); }

#endif
