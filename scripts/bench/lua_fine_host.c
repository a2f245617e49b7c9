// The benchmark's baseline for figure 1: a plain C host that calls the rule pack's fine computation through the
// Lua C API, the way a straightforward host would, with no sandbox, no limits and no hooks.
//
//   lua_fine_host RULES_DIR COUNT THREADS table|positional
//
// table:      builds a fresh Lua table per record and calls penalty.amount.fine_amount_of(t) (a table back);
// positional: calls penalty.amount.fine_amount(...) with nine arguments (four results), as thanhtra does.
//
// Records come from the same generator as thanhtra-bench's (splitmix64 of the record's index), so both hosts
// evaluate the same records and must print the same checksum. Prints one line:
//   evaluations=N seconds=S rate=R checksum=C
// Built by scripts/bench.sh with: cc -O2 lua_fine_host.c $(pkg-config --cflags --libs lua5.4) -lpthread
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
    int organization, stated_for_organization, warning_allowed, minor;
    long long min, max, cap;   // cap 0: none
    long long mitigating, aggravating;
} Record;

static uint64_t splitmix64(uint64_t i) {
    uint64_t z = (i + 1) * 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// Keep in step with FineRecords.record(_:) in Sources/Bench.
static Record record(uint64_t i) {
    uint64_t z = splitmix64(i);
    Record r;
    r.organization = (z & 7) < 2;
    r.stated_for_organization = ((z >> 3) & 7) == 0;
    r.min = (long long)(1 + ((z >> 6) % 200)) * 100000;
    r.max = r.min * (long long)(2 + ((z >> 14) & 3));
    r.cap = ((z >> 16) & 3) == 0 ? (r.organization ? 100000000LL : 50000000LL) : 0;
    r.warning_allowed = ((z >> 18) & 7) == 0;
    r.minor = ((z >> 21) & 63) == 0;
    r.mitigating = (long long)((z >> 27) % 3);
    r.aggravating = (long long)((z >> 33) % 3);
    return r;
}

typedef struct {
    const char *rules;
    const Record *records;
    size_t from, to;
    int positional;
    uint64_t checksum;
    int failed;
} Work;

static void fail(lua_State *L, const char *what) {
    fprintf(stderr, "lua_fine_host: %s: %s\n", what, lua_tostring(L, -1));
    exit(1);
}

static void *run(void *argument) {
    Work *w = argument;
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    char path[4096];
    snprintf(path, sizeof path, "package.path = '%s/?.lua;%s/?/init.lua'", w->rules, w->rules);
    if (luaL_dostring(L, path) != LUA_OK) fail(L, "package.path");
    lua_getglobal(L, "require");
    lua_pushstring(L, "penalty.amount");
    if (lua_pcall(L, 1, 1, 0) != LUA_OK) fail(L, "require penalty.amount");
    lua_getfield(L, -1, w->positional ? "fine_amount" : "fine_amount_of");   // [module, function]
    int function = lua_gettop(L);
    uint64_t checksum = 0;
    for (size_t i = w->from; i < w->to; i++) {
        const Record *r = &w->records[i];
        lua_pushvalue(L, function);
        const char *violator = r->organization ? "organization" : "individual";
        const char *stated = r->stated_for_organization ? "organization" : "individual";
        if (w->positional) {
            lua_pushstring(L, violator);
            lua_pushstring(L, stated);
            lua_pushinteger(L, r->min);
            lua_pushinteger(L, r->max);
            if (r->cap) lua_pushinteger(L, r->cap); else lua_pushnil(L);
            lua_pushboolean(L, r->warning_allowed);
            lua_pushboolean(L, r->minor);
            lua_pushinteger(L, r->mitigating);
            lua_pushinteger(L, r->aggravating);
            if (lua_pcall(L, 9, 4, 0) != LUA_OK) fail(L, "fine_amount");
            checksum += (uint64_t)lua_tointeger(L, -4) + (uint64_t)lua_toboolean(L, -1);
            lua_pop(L, 4);
        } else {
            lua_createtable(L, 0, 9);
            lua_pushstring(L, violator); lua_setfield(L, -2, "violator");
            lua_pushstring(L, stated); lua_setfield(L, -2, "stated_for");
            lua_pushinteger(L, r->min); lua_setfield(L, -2, "frame_min_vnd");
            lua_pushinteger(L, r->max); lua_setfield(L, -2, "frame_max_vnd");
            if (r->cap) { lua_pushinteger(L, r->cap); lua_setfield(L, -2, "cap_vnd"); }
            lua_pushboolean(L, r->warning_allowed); lua_setfield(L, -2, "warning_allowed");
            lua_pushboolean(L, r->minor); lua_setfield(L, -2, "minor");
            lua_pushinteger(L, r->mitigating); lua_setfield(L, -2, "mitigating");
            lua_pushinteger(L, r->aggravating); lua_setfield(L, -2, "aggravating");
            if (lua_pcall(L, 1, 1, 0) != LUA_OK) fail(L, "fine_amount_of");
            lua_getfield(L, -1, "fine_vnd");
            lua_getfield(L, -2, "warning");
            checksum += (uint64_t)lua_tointeger(L, -2) + (uint64_t)lua_toboolean(L, -1);
            lua_pop(L, 3);
        }
    }
    w->checksum = checksum;
    lua_close(L);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 5) {
        fprintf(stderr, "usage: lua_fine_host RULES_DIR COUNT THREADS table|positional\n");
        return 2;
    }
    size_t count = strtoull(argv[2], NULL, 10);
    int threads = atoi(argv[3]);
    int positional = strcmp(argv[4], "positional") == 0;
    if (threads < 1 || threads > 64 || count == 0) { fprintf(stderr, "lua_fine_host: bad COUNT or THREADS\n"); return 2; }
    Record *records = malloc(count * sizeof(Record));
    for (size_t i = 0; i < count; i++) records[i] = record(i);
    Work work[64];
    pthread_t ids[64];
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    size_t chunk = (count + threads - 1) / threads;
    for (int t = 0; t < threads; t++) {
        size_t from = (size_t)t * chunk, to = from + chunk > count ? count : from + chunk;
        work[t] = (Work){ argv[1], records, from, to, positional, 0, 0 };
        pthread_create(&ids[t], NULL, run, &work[t]);
    }
    uint64_t checksum = 0;
    for (int t = 0; t < threads; t++) { pthread_join(ids[t], NULL); checksum += work[t].checksum; }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    printf("evaluations=%zu seconds=%.6f rate=%.0f checksum=%llu\n", count, seconds, (double)count / seconds,
           (unsigned long long)checksum);
    free(records);
    return 0;
}
