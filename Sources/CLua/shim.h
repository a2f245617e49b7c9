// Lua 5.4 C API from the system's liblua5.4-dev (headers in /usr/include/lua5.4, found through pkg-config).
#include <lua.h>
#include <lualib.h>
#include <lauxlib.h>
